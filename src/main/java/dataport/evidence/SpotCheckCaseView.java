package dataport.evidence;

import java.time.Instant;

/** A sampled trade under check, as staff and the merchant see it (the evidence file itself is fetched apart). */
public record SpotCheckCaseView(
        long id,
        long campaignId,
        String certificateId,
        long orderId,
        long merchantId,
        String classification,
        SpotCheckCase.Status status,
        String requestNote,
        Instant requestedAt,
        Instant dueAt,
        String evidenceFileName,
        String evidenceSha256,
        Instant evidenceUploadedAt,
        SpotCheckCase.Finding finding,
        String findingNote,
        Instant closedAt,
        boolean overdue) {}
