package dataport.compliance;

import dataport.accounts.AccountService;
import dataport.accounts.CurrentUser;
import dataport.accounts.Role;
import dataport.accounts.UserRef;
import dataport.audit.AuditService;
import dataport.mail.MailService;
import dataport.orders.OrderService;
import dataport.orders.OrderStatus;
import dataport.orders.PaymentStart;
import dataport.orders.PurchasedItem;
import dataport.shared.Bilingual;
import dataport.shared.SiteUrl;
import dataport.shared.ui.Translations;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pre-transfer assessments (事前申请审核): the buyer of an order routed to review files one, compliance staff approve
 * it (optionally with conditions the buyer must accept), ask for more on single fields, or refuse it with reasons.
 * An approval holds for a set time; payment is possible only while it holds. Every step is audited and mailed.
 */
@Service
public class AssessmentService {

    private final Assessments assessments;
    private final RoutedOrders routed;
    private final RoutingRuleRows rules;
    private final ExporterYears years;
    private final OrderService orders;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final MailService mail;
    private final AccountService accounts;
    private final Translations translations;
    private final SiteUrl site;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration approvalValidity;

    AssessmentService(
            Assessments assessments,
            RoutedOrders routed,
            RoutingRuleRows rules,
            ExporterYears years,
            OrderService orders,
            CurrentUser currentUser,
            AuditService audit,
            MailService mail,
            AccountService accounts,
            Translations translations,
            SiteUrl site,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${dataport.compliance.approval-days:30}") int approvalDays) {
        this.assessments = assessments;
        this.routed = routed;
        this.rules = rules;
        this.years = years;
        this.orders = orders;
        this.currentUser = currentUser;
        this.audit = audit;
        this.mail = mail;
        this.accounts = accounts;
        this.translations = translations;
        this.site = site;
        this.events = events;
        this.clock = clock;
        this.approvalValidity = Duration.ofDays(approvalDays);
    }

    /** Where the buyer files and follows the assessment of an order. */
    public static String route(long orderId) {
        return "purchases/" + orderId + "/assessment";
    }

    /** The signed-in buyer's order routed to review with its assessment; empty for anyone else or another order. */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<AssessmentCase> forBuyer(long orderId) {
        long buyer = currentUser.require().id();
        return routed.findById(orderId)
                .filter(r -> r.getOutcome() == Outcome.NEEDS_REVIEW && r.getBuyerUserId() == buyer)
                .map(r -> toCase(r, assessments.findByOrderId(orderId).orElse(null)));
    }

    /** Files (or, after staff asked for more, re-files) the assessment of the signed-in buyer's order. */
    @PermitAll
    @Transactional
    public long file(long orderId, AssessmentAnswers answers, UploadedDocument document) {
        UserRef buyer = currentUser.require();
        RoutedOrder r = routed.findById(orderId)
                .filter(x -> x.getOutcome() == Outcome.NEEDS_REVIEW && x.getBuyerUserId() == buyer.id())
                .orElseThrow(() -> new AccessDeniedException("Not a reviewed order of this buyer: " + orderId));
        Assessment a = assessments.findByOrderId(orderId).orElseGet(() -> new Assessment(orderId, buyer.id()));
        String before = a.getStatus() == null ? null : a.getStatus().name();
        a.file(answers, document, clock.instant());
        a = assessments.save(a);
        audit.record("assessment.filed", "assessment", String.valueOf(a.getId()), before, "FILED order " + orderId);
        tellBuyer(r.getOrderId(), buyer.id(), "filed", null);
        tellStaff(a, before == null ? "filed" : "refiled");
        return a.getId();
    }

    /** The buyer accepts the conditions of the approval of their order. */
    @PermitAll
    @Transactional
    public void acceptConditions(long orderId) {
        UserRef buyer = currentUser.require();
        Assessment a = assessments
                .findByOrderId(orderId)
                .filter(x -> x.getBuyerUserId() == buyer.id())
                .orElseThrow(() -> new AccessDeniedException("No assessment of this buyer for order " + orderId));
        a.acceptConditions(clock.instant());
        audit.record(
                "assessment.conditions-accepted",
                "assessment",
                String.valueOf(a.getId()),
                "APPROVED",
                a.getConditions());
    }

    /** Starts payment of a cleared order (orders refuses it while the assessment holds it back). */
    @PermitAll
    public PaymentStart pay(long orderId, Locale locale) {
        return orders.startPayment(orderId, locale);
    }

    /** Filed assessments waiting for a decision, oldest first. */
    @RolesAllowed("COMPLIANCE")
    @Transactional(readOnly = true)
    public List<AssessmentCase> queue() {
        return assessments.findInStatus(AssessmentStatus.FILED).stream()
                .map(a -> toCase(routed.findById(a.getOrderId()).orElseThrow(), a))
                .toList();
    }

    @RolesAllowed("COMPLIANCE")
    @Transactional(readOnly = true)
    public Optional<AssessmentCase> forStaff(long assessmentId) {
        return assessments
                .findById(assessmentId)
                .map(a -> toCase(routed.findById(a.getOrderId()).orElseThrow(), a));
    }

    @RolesAllowed("COMPLIANCE")
    @Transactional
    public void approve(long assessmentId, String conditions) {
        Assessment a = find(assessmentId);
        a.approve(conditions, staff(), clock.instant(), approvalValidity);
        decided(a, "APPROVED", a.getConditions());
    }

    @RolesAllowed("COMPLIANCE")
    @Transactional
    public void requestMore(long assessmentId, Set<String> fields, String note) {
        Assessment a = find(assessmentId);
        a.requestMore(fields, note, staff(), clock.instant());
        decided(a, "MORE_REQUESTED", String.join(",", a.moreFields()) + ": " + a.getStaffNote());
    }

    /** Refuses with reasons: the order is cancelled and its people no longer count toward the exporter's totals. */
    @RolesAllowed("COMPLIANCE")
    @Transactional
    public void refuse(long assessmentId, String reasons) {
        Assessment a = find(assessmentId);
        a.refuse(reasons, staff(), clock.instant());
        routed.findById(a.getOrderId()).ifPresent(years::release);
        orders.cancelHeldOrder(a.getOrderId());
        decided(a, "REFUSED", a.getStaffNote());
    }

    /**
     * The assessment's supporting PDF for compliance staff, admins and the buyer who filed it; empty for anyone else,
     * so a stranger cannot tell whether the assessment exists.
     */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<AssessmentDocument> document(long assessmentId) {
        UserRef user = currentUser.require();
        boolean staff = user.hasRole(Role.COMPLIANCE) || user.hasRole(Role.ADMIN);
        return assessments
                .findById(assessmentId)
                .filter(a -> staff || a.getBuyerUserId() == user.id())
                .filter(a -> a.getDocument() != null)
                .map(a -> new AssessmentDocument(a.getDocumentName(), a.getDocumentSha256(), a.getDocument()));
    }

    /** A supporting document as it was uploaded, with its SHA-256. */
    public record AssessmentDocument(String name, String sha256, byte[] content) {}

    private void decided(Assessment a, String decision, String detail) {
        audit.record(
                "assessment." + decision.toLowerCase(Locale.ROOT).replace('_', '-'),
                "assessment",
                String.valueOf(a.getId()),
                "FILED",
                detail);
        tellBuyer(
                a.getOrderId(),
                a.getBuyerUserId(),
                decision.toLowerCase(Locale.ROOT).replace('_', '-'),
                detail);
        events.publishEvent(
                new AssessmentDecided(a.getOrderId(), a.getId(), decision, a.getFiledAt(), a.getDecidedAt()));
    }

    private Assessment find(long assessmentId) {
        return assessments
                .findById(assessmentId)
                .orElseThrow(() -> new IllegalArgumentException("No assessment " + assessmentId));
    }

    private String staff() {
        return currentUser.require().email();
    }

    void tellBuyer(long orderId, long buyerUserId, String what, String detail) {
        Optional<PurchasedItem> order = orders.purchase(orderId);
        accounts.find(buyerUserId).ifPresent(buyer -> {
            Locale locale = buyer.locale();
            String number = order.map(PurchasedItem::orderNumber).orElse(String.valueOf(orderId));
            String title = order.map(o -> o.listingTitle().in(locale)).orElse("");
            mail.send(
                    buyer.email(),
                    translations.getTranslation("compliance.mail." + what + ".subject", locale, number, title),
                    translations.getTranslation(
                            "compliance.mail." + what + ".body",
                            locale,
                            number,
                            title,
                            detail == null ? "" : detail,
                            site.of(route(orderId))));
        });
    }

    /** Every compliance officer learns of a (re)filed assessment, each in their own language. */
    private void tellStaff(Assessment a, String what) {
        Optional<PurchasedItem> order = orders.purchase(a.getOrderId());
        String number = order.map(PurchasedItem::orderNumber).orElse(String.valueOf(a.getOrderId()));
        String link = site.of("staff/assessments/" + a.getId());
        for (var officer : accounts.staffWith(Role.COMPLIANCE)) {
            Locale locale = officer.locale();
            String title = order.map(o -> o.listingTitle().in(locale)).orElse("");
            mail.send(
                    officer.email(),
                    translations.getTranslation("compliance.mail.staff." + what + ".subject", locale, number, title),
                    translations.getTranslation(
                            "compliance.mail.staff." + what + ".body", locale, number, title, link));
        }
    }

    private AssessmentCase toCase(RoutedOrder r, Assessment a) {
        PurchasedItem order = orders.purchase(r.getOrderId()).orElseThrow();
        Optional<RuleRow> rule = rules.findAllByOrderByPositionAscCodeAsc().stream()
                .map(RoutingRule::toRow)
                .filter(x -> x.code().equals(r.getRuleCode()))
                .findFirst();
        Instant now = clock.instant();
        String hold = a == null ? "not-filed" : a.holdReason(now);
        return new AssessmentCase(
                a == null ? null : a.getId(),
                r.getOrderId(),
                order.orderNumber(),
                order.listingTitle(),
                order.merchantName(),
                order.total(),
                r.getCountry(),
                r.getRuleCode(),
                r.getMechanism(),
                rule.map(RuleRow::reason).orElse(new Bilingual(r.getRuleCode(), r.getRuleCode())),
                rule.map(RuleRow::legalBasis).orElse(new Bilingual("", "")),
                a == null ? null : a.getStatus(),
                a == null ? AssessmentAnswers.empty() : a.answers(),
                a == null ? List.of() : a.moreFields(),
                a == null ? null : a.getStaffNote(),
                a == null ? null : a.getConditions(),
                a == null ? null : a.getConditionsAcceptedAt(),
                a == null ? null : a.getDocumentName(),
                a == null ? null : a.getDocumentSha256(),
                a == null ? null : a.getFiledAt(),
                a == null ? null : a.getDecidedAt(),
                a == null ? null : a.getDecidedBy(),
                a == null ? null : a.getExpiresAt(),
                hold,
                order.status() == OrderStatus.PENDING_PAYMENT,
                r.getHoldCancelled(),
                r.getHoldCancelled() == null ? null : r.getHoldClosedAt());
    }
}
