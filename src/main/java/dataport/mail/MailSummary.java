package dataport.mail;

import java.time.Instant;

/** An outgoing mail as the admin mail page shows it. */
public record MailSummary(
        long id,
        String recipient,
        String subject,
        String body,
        MailStatus status,
        int attempts,
        Instant createdAt,
        Instant sentAt,
        String lastError) {}
