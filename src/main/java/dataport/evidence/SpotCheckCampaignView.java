package dataport.evidence;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A campaign as staff see it.
 *
 * @param sampleSize the size asked for (the sample is smaller when fewer trades qualify)
 * @param population how many completed cross-border trades of the period could be sampled
 */
public record SpotCheckCampaignView(
        long id,
        String title,
        LocalDate periodFrom,
        LocalDate periodTo,
        long seed,
        int sampleSize,
        int population,
        int dueDays,
        String startedBy,
        Instant startedAt,
        int cases,
        int open,
        int overdue) {}
