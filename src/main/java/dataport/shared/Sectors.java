package dataport.shared;

import java.util.List;

/**
 * Sectors the free-trade zone's data lists cover, as codes (named through the translation key
 * {@code compliance.sector.CODE}): merchants declare one in onboarding and in their cross-border facts.
 */
public final class Sectors {

    public static final List<String> CODES =
            List.of("FINANCE", "HEALTH", "AUTOMOTIVE", "BIOMEDICINE", "AI", "SHIPPING", "TRADE", "OTHER");

    private Sectors() {}
}
