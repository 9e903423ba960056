package dataport.evidence;

import java.time.Instant;

/**
 * Compliance staff closed a spot-check case with a finding (statistics count them).
 *
 * @param classification the trade's stratum (its data grade, or UNKNOWN)
 * @param finding a {@link SpotCheckCase.Finding} name
 */
public record SpotCheckClosed(
        long caseId, long campaignId, long orderId, String classification, String finding, Instant closedAt) {}
