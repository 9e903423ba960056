package dataport.quotes;

/** An attachment whose type was recognised from its content. */
record CheckedFile(String fileName, String contentType, byte[] content) {}
