package dataport.opendata;

import org.apache.jena.riot.RDFFormat;

/** The two serialisations of the catalogue, with their media types and file extensions. */
public enum CatalogueFormat {
    JSON_LD("application/ld+json", "jsonld", RDFFormat.JSONLD11_PRETTY),
    TURTLE("text/turtle", "ttl", RDFFormat.TURTLE_PRETTY);

    private final String mediaType;
    private final String extension;
    private final RDFFormat rdfFormat;

    CatalogueFormat(String mediaType, String extension, RDFFormat rdfFormat) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.rdfFormat = rdfFormat;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    RDFFormat rdfFormat() {
        return rdfFormat;
    }
}
