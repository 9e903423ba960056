package dataport.merchants;

import dataport.merchants.MerchantService.NewMerchant;
import dataport.shared.Bilingual;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Merchants for tests: a domestic Shanghai merchant with a unique English name, changed only where a test cares.
 * {@code TestMerchants.merchant().named("Importer " + run, "导入测试数商").build()}.
 */
public final class TestMerchants {

    private TestMerchants() {}

    /**
     * An owner id for a merchant registered directly: far above any account a test creates, so a later test's new
     * account never finds itself already a member (a fixed small id such as 42 did, once enough accounts existed).
     */
    public static long unusedUserId() {
        return ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE / 2);
    }

    public static Builder merchant() {
        return new Builder();
    }

    public static final class Builder {
        private String slug;
        private Bilingual name = Bilingual.of("Test merchant " + UUID.randomUUID(), "测试数商");
        private Origin origin = Origin.DOMESTIC;
        private String countryCode = "CN";
        private String city = "Shanghai";
        private String website;
        private String registrationNumber;
        private Integer foundedYear;
        private Bilingual description = Bilingual.of("x", "x");

        private Builder() {}

        public Builder slug(String slug) {
            this.slug = slug;
            return this;
        }

        public Builder named(String en, String zh) {
            this.name = Bilingual.of(en, zh);
            return this;
        }

        /** A foreign merchant in {@code countryCode}, {@code city}. */
        public Builder foreign(String countryCode, String city) {
            this.origin = Origin.FOREIGN;
            this.countryCode = countryCode;
            this.city = city;
            return this;
        }

        public Builder website(String website) {
            this.website = website;
            return this;
        }

        public Builder registrationNumber(String registrationNumber) {
            this.registrationNumber = registrationNumber;
            return this;
        }

        public Builder foundedYear(Integer foundedYear) {
            this.foundedYear = foundedYear;
            return this;
        }

        public Builder description(Bilingual description) {
            this.description = description;
            return this;
        }

        public NewMerchant build() {
            return new NewMerchant(
                    slug, name, origin, countryCode, city, website, registrationNumber, foundedYear, description);
        }
    }
}
