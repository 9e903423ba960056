package dataport.evidence.internal;

import dataport.evidence.Checkpoints;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The platform's checkpoint-signing public key, PEM, for anyone who wants to check a checkpoint with their own tools
 * ({@code openssl pkeyutl -verify -pubin -inkey key.pem -rawin -in message -sigfile sig}). An explicit mapping wins
 * over the Vaadin route {@code verify/:certificate}.
 */
@RestController
class PublicKeyController {

    private final Checkpoints checkpoints;

    PublicKeyController(Checkpoints checkpoints) {
        this.checkpoints = checkpoints;
    }

    @GetMapping(value = "/verify/public-key", produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> publicKey() {
        return ResponseEntity.ok()
                .contentType(MediaType.TEXT_PLAIN)
                .header("Cache-Control", "public, max-age=3600")
                .body(checkpoints.publicKeyPem());
    }
}
