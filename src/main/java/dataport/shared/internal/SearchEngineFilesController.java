package dataport.shared.internal;

import dataport.shared.Sitemaps;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /sitemap.xml}, {@code /sitemap-{n}.xml} and {@code /robots.txt}, public (see {@link Sitemaps}). */
@RestController
class SearchEngineFilesController {

    private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");
    private static final MediaType TEXT = MediaType.parseMediaType("text/plain;charset=UTF-8");
    private static final CacheControl ONE_HOUR =
            CacheControl.maxAge(java.time.Duration.ofHours(1)).cachePublic();

    private final Sitemaps sitemaps;

    SearchEngineFilesController(Sitemaps sitemaps) {
        this.sitemaps = sitemaps;
    }

    @GetMapping("/" + Sitemaps.INDEX)
    ResponseEntity<String> sitemap() {
        return ResponseEntity.ok().contentType(XML).cacheControl(ONE_HOUR).body(sitemaps.index());
    }

    @GetMapping("/sitemap-{n:\\d{1,6}}.xml")
    ResponseEntity<String> sitemapFile(@PathVariable("n") int n) {
        return sitemaps.file(n)
                .map(xml -> ResponseEntity.ok()
                        .contentType(XML)
                        .cacheControl(ONE_HOUR)
                        .body(xml))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/robots.txt")
    ResponseEntity<String> robots() {
        return ResponseEntity.ok().contentType(TEXT).cacheControl(ONE_HOUR).body(sitemaps.robots());
    }
}
