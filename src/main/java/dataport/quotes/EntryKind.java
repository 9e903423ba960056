package dataport.quotes;

/** What an entry of a thread is: a message, an offer as sent, or a step of the request. */
public enum EntryKind {
    MESSAGE,
    OFFER,
    ACCEPTED,
    DECLINED,
    EXPIRED
}
