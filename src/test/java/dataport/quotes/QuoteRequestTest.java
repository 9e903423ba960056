package dataport.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dataport.shared.Bilingual;
import dataport.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class QuoteRequestTest {

    /** 10:00 in Shanghai on 7 December 2026. */
    static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");

    static QuoteRequest request() {
        return new QuoteRequest(
                7L,
                11L,
                Bilingual.of("Port data", "港口数据"),
                42L,
                "buyer@example.com",
                Locale.ENGLISH,
                new QuoteRequest.Asked("Port calls", "All ports", "2024", "Research", "CN"),
                NOW);
    }

    static PrivateOffer offer(String amount, LocalDate validUntil) {
        return new PrivateOffer(0, Money.of(amount, "CNY"), "Internal use", validUntil);
    }

    @Test
    void aNewRequestAwaitsAnOfferAndAnOfferAwaitsTheBuyer() {
        QuoteRequest q = request();
        assertThat(q.getStatus()).isEqualTo(QuoteStatus.OPEN);

        q.offer(offer("12500.00", LocalDate.of(2026, 12, 14)), NOW);

        assertThat(q.getStatus()).isEqualTo(QuoteStatus.OFFERED);
        assertThat(q.currentOffer().price()).isEqualTo(Money.of("12500.00", "CNY"));
        assertThat(q.offerNumber()).isEqualTo(1);
    }

    @Test
    void nothingButAnOfferCanBeAcceptedOrDeclined() {
        QuoteRequest q = request();

        assertThatThrownBy(() -> q.accept(1L, NOW)).isInstanceOf(QuoteRefused.class);
        assertThatThrownBy(() -> q.decline(NOW)).isInstanceOf(QuoteRefused.class);
        assertThatThrownBy(() -> q.expire(NOW)).isInstanceOf(QuoteRefused.class);
    }

    @Test
    void anAcceptedOfferCannotBeDeclinedReplacedOrAcceptedAgain() {
        QuoteRequest q = request();
        q.offer(offer("100.00", LocalDate.of(2026, 12, 7)), NOW);
        q.accept(99L, NOW);

        assertThat(q.getStatus()).isEqualTo(QuoteStatus.ACCEPTED);
        assertThat(q.getOrderId()).isEqualTo(99L);
        assertThatThrownBy(() -> q.decline(NOW)).isInstanceOf(QuoteRefused.class);
        assertThatThrownBy(() -> q.accept(100L, NOW)).isInstanceOf(QuoteRefused.class);
        assertThatThrownBy(() -> q.offer(offer("90.00", LocalDate.of(2026, 12, 8)), NOW))
                .isInstanceOf(QuoteRefused.class);
    }

    @Test
    void anOfferIsValidThroughTheEndOfItsLastDayInShanghaiAndThenExpires() {
        QuoteRequest q = request();
        q.offer(offer("100.00", LocalDate.of(2026, 12, 7)), NOW);
        Instant lastMoment = Instant.parse("2026-12-07T15:59:59Z");
        Instant nextDay = Instant.parse("2026-12-07T16:00:00Z");

        assertThat(q.statusAt(lastMoment)).isEqualTo(QuoteStatus.OFFERED);
        assertThat(q.statusAt(nextDay))
                .as("read as expired before the job records it")
                .isEqualTo(QuoteStatus.EXPIRED);
        assertThatThrownBy(() -> q.accept(1L, nextDay))
                .isInstanceOfSatisfying(
                        QuoteRefused.class, e -> assertThat(e.reason()).isEqualTo(QuoteRefused.Reason.EXPIRED));

        q.expire(nextDay);
        assertThat(q.getStatus()).isEqualTo(QuoteStatus.EXPIRED);
        assertThatThrownBy(() -> q.expire(nextDay)).isInstanceOf(QuoteRefused.class);
    }

    @Test
    void aDeclinedOrExpiredOfferMayBeFollowedByANewOne() {
        QuoteRequest q = request();
        q.offer(offer("100.00", LocalDate.of(2026, 12, 7)), NOW);
        q.decline(NOW);
        q.offer(offer("90.00", LocalDate.of(2026, 12, 9)), NOW);

        assertThat(q.getStatus()).isEqualTo(QuoteStatus.OFFERED);
        assertThat(q.offerNumber()).isEqualTo(2);
        assertThat(q.currentOffer().price()).isEqualTo(Money.of("90.00", "CNY"));
    }

    @Test
    void anOfferMustBeValidFromTodayAndPricedAboveZero() {
        QuoteRequest q = request();

        assertThatThrownBy(() -> q.offer(offer("100.00", LocalDate.of(2026, 12, 6)), NOW))
                .isInstanceOfSatisfying(
                        QuoteRefused.class, e -> assertThat(e.reason()).isEqualTo(QuoteRefused.Reason.VALIDITY));
        assertThatThrownBy(() -> q.offer(offer("0.00", LocalDate.of(2026, 12, 7)), NOW))
                .isInstanceOfSatisfying(
                        QuoteRefused.class, e -> assertThat(e.reason()).isEqualTo(QuoteRefused.Reason.PRICE));
        assertThat(q.getStatus()).isEqualTo(QuoteStatus.OPEN);
    }
}
