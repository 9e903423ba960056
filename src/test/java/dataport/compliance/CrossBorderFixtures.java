package dataport.compliance;

import dataport.catalog.CatalogService;
import dataport.catalog.DataClassification;
import dataport.catalog.DemoSignIn;
import dataport.catalog.ListingDetails;
import dataport.orders.CheckoutRequest;
import dataport.orders.OrderService;
import java.util.UUID;
import java.util.function.Predicate;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.AuthenticationProvider;

/**
 * Orders bound abroad for compliance tests: demo listings of a classification with declared facts, ordered by the
 * demo buyer through the real checkout path with a destination country.
 */
public class CrossBorderFixtures {

    public final AuthenticationProvider signIn;
    private final CatalogService catalog;
    private final OrderService orders;
    private final CrossBorderFacts facts;

    public CrossBorderFixtures(ApplicationContext context) {
        this.signIn = context.getBean(AuthenticationProvider.class);
        this.catalog = context.getBean(CatalogService.class);
        this.orders = context.getBean(OrderService.class);
        this.facts = context.getBean(CrossBorderFacts.class);
    }

    /** A published demo listing of the classification with a CNY one-off plan, matching {@code which}. */
    public ListingDetails listing(DataClassification classification, Predicate<ListingDetails> which) {
        return catalog.details(catalog.publishedIds()).stream()
                .filter(l -> l.content().classification() == classification && pricedPlan(l) >= 0 && which.test(l))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No demo listing classified " + classification));
    }

    /** The first plan checkout can take as it stands (priced, not a quote). */
    public static int pricedPlan(ListingDetails l) {
        for (int i = 0; i < l.plans().size(); i++) {
            var plan = l.plans().get(i);
            if (plan.price() != null && plan.model() != dataport.catalog.PricingModel.QUOTE) {
                return i;
            }
        }
        return -1;
    }

    public void declare(long listingId, ListingDeclaration declaration) {
        facts.declareListingAsSystem(listingId, declaration);
    }

    public void declareMerchant(long merchantId, MerchantDeclaration declaration) {
        facts.declareMerchantAsSystem(merchantId, declaration);
    }

    /** The demo buyer's order of the listing's first priced plan for data used in {@code country}; leaves them signed in. */
    public long order(ListingDetails listing, String country) {
        DemoSignIn.as(signIn, DemoSignIn.BUYER);
        int plan = pricedPlan(listing);
        return orders.placeOrder(new CheckoutRequest(
                "cross-border-" + UUID.randomUUID(),
                listing.id(),
                listing.version(),
                plan,
                listing.plans().get(plan).price(),
                1,
                country));
    }

    /** A declaration of non-sensitive personal information of {@code people}, nothing else special. */
    public static ListingDeclaration personal(long people) {
        return new ListingDeclaration(PersonalInformation.NON_SENSITIVE, people, false, false, null, null, null);
    }

    public static ListingDeclaration noPersonalInformation() {
        return new ListingDeclaration(PersonalInformation.NONE, 0L, false, false, null, null, null);
    }

    public static AssessmentAnswers completeAnswers() {
        return new AssessmentAnswers(
                "Example GmbH, Berlin, HRB 12345, no parent company",
                "Training a fraud model for our payment service",
                "Transaction fields, about 20,000 records",
                "Download by two named analysts",
                "Frankfurt data centre, deleted after 12 months",
                "None",
                "AES-256 at rest, MFA, quarterly audits",
                "No law gives authorities bulk access; we would challenge any request",
                "Incidents reported within 72 hours; requests answered within 15 days",
                "Standard contract of 2026-11-30");
    }
}
