package dataport.settlement;

/** A statement to download: file name, content type and bytes. */
public record StatementFile(String fileName, String contentType, byte[] content) {}
