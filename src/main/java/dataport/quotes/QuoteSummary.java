package dataport.quotes;

import dataport.shared.Bilingual;
import java.time.Instant;

/**
 * A request in a list: the buyer's or the merchant's.
 *
 * @param status as readers should see it (an offer past its validity reads as EXPIRED)
 * @param waitingSince when the side that must act was last asked: the request (OPEN) or the offer (OFFERED)
 */
public record QuoteSummary(
        long id,
        long listingId,
        Bilingual listingTitle,
        String buyerEmail,
        String subject,
        QuoteStatus status,
        PrivateOffer offer,
        Instant createdAt,
        Instant waitingSince,
        Instant lastActivityAt) {}
