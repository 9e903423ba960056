package dataport.opendata;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The RDF terms the catalogue uses beyond Jena's built-in {@code DCAT}, {@code DCTerms}, {@code SKOS}, {@code RDF} and
 * {@code RDFS}: FOAF, ODRL and Hydra, and the prefixes the serialisations declare.
 */
final class Vocabulary {

    static final String DCAT = "http://www.w3.org/ns/dcat#";
    static final String DCT = "http://purl.org/dc/terms/";
    static final String FOAF_NS = "http://xmlns.com/foaf/0.1/";
    static final String ODRL_NS = "http://www.w3.org/ns/odrl/2/";
    static final String HYDRA_NS = "http://www.w3.org/ns/hydra/core#";
    static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    static final String EU_DATA_THEME = "http://publications.europa.eu/resource/authority/data-theme";
    static final String EU_LANGUAGE = "http://publications.europa.eu/resource/authority/language/";
    static final String EU_COUNTRY = "http://publications.europa.eu/resource/authority/country/";
    static final String EU_FREQUENCY = "http://publications.europa.eu/resource/authority/frequency/";

    private Vocabulary() {}

    static final class FOAF {
        static final Resource Agent = resource(FOAF_NS + "Agent");
        static final Resource Document = resource(FOAF_NS + "Document");
        static final Property name = property(FOAF_NS + "name");
        static final Property homepage = property(FOAF_NS + "homepage");
        static final Property page = property(FOAF_NS + "page");

        private FOAF() {}
    }

    static final class ODRL {
        static final Resource Policy = resource(ODRL_NS + "Policy");
        static final Property hasPolicy = property(ODRL_NS + "hasPolicy");

        private ODRL() {}
    }

    static final class HYDRA {
        static final Resource Collection = resource(HYDRA_NS + "Collection");
        static final Resource PartialCollectionView = resource(HYDRA_NS + "PartialCollectionView");
        static final Property view = property(HYDRA_NS + "view");
        static final Property totalItems = property(HYDRA_NS + "totalItems");
        static final Property itemsPerPage = property(HYDRA_NS + "itemsPerPage");
        static final Property first = property(HYDRA_NS + "first");
        static final Property last = property(HYDRA_NS + "last");
        static final Property next = property(HYDRA_NS + "next");
        static final Property previous = property(HYDRA_NS + "previous");

        private HYDRA() {}
    }

    private static Resource resource(String iri) {
        return ResourceFactory.createResource(iri);
    }

    private static Property property(String iri) {
        return ResourceFactory.createProperty(iri);
    }
}
