package dataport.compliance;

import dataport.accounts.CurrentUser;
import dataport.accounts.UserRef;
import dataport.audit.AuditService;
import dataport.catalog.CatalogService;
import dataport.catalog.ListingDetails;
import dataport.shared.Bilingual;
import dataport.shared.ExportGate;
import dataport.shared.ExportNotice;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Routes order lines bound abroad by the rules table: the facts of the listing, its merchant (the exporter) and the
 * recipient, with the exporter's annual totals (earlier DataPort orders this calendar year plus declared transfers
 * outside DataPort, so splitting an order never helps). The gate catalog and orders call through {@link ExportGate}.
 */
@Service
class CrossBorderRouting implements ExportGate {

    private final CatalogService catalog;
    private final ListingFactSheets listingFacts;
    private final MerchantFactSheets merchantFacts;
    private final RoutingRuleRows rules;
    private final RoutedOrders routed;
    private final ExporterYears years;
    private final RecipientBlocklist blocked;
    private final Assessments assessments;
    private final CurrentUser currentUser;
    private final HoldTexts texts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CrossBorderRouting(
            CatalogService catalog,
            ListingFactSheets listingFacts,
            MerchantFactSheets merchantFacts,
            RoutingRuleRows rules,
            RoutedOrders routed,
            ExporterYears years,
            RecipientBlocklist blocked,
            Assessments assessments,
            CurrentUser currentUser,
            HoldTexts texts,
            ApplicationEventPublisher events,
            Clock clock) {
        this.catalog = catalog;
        this.listingFacts = listingFacts;
        this.merchantFacts = merchantFacts;
        this.rules = rules;
        this.routed = routed;
        this.years = years;
        this.blocked = blocked;
        this.assessments = assessments;
        this.currentUser = currentUser;
        this.texts = texts;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ExportNotice> preview(long listingId, String destination) {
        if (destination != null && !ExportGate.isExport(destination)) {
            return Optional.empty();
        }
        String email = currentUser.get().map(UserRef::email).orElse(null);
        return catalog.findPublished(listingId).map(listing -> {
            LocalDate day = today();
            ExporterYears.Totals totals = years.read(listing.merchant().id(), day.getYear());
            RoutingDecision decision = RoutingRules.decide(rows(), facts(listing, email, destination, day, totals));
            return notice(decision, null);
        });
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public ExportNotice route(long orderId, long listingId, long buyerUserId, String buyerEmail, String destination) {
        ListingDetails listing = catalog.findPublished(listingId)
                .orElseThrow(() -> new IllegalArgumentException("No published listing " + listingId));
        LocalDate day = today();
        long merchantId = listing.merchant().id();
        // Serialises the exporter's orders of the year: a second order waits here until the first commits, then
        // reads totals that include it (see ExporterYears and V46).
        ExporterYears.Totals totals = years.lock(merchantId, day.getYear());
        RoutingFacts facts = facts(listing, buyerEmail, destination, day, totals);
        RoutingDecision decision = RoutingRules.decide(rows(), facts);
        if (decision.outcome() != Outcome.BLOCKED) {
            years.add(merchantId, day.getYear(), facts.lineNonSensitive(), facts.lineSensitive());
        }
        Instant now = clock.instant();
        routed.save(new RoutedOrder(
                orderId, listingId, merchantId, buyerUserId, destination, now, day.getYear(), facts, decision));
        events.publishEvent(new OrderRouted(
                orderId,
                decision.outcome().name(),
                decision.ruleCode(),
                decision.mechanism().name(),
                decision.legalBasis().en(),
                facts.classification().name(),
                now));
        return notice(decision, decision.outcome() == Outcome.NEEDS_REVIEW ? AssessmentService.route(orderId) : null);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ExportNotice> paymentHold(long orderId) {
        return routed.findById(orderId)
                .filter(r -> r.getOutcome() == Outcome.NEEDS_REVIEW)
                .flatMap(r -> {
                    Optional<Assessment> assessment = assessments.findByOrderId(orderId);
                    // Optional.map would turn "no hold" (null) into "not filed": ask the assessment directly.
                    String state = assessment.isPresent() ? assessment.get().holdReason(clock.instant()) : "not-filed";
                    if (state == null) {
                        return Optional.empty();
                    }
                    RuleRow row = rows().stream()
                            .filter(x -> x.code().equals(r.getRuleCode()))
                            .findFirst()
                            .orElse(null);
                    return Optional.of(new ExportNotice(
                            r.getOutcome().name(),
                            r.getRuleCode(),
                            r.getMechanism().name(),
                            row == null ? new Bilingual(r.getRuleCode(), r.getRuleCode()) : row.reason(),
                            row == null ? new Bilingual("", "") : row.legalBasis(),
                            texts.hold(state),
                            AssessmentService.route(orderId)));
                });
    }

    /** The facts of one line as the rules read them, with the exporter's totals for the day's calendar year. */
    RoutingFacts facts(
            ListingDetails listing,
            String buyerEmail,
            String destination,
            LocalDate day,
            ExporterYears.Totals dataPort) {
        ListingDeclaration l = listingFacts
                .findById(listing.id())
                .map(ListingFactSheet::toDeclaration)
                .orElse(ListingDeclaration.empty());
        long merchantId = listing.merchant().id();
        MerchantDeclaration m = merchantFacts
                .findById(merchantId)
                .map(MerchantFactSheet::toDeclaration)
                .orElse(MerchantDeclaration.empty());
        int year = day.getYear();
        long priorNonSensitive = Math.addExact(dataPort.nonSensitive(), m.outsideNonSensitiveIn(year));
        long priorSensitive = Math.addExact(dataPort.sensitive(), m.outsideSensitiveIn(year));
        boolean recipientBlocked = blocked.blocks(buyerEmail, destination);
        return new RoutingFacts(
                listing.content().classification(),
                l.personalInfo(),
                l.individuals(),
                l.collectedAbroad(),
                l.onNegativeList(),
                l.filingType(),
                l.filingExpiresOn(),
                m.ciiOperator(),
                m.inFreeTradeZone(),
                m.sector(),
                recipientBlocked,
                priorNonSensitive,
                priorSensitive,
                day);
    }

    private List<RuleRow> rows() {
        return rules.findAllByOrderByPositionAscCodeAsc().stream()
                .map(RoutingRule::toRow)
                .toList();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), AuditService.ZONE);
    }

    ExportNotice notice(RoutingDecision d, String actionRoute) {
        Bilingual note = d.coveredBy() == null ? null : texts.coveredBy(d.coveredBy(), d.coveredUntil());
        return new ExportNotice(
                d.outcome().name(), d.ruleCode(), d.mechanism().name(), d.reason(), d.legalBasis(), note, actionRoute);
    }
}
