package dataport.onboarding;

import java.time.Instant;

/** An invitation to claim a merchant, as staff see it. */
public record ClaimInvitationInfo(
        long id, long merchantId, String email, Instant sentAt, Instant expiresAt, ClaimState state, Long acceptedBy) {}
