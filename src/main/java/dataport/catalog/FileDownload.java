package dataport.catalog;

/** A listing file's bytes, for download or display. */
public record FileDownload(String fileName, String contentType, byte[] content) {}
