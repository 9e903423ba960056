package dataport.quotes;

/** An attachment's bytes for download by someone who may read the thread. */
public record AttachmentFile(String fileName, String contentType, byte[] content) {}
