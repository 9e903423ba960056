package dataport.search.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.util.DigestUtils;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The listings index's settings and mapping, from two files in the repository: {@code search/listings-index.json}
 * and the curated bilingual synonyms {@code search/synonyms.txt} (Solr format), which go into both synonym filters.
 * Its {@link #version()} is a digest of the result: when either file changes, the index is rebuilt.
 */
@Component
class IndexDefinition {

    private static final String MAPPING = "search/listings-index.json";
    private static final String SYNONYMS = "search/synonyms.txt";
    private static final List<String> SYNONYM_FILTERS = List.of("dp_synonyms_en", "dp_synonyms_zh");

    private final String json;
    private final String version;

    IndexDefinition(JsonMapper mapper) throws IOException {
        ObjectNode definition;
        try (InputStream in = new ClassPathResource(MAPPING).getInputStream()) {
            definition = (ObjectNode) mapper.readTree(in);
        }
        List<String> synonyms = synonyms();
        ObjectNode filters =
                (ObjectNode) definition.path("settings").path("analysis").path("filter");
        for (String filter : SYNONYM_FILTERS) {
            ArrayNode rules = ((ObjectNode) filters.get(filter)).putArray("synonyms");
            synonyms.forEach(rules::add);
        }
        this.json = mapper.writeValueAsString(definition);
        this.version = DigestUtils.md5DigestAsHex(json.getBytes(StandardCharsets.UTF_8));
    }

    String json() {
        return json;
    }

    String version() {
        return version;
    }

    private static List<String> synonyms() throws IOException {
        ClassPathResource file = new ClassPathResource(SYNONYMS);
        if (!file.exists()) {
            return List.of();
        }
        try (InputStream in = file.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        }
    }
}
