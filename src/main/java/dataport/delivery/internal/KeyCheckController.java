package dataport.delivery.internal;

import dataport.delivery.Gateway;
import dataport.delivery.KeyCheck;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/keys/check}: a merchant's API gateway asks whether a buyer's key is valid. The gateway proves
 * itself with its secret ({@code X-Gateway-Secret}); the key comes in {@code X-Api-Key}. Neither is ever in a URL,
 * where logs would keep it. See the README ("API keys and the key check endpoint").
 */
@RestController
class KeyCheckController {

    static final String PATH = "/api/v1/keys/check";

    private final Gateway gateway;

    KeyCheckController(Gateway gateway) {
        this.gateway = gateway;
    }

    @PostMapping(PATH)
    ResponseEntity<Map<String, Object>> check(
            @RequestHeader(name = "X-Gateway-Secret", required = false) String secret,
            @RequestHeader(name = "X-Api-Key", required = false) String key) {
        return gateway.check(secret, key)
                .map(KeyCheckController::body)
                .map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.status(401).body(Map.of("error", "unknown gateway secret")));
    }

    private static Map<String, Object> body(KeyCheck check) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("valid", check.valid());
        body.put("listingId", check.listingId());
        body.put("orderNumber", check.orderNumber());
        body.put(
                "expiresAt",
                check.expiresAt() == null ? null : check.expiresAt().toString());
        return body;
    }
}
