package dataport.delivery;

import java.time.Instant;

/** What the workspace shows of a merchant's gateway secret: its visible start and when it was made. */
public record GatewaySecretInfo(String prefix, Instant createdAt) {}
