package dataport.shared;

import java.util.LinkedHashMap;
import java.util.Map;

/** Building blocks of the schema.org JSON-LD that {@link PageMetadataSource}s put in pages for search engines. */
public final class SchemaOrg {

    /** The vocabulary's address: the {@code @context}, and the prefix of its enumeration values. */
    public static final String CONTEXT = "https://schema.org";

    private SchemaOrg() {}

    /** A top-level object: with its {@code @context}. */
    public static Map<String, Object> root(String type) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("@context", CONTEXT);
        object.put("@type", type);
        return object;
    }

    /** An object inside another. */
    public static Map<String, Object> object(String type) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("@type", type);
        return object;
    }
}
