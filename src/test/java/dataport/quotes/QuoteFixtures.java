package dataport.quotes;

import dataport.catalog.CatalogService;
import dataport.catalog.CatalogService.NewPlan;
import dataport.catalog.DemoSignIn;
import dataport.catalog.PricingModel;
import dataport.catalog.TestListings;
import dataport.merchants.MerchantService;
import dataport.shared.Bilingual;
import dataport.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.AuthenticationProvider;

/**
 * Requests for quotes for tests: a published listing of the demo merchant with a quote-only plan (0) and a priced one
 * (1), and a request of the demo buyer on it. Leaves the last account it used signed in.
 */
public class QuoteFixtures {

    public static final String OTHER_USER = "curator@dataport.example";

    private final AuthenticationProvider signIn;
    private final CatalogService catalog;
    private final MerchantService merchants;
    private final QuoteService quotes;

    public QuoteFixtures(ApplicationContext context) {
        this.signIn = context.getBean(AuthenticationProvider.class);
        this.catalog = context.getBean(CatalogService.class);
        this.merchants = context.getBean(MerchantService.class);
        this.quotes = context.getBean(QuoteService.class);
    }

    public long quoteOnlyListing() {
        long merchantId = merchants.findBySlug("harbour-data").orElseThrow().id();
        DemoSignIn.as(signIn, DemoSignIn.COMPLIANCE);
        return catalog.createPublished(
                merchantId,
                TestListings.content()
                        .title(Bilingual.of("Quoted port calls " + System.nanoTime(), "询价港口挂靠"))
                        .plans(List.of(
                                new NewPlan(
                                        Bilingual.of("Custom extract", "定制数据"), PricingModel.QUOTE, null, null, null),
                                TestListings.oneOff("Standard", "1999.00", "CNY")))
                        .build(),
                Instant.now());
    }

    /** The demo buyer's request on a new quote-only listing; returns its id. */
    public long request() {
        long listing = quoteOnlyListing();
        DemoSignIn.as(signIn, DemoSignIn.BUYER);
        return quotes.request(
                listing,
                new NewQuoteRequest(
                        "Port calls of 2024", "All ports", "2024", "Research", "CN", "Hello, a quote please."));
    }

    /** The demo merchant's offer on the request, valid a week; returns the offer's number. */
    public int offer(long requestId, String amount) {
        DemoSignIn.as(signIn, DemoSignIn.MERCHANT);
        quotes.sendOffer(
                requestId,
                new PrivateOffer(
                        0,
                        Money.of(amount, "CNY"),
                        "Internal use only",
                        LocalDate.now().plusDays(7)));
        return quotes.merchantThread(requestId).orElseThrow().offerNumber();
    }

    public void as(String email) {
        DemoSignIn.as(signIn, email);
    }
}
