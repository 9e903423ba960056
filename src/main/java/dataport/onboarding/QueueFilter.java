package dataport.onboarding;

import dataport.merchants.Origin;

/** Filters of the review queue; null means any. */
public record QueueFilter(ApplicationState state, Origin origin, String countryCode) {

    public static QueueFilter any() {
        return new QueueFilter(null, null, null);
    }
}
