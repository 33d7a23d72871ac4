package org.restock.adapters.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.util.Date;
import java.util.Properties;
import java.util.function.UnaryOperator;
import org.restock.domain.handling.SupplierMailer;
import org.restock.domain.handling.SupplierNotice;
import org.restock.domain.shared.DependencyFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends supplier notices over SMTP (Jakarta Mail): plain text and HTML from the templates under
 * {@code org/restock/adapters/mail/}, reply-to the planner group's mailbox, and a Message-ID made
 * from the notice's id, so a notice sent again after a crash is recognisably the same message.
 */
public final class SmtpSupplierMailer implements SupplierMailer {

    static final String DEPENDENCY = "mail server";
    private static final Logger LOG = LoggerFactory.getLogger(SmtpSupplierMailer.class);

    private final SmtpSettings settings;
    private final Session session;
    private final Clock clock;
    private final MailTemplate text = MailTemplate.load("supplier-notice.txt", UnaryOperator.identity());
    private final MailTemplate html = MailTemplate.load("supplier-notice.html", MailTemplate::escapeHtml);

    /** Whether the mail server answers, for the health endpoint. */
    public record Health(boolean up, String detail) {
    }

    public SmtpSupplierMailer(SmtpSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        Properties properties = new Properties();
        properties.put("mail.smtp.host", settings.host());
        properties.put("mail.smtp.port", Integer.toString(settings.port()));
        properties.put("mail.smtp.connectiontimeout", Long.toString(settings.connectTimeout().toMillis()));
        properties.put("mail.smtp.timeout", Long.toString(settings.timeout().toMillis()));
        properties.put("mail.smtp.writetimeout", Long.toString(settings.timeout().toMillis()));
        properties.put("mail.smtp.auth", Boolean.toString(settings.username().isPresent()));
        properties.put("mail.smtp.starttls.enable", Boolean.toString(settings.startTls()));
        properties.put("mail.smtp.starttls.required", Boolean.toString(settings.startTls()));
        properties.put("mail.smtp.from", settings.from());
        this.session = Session.getInstance(properties);
    }

    @Override
    public void send(SupplierNotice notice) {
        try {
            MimeMessage message = compose(notice);
            if (settings.username().isPresent()) {
                Transport.send(message, settings.username().get(), settings.password().orElse(""));
            } else {
                Transport.send(message);
            }
            LOG.info("e-mailed {} <{}>: {} line(s), Message-ID {}", notice.supplier().name(),
                    notice.supplier().email(), notice.lines().size(), messageId(notice));
        } catch (MessagingException | UnsupportedEncodingException failure) {
            throw new DependencyFailure(DEPENDENCY, settings.host() + ":" + settings.port() + " did not take the "
                    + "message: " + rootMessage(failure), failure);
        }
    }

    /** Connects and says hello, without sending anything. */
    public Health ping() {
        try (Transport transport = session.getTransport("smtp")) {
            if (settings.username().isPresent()) {
                transport.connect(settings.username().get(), settings.password().orElse(""));
            } else {
                transport.connect();
            }
            return new Health(true, "connected to " + settings.host() + ":" + settings.port());
        } catch (MessagingException failure) {
            return new Health(false, rootMessage(failure));
        }
    }

    MimeMessage compose(SupplierNotice notice) throws MessagingException, UnsupportedEncodingException {
        String id = messageId(notice);
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", id);
            }
        };
        message.setFrom(new InternetAddress(settings.from()));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(notice.supplier().email(),
                notice.supplier().name(), "UTF-8"));
        message.setReplyTo(new InternetAddress[] {new InternetAddress(notice.replyTo())});
        message.setSubject(NoticeContent.subject(notice), "UTF-8");
        message.setSentDate(Date.from(clock.instant()));

        var values = NoticeContent.values(notice);
        var lines = NoticeContent.lines(notice);
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(text.render(values, lines), "UTF-8", "plain");
        MimeBodyPart rich = new MimeBodyPart();
        rich.setText(html.render(values, lines), "UTF-8", "html");
        MimeMultipart alternative = new MimeMultipart("alternative", plain, rich);
        message.setContent(alternative);
        message.saveChanges();
        return message;
    }

    String messageId(SupplierNotice notice) {
        return "<" + notice.messageId() + "@" + settings.messageIdDomain() + ">";
    }

    private static String rootMessage(Exception failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root == failure ? String.valueOf(message)
                : failure.getMessage() + " (" + root.getClass().getSimpleName() + ": " + message + ")";
    }
}
