package dataport.onboarding;

/** A document's bytes, for download by staff or the applicant. */
public record DocumentFile(String fileName, String contentType, byte[] content) {}
