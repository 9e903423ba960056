package dataport.merchants;

import dataport.audit.AuditService;
import dataport.shared.Bilingual;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The international information-services whitelist (plan §10): which merchants may offer such services, for what
 * scope and which days (Asia/Shanghai). Compliance staff grant and revoke entries; every decision is audited.
 */
@Service
@Transactional(readOnly = true)
public class WhitelistService {

    /** Longest scope (in each language), note and revocation reason (the columns' sizes); the entry refuses longer ones. */
    public static final int SCOPE_MAX = 1000;

    public static final int NOTE_MAX = 2000;
    public static final int REASON_MAX = 1000;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final WhitelistEntries entries;
    private final Merchants merchants;
    private final MerchantService merchantService;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WhitelistService(
            WhitelistEntries entries,
            Merchants merchants,
            MerchantService merchantService,
            AuditService audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.entries = entries;
        this.merchants = merchants;
        this.merchantService = merchantService;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Whether the signed-in user may grant and revoke entries (the staff page shows those controls only then). */
    public boolean currentUserMayDecide() {
        return audit.currentUserHasRole("COMPLIANCE");
    }

    /** Whether the merchant holds an entry valid on that day (a calendar day in Asia/Shanghai). */
    public boolean isWhitelisted(long merchantId, LocalDate day) {
        return entries.existsValidOn(merchantId, day);
    }

    /** The merchant's entries valid today. */
    public List<WhitelistGrant> currentEntries(long merchantId) {
        LocalDate today = today();
        MerchantSummary merchant = merchantService.find(merchantId).orElse(null);
        return entries.findValidOn(List.of(merchantId), today).stream()
                .map(e -> e.toGrant(merchant, today))
                .toList();
    }

    /** Entries in a state as of today (null: all), newest grant first, for the staff page. */
    @PreAuthorize("hasAnyRole('COMPLIANCE','ADMIN')")
    public List<WhitelistGrant> find(WhitelistGrant.State state, int page, int pageSize) {
        LocalDate today = today();
        List<WhitelistEntry> found =
                entries.findInState(null, state == null ? null : state.name(), today, PageRequest.of(page, pageSize));
        Map<Long, MerchantSummary> byId = merchantService.findAll(
                found.stream().map(WhitelistEntry::getMerchantId).distinct().toList());
        return found.stream()
                .map(e -> e.toGrant(byId.get(e.getMerchantId()), today))
                .toList();
    }

    @PreAuthorize("hasAnyRole('COMPLIANCE','ADMIN')")
    public long count(WhitelistGrant.State state) {
        return entries.countInState(null, state == null ? null : state.name(), today());
    }

    /**
     * Puts a merchant on the whitelist for a scope in English and/or Chinese (at least one); refused when the end is
     * before the start.
     */
    @Transactional
    @PreAuthorize("hasRole('COMPLIANCE')")
    public WhitelistGrant grant(long merchantId, Bilingual scope, LocalDate validFrom, LocalDate validTo, String note) {
        if (!merchants.existsById(merchantId)) {
            throw new IllegalArgumentException("No merchant " + merchantId);
        }
        WhitelistEntry entry = entries.save(
                new WhitelistEntry(merchantId, scope, validFrom, validTo, note, audit.currentActor(), clock.instant()));
        WhitelistGrant grant = entry.toGrant(merchantService.find(merchantId).orElse(null), today());
        audit.record("whitelist.granted", "whitelist-entry", String.valueOf(grant.id()), null, state(grant));
        events.publishEvent(new MerchantChanged(merchantId));
        return grant;
    }

    /**
     * Ends an entry early. {@code expectedVersion} is the version the member of staff saw: if someone else changed the
     * entry since, the revocation is refused rather than silently applied on top.
     */
    @Transactional
    @PreAuthorize("hasRole('COMPLIANCE')")
    public WhitelistGrant revoke(long entryId, long expectedVersion, String reason) {
        WhitelistEntry entry = entries.findById(entryId)
                .orElseThrow(() -> new IllegalArgumentException("No whitelist entry " + entryId));
        LocalDate today = today();
        MerchantSummary merchant = merchantService.find(entry.getMerchantId()).orElse(null);
        WhitelistGrant before = entry.toGrant(merchant, today);
        if (before.version() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(WhitelistEntry.class, entryId);
        }
        entry.revoke(reason, audit.currentActor(), clock.instant());
        entries.save(entry);
        WhitelistGrant after = entry.toGrant(merchant, today);
        audit.record("whitelist.revoked", "whitelist-entry", String.valueOf(entryId), state(before), state(after));
        events.publishEvent(new MerchantChanged(entry.getMerchantId()));
        return after;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(AuditService.ZONE));
    }

    private static String state(WhitelistGrant g) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("merchantId", g.merchantId());
        state.put("merchant", g.merchantSlug());
        state.put("scopeEn", g.scope().en());
        state.put("scopeZh", g.scope().zh());
        state.put("validFrom", g.validFrom().toString());
        state.put("validTo", g.validTo() == null ? null : g.validTo().toString());
        state.put("note", g.note());
        state.put("state", g.state().name());
        if (g.revokedAt() != null) {
            state.put("revokedBy", g.revokedBy());
            state.put("revokedReason", g.revokedReason());
        }
        return JSON.writeValueAsString(state);
    }
}
