package dataport.onboarding;

import dataport.accounts.CurrentUser;
import dataport.accounts.UserRef;
import dataport.audit.AuditService;
import dataport.mail.MailService;
import dataport.merchants.MerchantService;
import dataport.merchants.MerchantSummary;
import dataport.shared.Bilingual;
import dataport.shared.SiteUrl;
import dataport.shared.ui.Translations;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Claiming a merchant a bulk import created (it has no members): staff invite an e-mail address; the invited person
 * signs in with that address and accepts, which starts (or continues) their onboarding application with the
 * merchant's details filled in; when staff approve the application they become the merchant's owner. Invitations are
 * single use, expire after {@link #VALID_FOR}, can be revoked, and every step is in the audit trail.
 */
@Service
@Transactional(readOnly = true)
public class MerchantClaims {

    static final Duration VALID_FOR = Duration.ofDays(14);
    static final String SUBJECT_TYPE = "merchant";
    static final int EMAIL_MAX = 254;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ClaimInvitations invitations;
    private final MerchantApplications applications;
    private final MerchantService merchants;
    private final CurrentUser currentUser;
    private final MailService mail;
    private final AuditService audit;
    private final Translations translations;
    private final SiteUrl site;
    private final Clock clock;

    MerchantClaims(
            ClaimInvitations invitations,
            MerchantApplications applications,
            MerchantService merchants,
            CurrentUser currentUser,
            MailService mail,
            AuditService audit,
            Translations translations,
            SiteUrl site,
            Clock clock) {
        this.invitations = invitations;
        this.applications = applications;
        this.merchants = merchants;
        this.currentUser = currentUser;
        this.mail = mail;
        this.audit = audit;
        this.translations = translations;
        this.site = site;
        this.clock = clock;
    }

    /**
     * Invites {@code email} to claim the merchant: mails a link (in English and Chinese: the person may have no
     * account, so no known language) to the accept page. Refused with {@link ClaimRefused} for a merchant that has
     * members or an address that is not one.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public ClaimInvitationInfo invite(long merchantId, String email) {
        String address = email == null ? "" : email.strip();
        if (address.length() > EMAIL_MAX || !EMAIL.matcher(address).matches()) {
            throw new ClaimRefused("onboarding.claim.invalid-email");
        }
        MerchantSummary merchant = unclaimed(merchantId);
        String token = newToken();
        Instant now = clock.instant();
        ClaimInvitation invitation = invitations.save(new ClaimInvitation(
                merchantId, address, hash(token), currentUser.require().id(), now, now.plus(VALID_FOR)));
        audit.record("merchant.claim-invited", SUBJECT_TYPE, String.valueOf(merchantId), null, invitation.getEmail());
        String link = site.of("claim", "token", token);
        mail.send(
                invitation.getEmail(),
                text("onboarding.claim.mail.subject", merchant.name()) + " / "
                        + zh("onboarding.claim.mail.subject", merchant.name()),
                text("onboarding.claim.mail.body", merchant.name(), link, VALID_FOR.toDays())
                        + "\n\n———\n\n"
                        + zh("onboarding.claim.mail.body", merchant.name(), link, VALID_FOR.toDays()));
        return invitation.toInfo(now);
    }

    /** The merchant's invitations, newest first. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<ClaimInvitationInfo> invitations(long merchantId) {
        Instant now = clock.instant();
        return invitations.findByMerchantIdOrderByIdDesc(merchantId).stream()
                .map(i -> i.toInfo(now))
                .toList();
    }

    /** Whether the merchant has no members: only such a merchant can be claimed (or submitted for by staff). */
    @PreAuthorize("hasRole('ADMIN')")
    public boolean isUnclaimed(long merchantId) {
        return merchants.memberIds(merchantId).isEmpty();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void revoke(long invitationId) {
        ClaimInvitation invitation = invitations
                .findById(invitationId)
                .orElseThrow(() -> new ClaimRefused("onboarding.claim.refused.unknown"));
        invitation.revoke(clock.instant());
        invitations.saveAndFlush(invitation);
        audit.record(
                "merchant.claim-revoked",
                SUBJECT_TYPE,
                String.valueOf(invitation.getMerchantId()),
                invitation.getEmail(),
                null);
    }

    /** What the accept page shows for a token: the merchant, the invited address and the invitation's state. */
    public Optional<ClaimPreview> preview(String token) {
        return invitations
                .findByTokenHash(hash(token))
                .flatMap(i -> merchants
                        .find(i.getMerchantId())
                        .map(m -> new ClaimPreview(m.name(), i.getEmail(), i.state(clock.instant()))));
    }

    /**
     * The signed-in user accepts the invitation: it must be open and addressed to their sign-in address, the merchant
     * still unclaimed, and the user no member of a merchant. Their application (an open draft, else a new one) now
     * claims the merchant, its organisation step filled in from it; they complete and submit it as usual.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void accept(String token) {
        UserRef user = currentUser.require();
        ClaimInvitation invitation = invitations
                .findByTokenHash(hash(token))
                .orElseThrow(() -> new ClaimRefused("onboarding.claim.refused.unknown"));
        MerchantSummary merchant = merchants.find(invitation.getMerchantId()).orElseThrow();
        if (!merchants.memberIds(merchant.id()).isEmpty()) {
            throw new ClaimRefused("onboarding.claim.refused.claimed");
        }
        if (merchants.findForMember(user.id()).isPresent()) {
            throw new ClaimRefused("onboarding.claim.refused.member");
        }
        MerchantApplication application = applications
                .findFirstByApplicantIdOrderByIdDesc(user.id())
                .filter(a ->
                        a.getState() == ApplicationState.DRAFT || a.getState() == ApplicationState.CHANGES_REQUESTED)
                .orElseGet(() -> new MerchantApplication(
                        user.id(), user.email(), user.locale() == null ? Locale.ENGLISH : user.locale()));
        invitation.accept(user.id(), user.email(), clock.instant());
        invitations.saveAndFlush(invitation);
        application.claim(
                merchant.id(),
                new Organisation(
                        merchant.origin(),
                        merchant.countryCode(),
                        merchant.name().zh(),
                        merchant.name().en(),
                        null,
                        merchant.website(),
                        null,
                        merchant.contactEmail(),
                        null));
        applications.saveAndFlush(application);
        audit.record(
                "merchant.claim-accepted",
                SUBJECT_TYPE,
                String.valueOf(merchant.id()),
                invitation.getEmail(),
                "user " + user.id());
    }

    private MerchantSummary unclaimed(long merchantId) {
        MerchantSummary merchant =
                merchants.find(merchantId).orElseThrow(() -> new ClaimRefused("onboarding.claim.refused.unknown"));
        if (!merchants.memberIds(merchantId).isEmpty()) {
            throw new ClaimRefused("onboarding.claim.refused.claimed");
        }
        return merchant;
    }

    private String text(String key, Bilingual name, Object... more) {
        return message(key, Locale.ENGLISH, name, more);
    }

    private String zh(String key, Bilingual name, Object... more) {
        return message(key, Locale.SIMPLIFIED_CHINESE, name, more);
    }

    private String message(String key, Locale locale, Bilingual name, Object... more) {
        Object[] args = new Object[more.length + 1];
        args[0] = name.in(locale);
        System.arraycopy(more, 0, args, 1, more.length);
        return translations.getTranslation(key, locale, args);
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest((token == null ? "" : token.strip()).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    /** The accept page's view of an invitation. */
    public record ClaimPreview(Bilingual merchantName, String email, ClaimState state) {}
}
