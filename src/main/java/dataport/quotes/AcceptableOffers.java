package dataport.quotes;

import dataport.orders.OfferOrder;
import dataport.orders.PrivateOffers;
import java.time.Clock;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Confirms to orders the terms of an offer being accepted: the request's current offer, made to this buyer, still
 * open and within its validity. Runs in the accepting transaction, which already holds the request's row lock.
 */
@Component
class AcceptableOffers implements PrivateOffers {

    private static final Pattern KEY = Pattern.compile("quote-(\\d{1,18})-offer-(\\d{1,9})");

    private final QuoteRequests requests;
    private final Clock clock;

    AcceptableOffers(QuoteRequests requests, Clock clock) {
        this.requests = requests;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<OfferOrder> acceptable(String offerKey, long buyerUserId) {
        Matcher key = KEY.matcher(offerKey == null ? "" : offerKey);
        if (!key.matches()) {
            return Optional.empty();
        }
        return requests.findById(Long.parseLong(key.group(1)))
                .filter(q -> q.getBuyerUserId() == buyerUserId)
                .filter(q -> q.getStatus() == QuoteStatus.OFFERED)
                .filter(q -> q.offerNumber() == Integer.parseInt(key.group(2)))
                .filter(q -> !q.isPastValidity(clock.instant()))
                .map(q -> {
                    PrivateOffer offer = q.currentOffer();
                    return new OfferOrder(
                            offerKey, q.getListingId(), offer.planIndex(), offer.price(), q.getDestinationCountry());
                });
    }
}
