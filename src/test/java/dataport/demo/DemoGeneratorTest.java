package dataport.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dataport.catalog.DataClassification;
import dataport.catalog.PricingModel;
import dataport.demo.DemoGenerator.GeneratedListing;
import dataport.demo.DemoGenerator.GeneratedMerchant;
import dataport.merchants.Origin;
import dataport.shared.Money;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoGeneratorTest {

    static final int LISTINGS = 5000;
    static DemoGenerator generator;
    static List<GeneratedMerchant> merchants;
    static List<GeneratedListing> listings;

    @BeforeAll
    static void generateTheDemoCatalogue() {
        generator = DemoGenerator.standard();
        merchants = generator.merchants(DemoGenerator.merchantsFor(LISTINGS));
        listings = IntStream.range(0, LISTINGS)
                .mapToObj(n -> generator.listing(n, merchants))
                .toList();
    }

    @Test
    void theSameSeedMakesTheSameCatalogueDownToTheOrderOfTagsAndPlans() {
        DemoGenerator again = DemoGenerator.standard();
        List<GeneratedMerchant> merchantsAgain = again.merchants(merchants.size());

        assertThat(merchantsAgain).isEqualTo(merchants);
        assertThat(merchantsAgain.toString()).isEqualTo(merchants.toString());
        for (int n : new int[] {0, 1, 2, 999, 4999}) {
            assertThat(again.listing(n, merchantsAgain).toString())
                    .isEqualTo(listings.get(n).toString());
        }
    }

    @Test
    void aListingDoesNotDependOnTheListingsMadeBeforeIt() {
        DemoGenerator fresh = DemoGenerator.standard();

        assertThat(fresh.listing(4321, merchants)).isEqualTo(listings.get(4321));
    }

    @Test
    void anotherSeedMakesAnotherCatalogue() {
        DemoGenerator other = new DemoGenerator(DemoGenerator.SEED + 1, DemoGenerator.Vocabulary.load());

        assertThat(other.merchants(10)).isNotEqualTo(merchants.subList(0, 10));
        assertThat(other.listing(0, merchants)).isNotEqualTo(listings.getFirst());
    }

    @Test
    void threeHundredMerchantsFromMoreThanThirtyCountriesDomesticAndForeignSomeWhitelisted() {
        assertThat(merchants).hasSize(300);
        Set<String> countries =
                merchants.stream().map(m -> m.profile().countryCode()).collect(Collectors.toSet());
        assertThat(countries).hasSizeGreaterThan(30).contains("CN", "SG", "DE", "US", "JP");
        long domestic = merchants.stream()
                .filter(m -> m.profile().origin() == Origin.DOMESTIC)
                .count();
        assertThat(domestic).isBetween(90L, 180L);
        assertThat(merchants)
                .allMatch(m -> (m.profile().origin() == Origin.DOMESTIC)
                        == m.profile().countryCode().equals("CN"));
        long whitelisted =
                merchants.stream().filter(m -> m.whitelistScope() != null).count();
        assertThat(whitelisted).isBetween(10L, 80L);
        assertThat(merchants).noneMatch(m -> m.profile().origin() == Origin.DOMESTIC && m.whitelistScope() != null);
        assertThat(merchants).filteredOn(m -> m.whitelistScope() != null).allSatisfy(m -> {
            assertThat(m.whitelistScope().en()).isNotBlank().doesNotContain("(").matches("[\\x20-\\x7E]+");
            assertThat(m.whitelistScope().zh()).isNotBlank().doesNotContain("(");
        });
        assertThat(merchants.stream().map(m -> m.profile().slug()).distinct()).hasSize(merchants.size());
        assertThat(merchants)
                .allMatch(m -> m.profile().slug().startsWith("g-")
                        && m.profile().slug().length() <= 70);
    }

    @Test
    void merchantsAndListingsSpeakBothLanguages() {
        assertThat(merchants)
                .allMatch(m -> filled(m.profile().name().en())
                        && hasHan(m.profile().name().zh()));
        assertThat(merchants)
                .allMatch(m -> filled(m.profile().description().en())
                        && hasHan(m.profile().description().zh()));
        assertThat(listings)
                .allMatch(l -> filled(l.content().title().en())
                        && hasHan(l.content().title().zh()));
        assertThat(listings)
                .allMatch(l -> filled(l.content().summary().en())
                        && hasHan(l.content().summary().zh()));
        assertThat(listings)
                .allMatch(l -> l.content().description().en().startsWith("## Overview")
                        && l.content().description().zh().startsWith("## 产品概述"));
        assertThat(listings)
                .allMatch(l -> l.content().tags().stream().anyMatch(DemoGeneratorTest::hasHan)
                        && l.content().tags().stream().anyMatch(t -> !hasHan(t)));
        assertThat(listings)
                .allMatch(l -> l.content().title().en().length() <= 200
                        && l.content().summary().en().length() <= 500
                        && l.content().summary().zh().length() <= 500);
    }

    @Test
    void everyTrackAndSubTrackHasListings() {
        DemoCatalogue catalogue = DemoCatalogueFile.read();
        Map<String, Long> perCategory = listings.stream()
                .collect(Collectors.groupingBy(l -> l.content().categoryCode(), Collectors.counting()));
        assertThat(catalogue.categories()).hasSizeGreaterThanOrEqualTo(12);
        for (DemoCatalogue.CategoryNode track : catalogue.categories()) {
            for (DemoCatalogue.CategoryNode sub : track.children()) {
                assertThat(perCategory.getOrDefault(sub.code(), 0L))
                        .as(sub.code())
                        .isGreaterThanOrEqualTo(10);
            }
        }
        assertThat(catalogue.categories())
                .extracting(DemoCatalogue.CategoryNode::code)
                .contains(
                        "cloud",
                        "digital-services",
                        "data",
                        "digital-content",
                        "ecommerce",
                        "intl-data",
                        "metaverse",
                        "nft",
                        "quantum",
                        "cryptography",
                        "data-security",
                        "ai-compute");
    }

    @Test
    void coreDataIsNeverOfferedAcrossTheBorderAndOnlyChineseMerchantsHaveCoreData() {
        Map<Integer, GeneratedMerchant> byNumber =
                merchants.stream().collect(Collectors.toMap(GeneratedMerchant::number, Function.identity()));
        List<GeneratedListing> core = listings.stream()
                .filter(l -> l.content().classification() == DataClassification.CORE)
                .toList();
        assertThat(core).isNotEmpty().noneMatch(l -> l.content().crossBorder());
        assertThat(core)
                .allMatch(l -> byNumber.get(l.merchantNumber()).profile().origin() == Origin.DOMESTIC);
        assertThat(listings).anyMatch(l -> l.content().crossBorder());
        assertThat(listings)
                .filteredOn(l -> l.content().crossBorder())
                .allMatch(l -> l.content().regions().size() > 1);
        assertThat(listings.stream().map(l -> l.content().classification()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(DataClassification.values());
    }

    @Test
    void pricesAreExactInTheirCurrencysMinorUnitsAndOnlyQuotesHaveNone() {
        Set<String> currencies = new HashSet<>();
        Set<PricingModel> models = new HashSet<>();
        for (GeneratedListing l : listings) {
            assertThat(l.content().plans()).isNotEmpty();
            for (var plan : l.content().plans()) {
                models.add(plan.model());
                if (plan.model() == PricingModel.QUOTE) {
                    assertThat(plan.price()).isNull();
                    continue;
                }
                Money price = plan.price();
                assertThat(price.minorUnits()).isPositive();
                assertThat(price.amount().scale())
                        .isEqualTo(Math.max(0, price.currency().getDefaultFractionDigits()));
                assertThat(Money.of(
                                price.amount().toPlainString(), price.currency().getCurrencyCode()))
                        .isEqualTo(price);
                currencies.add(price.currency().getCurrencyCode());
            }
        }
        assertThat(models).containsExactlyInAnyOrder(PricingModel.values());
        assertThat(currencies).hasSizeGreaterThan(20).contains("CNY", "USD", "EUR", "JPY", "SGD");
    }

    @Test
    void aPriceInYenHasNoDecimalsAndAPriceInDollarsHasCents() {
        var random = new java.util.SplittableRandom(1);
        assertThat(DemoGenerator.price(99, "JPY", random).amount().scale()).isZero();
        Money dollars = DemoGenerator.price(49, "USD", random);
        assertThat(dollars.amount().scale()).isEqualTo(2);
        assertThat(dollars.minorUnits()).isIn(4900L, 4899L);
    }

    @Test
    void domesticMerchantsCarryAValidUnifiedSocialCreditCode() {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int[] weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
        merchants.stream().filter(m -> m.profile().origin() == Origin.DOMESTIC).forEach(m -> {
            String code = m.profile().registrationNumber();
            assertThat(code).hasSize(18);
            int sum = 0;
            for (int i = 0; i < 17; i++) {
                sum += alphabet.indexOf(code.charAt(i)) * weights[i];
            }
            assertThat(alphabet.indexOf(code.charAt(17))).isEqualTo((31 - sum % 31) % 31);
        });
    }

    @Test
    void theBenchmarkSizesGetProportionallyMoreMerchants() {
        assertThat(DemoGenerator.merchantsFor(0)).isEqualTo(300);
        assertThat(DemoGenerator.merchantsFor(5000)).isEqualTo(300);
        assertThat(DemoGenerator.merchantsFor(100_000)).isEqualTo(5000);
        assertThat(DemoGenerator.merchantsFor(1_000_000)).isEqualTo(5000);
    }

    private static boolean filled(String text) {
        return text != null && !text.isBlank();
    }

    private static boolean hasHan(String text) {
        return text != null
                && text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }
}
