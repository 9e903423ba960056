package dataport.quotes;

import dataport.shared.Money;
import java.time.LocalDate;

/**
 * A merchant's offer to one buyer: which of the listing's plans, at what whole price (exact minor units), on which
 * special terms, valid through {@code validUntil} (the end of that day in China Standard Time, the marketplace's
 * zone, whatever the reader's zone).
 */
public record PrivateOffer(int planIndex, Money price, String terms, LocalDate validUntil) {}
