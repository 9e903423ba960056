package dataport.catalog;

import dataport.shared.Bilingual;
import dataport.shared.SiteUrl;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The licence policies of listings (issue 17). Each distinct policy (terms, additions, listing, merchant) is stored
 * once, under the SHA-256 of its content, and never changed (the table's triggers refuse it), so its address {@code
 * /odrl/policies/{uid}} answers the same document for ever. A listing's <em>current</em> policy is its published
 * licence, stored the first time anybody asks: the ODRL endpoint, or an order being placed.
 *
 * <p>A new policy is stored in a short transaction of its own, not the order's: it is immutable and addressed by its
 * content, so it may well outlive an order that rolls back, and two buyers ordering the same listing at once must not
 * queue behind each other's uncommitted insert of the same row (the order transaction holds other locks, such as the
 * cross-border annual totals, for its whole length).
 */
@Service
public class LicencePolicies {

    /** Where a policy is served: {@code /odrl/policies/{uid}}. */
    public static final String POLICY_PATH = "odrl/policies/";

    /** Where a listing's current policy is served: {@code /odrl/listings/{listingId}} (linked from the DCAT feed). */
    public static final String LISTING_PATH = "odrl/listings/";

    private final NamedParameterJdbcTemplate jdbc;
    private final CatalogService catalog;
    private final SiteUrl site;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    LicencePolicies(
            NamedParameterJdbcTemplate jdbc,
            CatalogService catalog,
            SiteUrl site,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.catalog = catalog;
        this.site = site;
        this.clock = clock;
    }

    /** The policy the published listing is offered under now, stored if new. Empty for a listing not published. */
    @Transactional
    public Optional<LicencePolicy> current(long listingId) {
        return catalog.findPublished(listingId).map(this::freeze);
    }

    /** The policy of this listing's content as read, stored (in a short transaction of its own) if new. */
    @Transactional
    public LicencePolicy freeze(ListingDetails listing) {
        LicenceTerms terms = listing.content().licenceTerms();
        Bilingual additions = normalised(listing.content().licence());
        long merchantId = listing.merchant().id();
        String slug = listing.merchant().slug();
        String uid = uid(listing.id(), merchantId, slug, terms, additions);
        Optional<LicencePolicy> stored = find(uid);
        if (stored.isPresent()) {
            return stored.get();
        }
        // Inserted and read back in the short transaction: this transaction's snapshot may not show the row.
        return ownTransaction.execute(status -> {
            jdbc.update(
                    "INSERT IGNORE INTO licence_policy (uid, listing_id, merchant_id, merchant_slug, terms, additions_en,"
                            + " additions_zh, created_at) VALUES (:uid, :listing, :merchant, :slug, :terms, :en, :zh,"
                            + " :at)",
                    new MapSqlParameterSource()
                            .addValue("uid", uid)
                            .addValue("listing", listing.id())
                            .addValue("merchant", merchantId)
                            .addValue("slug", slug)
                            .addValue("terms", terms.canonical())
                            .addValue("en", additions.en())
                            .addValue("zh", additions.zh())
                            .addValue("at", LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)));
            return find(uid).orElseThrow();
        });
    }

    /** The stored policy with this uid; empty for an unknown one. */
    @Transactional(readOnly = true)
    public Optional<LicencePolicy> find(String uid) {
        if (uid == null || !uid.matches("[0-9a-f]{64}")) {
            return Optional.empty();
        }
        List<LicencePolicy> found = jdbc.query(
                "SELECT uid, listing_id, merchant_id, merchant_slug, terms, additions_en, additions_zh, created_at"
                        + " FROM licence_policy WHERE uid = :uid",
                Map.of("uid", uid),
                (rs, i) -> new LicencePolicy(
                        rs.getString("uid"),
                        rs.getLong("listing_id"),
                        rs.getLong("merchant_id"),
                        rs.getString("merchant_slug"),
                        LicenceTerms.parse(rs.getString("terms")),
                        Bilingual.of(rs.getString("additions_en"), rs.getString("additions_zh")),
                        rs.getObject("created_at", LocalDateTime.class).toInstant(ZoneOffset.UTC)));
        return found.stream().findFirst();
    }

    /** The policy as an ODRL 2.2 JSON-LD document (see {@link OdrlDocument}), with the site's absolute addresses. */
    public Map<String, Object> odrl(LicencePolicy policy) {
        return OdrlDocument.of(policy, site);
    }

    /** The absolute address of a policy. */
    public String url(String uid) {
        return site.of(POLICY_PATH + uid);
    }

    static String uid(long listingId, long merchantId, String slug, LicenceTerms terms, Bilingual additions) {
        String content = "listing=" + listingId
                + "\nmerchant=" + merchantId
                + "\nslug=" + slug
                + "\nterms=" + terms.canonical()
                + "\nadditions.en=" + (additions.en() == null ? "" : additions.en())
                + "\nadditions.zh=" + (additions.zh() == null ? "" : additions.zh());
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Bilingual normalised(Bilingual text) {
        if (text == null) {
            return Bilingual.of(null, null);
        }
        return Bilingual.of(blankToNull(text.en()), blankToNull(text.zh()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
