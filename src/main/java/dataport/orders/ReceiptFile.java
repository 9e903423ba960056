package dataport.orders;

/** A generated document to download: its file name and content. */
public record ReceiptFile(String fileName, String contentType, byte[] content) {}
