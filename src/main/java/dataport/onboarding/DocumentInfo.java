package dataport.onboarding;

import java.time.Instant;

/** An uploaded document as the pages show it (without its bytes). */
public record DocumentInfo(
        long id,
        DocumentKind kind,
        String fileName,
        String contentType,
        long size,
        String sha256,
        Instant uploadedAt) {}
