package dataport.opendata.internal;

import dataport.opendata.CatalogueFormat;
import dataport.opendata.CataloguePage;
import dataport.opendata.OpenCatalogue;
import dataport.opendata.PageOutOfRange;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * The open DCAT-AP catalogue over HTTP, public: {@code GET /dcat/catalog} answers JSON-LD or Turtle as the
 * {@code Accept} header asks (JSON-LD when it names neither), {@code /dcat/catalog.jsonld} and {@code /dcat/catalog.ttl}
 * always answer the one format. {@code ?page=N} (from 1; 1 when absent) picks a page; a bad value is a 400 with a
 * one-line reason. Each page carries a strong ETag of its body, so harvesters re-fetching an unchanged page get a 304.
 * See the README ("Open catalogue (DCAT-AP)").
 */
@RestController
class DcatController {

    static final String PATH = "/dcat/catalog";
    private static final MediaType JSON_LD = MediaType.parseMediaType(CatalogueFormat.JSON_LD.mediaType());
    private static final MediaType TURTLE = MediaType.parseMediaType(CatalogueFormat.TURTLE.mediaType());

    private final OpenCatalogue catalogue;

    DcatController(OpenCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping(PATH)
    ResponseEntity<byte[]> negotiated(
            @RequestParam(name = "page", required = false) String page,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
            WebRequest request) {
        return answer(page, formatFor(accept), request);
    }

    @GetMapping(PATH + ".jsonld")
    ResponseEntity<byte[]> jsonLd(@RequestParam(name = "page", required = false) String page, WebRequest request) {
        return answer(page, CatalogueFormat.JSON_LD, request);
    }

    @GetMapping(PATH + ".ttl")
    ResponseEntity<byte[]> turtle(@RequestParam(name = "page", required = false) String page, WebRequest request) {
        return answer(page, CatalogueFormat.TURTLE, request);
    }

    @ExceptionHandler(PageOutOfRange.class)
    ResponseEntity<String> badPage(PageOutOfRange e) {
        return ResponseEntity.badRequest()
                .contentType(new MediaType(MediaType.TEXT_PLAIN, java.nio.charset.StandardCharsets.UTF_8))
                .body(e.getMessage() + "\n");
    }

    private ResponseEntity<byte[]> answer(String page, CatalogueFormat format, WebRequest request) {
        CataloguePage result = catalogue.page(pageNumber(page), format);
        if (request.checkNotModified(result.etag())) {
            return null; // 304, headers already set by checkNotModified
        }
        return ResponseEntity.ok()
                .contentType(new MediaType(
                        MediaType.parseMediaType(format.mediaType()), java.nio.charset.StandardCharsets.UTF_8))
                .eTag(result.etag())
                .cacheControl(
                        CacheControl.maxAge(java.time.Duration.ofMinutes(5)).cachePublic())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .body(result.body());
    }

    /** The page number the client asked for; absent means 1. Anything but a plain number is refused. */
    static int pageNumber(String page) {
        if (page == null || page.isEmpty()) {
            return 1;
        }
        if (!page.matches("[0-9]{1,9}")) {
            throw new PageOutOfRange("page must be a whole number from 1, not \"" + printable(page) + "\"");
        }
        return Integer.parseInt(page);
    }

    /** Turtle when the client prefers it to JSON-LD; JSON-LD otherwise (also for JSON, HTML or no Accept header). */
    static CatalogueFormat formatFor(String accept) {
        if (accept == null || accept.isBlank()) {
            return CatalogueFormat.JSON_LD;
        }
        List<MediaType> types;
        try {
            types = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            return CatalogueFormat.JSON_LD;
        }
        types = new java.util.ArrayList<>(types);
        types.sort(
                java.util.Comparator.comparingDouble(MediaType::getQualityValue).reversed());
        for (MediaType type : types) {
            if (type.isWildcardType() || type.isWildcardSubtype()) {
                continue;
            }
            if (TURTLE.isCompatibleWith(type)) {
                return CatalogueFormat.TURTLE;
            }
            if (JSON_LD.isCompatibleWith(type) || MediaType.APPLICATION_JSON.isCompatibleWith(type)) {
                return CatalogueFormat.JSON_LD;
            }
        }
        return CatalogueFormat.JSON_LD;
    }

    /** The client's value, shortened and stripped of control characters, to quote back in an error. */
    private static String printable(String value) {
        String shown = value.length() > 20 ? value.substring(0, 20) + "…" : value;
        return shown.replaceAll("\\p{Cntrl}", "?");
    }
}
