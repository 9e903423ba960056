package dataport.onboarding;

import dataport.accounts.CurrentUser;
import dataport.accounts.Role;
import dataport.accounts.UserRef;
import dataport.audit.AuditService;
import dataport.mail.MailService;
import dataport.merchants.MerchantService;
import dataport.merchants.MerchantService.NewMerchant;
import dataport.merchants.MerchantStatus;
import dataport.merchants.MerchantSummary;
import dataport.shared.Bilingual;
import dataport.shared.SiteUrl;
import dataport.shared.ui.Translations;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merchant onboarding: the applicant fills in and submits their application, compliance staff review it. Every
 * applicant method works on the signed-in user's own application only; staff decisions are audited and mailed to
 * the applicant in the same transaction.
 */
@Service
@Transactional(readOnly = true)
public class OnboardingService {

    static final String SUBJECT_TYPE = "merchant-application";

    private final MerchantApplications applications;
    private final ApplicationDocuments documents;
    private final DocumentContents contents;
    private final CurrentUser currentUser;
    private final MailService mail;
    private final AuditService audit;
    private final MerchantService merchants;
    private final Translations translations;
    private final SiteUrl site;
    private final org.springframework.context.ApplicationEventPublisher events;

    OnboardingService(
            MerchantApplications applications,
            ApplicationDocuments documents,
            DocumentContents contents,
            CurrentUser currentUser,
            MailService mail,
            AuditService audit,
            MerchantService merchants,
            Translations translations,
            SiteUrl site,
            org.springframework.context.ApplicationEventPublisher events) {
        this.applications = applications;
        this.documents = documents;
        this.contents = contents;
        this.currentUser = currentUser;
        this.mail = mail;
        this.audit = audit;
        this.merchants = merchants;
        this.translations = translations;
        this.site = site;
        this.events = events;
    }

    // --- the applicant

    /** The signed-in user's latest application, if they started one. */
    @PreAuthorize("isAuthenticated()")
    public Optional<ApplicationDetails> mine() {
        return own().map(this::details);
    }

    /**
     * Saves step (a). With {@code complete} (the wizard's "Next") the step must be valid and the wizard moves on;
     * without it a partial draft is kept. Throws {@link InvalidApplication} with nothing saved. The wizard keeps its
     * drafts with {@link #keepOrganisation}, which saves what it can instead of refusing the whole step.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public ApplicationDetails saveOrganisation(Organisation organisation, boolean complete) {
        failOn(ApplicationRules.organisation(organisation, complete));
        MerchantApplication application = ownOrNew();
        application.describe(organisation);
        if (complete) {
            application.reach(WizardStep.DOCUMENTS);
        }
        // Flushed, so the version in the details is the row's new one (save() alone increments it only at commit).
        return details(applications.saveAndFlush(application));
    }

    /**
     * Keeps what the applicant has answered on step (a) so far, as they go: complete or not, valid or not. Only a
     * value no draft can hold (a text longer than its limit) is not kept; it comes back in {@link Draft#refused()}
     * and its field keeps the earlier value. Validation proper is for "Next" and "Submit".
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Draft keepOrganisation(Organisation organisation) {
        Map<String, String> refused = ApplicationRules.organisation(organisation, false);
        MerchantApplication application = ownOrNew();
        application.describe(organisation.keeping(application.organisation(), refused.keySet()));
        return new Draft(details(applications.saveAndFlush(application)), refused);
    }

    /** Step (c) as {@link #keepOrganisation} keeps step (a). */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Draft keepAssessment(SelfAssessment assessment) {
        Map<String, String> refused = ApplicationRules.assessment(assessment, false);
        MerchantApplication application = ownOrNew();
        application.assess(assessment.keeping(application.assessment(), refused.keySet()));
        return new Draft(details(applications.saveAndFlush(application)), refused);
    }

    /**
     * Keeps the applicant's cross-border facts as an exporter (optional): each change is kept at once; a value even a
     * draft cannot hold (unknown sector, negative count) is refused and that field keeps its earlier value.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Draft keepExporterFacts(ExporterFacts facts) {
        Map<String, String> refused = facts.problems();
        MerchantApplication application = ownOrNew();
        application.declareExporterFacts(
                facts.keeping(application.exporterFacts(), refused.keySet()),
                java.time.LocalDate.now(AuditService.ZONE).getYear());
        return new Draft(details(applications.saveAndFlush(application)), refused);
    }

    /**
     * The exporter facts of an approved application with their year, for the compliance module to carry into the
     * merchant's cross-border facts after approval; empty for any other application.
     */
    @Transactional(readOnly = true)
    public Optional<DeclaredExporterFacts> approvedExporterFacts(long applicationId) {
        return applications
                .findById(applicationId)
                .filter(a -> a.getState() == ApplicationState.APPROVED)
                .map(a -> new DeclaredExporterFacts(a.exporterFacts(), a.exporterFactsYear()));
    }

    /** Exporter facts with the calendar year their "sent abroad" counts belong to (null: never declared). */
    public record DeclaredExporterFacts(ExporterFacts facts, Integer year) {}

    /** Stores an uploaded document after checking its real type from its bytes; refused files are not stored. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public DocumentInfo addDocument(DocumentKind kind, String fileName, byte[] content) {
        MerchantApplication application = ownOrNew();
        application.requireEditable("add documents to");
        if (application.getId() == null) {
            application = applications.save(application);
        }
        FileTypes.Verdict verdict = FileTypes.check(fileName, content);
        if (verdict instanceof FileTypes.Refused(String key)) {
            throw new InvalidApplication(Map.of(Fields.DOCUMENTS, key));
        }
        String type = ((FileTypes.Accepted) verdict).contentType();
        String name = safeFileName(fileName);
        ApplicationDocument document = documents.save(new ApplicationDocument(
                application.getId(),
                kind == null ? DocumentKind.OTHER : kind,
                name,
                type,
                content.length,
                sha256(content)));
        contents.save(new DocumentContent(document.getId(), content));
        return document.toInfo();
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void removeDocument(long documentId) {
        MerchantApplication application = own().orElseThrow(() -> new AccessDeniedException("No application"));
        application.requireEditable("remove documents from");
        ApplicationDocument document = documents
                .findById(documentId)
                .filter(d -> d.getApplicationId() == application.getId())
                .orElseThrow(() -> new AccessDeniedException("Not your document"));
        contents.deleteById(document.getId());
        documents.delete(document);
    }

    /** Moves past the documents step once the document the origin requires is there. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public ApplicationDetails completeDocuments() {
        MerchantApplication application = ownOrNew();
        failOn(ApplicationRules.documents(application.organisation().origin(), documentInfos(application)));
        application.reach(WizardStep.ASSESSMENT);
        return details(applications.saveAndFlush(application));
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public ApplicationDetails saveAssessment(SelfAssessment assessment, boolean complete) {
        failOn(ApplicationRules.assessment(assessment, complete));
        MerchantApplication application = ownOrNew();
        application.assess(assessment);
        if (complete) {
            application.reach(WizardStep.TERMS);
        }
        return details(applications.saveAndFlush(application));
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public ApplicationDetails acceptTerms(boolean accepted, boolean complete) {
        if (complete) {
            failOn(ApplicationRules.terms(accepted));
        }
        MerchantApplication application = ownOrNew();
        application.acceptTerms(accepted);
        if (complete) {
            application.reach(WizardStep.REVIEW);
        }
        return details(applications.saveAndFlush(application));
    }

    /** Everything still missing before the application can be submitted (field → message key); empty when ready. */
    @PreAuthorize("isAuthenticated()")
    public Map<String, String> missing() {
        return own().map(this::missing).orElse(Map.of(Fields.ORIGIN, ApplicationRules.REQUIRED));
    }

    /** Submits the application, or resubmits it after staff asked for changes. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public ApplicationDetails submit() {
        MerchantApplication application = own().orElseThrow(() -> new InvalidApplication(missing()));
        failOn(missing(application));
        application.submit();
        return details(applications.saveAndFlush(application));
    }

    // --- documents, for staff and the applicant

    /** A document's bytes, for compliance staff and the applicant who uploaded it; anyone else is refused. */
    @PreAuthorize("isAuthenticated()")
    public DocumentFile document(long documentId) {
        ApplicationDocument document =
                documents.findById(documentId).orElseThrow(() -> new AccessDeniedException("No such document"));
        MerchantApplication application =
                applications.findById(document.getApplicationId()).orElseThrow();
        UserRef user = currentUser.require();
        if (!user.hasRole(Role.COMPLIANCE) && application.getApplicantId() != user.id()) {
            throw new AccessDeniedException("Not your document");
        }
        DocumentInfo info = document.toInfo();
        byte[] bytes = contents.findById(documentId).orElseThrow().content();
        return new DocumentFile(info.fileName(), info.contentType(), bytes);
    }

    // --- compliance staff

    @PreAuthorize("hasRole('COMPLIANCE')")
    public Page<ApplicationSummary> queue(QueueFilter filter, Pageable pageable) {
        return applications
                .queue(filter.state(), filter.origin(), filter.countryCode(), pageable)
                .map(OnboardingService::summary);
    }

    @PreAuthorize("hasRole('COMPLIANCE')")
    public long count(QueueFilter filter) {
        return applications.countQueue(filter.state(), filter.origin(), filter.countryCode());
    }

    @PreAuthorize("hasRole('COMPLIANCE')")
    public Optional<ApplicationDetails> find(long id) {
        return applications
                .findById(id)
                .filter(a -> a.getState() != ApplicationState.DRAFT)
                .map(this::details);
    }

    @Transactional
    @PreAuthorize("hasRole('COMPLIANCE')")
    public ApplicationDetails startReview(long id, long seenVersion) {
        MerchantApplication application = decided(id, seenVersion);
        ApplicationState before = application.getState();
        application.startReview(currentUser.require().id());
        return recordAndTell(application, before, "review-started", null);
    }

    /**
     * Refuses a comment no change request could carry (empty, or longer than a comment may be), with the message for
     * its field {@link Fields#COMMENT}, before the officer adds it to the request.
     */
    @PreAuthorize("hasRole('COMPLIANCE')")
    public void checkComment(String comment) {
        failOn(ApplicationRules.comment(comment));
    }

    /** Refuses a rejection reason that is empty or longer than a reason may be (field {@link Fields#REASON}). */
    @PreAuthorize("hasRole('COMPLIANCE')")
    public void checkReason(String reason) {
        failOn(ApplicationRules.reason(reason));
    }

    @Transactional
    @PreAuthorize("hasRole('COMPLIANCE')")
    public ApplicationDetails requestChanges(long id, long seenVersion, Map<String, String> comments) {
        comments.values().stream()
                .filter(c -> c != null && !c.isBlank())
                .forEach(c -> failOn(ApplicationRules.comment(c)));
        MerchantApplication application = decided(id, seenVersion);
        ApplicationState before = application.getState();
        application.requestChanges(comments);
        Locale locale = application.getApplicantLocale();
        StringBuilder list = new StringBuilder();
        application
                .fieldComments()
                .forEach((field, comment) -> list.append("- ")
                        .append(translations.getTranslation(
                                "onboarding.field-comment",
                                locale,
                                translations.getTranslation("onboarding.field." + field, locale),
                                comment))
                        .append('\n'));
        return recordAndTell(application, before, "changes-requested", list.toString());
    }

    @Transactional
    @PreAuthorize("hasRole('COMPLIANCE')")
    public ApplicationDetails approve(long id, long seenVersion) {
        MerchantApplication application = decided(id, seenVersion);
        ApplicationState before = application.getState();
        // Checked before the merchant profile is created, not only by approve() after it.
        application.requireInReview("approve");
        Organisation o = application.organisation();
        if (application.claimedMerchantId() != null) {
            // An invited person claiming an imported merchant becomes its owner; no second merchant is created.
            MerchantSummary claimed = merchants.claim(application.claimedMerchantId(), application.getApplicantId());
            application.approve(claimed.id());
            return recordAndTell(application, before, "approved", null);
        }
        MerchantSummary merchant = merchants.registerApproved(
                new NewMerchant(
                        slug(o, application.getId()),
                        Bilingual.of(o.legalNameEn(), o.legalNameZh()),
                        o.origin(),
                        o.countryCode(),
                        null,
                        o.website(),
                        o.registrationNumber(),
                        null,
                        null,
                        o.contactEmail() != null ? o.contactEmail() : application.getApplicantEmail()),
                application.getApplicantId());
        application.approve(merchant.id());
        events.publishEvent(new MerchantApplicationApproved(
                application.getId(), merchant.id(), currentUser.require().email()));
        return recordAndTell(application, before, "approved", null);
    }

    @Transactional
    @PreAuthorize("hasRole('COMPLIANCE')")
    public ApplicationDetails reject(long id, long seenVersion, String reason) {
        failOn(ApplicationRules.reason(reason));
        MerchantApplication application = decided(id, seenVersion);
        ApplicationState before = application.getState();
        application.reject(reason);
        return recordAndTell(application, before, "rejected", application.decisionReason());
    }

    // --- internals

    private Optional<MerchantApplication> own() {
        return applications.findFirstByApplicantIdOrderByIdDesc(
                currentUser.require().id());
    }

    /** The user's open application, or a new draft; a rejected applicant may start over. */
    private MerchantApplication ownOrNew() {
        UserRef user = currentUser.require();
        return own().filter(a -> a.getState() != ApplicationState.REJECTED).orElseGet(() -> {
            // A member of an active merchant already sells; a second application would register a second merchant.
            if (merchants.findForMember(user.id()).isPresent()) {
                throw new AccessDeniedException("User " + user.id() + " already belongs to a merchant");
            }
            return new MerchantApplication(
                    user.id(), user.email(), user.locale() == null ? Locale.ENGLISH : user.locale());
        });
    }

    /**
     * Loads an application for a staff decision, refusing when it changed since the officer looked at it: two
     * officers deciding at once, one wins. The row's {@code @Version} also catches two commits racing each other.
     */
    private MerchantApplication decided(long id, long seenVersion) {
        MerchantApplication application =
                applications.findById(id).orElseThrow(() -> new IllegalArgumentException("No application " + id));
        if (application.getVersion() != seenVersion) {
            throw new ObjectOptimisticLockingFailureException(MerchantApplication.class, id);
        }
        return application;
    }

    /**
     * Where the mail sends the applicant: their application page, also once approved. Opening it refreshes the
     * session's roles (a session signed in before the approval lacks MERCHANT, and the workspace would refuse it) and
     * shows the link to the workspace.
     */
    private String applicationLink() {
        return site.of("onboarding");
    }

    private ApplicationDetails recordAndTell(
            MerchantApplication application, ApplicationState before, String what, String detail) {
        MerchantApplication saved = applications.saveAndFlush(application);
        audit.record(
                SUBJECT_TYPE + "." + what,
                SUBJECT_TYPE,
                String.valueOf(saved.getId()),
                before.name(),
                detail == null ? saved.getState().name() : saved.getState().name() + ": " + detail);
        Locale locale = saved.getApplicantLocale();
        Organisation o = saved.organisation();
        String name = o.legalNameEn() != null && !o.legalNameEn().isBlank() ? o.legalNameEn() : o.legalNameZh();
        mail.send(
                saved.getApplicantEmail(),
                translations.getTranslation("onboarding.mail." + what + ".subject", locale, name),
                translations.getTranslation(
                        "onboarding.mail." + what + ".body",
                        locale,
                        name,
                        detail == null ? "" : detail,
                        applicationLink()));
        return details(saved);
    }

    private Map<String, String> missing(MerchantApplication application) {
        Map<String, String> errors = new LinkedHashMap<>();
        errors.putAll(ApplicationRules.organisation(application.organisation(), true));
        errors.putAll(ApplicationRules.documents(application.organisation().origin(), documentInfos(application)));
        errors.putAll(ApplicationRules.assessment(application.assessment(), true));
        errors.putAll(ApplicationRules.terms(application.termsAccepted()));
        return errors;
    }

    private static void failOn(Map<String, String> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidApplication(errors);
        }
    }

    private List<DocumentInfo> documentInfos(MerchantApplication application) {
        if (application.getId() == null) {
            return List.of();
        }
        return documents.findByApplicationIdOrderById(application.getId()).stream()
                .map(ApplicationDocument::toInfo)
                .toList();
    }

    private ApplicationDetails details(MerchantApplication a) {
        return new ApplicationDetails(
                a.getId() == null ? 0 : a.getId(),
                a.getVersion(),
                a.getApplicantId(),
                a.getApplicantEmail(),
                a.getState(),
                a.getStep(),
                a.organisation(),
                a.assessment(),
                a.exporterFacts(),
                a.termsAccepted(),
                documentInfos(a),
                a.fieldComments(),
                a.decisionReason(),
                a.submittedAt(),
                a.decidedAt(),
                a.merchantId() != null
                        && merchants
                                .find(a.merchantId())
                                .map(m -> m.status() == MerchantStatus.SUSPENDED)
                                .orElse(false));
    }

    private static ApplicationSummary summary(MerchantApplication a) {
        Organisation o = a.organisation();
        return new ApplicationSummary(
                a.getId(),
                o.legalNameEn(),
                o.legalNameZh(),
                o.origin(),
                o.countryCode(),
                a.getState(),
                a.submittedAt());
    }

    private static String slug(Organisation o, long id) {
        String base = o.legalNameEn() == null ? "" : o.legalNameEn();
        String ascii = Normalizer.normalize(base, Normalizer.Form.NFD)
                .replaceAll("[^\\p{ASCII}]", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (ascii.length() > 60) {
            ascii = ascii.substring(0, 60).replaceAll("-+$", "");
        }
        return (ascii.isEmpty() ? "merchant" : ascii) + "-" + id;
    }

    private static String safeFileName(String fileName) {
        String name = fileName == null ? "document" : fileName.replaceAll("[\\\\/\\p{Cntrl}\"]", "_");
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
