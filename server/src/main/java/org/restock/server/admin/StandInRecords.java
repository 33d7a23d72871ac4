package org.restock.server.admin;

import java.util.List;
import java.util.Map;

/**
 * What the recording stand-ins of the PO service and the supplier mailer were asked, for the
 * embedded default and demos: name of the stand-in → what it recorded, oldest first.
 */
public interface StandInRecords {

    Map<String, List<?>> recorded();

    static StandInRecords none() {
        return Map::of;
    }
}
