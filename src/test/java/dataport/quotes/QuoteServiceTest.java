package dataport.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dataport.IntegrationTest;
import dataport.catalog.DemoSignIn;
import dataport.mail.MailService;
import dataport.mail.MailSummary;
import dataport.orders.CheckoutRefused;
import dataport.orders.OrderService;
import dataport.orders.OrderStatus;
import dataport.orders.PurchasedItem;
import dataport.shared.Money;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

@IntegrationTest
class QuoteServiceTest {

    static final byte[] PDF =
            "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG_START = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};

    @Autowired
    ApplicationContext context;

    @Autowired
    QuoteService quotes;

    @Autowired
    OrderService orders;

    @Autowired
    MailService mail;

    @Autowired
    dataport.accounts.AccountService accounts;

    QuoteFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new QuoteFixtures(context);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aBuyerAsksTheMerchantAnswersWithAnAttachmentAndAnOfferAndAcceptingMakesAnOrderAtTheOffersPrice() {
        long id = fixtures.request();
        assertThat(quotes.myThread(id).orElseThrow().status()).isEqualTo(QuoteStatus.OPEN);

        fixtures.as(DemoSignIn.MERCHANT);
        assertThat(quotes.merchantRequests()).extracting(QuoteSummary::id).contains(id);
        quotes.post(id, "Our specification is attached.", "spec.pdf", PDF);
        int offer = fixtures.offer(id, "12345.67");

        fixtures.as(DemoSignIn.BUYER);
        QuoteThread thread = quotes.myThread(id).orElseThrow();
        assertThat(thread.status()).isEqualTo(QuoteStatus.OFFERED);
        assertThat(thread.entries())
                .extracting(ThreadEntry::kind)
                .containsExactly(EntryKind.MESSAGE, EntryKind.MESSAGE, EntryKind.OFFER);
        ThreadEntry withFile = thread.entries().get(1);
        assertThat(withFile.attachment().fileName()).isEqualTo("spec.pdf");
        assertThat(quotes.attachment(withFile.id()).content()).isEqualTo(PDF);

        long orderId = quotes.accept(id, offer);

        PurchasedItem order = orders.purchase(orderId).orElseThrow();
        assertThat(order.total()).isEqualTo(Money.of("12345.67", "CNY"));
        assertThat(order.quantity()).isEqualTo(1);
        assertThat(order.status()).isEqualTo(OrderStatus.PENDING_PAYMENT);
        assertThat(quotes.accept(id, offer))
                .as("accepting twice gives the same order")
                .isEqualTo(orderId);
        QuoteThread accepted = quotes.myThread(id).orElseThrow();
        assertThat(accepted.status()).isEqualTo(QuoteStatus.ACCEPTED);
        assertThat(accepted.orderId()).isEqualTo(orderId);
        assertThatThrownBy(() -> quotes.decline(id, offer)).isInstanceOf(QuoteRefused.class);

        fixtures.as(DemoSignIn.COMPLIANCE);
        assertThat(quotes.threadOfOrder(orderId)).map(QuoteThread::id).contains(id);
    }

    @Test
    void bothSidesAreToldByMailInTheirLanguage() {
        long id = fixtures.request();
        fixtures.offer(id, "500.00");

        fixtures.as(DemoSignIn.ADMIN);
        List<MailSummary> recent = mail.list(Pageable.ofSize(30));
        assertThat(recent).anySatisfy(m -> {
            assertThat(m.recipient()).isEqualTo(DemoSignIn.MERCHANT);
            assertThat(m.subject())
                    .isEqualTo(chinese(DemoSignIn.MERCHANT) ? "询价：询价港口挂靠" : "Request for a quote: " + titleEn(id));
            assertThat(m.body()).contains("/workspace/quotes/" + id);
        });
        assertThat(recent).anySatisfy(m -> {
            assertThat(m.recipient()).isEqualTo(DemoSignIn.BUYER);
            assertThat(m.subject())
                    .isEqualTo(chinese(DemoSignIn.BUYER) ? "“询价港口挂靠”的专属报价" : "A private offer for " + titleEn(id));
            assertThat(m.body()).contains("/quotes/" + id);
        });
    }

    private boolean chinese(String email) {
        return dataport.shared.Languages.isChinese(
                accounts.findByEmail(email).orElseThrow().locale());
    }

    private String titleEn(long id) {
        fixtures.as(DemoSignIn.BUYER);
        String title = quotes.myThread(id).orElseThrow().listingTitle().en();
        fixtures.as(DemoSignIn.ADMIN);
        return title;
    }

    @Test
    void aDeclinedOfferCannotBeAcceptedUntilTheMerchantSendsANewOne() {
        long id = fixtures.request();
        int first = fixtures.offer(id, "800.00");

        fixtures.as(DemoSignIn.BUYER);
        quotes.decline(id, first);
        assertThat(quotes.myThread(id).orElseThrow().status()).isEqualTo(QuoteStatus.DECLINED);
        assertThatThrownBy(() -> quotes.accept(id, first))
                .isInstanceOfSatisfying(
                        QuoteRefused.class, e -> assertThat(e.reason()).isEqualTo(QuoteRefused.Reason.STATE));

        int second = fixtures.offer(id, "750.00");
        fixtures.as(DemoSignIn.BUYER);
        assertThatThrownBy(() -> quotes.accept(id, first))
                .as("the buyer answers the offer they saw, not one that replaced it")
                .isInstanceOfSatisfying(
                        QuoteRefused.class, e -> assertThat(e.reason()).isEqualTo(QuoteRefused.Reason.STALE));
        long orderId = quotes.accept(id, second);
        assertThat(orders.purchase(orderId).orElseThrow().total()).isEqualTo(Money.of("750.00", "CNY"));
    }

    @Test
    void anotherUserCanNeitherSeeNorAnswerTheOffer() {
        long id = fixtures.request();
        int offer = fixtures.offer(id, "300.00");

        fixtures.as(QuoteFixtures.OTHER_USER);
        assertThat(quotes.myThread(id)).isEmpty();
        assertThat(quotes.myRequests()).extracting(QuoteSummary::id).doesNotContain(id);
        assertThatThrownBy(() -> quotes.accept(id, offer)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> quotes.decline(id, offer)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> quotes.post(id, "me too", null, null)).isInstanceOf(AccessDeniedException.class);

        fixtures.as(DemoSignIn.BUYER);
        assertThat(quotes.myThread(id).orElseThrow().status()).isEqualTo(QuoteStatus.OFFERED);
    }

    @Test
    void anOrderAtAnOffersPriceCanOnlyBeMadeFromTheBuyersCurrentOffer() {
        long id = fixtures.request();
        int offer = fixtures.offer(id, "300.00");
        String key = "quote-" + id + "-offer-" + offer;

        fixtures.as(QuoteFixtures.OTHER_USER);
        assertThatThrownBy(() -> orders.placeOfferOrder(key))
                .as("another user cannot order at this buyer's offered price")
                .isInstanceOf(CheckoutRefused.class);

        fixtures.as(DemoSignIn.BUYER);
        assertThatThrownBy(() -> orders.placeOfferOrder("quote-" + id + "-offer-" + (offer + 1)))
                .as("an offer that was never made")
                .isInstanceOf(CheckoutRefused.class);
        assertThatThrownBy(() -> orders.placeOfferOrder("any-key")).isInstanceOf(CheckoutRefused.class);
        long orderId = quotes.accept(id, offer);
        assertThat(orders.purchase(orderId).orElseThrow().total()).isEqualTo(Money.of("300.00", "CNY"));
    }

    @Test
    void attachmentsAreCheckedByTheirContentNotTheirName() {
        long id = fixtures.request();

        assertRefused(
                () -> quotes.post(id, "x", "contract.pdf", "just text".getBytes()),
                QuoteRefused.Reason.ATTACHMENT_UNSUPPORTED);
        assertRefused(() -> quotes.post(id, "x", "picture.pdf", PNG_START), QuoteRefused.Reason.ATTACHMENT_MISLABELLED);
        byte[] cut = java.util.Arrays.copyOf(PDF, 20);
        assertRefused(() -> quotes.post(id, "x", "cut.pdf", cut), QuoteRefused.Reason.ATTACHMENT_CORRUPT);
        assertRefused(() -> quotes.post(id, "  ", null, null), QuoteRefused.Reason.EMPTY_MESSAGE);

        assertThat(quotes.myThread(id).orElseThrow().entries())
                .as("only the first message; nothing refused was kept")
                .hasSize(1);
    }

    @Test
    void anOfferNeedsAPlanOfTheListingAndAPayableCurrency() {
        long id = fixtures.request();
        fixtures.as(DemoSignIn.MERCHANT);
        java.time.LocalDate nextWeek = java.time.LocalDate.now().plusDays(7);

        assertRefused(
                () -> quotes.sendOffer(id, new PrivateOffer(5, Money.of("1.00", "CNY"), null, nextWeek)),
                QuoteRefused.Reason.NO_SUCH_PLAN);
        assertRefused(
                () -> quotes.sendOffer(id, new PrivateOffer(0, Money.of("1.000", "KWD"), null, nextWeek)),
                QuoteRefused.Reason.CURRENCY);
        assertThat(quotes.merchantThread(id).orElseThrow().status()).isEqualTo(QuoteStatus.OPEN);
    }

    private static void assertRefused(Runnable call, QuoteRefused.Reason reason) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(
                        QuoteRefused.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
