package dataport.catalog;

/** An uploaded image or sample as the editor and the listing page show it (no bytes). */
public record ListingFileInfo(
        long id,
        FileKind kind,
        String fileName,
        String contentType,
        long size,
        String sha256,
        Integer width,
        Integer height) {}
