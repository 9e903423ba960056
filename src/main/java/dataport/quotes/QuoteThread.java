package dataport.quotes;

import dataport.shared.Bilingual;
import java.time.Instant;
import java.util.List;

/**
 * A request with its whole thread, for the buyer, the merchant's members and (on a dispute) staff.
 *
 * @param status as readers should see it (an offer past its validity reads as EXPIRED)
 * @param offer the current offer; null before the first
 * @param offerNumber how many offers were sent: accepting or declining names the one the buyer saw
 * @param orderId the order made by accepting the offer; null before
 */
public record QuoteThread(
        long id,
        int offerNumber,
        long listingId,
        Bilingual listingTitle,
        long merchantId,
        String buyerEmail,
        String subject,
        String volume,
        String period,
        String intendedUse,
        String destinationCountry,
        QuoteStatus status,
        PrivateOffer offer,
        Long orderId,
        Instant createdAt,
        List<ThreadEntry> entries) {

    /** Whether the buyer may accept or decline now. */
    public boolean awaitsBuyer() {
        return status == QuoteStatus.OFFERED;
    }
}
