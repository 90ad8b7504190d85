package org.iom.americas.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.util.Arrays;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * E-mail from the request workflow, read from a real SMTP server (GreenMail) that runs in the test JVM; the
 * application under test is configured to send to it. A black-box test: it runs as a client of the deployment.
 */
@ExtendWith(ArquillianExtension.class)
class RequestMailIT {

    private static GreenMail smtp;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.coordinationWar();
    }

    @ArquillianResource
    URL base;

    @BeforeAll
    static void startSmtp() {
        smtp = new GreenMail(new ServerSetup(Integer.getInteger("it.smtp.port", 3025), "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @Test
    void coordinatorsHearOfASubmissionAndTheLiaisonOfTheDecisionInTheirLanguage() throws Exception {
        RequestWorld world = new RequestWorld(base, "MX", "CA");
        long id = world.draft("Mail " + world.tag, "PRIORITY");
        world.act("liaison", id, "submit", null);
        MimeMessage submitted = awaitMailsTo(world.email("coordinator"), 1).get(0);
        assertThat(submitted.getSubject()).isEqualTo("New request #" + id + " from Mexico: Mail " + world.tag);
        assertThat(((String) submitted.getContent())).contains("submitted request #" + id);

        world.act("coordinator", id, "review", null);
        world.act("coordinator", id, "decline", "Fuera del mandato de esta oficina");
        List<MimeMessage> toLiaison = awaitMailsTo(world.email("liaison"), 2);
        assertThat(toLiaison).extracting(MimeMessage::getSubject).contains(
                "La solicitud n.º " + id + " está en revisión: Mail " + world.tag,
                "La solicitud n.º " + id + " fue rechazada: Mail " + world.tag);
        MimeMessage declined = toLiaison.stream().filter(m -> subject(m).contains("rechazada")).findFirst()
                .orElseThrow();
        assertThat(((String) declined.getContent())).contains("Motivo: Fuera del mandato de esta oficina");
        // nobody is told of their own action, and the other government hears nothing
        assertThat(mailsTo(world.email("liaison2"))).isEmpty();
        assertThat(mailsTo(world.email("liaison"))).extracting(MimeMessage::getSubject)
                .noneMatch(s -> s.startsWith("Nueva solicitud"));
    }

    /** E-mail leaves after the commit, on another thread: wait for it, a bounded while. */
    private static List<MimeMessage> awaitMailsTo(String address, int count) throws InterruptedException {
        for (int attempt = 0; attempt < 100; attempt++) {
            List<MimeMessage> received = mailsTo(address);
            if (received.size() >= count) {
                return received;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("fewer than " + count + " e-mails to " + address + " within 10 s");
    }

    private static List<MimeMessage> mailsTo(String address) {
        smtp.waitForIncomingEmail(1_000, 1);
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> recipients(m).contains(address)).toList();
    }

    private static String recipients(MimeMessage message) {
        try {
            return Arrays.toString(message.getRecipients(Message.RecipientType.TO));
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
