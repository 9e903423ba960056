package dataport.evidence;

import dataport.accounts.AccountService;
import dataport.accounts.CurrentUser;
import dataport.audit.AuditService;
import dataport.mail.MailService;
import dataport.merchants.MerchantService;
import dataport.merchants.MerchantSummary;
import dataport.shared.FileSignatures;
import dataport.shared.SiteUrl;
import dataport.shared.ui.Translations;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Spot checks (事后抽查): compliance staff start a campaign over a period, which samples completed cross-border trades
 * (see {@link StratifiedSample}); each sampled trade becomes a case; staff ask the merchant for evidence, the merchant
 * uploads it, staff record a finding and close the case. Every staff step is in the audit trail.
 *
 * <p>A trade is cross-border when the routing rules routed it (its certificate has an ORDER_ROUTED record: the rules
 * route only orders bound for a buyer outside mainland China) and completed once it was delivered (the transfer
 * happened), within the period's calendar days in Asia/Shanghai.
 */
@Service
public class SpotChecks {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final int MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;
    public static final int MAX_NOTE = 2000;
    public static final int MAX_TITLE = 200;
    public static final int MAX_SAMPLE = 500;

    private final SpotCheckCampaigns campaigns;
    private final SpotCheckCases cases;
    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final MerchantService merchants;
    private final AuditService audit;
    private final CampaignReportPdf pdf;
    private final MailService mail;
    private final AccountService accounts;
    private final Translations translations;
    private final SiteUrl site;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final SecureRandom random = new SecureRandom();

    SpotChecks(
            SpotCheckCampaigns campaigns,
            SpotCheckCases cases,
            JdbcTemplate jdbc,
            CurrentUser currentUser,
            MerchantService merchants,
            AuditService audit,
            CampaignReportPdf pdf,
            MailService mail,
            AccountService accounts,
            Translations translations,
            SiteUrl site,
            Clock clock,
            ApplicationEventPublisher events) {
        this.campaigns = campaigns;
        this.cases = cases;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.merchants = merchants;
        this.audit = audit;
        this.pdf = pdf;
        this.mail = mail;
        this.accounts = accounts;
        this.translations = translations;
        this.site = site;
        this.clock = clock;
        this.events = events;
    }

    /** What staff ask for; a null seed is drawn at random (and shown, so the sample can be redrawn). */
    public record NewCampaign(String title, LocalDate from, LocalDate to, int sampleSize, Long seed, int dueDays) {}

    /** Starts a campaign and samples its cases. Refused with a reason for a bad period, size or title. */
    @RolesAllowed("COMPLIANCE")
    @Transactional
    public SpotCheckCampaignView start(NewCampaign request) {
        if (request.title() == null || request.title().isBlank()) {
            throw new SpotCheckRefused("evidence.spot.refused.title");
        }
        if (request.title().length() > MAX_TITLE) {
            throw new SpotCheckRefused("evidence.spot.refused.title-long");
        }
        if (request.from() == null || request.to() == null || request.to().isBefore(request.from())) {
            throw new SpotCheckRefused("evidence.spot.refused.period");
        }
        if (request.sampleSize() < 1 || request.sampleSize() > MAX_SAMPLE) {
            throw new SpotCheckRefused("evidence.spot.refused.size");
        }
        if (request.dueDays() < 1 || request.dueDays() > 90) {
            throw new SpotCheckRefused("evidence.spot.refused.due");
        }
        long seed = request.seed() != null ? request.seed() : random.nextLong() & 0xFFFF_FFFFL;
        List<StratifiedSample.Candidate> population = population(request.from(), request.to());
        List<StratifiedSample.Candidate> sample = StratifiedSample.draw(population, request.sampleSize(), seed);
        String by = currentUser.require().email();
        SpotCheckCampaign campaign = campaigns.save(new SpotCheckCampaign(
                request.title().strip(),
                request.from(),
                request.to(),
                seed,
                request.sampleSize(),
                population.size(),
                request.dueDays(),
                by,
                clock.instant()));
        sample.forEach(trade -> cases.save(new SpotCheckCase(campaign.getId(), trade)));
        audit.record(
                "SPOT_CHECK_STARTED",
                "SpotCheckCampaign",
                String.valueOf(campaign.getId()),
                null,
                "seed=" + seed + ", period=" + request.from() + ".." + request.to() + ", population="
                        + population.size() + ", sampled=" + sample.size());
        return campaign.toView(sample.size(), sample.size(), 0);
    }

    /** The completed cross-border trades of the period, ordered by order id (the sample's reproducible base). */
    @Transactional(readOnly = true)
    public List<StratifiedSample.Candidate> population(LocalDate from, LocalDate to) {
        Instant start = from.atStartOfDay(ZONE).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(ZONE).toInstant();
        return jdbc.query(
                "SELECT id, order_id, merchant_id, classification FROM evidence_certificate"
                        + " WHERE routing_outcome IS NOT NULL AND completed_at >= ? AND completed_at < ?"
                        + " ORDER BY order_id",
                (rs, n) -> new StratifiedSample.Candidate(
                        rs.getString("id"),
                        rs.getLong("order_id"),
                        rs.getLong("merchant_id"),
                        rs.getString("classification")),
                Timestamp.from(start),
                Timestamp.from(end));
    }

    @RolesAllowed("COMPLIANCE")
    @Transactional(readOnly = true)
    public List<SpotCheckCampaignView> campaigns() {
        Instant now = clock.instant();
        return campaigns.findAllByOrderByIdDesc().stream()
                .map(c -> summary(c, now))
                .toList();
    }

    @RolesAllowed("COMPLIANCE")
    @Transactional(readOnly = true)
    public Optional<SpotCheckCampaignView> campaign(long campaignId) {
        return campaigns.findById(campaignId).map(c -> summary(c, clock.instant()));
    }

    @RolesAllowed("COMPLIANCE")
    @Transactional(readOnly = true)
    public List<SpotCheckCaseView> cases(long campaignId) {
        Instant now = clock.instant();
        return cases.findByCampaignIdOrderById(campaignId).stream()
                .map(c -> c.toView(now))
                .toList();
    }

    private SpotCheckCampaignView summary(SpotCheckCampaign c, Instant now) {
        List<SpotCheckCase> all = cases.findByCampaignIdOrderById(c.getId());
        int open = (int) all.stream()
                .filter(k -> k.getStatus() != SpotCheckCase.Status.CLOSED)
                .count();
        int overdue = (int) all.stream().filter(k -> k.isOverdueAt(now)).count();
        return c.toView(all.size(), open, overdue);
    }

    /** Asks the merchant for evidence, due after the campaign's number of days. */
    @RolesAllowed("COMPLIANCE")
    @Transactional
    public void requestEvidence(long caseId, String note) {
        if (note == null || note.isBlank()) {
            throw new SpotCheckRefused("evidence.spot.refused.note");
        }
        if (note.length() > MAX_NOTE) {
            throw new SpotCheckRefused("evidence.spot.refused.note-long");
        }
        SpotCheckCase c = cases.findById(caseId).orElseThrow(() -> new IllegalArgumentException("No case " + caseId));
        int days = campaigns
                .findById(c.toView(clock.instant()).campaignId())
                .orElseThrow()
                .getDueDays();
        Instant now = clock.instant();
        c.requestEvidence(note.strip(), now, now.plus(Duration.ofDays(days)));
        audit.record("SPOT_CHECK_EVIDENCE_REQUESTED", "SpotCheckCase", String.valueOf(caseId), null, note.strip());
        tellMerchant(c.toView(now), note.strip());
    }

    /**
     * Mails each member of the case's merchant, in their own language, through the outbox (recorded in the request's
     * transaction, so the mail goes out if and only if the request is stored).
     */
    private void tellMerchant(SpotCheckCaseView c, String note) {
        for (long userId : merchants.memberIds(c.merchantId())) {
            accounts.find(userId).ifPresent(member -> {
                Locale locale = member.locale();
                String due = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                                .format(c.dueAt().atZone(ZONE)) + " (UTC+8)";
                mail.send(
                        member.email(),
                        translations.getTranslation("evidence.mail.requested.subject", locale, c.certificateId()),
                        translations.getTranslation(
                                "evidence.mail.requested.body",
                                locale,
                                c.certificateId(),
                                note,
                                due,
                                site.of("workspace/spot-checks")));
            });
        }
    }

    /** Records the finding and closes the case. */
    @RolesAllowed("COMPLIANCE")
    @Transactional
    public void close(long caseId, SpotCheckCase.Finding finding, String note) {
        if (note != null && note.length() > MAX_NOTE) {
            throw new SpotCheckRefused("evidence.spot.refused.note-long");
        }
        SpotCheckCase c = cases.findById(caseId).orElseThrow(() -> new IllegalArgumentException("No case " + caseId));
        String before = c.getStatus().name();
        c.close(
                finding,
                note == null || note.isBlank() ? null : note.strip(),
                currentUser.require().email(),
                clock.instant());
        audit.record(
                "SPOT_CHECK_CLOSED",
                "SpotCheckCase",
                String.valueOf(caseId),
                before,
                finding + (note == null || note.isBlank() ? "" : ": " + note.strip()));
        SpotCheckCaseView closed = c.toView(clock.instant());
        events.publishEvent(new SpotCheckClosed(
                closed.id(),
                closed.campaignId(),
                closed.orderId(),
                closed.classification(),
                finding.name(),
                closed.closedAt()));
    }

    /** An uploaded evidence file, for staff to download. */
    public record EvidenceFile(String fileName, String contentType, byte[] bytes) {}

    @RolesAllowed("COMPLIANCE")
    @Transactional(readOnly = true)
    public Optional<EvidenceFile> evidence(long caseId) {
        return cases.findById(caseId)
                .filter(c -> c.getEvidenceBytes() != null)
                .map(c -> new EvidenceFile(c.getEvidenceFileName(), c.getEvidenceContentType(), c.getEvidenceBytes()));
    }

    /** The signed-in merchant's cases, newest first. */
    @RolesAllowed("MERCHANT")
    @Transactional(readOnly = true)
    public List<SpotCheckCaseView> myCases() {
        Instant now = clock.instant();
        return myMerchant()
                .map(m -> cases.findByMerchantIdOrderByIdDesc(m.id()).stream()
                        .map(c -> c.toView(now))
                        .toList())
                .orElse(List.of());
    }

    /**
     * The merchant sends evidence for one of its cases: a PDF, PNG or JPEG, checked by its content (not its name),
     * at most 10 MB.
     */
    @RolesAllowed("MERCHANT")
    @Transactional
    public SpotCheckCaseView submitEvidence(long caseId, String fileName, byte[] bytes) {
        MerchantSummary merchant = myMerchant().orElseThrow(() -> new AccessDeniedException("No merchant"));
        SpotCheckCase c = cases.findById(caseId)
                .filter(k -> k.getMerchantId() == merchant.id())
                .orElseThrow(() -> new AccessDeniedException("Not your case"));
        if (bytes == null || bytes.length == 0) {
            throw new SpotCheckRefused("evidence.spot.refused.empty");
        }
        if (bytes.length > MAX_EVIDENCE_BYTES) {
            throw new SpotCheckRefused("evidence.spot.refused.too-big");
        }
        String type = contentType(bytes).orElseThrow(() -> new SpotCheckRefused("evidence.spot.refused.type"));
        String name = fileName == null || fileName.isBlank() ? "evidence" : fileName.strip();
        if (name.length() > 255) {
            name = name.substring(name.length() - 255);
        }
        c.submitEvidence(name, type, bytes, sha256(bytes), clock.instant());
        return c.toView(clock.instant());
    }

    static Optional<String> contentType(byte[] bytes) {
        if (FileSignatures.startsWith(bytes, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of("application/pdf");
        }
        if (FileSignatures.startsWith(bytes, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            return Optional.of("image/png");
        }
        if (FileSignatures.startsWith(bytes, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Optional.of("image/jpeg");
        }
        return Optional.empty();
    }

    private Optional<MerchantSummary> myMerchant() {
        return merchants.findForMember(currentUser.require().id());
    }

    /** The campaign report as CSV (UTF-8 with a byte-order mark, so spreadsheet programs read Chinese right). */
    @RolesAllowed("COMPLIANCE")
    @Transactional(readOnly = true)
    public String csv(long campaignId) {
        SpotCheckCampaignView campaign =
                campaign(campaignId).orElseThrow(() -> new IllegalArgumentException("No campaign " + campaignId));
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append("campaign,title,period_from,period_to,seed,population,case,certificate,order_id,merchant_id,")
                .append("classification,status,requested_at,due_at,overdue,evidence_sha256,finding,finding_note,")
                .append("closed_at\r\n");
        for (SpotCheckCaseView c : cases(campaignId)) {
            List<Object> row = List.of(
                    campaign.id(),
                    campaign.title(),
                    campaign.periodFrom(),
                    campaign.periodTo(),
                    campaign.seed(),
                    campaign.population(),
                    c.id(),
                    c.certificateId(),
                    c.orderId(),
                    c.merchantId(),
                    c.classification(),
                    c.status(),
                    text(c.requestedAt()),
                    text(c.dueAt()),
                    c.overdue(),
                    text(c.evidenceSha256()),
                    text(c.finding()),
                    text(c.findingNote()),
                    text(c.closedAt()));
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(cell(String.valueOf(row.get(i))));
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    /** The campaign report as a bilingual PDF; throws {@link IllegalStateException} when no CJK font is installed. */
    @RolesAllowed("COMPLIANCE")
    @Transactional(readOnly = true)
    public byte[] pdf(long campaignId) {
        SpotCheckCampaignView campaign =
                campaign(campaignId).orElseThrow(() -> new IllegalArgumentException("No campaign " + campaignId));
        return pdf.render(campaign, strata(campaignId), cases(campaignId), clock.instant());
    }

    /** Whether this server can make PDF reports (it needs a font with Chinese glyphs). */
    public boolean pdfAvailable() {
        return pdf.available();
    }

    /** How many cases of the campaign fall in each classification, in stratum order. */
    @RolesAllowed("COMPLIANCE")
    @Transactional(readOnly = true)
    public Map<String, Long> strata(long campaignId) {
        Map<String, Long> counts = new TreeMap<>((a, b) -> {
            int ia = StratifiedSample.STRATA.indexOf(a);
            int ib = StratifiedSample.STRATA.indexOf(b);
            return ia != ib ? Integer.compare(ia < 0 ? 99 : ia, ib < 0 ? 99 : ib) : a.compareTo(b);
        });
        cases(campaignId).forEach(c -> counts.merge(c.classification(), 1L, Long::sum));
        return counts;
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Instant i) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME
                    .withLocale(Locale.ROOT)
                    .format(i.atZone(ZONE));
        }
        return value.toString();
    }

    /** RFC 4180 quoting; a leading =, +, - or @ is prefixed with ' so spreadsheets never run it as a formula. */
    static String cell(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
