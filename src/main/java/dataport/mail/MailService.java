package dataport.mail;

import org.springframework.stereotype.Service;

/**
 * Sends e-mail. {@link #send} records the message in the caller's transaction (an outbox), so a mail is sent if and
 * only if the change that caused it commits; delivery happens afterwards, by SMTP when one is configured, else the
 * message is kept and readable on the admin mail page.
 */
@Service
public class MailService {

    /** Subject and body are final text, already translated into the recipient's language by the caller. */
    public void send(String to, String subject, String body) {
        throw new UnsupportedOperationException("mail: not implemented yet");
    }
}
