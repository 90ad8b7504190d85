package org.iom.americas.partners.control;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Sends e-mail through the SMTP server named by {@code coordination.mail.host}; without one, e-mail is off and the
 * in-app inbox is the only channel. A message that cannot be sent is logged and dropped: the inbox keeps it.
 */
public final class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

    /** One e-mail to one reader. */
    public record Mail(String to, String subject, String body) {
    }

    private final Session session;
    private final String from;

    private Mailer(Session session, String from) {
        this.session = session;
        this.from = from;
    }

    /** The configured mailer, or nothing when no SMTP server is configured. */
    public static Optional<Mailer> configured() {
        Config config = ConfigProvider.getConfig();
        Optional<String> host = config.getOptionalValue("coordination.mail.host", String.class)
                .filter(h -> !h.isBlank());
        if (host.isEmpty()) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host.get());
        properties.put("mail.smtp.port", config.getOptionalValue("coordination.mail.port", String.class).orElse("25"));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.writetimeout", "10000");
        boolean startTls = config.getOptionalValue("coordination.mail.starttls", Boolean.class).orElse(false);
        properties.put("mail.smtp.starttls.enable", Boolean.toString(startTls));
        properties.put("mail.smtp.starttls.required", Boolean.toString(startTls));
        Optional<String> user = config.getOptionalValue("coordination.mail.user", String.class);
        Session session;
        if (user.isPresent()) {
            properties.put("mail.smtp.auth", "true");
            String password = config.getOptionalValue("coordination.mail.password", String.class).orElse("");
            session = Session.getInstance(properties, new jakarta.mail.Authenticator() {
                @Override
                protected jakarta.mail.PasswordAuthentication getPasswordAuthentication() {
                    return new jakarta.mail.PasswordAuthentication(user.get(), password);
                }
            });
        } else {
            session = Session.getInstance(properties);
        }
        return Optional.of(new Mailer(session, config.getOptionalValue("coordination.mail.from", String.class)
                .orElse("no-reply@coordination.iom-americas.example")));
    }

    public void send(Mail mail) {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(from));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to(), true));
            message.setSubject(mail.subject(), "UTF-8");
            message.setText(mail.body(), "UTF-8");
            Transport.send(message);
        } catch (MessagingException | RuntimeException failed) {
            LOG.log(Level.WARNING, "E-mail to " + mail.to() + " not sent (the inbox still has it): "
                    + failed.getMessage());
        }
    }
}
