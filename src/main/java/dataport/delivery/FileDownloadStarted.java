package dataport.delivery;

/**
 * Published in the transaction that counts a buyer's download of an order's file (the evidence chain records it).
 *
 * @param sha256 the SHA-256 of the file being sent
 */
public record FileDownloadStarted(long orderId, long downloadId, long deliverableId, String sha256) {}
