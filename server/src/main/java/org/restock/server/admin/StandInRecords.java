package org.restock.server.admin;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the recording stand-ins of the PO service and the supplier mailer were asked, for the
 * embedded default and demos: name of the stand-in → what it recorded, oldest first. A stand-in
 * may also be steered ({@link #control}) so an operator can show a failure and its resend.
 */
public interface StandInRecords {

    /** The stand-in of the PO service, as the admin routes name it. */
    String PURCHASE_ORDER_SERVICE = "purchase-order-service";
    /** The stand-in of the supplier mailer, as the admin routes name it. */
    String MAIL = "mail";

    Map<String, List<?>> recorded();

    /** The stand-in of that name, if one is wired instead of the real service. */
    default Optional<StandInControl> control(String standIn) {
        return Optional.empty();
    }

    static StandInRecords none() {
        return Map::of;
    }

    /** Makes a stand-in fail every call, as if its service were down, until it recovers. */
    interface StandInControl {
        void failWith(String reason);

        void recover();
    }
}
