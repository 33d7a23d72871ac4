package org.restock.adapters.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.restock.domain.handling.SupplierNotice;
import org.restock.domain.purchaseorder.LineRef;
import org.restock.domain.purchaseorder.PurchaseOrderId;
import org.restock.domain.shared.DependencyFailure;
import org.restock.domain.suggestion.Proposal;
import org.restock.domain.suggestion.SuggestionId;
import org.restock.domain.supplier.Supplier;
import org.restock.domain.supplier.SupplierId;
import org.restock.domain.testing.MutableClock;

/** The SMTP mailer against a real SMTP server (GreenMail) on a free port. */
class SmtpSupplierMailerTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final Supplier SUPPLIER = Supplier.of(new SupplierId("S-1"), "Hoses & Co", "orders@hoses.example");
    private static final LineRef LINE = new LineRef(new PurchaseOrderId("PO-1"), "1");

    private final MutableClock clock = MutableClock.at("2027-03-01T08:00:00Z");

    private SmtpSupplierMailer mailer() {
        return mailer(SMTP.getSmtp().getPort());
    }

    private SmtpSupplierMailer mailer(int port) {
        SmtpSettings plain = SmtpSettings.plain("localhost", port, "purchasing@shop.example");
        return new SmtpSupplierMailer(new SmtpSettings(plain.host(), plain.port(), plain.from(), plain.username(),
                plain.password(), false, plain.connectTimeout(), plain.timeout(), "restock.test"), clock);
    }

    private static SupplierNotice.Line line(String suggestion, LineRef line, String productName, Proposal change) {
        return new SupplierNotice.Line(new SuggestionId(suggestion), line, "P-100", productName, change);
    }

    private static SupplierNotice postponement() {
        return new SupplierNotice(SUPPLIER, "suggestion-sg-1", "garden-planning@shop.example", List.of(
                line("sg-1", LINE, "Garden hose 25 m",
                        new Proposal.ChangeDeliveryDate(LocalDate.of(2027, 3, 15), LocalDate.of(2027, 3, 29)))));
    }

    private static MimeMessage onlyMessage() {
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        return received[0];
    }

    private static String part(MimeMessage message, int index) throws Exception {
        MimeMultipart alternative = (MimeMultipart) message.getContent();
        assertThat(alternative.getContentType()).startsWith("multipart/alternative");
        return ((String) alternative.getBodyPart(index).getContent()).replace("\r\n", "\n");
    }

    @Test
    void sendsOneChangeToTheSupplierWithReplyToThePlannerGroup() throws Exception {
        mailer().send(postponement());

        MimeMessage message = onlyMessage();
        assertThat(message.getRecipients(Message.RecipientType.TO))
                .containsExactly(new InternetAddress("orders@hoses.example", "Hoses & Co", "UTF-8"));
        assertThat(message.getFrom()).containsExactly(new InternetAddress("purchasing@shop.example"));
        assertThat(message.getReplyTo()).containsExactly(new InternetAddress("garden-planning@shop.example"));
        assertThat(message.getSubject()).isEqualTo("Purchase order PO-1, line 1: new delivery date 29 Mar 2027");
        assertThat(message.getMessageID()).isEqualTo("<suggestion-sg-1@restock.test>");
        assertThat(part(message, 0)).contains("Dear Hoses & Co,")
                .contains("- Order PO-1, line 1, product P-100 (Garden hose 25 m):")
                .contains("delivery date: 15 Mar 2027 -> 29 Mar 2027")
                .contains("garden-planning@shop.example")
                .contains("Reference: suggestion-sg-1");
        assertThat(part(message, 1)).contains("<td>PO-1</td><td>1</td><td>P-100 Garden hose 25 m</td>"
                + "<td>delivery date</td><td>15 Mar 2027</td><td>29 Mar 2027</td>");
    }

    @Test
    void listsEveryLineOfABulkAcceptInOneEmail() throws Exception {
        LineRef second = new LineRef(new PurchaseOrderId("PO-2"), "4");
        mailer().send(new SupplierNotice(SUPPLIER, "batch-b1-S-1-1a2b", "garden-planning@shop.example", List.of(
                line("sg-1", LINE, "Garden hose 25 m", new Proposal.ReduceQuantity(100, 60)),
                line("sg-2", second, "Watering can", new Proposal.CancelLine(40)),
                line("sg-3", new LineRef(new PurchaseOrderId("PO-2"), "5"), "Rake",
                        new Proposal.RequestNewDate(LocalDate.of(2027, 2, 20))))));

        MimeMessage message = onlyMessage();
        assertThat(message.getSubject()).isEqualTo("Changes to 3 lines of purchase orders PO-1, PO-2");
        assertThat(message.getMessageID()).isEqualTo("<batch-b1-S-1-1a2b@restock.test>");
        assertThat(part(message, 0)).contains("we have changed 3 lines")
                .contains("Order PO-1, line 1, product P-100 (Garden hose 25 m):\n  quantity: 100 -> 60")
                .contains("Order PO-2, line 4, product P-100 (Watering can):\n  cancelled: 40 units open")
                .contains("Order PO-2, line 5, product P-100 (Rake):\n  new delivery date needed: "
                        + "due 20 Feb 2027 (overdue) -> please tell us the new date");
    }

    @Test
    void escapesNamesInTheHtmlPart() throws Exception {
        mailer().send(new SupplierNotice(SUPPLIER, "suggestion-sg-9", "garden-planning@shop.example", List.of(
                line("sg-9", LINE, "<b>Hose</b> & \"reel\"", new Proposal.CancelLine(10)))));

        String html = part(onlyMessage(), 1);
        assertThat(html).contains("&lt;b&gt;Hose&lt;/b&gt; &amp; &quot;reel&quot;").doesNotContain("<b>Hose");
        assertThat(html).contains("Hoses &amp; Co");
    }

    @Test
    void aMailServerThatIsDownIsADependencyFailure() throws IOException {
        int nobodyListens;
        try (ServerSocket socket = new ServerSocket(0)) {
            nobodyListens = socket.getLocalPort();
        }
        SmtpSupplierMailer down = mailer(nobodyListens);

        assertThatThrownBy(() -> down.send(postponement()))
                .isInstanceOf(DependencyFailure.class)
                .hasMessageContaining("mail server")
                .hasMessageContaining("localhost:" + nobodyListens);
        assertThat(down.ping().up()).isFalse();
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void pingsAServerThatIsUp() {
        assertThat(mailer().ping().up()).isTrue();
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }
}
