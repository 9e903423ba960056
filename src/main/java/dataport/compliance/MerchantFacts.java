package dataport.compliance;

import java.time.Instant;

/** A merchant's declaration with its verification, as the workspace and staff pages show it. */
public record MerchantFacts(long merchantId, MerchantDeclaration declaration, Instant verifiedAt, String verifiedBy) {

    public boolean verified() {
        return verifiedAt != null;
    }
}
