package dataport.mail;

/** Where an outgoing mail stands. KEPT: no SMTP server is configured, so it waits on the admin mail page. */
public enum MailStatus {
    PENDING,
    SENT,
    KEPT,
    FAILED
}
