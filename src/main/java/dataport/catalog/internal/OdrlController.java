package dataport.catalog.internal;

import dataport.catalog.LicencePolicies;
import dataport.catalog.LicencePolicy;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The licence policies as ODRL 2.2 JSON-LD ({@code application/ld+json}), public like the listing pages:
 *
 * <ul>
 *   <li>{@code GET /odrl/policies/{uid}}: one stored policy, the same document for ever (cached as immutable);
 *   <li>{@code GET /odrl/listings/{listingId}}: the published listing's current policy (stored on first request), with
 *       {@code Content-Location} and {@code Link: rel="canonical"} naming its stable address. The DCAT-AP feed links
 *       datasets here.
 * </ul>
 *
 * Unknown policies and listings that are not published answer 404 with a short JSON body.
 */
@RestController
class OdrlController {

    static final MediaType JSON_LD = MediaType.parseMediaType("application/ld+json");

    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final LicencePolicies policies;

    OdrlController(LicencePolicies policies) {
        this.policies = policies;
    }

    @GetMapping("/" + LicencePolicies.POLICY_PATH + "{uid}")
    ResponseEntity<String> policy(@PathVariable String uid) {
        return policies.find(uid)
                .map(p -> document(p)
                        .cacheControl(CacheControl.maxAge(java.time.Duration.ofDays(365))
                                .cachePublic()
                                .immutable())
                        .body(JSON.writeValueAsString(policies.odrl(p))))
                .orElseGet(() -> notFound("unknown policy"));
    }

    @GetMapping("/" + LicencePolicies.LISTING_PATH + "{listingId}")
    ResponseEntity<String> listing(@PathVariable String listingId) {
        Optional<LicencePolicy> current =
                listingId.matches("\\d{1,18}") ? policies.current(Long.parseLong(listingId)) : Optional.empty();
        return current.map(p -> {
                    String url = policies.url(p.uid());
                    return document(p)
                            .cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(5))
                                    .cachePublic())
                            .header(HttpHeaders.CONTENT_LOCATION, url)
                            .header(HttpHeaders.LINK, "<" + url + ">; rel=\"canonical\"")
                            .body(JSON.writeValueAsString(policies.odrl(p)));
                })
                .orElseGet(() -> notFound("no published listing"));
    }

    private static ResponseEntity.BodyBuilder document(LicencePolicy policy) {
        return ResponseEntity.ok().contentType(JSON_LD).header("Access-Control-Allow-Origin", "*");
    }

    private static ResponseEntity<String> notFound(String error) {
        return ResponseEntity.status(404)
                .contentType(MediaType.APPLICATION_JSON)
                .body(JSON.writeValueAsString(Map.of("error", error)));
    }
}
