package dataport.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import tools.jackson.databind.json.JsonMapper;

/** Reads {@code demo/catalogue.json}, the hand-written demo catalogue and the track tree. */
final class DemoCatalogueFile {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DemoCatalogueFile() {}

    static DemoCatalogue read() {
        try (InputStream in = DemoCatalogueFile.class.getResourceAsStream("/demo/catalogue.json")) {
            return JSON.readValue(in, DemoCatalogue.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
