package dataport.demo;

import dataport.compliance.CrossBorderFacts;
import dataport.compliance.ListingDeclaration;
import dataport.compliance.PersonalInformation;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Cross-border facts for the hand-written demo listings, so a visitor sees all three routing outcomes: listings
 * without personal information are ALLOWED abroad, those with personal information are declared with person counts
 * that fall in different rows (allowed with a consent notice, standard contract, sensitive data), IMPORTANT data
 * needs review by its classification and CORE data is BLOCKED. Generated listings stay undeclared (so: review).
 */
@Component
class DemoCrossBorder {

    /** People covered by the n-th demo listing with personal information, cycling through the threshold rows. */
    private static final long[][] PERSONAL = {
        {20_000, 0}, // non-sensitive, under 100,000: allowed with the notice-and-consent reminder
        {250_000, 0}, // non-sensitive, 100,000 to 1,000,000: standard contract
        {5_000, 1} // sensitive, under 10,000: standard contract
    };

    private final CrossBorderFacts facts;

    DemoCrossBorder(CrossBorderFacts facts) {
        this.facts = facts;
    }

    /** Declares facts for the listings (id → whether the demo says it holds personal information). */
    void declare(Map<Long, Boolean> personalInformationByListing) {
        int withPersonal = 0;
        for (var entry : personalInformationByListing.entrySet()) {
            if (!entry.getValue()) {
                facts.declareListingAsSystem(
                        entry.getKey(),
                        new ListingDeclaration(PersonalInformation.NONE, 0L, false, false, null, null, null));
                continue;
            }
            long[] people = PERSONAL[withPersonal++ % PERSONAL.length];
            facts.declareListingAsSystem(
                    entry.getKey(),
                    new ListingDeclaration(
                            people[1] == 1 ? PersonalInformation.SENSITIVE : PersonalInformation.NON_SENSITIVE,
                            people[0],
                            false,
                            false,
                            null,
                            null,
                            null));
        }
    }
}
