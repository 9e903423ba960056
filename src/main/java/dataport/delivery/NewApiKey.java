package dataport.delivery;

import java.time.Instant;

/** A key just created: the only time the whole key exists outside the buyer's hands. */
public record NewApiKey(String key, String prefix, Instant expiresAt) {}
