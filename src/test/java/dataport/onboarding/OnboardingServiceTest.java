package dataport.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dataport.IntegrationTest;
import dataport.accounts.AccountService;
import dataport.accounts.CurrentUser;
import dataport.accounts.Role;
import dataport.accounts.UserSummary;
import dataport.audit.AuditEntry;
import dataport.audit.AuditFilter;
import dataport.audit.AuditService;
import dataport.catalog.CatalogService;
import dataport.catalog.ListingContent;
import dataport.catalog.TestListings;
import dataport.mail.MailService;
import dataport.mail.MailSummary;
import dataport.merchants.MerchantService;
import dataport.merchants.MerchantStatus;
import dataport.merchants.MerchantSummary;
import dataport.merchants.Origin;
import dataport.shared.Bilingual;
import dataport.shared.Languages;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Onboarding against the real database: the applicant's wizard, the staff decisions, mail, audit and roles. */
@IntegrationTest
class OnboardingServiceTest {

    @Autowired
    OnboardingService onboarding;

    @Autowired
    AccountService accounts;

    @Autowired
    AuthenticationProvider signIn;

    @Autowired
    MerchantService merchants;

    @Autowired
    MailService mail;

    @Autowired
    AuditService audit;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    CatalogService catalog;

    @Autowired
    MerchantApplications applications;

    @Autowired
    PlatformTransactionManager transactions;

    Applicants applicants;

    @BeforeEach
    void fixtures() {
        applicants = new Applicants(accounts, signIn);
    }

    @AfterEach
    void signOut() {
        Applicants.signOut();
    }

    // --- the full path

    @Test
    void anApplicationGoesFromSubmissionThroughRequestedChangesToApproval() {
        UserSummary applicant = applicants.newUser();
        applicants.signIn(applicant.email());
        String name = "Lingang Data Tech " + System.nanoTime();
        ApplicationDetails submitted = Applicants.submitComplete(onboarding, Applicants.domestic(name));
        assertThat(submitted.state()).isEqualTo(ApplicationState.SUBMITTED);
        assertThat(submitted.documents()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(DocumentKind.BUSINESS_LICENCE);
            assertThat(d.sha256()).isEqualTo(OnboardingService.sha256(Applicants.PDF));
        });
        long id = submitted.id();

        applicants.signIn(Applicants.COMPLIANCE);
        assertThat(onboarding.queue(new QueueFilter(ApplicationState.SUBMITTED, Origin.DOMESTIC, "CN"), page()))
                .extracting(ApplicationSummary::id)
                .contains(id);
        ApplicationDetails inReview = onboarding.startReview(id, submitted.version());
        assertThat(inReview.state()).isEqualTo(ApplicationState.IN_REVIEW);

        Map<String, String> comments = new LinkedHashMap<>();
        comments.put(Fields.WEBSITE, "Use the company’s own domain.");
        comments.put(Fields.DOCUMENTS, "The licence scan is unreadable.");
        ApplicationDetails changes = onboarding.requestChanges(id, inReview.version(), comments);

        assertThat(changes.state()).isEqualTo(ApplicationState.CHANGES_REQUESTED);
        assertThat(onboarding.find(id).orElseThrow().fieldComments())
                .as("comments stored")
                .containsOnly(
                        Map.entry(Fields.WEBSITE, "Use the company’s own domain."),
                        Map.entry(Fields.DOCUMENTS, "The licence scan is unreadable."));
        assertThat(auditOf(id, "changes-requested")).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo(Applicants.COMPLIANCE);
            assertThat(e.before()).isEqualTo("IN_REVIEW");
            assertThat(e.after()).startsWith("CHANGES_REQUESTED").contains("Use the company’s own domain.");
        });
        assertThat(mailTo(applicant.email()))
                .filteredOn(m -> m.subject().equals("DataPort: please update your application for " + name))
                .singleElement()
                .satisfies(m -> assertThat(m.body())
                        .contains("Website: Use the company’s own domain.")
                        .contains("Documents: The licence scan is unreadable.")
                        .contains("/onboarding"));

        applicants.signIn(applicant.email());
        ApplicationDetails mine = onboarding.mine().orElseThrow();
        assertThat(mine.state()).isEqualTo(ApplicationState.CHANGES_REQUESTED);
        assertThat(mine.fieldComments()).containsKey(Fields.WEBSITE);
        Organisation o = mine.organisation();
        onboarding.saveOrganisation(
                new Organisation(
                        o.origin(),
                        o.countryCode(),
                        o.legalNameZh(),
                        o.legalNameEn(),
                        o.registrationNumber(),
                        "https://lingang-data.cn",
                        o.contactName(),
                        o.contactEmail(),
                        o.contactPhone()),
                true);
        ApplicationDetails resubmitted = onboarding.submit();
        assertThat(resubmitted.state()).isEqualTo(ApplicationState.SUBMITTED);
        assertThat(resubmitted.fieldComments()).isEmpty();

        applicants.signIn(Applicants.COMPLIANCE);
        ApplicationDetails secondReview = onboarding.startReview(id, resubmitted.version());
        ApplicationDetails approved = onboarding.approve(id, secondReview.version());

        assertThat(approved.state()).isEqualTo(ApplicationState.APPROVED);
        MerchantSummary merchant = merchants.findForMember(applicant.id()).orElseThrow();
        assertThat(merchant.status()).isEqualTo(MerchantStatus.ACTIVE);
        assertThat(merchant.name().en()).isEqualTo(name);
        assertThat(merchant.origin()).isEqualTo(Origin.DOMESTIC);
        assertThat(merchant.website()).isEqualTo("https://lingang-data.cn");
        assertThat(merchants.isMember(applicant.id(), merchant.id())).isTrue();
        assertThat(auditOf(id, "approved")).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo(Applicants.COMPLIANCE);
            assertThat(e.before()).isEqualTo("IN_REVIEW");
            assertThat(e.after()).isEqualTo("APPROVED");
        });
        assertThat(auditOf(id, "review-started")).hasSize(2);
        assertThat(mailTo(applicant.email()))
                .filteredOn(m -> m.subject().equals("DataPort: your application for " + name + " is approved"))
                .singleElement()
                .satisfies(m -> assertThat(m.body())
                        .contains("list your first service")
                        .containsPattern("https?://\\S+/onboarding\\b"));
    }

    @Test
    void aRejectionIsAuditedAndMailedWithItsReasonAndTheApplicantMayStartAgain() {
        UserSummary applicant = applicants.newUser(Languages.CHINESE);
        applicants.signIn(applicant.email());
        String name = "Nordhafen Daten GmbH " + System.nanoTime();
        ApplicationDetails submitted = Applicants.submitComplete(onboarding, Applicants.foreign(name, "DE"));

        applicants.signIn(Applicants.COMPLIANCE);
        ApplicationDetails inReview = onboarding.startReview(submitted.id(), submitted.version());
        ApplicationDetails rejected = onboarding.reject(submitted.id(), inReview.version(), "  Not a data business.  ");

        assertThat(rejected.state()).isEqualTo(ApplicationState.REJECTED);
        assertThat(rejected.decisionReason()).isEqualTo("Not a data business.");
        assertThat(merchants.findForMember(applicant.id())).isEmpty();
        assertThat(auditOf(submitted.id(), "rejected"))
                .singleElement()
                .satisfies(e -> assertThat(e.after()).isEqualTo("REJECTED: Not a data business."));
        assertThat(mailTo(applicant.email()))
                .filteredOn(m -> m.subject().equals("DataPort：" + name + " 的入驻申请未获通过"))
                .singleElement()
                .satisfies(m -> assertThat(m.body()).contains("原因：Not a data business."));

        applicants.signIn(applicant.email());
        assertThat(onboarding.mine().orElseThrow().state()).isEqualTo(ApplicationState.REJECTED);
        ApplicationDetails again = onboarding.saveOrganisation(Applicants.foreign(name, "DE"), false);
        assertThat(again.id()).isNotEqualTo(submitted.id());
        assertThat(again.state()).isEqualTo(ApplicationState.DRAFT);
    }

    @Test
    void approvalGivesTheSignedInApplicantTheMerchantRoleWithoutSigningInAgain() {
        UserSummary applicant = applicants.newUser();
        Authentication session = applicants.signIn(applicant.email());
        ApplicationDetails submitted =
                Applicants.submitComplete(onboarding, Applicants.domestic("Role Refresh Ltd " + System.nanoTime()));
        applicants.signIn(Applicants.COMPLIANCE);
        ApplicationDetails inReview = onboarding.startReview(submitted.id(), submitted.version());
        onboarding.approve(submitted.id(), inReview.version());

        // The applicant's session as it was before the approval.
        SecurityContextHolder.getContext().setAuthentication(session);
        assertThat(authorities()).doesNotContain(Role.MERCHANT.authority());
        assertThatThrownBy(() -> catalog.createDraft(draft())).isInstanceOf(AccessDeniedException.class);

        assertThat(currentUser.refresh()).isTrue();

        assertThat(authorities()).contains(Role.MERCHANT.authority(), Role.BUYER.authority());
        assertThat(currentUser.require().id()).isEqualTo(applicant.id());
        long listing = catalog.createDraft(draft());
        assertThat(listing).isPositive();
        assertThat(currentUser.refresh()).as("nothing changed since").isFalse();
    }

    @Test
    void refreshingTheRolesOfAUserWhoseRolesDidNotChangeKeepsTheirAuthentication() {
        Authentication buyer = applicants.signIn(Applicants.BUYER);

        assertThat(currentUser.refresh()).isFalse();

        assertThat(SecurityContextHolder.getContext().getAuthentication()).isSameAs(buyer);
    }

    // --- two officers at once

    @Test
    void aDecisionOnAStaleVersionIsRefusedAndChangesNothing() {
        UserSummary applicant = applicants.newUser();
        applicants.signIn(applicant.email());
        ApplicationDetails submitted =
                Applicants.submitComplete(onboarding, Applicants.domestic("Two Officers Ltd " + System.nanoTime()));

        applicants.signIn(Applicants.COMPLIANCE);
        ApplicationDetails inReview = onboarding.startReview(submitted.id(), submitted.version());
        // Both officers now look at the same version; the first one decides.
        long seen = inReview.version();
        onboarding.requestChanges(submitted.id(), seen, Map.of(Fields.CONTACT_PHONE, "Give a direct line."));

        applicants.asAnotherOfficer(() -> {
            assertThatThrownBy(() -> onboarding.approve(submitted.id(), seen))
                    .isInstanceOf(OptimisticLockingFailureException.class);
            assertThatThrownBy(() -> onboarding.reject(submitted.id(), seen, "Too late"))
                    .isInstanceOf(OptimisticLockingFailureException.class);
            assertThatThrownBy(() -> onboarding.startReview(submitted.id(), submitted.version()))
                    .isInstanceOf(OptimisticLockingFailureException.class);
        });

        ApplicationDetails now = onboarding.find(submitted.id()).orElseThrow();
        assertThat(now.state()).isEqualTo(ApplicationState.CHANGES_REQUESTED);
        assertThat(now.fieldComments()).containsOnlyKeys(Fields.CONTACT_PHONE);
        assertThat(merchants.findForMember(applicant.id())).isEmpty();
        assertThat(auditOf(submitted.id(), "approved")).isEmpty();
        assertThat(auditOf(submitted.id(), "rejected")).isEmpty();
    }

    @Test
    void twoDecisionsRacingPastTheVersionCheckStillCommitOnlyOnce() {
        UserSummary applicant = applicants.newUser();
        applicants.signIn(applicant.email());
        ApplicationDetails submitted =
                Applicants.submitComplete(onboarding, Applicants.domestic("Race Ltd " + System.nanoTime()));
        applicants.signIn(Applicants.COMPLIANCE);
        long seen = onboarding.startReview(submitted.id(), submitted.version()).version();

        TransactionTemplate first = new TransactionTemplate(transactions);
        TransactionTemplate second = new TransactionTemplate(transactions);
        second.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        assertThatThrownBy(() -> first.executeWithoutResult(status -> {
                    // The first officer's decision has passed the version check and is about to be written...
                    MerchantApplication racing =
                            applications.findById(submitted.id()).orElseThrow();
                    assertThat(racing.getVersion()).isEqualTo(seen);
                    racing.reject("Racing");
                    // ...when the second officer's approval commits.
                    second.executeWithoutResult(s -> onboarding.approve(submitted.id(), seen));
                    applications.flush();
                }))
                .isInstanceOf(OptimisticLockingFailureException.class);

        assertThat(onboarding.find(submitted.id()).orElseThrow().state()).isEqualTo(ApplicationState.APPROVED);
        assertThat(onboarding.find(submitted.id()).orElseThrow().decisionReason())
                .isNull();
    }

    @Test
    void aCurrentVersionInTheWrongStateIsRefusedByTheStateMachine() {
        UserSummary applicant = applicants.newUser();
        applicants.signIn(applicant.email());
        ApplicationDetails submitted =
                Applicants.submitComplete(onboarding, Applicants.domestic("Too Early Ltd " + System.nanoTime()));

        applicants.signIn(Applicants.COMPLIANCE);
        assertThatThrownBy(() -> onboarding.approve(submitted.id(), submitted.version()))
                .isInstanceOf(ApplicationStateException.class);

        assertThat(onboarding.find(submitted.id()).orElseThrow().state()).isEqualTo(ApplicationState.SUBMITTED);
        assertThat(merchants.findForMember(applicant.id()))
                .as("no merchant profile created")
                .isEmpty();
    }

    // --- uploads

    @Test
    void oversizedEmptyMislabelledAndCorruptUploadsAreRefusedAndNothingIsStored() {
        applicants.signIn(applicants.newUser().email());
        onboarding.saveOrganisation(Applicants.domestic("Uploads Ltd"), true);
        byte[] oversized = Arrays.copyOf(Applicants.PDF, (int) FileTypes.MAX_SIZE + 1);
        byte[] text = "Just text, although its name says PDF.\n".getBytes(StandardCharsets.UTF_8);
        byte[] truncated = Arrays.copyOf(Applicants.PDF, 40);

        assertRefused("licence.pdf", oversized, "onboarding.document.too-large");
        assertRefused("licence.pdf", new byte[0], "onboarding.document.empty");
        assertRefused("licence.pdf", text, "onboarding.document.unsupported");
        assertRefused("licence.pdf", Applicants.PNG, "onboarding.document.mislabelled");
        assertRefused("licence.pdf", truncated, "onboarding.document.corrupt");

        assertThat(onboarding.mine().orElseThrow().documents()).isEmpty();
    }

    @Test
    void anAcceptedUploadIsStoredWithItsRealTypeAndHashAndCanBeRemoved() {
        applicants.signIn(applicants.newUser().email());
        onboarding.saveOrganisation(Applicants.domestic("Scans Ltd"), true);

        DocumentInfo info = onboarding.addDocument(DocumentKind.BUSINESS_LICENCE, "scan.png", Applicants.PNG);

        assertThat(info.contentType()).isEqualTo("image/png");
        assertThat(info.size()).isEqualTo(Applicants.PNG.length);
        assertThat(info.sha256())
                .isEqualTo(OnboardingService.sha256(Applicants.PNG))
                .hasSize(64);
        assertThat(onboarding.document(info.id()).content()).isEqualTo(Applicants.PNG);

        onboarding.removeDocument(info.id());
        assertThat(onboarding.mine().orElseThrow().documents()).isEmpty();
    }

    // --- each step validates on the server

    @Test
    void anInvalidOrganisationIsRefusedFieldByFieldAndNothingIsSaved() {
        applicants.signIn(applicants.newUser().email());
        Organisation foreignInChina = new Organisation(
                Origin.FOREIGN, "CN", null, " ", "??", "http://insecure.example", null, "not-an-address", "call me");

        assertThatThrownBy(() -> onboarding.saveOrganisation(foreignInChina, true))
                .isInstanceOfSatisfying(
                        InvalidApplication.class,
                        e -> assertThat(e.errors())
                                .containsEntry(Fields.COUNTRY, "onboarding.error.foreign-in-china")
                                .containsEntry(Fields.LEGAL_NAME_EN, ApplicationRules.REQUIRED)
                                .containsEntry(Fields.REGISTRATION_NUMBER, "onboarding.error.registration-foreign")
                                .containsEntry(Fields.WEBSITE, "onboarding.error.website")
                                .containsEntry(Fields.CONTACT_NAME, ApplicationRules.REQUIRED)
                                .containsEntry(Fields.CONTACT_EMAIL, "onboarding.error.email")
                                .containsEntry(Fields.CONTACT_PHONE, "onboarding.error.phone"));
        assertThat(onboarding.mine()).isEmpty();

        Organisation badCode = new Organisation(
                Origin.DOMESTIC, "CN", "数据公司", null, "91350100M000100Y44", null, "Li", "li@example.cn", "12345678");
        assertThatThrownBy(() -> onboarding.saveOrganisation(badCode, true))
                .isInstanceOfSatisfying(
                        InvalidApplication.class,
                        e -> assertThat(e.errors())
                                .containsOnlyKeys(Fields.REGISTRATION_NUMBER)
                                .containsEntry(Fields.REGISTRATION_NUMBER, "onboarding.error.uscc"));
        assertThat(onboarding.mine()).isEmpty();
    }

    @Test
    void aDraftKeepsPartialAnswersAndResumesAtTheFurthestStepReached() {
        applicants.signIn(applicants.newUser().email());
        Organisation partial =
                new Organisation(Origin.FOREIGN, "SG", null, "Half Done Pte", null, null, null, null, null);

        ApplicationDetails draft = onboarding.saveOrganisation(partial, false);

        assertThat(draft.step()).isEqualTo(WizardStep.ORGANISATION);
        assertThat(onboarding.mine().orElseThrow().organisation()).isEqualTo(partial);
        onboarding.saveOrganisation(Applicants.foreign("Half Done Pte", "SG"), true);
        assertThat(onboarding.mine().orElseThrow().step()).isEqualTo(WizardStep.DOCUMENTS);
    }

    @Test
    void aKeptDraftHoldsInvalidAnswersButRefusesAnOverLongTextWithItsLimitInsteadOfCuttingIt() {
        applicants.signIn(applicants.newUser().email());
        Organisation typed = new Organisation(
                Origin.FOREIGN, "SG", null, "Draft Pte", "??", "http://not-https", null, "nobody", "call me");

        Draft kept = onboarding.keepOrganisation(typed);

        assertThat(kept.refused()).isEmpty();
        assertThat(onboarding.mine().orElseThrow().organisation()).isEqualTo(typed);

        Organisation tooLong = new Organisation(
                Origin.FOREIGN, "SG", null, "x".repeat(201), "??", "http://not-https", "Ann", "nobody", "call me");
        Draft refused = onboarding.keepOrganisation(tooLong);

        assertThat(refused.refused()).containsOnly(Map.entry(Fields.LEGAL_NAME_EN, ApplicationRules.TOO_LONG));
        assertThat(refused.arguments(Fields.LEGAL_NAME_EN)).containsExactly(200);
        assertThat(onboarding.mine().orElseThrow().organisation().legalNameEn()).isEqualTo("Draft Pte");
        assertThat(onboarding.mine().orElseThrow().organisation().contactName()).isEqualTo("Ann");

        SelfAssessment half = new SelfAssessment(
                Set.of(), null, Boolean.TRUE, 0L, null, CrossBorderFlow.INBOUND, Set.of("DE"), "d".repeat(2001));
        Draft assessment = onboarding.keepAssessment(half);
        assertThat(assessment.refused()).containsOnlyKeys(Fields.DESCRIPTION);
        assertThat(assessment.arguments(Fields.DESCRIPTION)).containsExactly(2000);
        assertThat(onboarding.mine().orElseThrow().assessment().destinationCountries())
                .containsExactly("DE");
        assertThat(onboarding.mine().orElseThrow().assessment().crossBorder()).isEqualTo(CrossBorderFlow.INBOUND);
    }

    @Test
    void aReviewCommentOrReasonOverItsLimitIsRefusedWithTheLimit() {
        applicants.signIn(Applicants.COMPLIANCE);

        assertThatThrownBy(() -> onboarding.checkComment("c".repeat(1001)))
                .isInstanceOfSatisfying(
                        InvalidApplication.class,
                        e -> assertThat(e.arguments(Fields.COMMENT)).containsExactly(1000));
        assertThatThrownBy(() -> onboarding.checkReason("r".repeat(2001)))
                .isInstanceOfSatisfying(
                        InvalidApplication.class,
                        e -> assertThat(e.arguments(Fields.REASON)).containsExactly(2000));
        onboarding.checkComment("c".repeat(1000));
        onboarding.checkReason("r".repeat(2000));
    }

    @Test
    void domesticAndForeignApplicantsAreAskedForDifferentDocuments() {
        applicants.signIn(applicants.newUser().email());
        onboarding.saveOrganisation(Applicants.domestic("Licence Ltd"), true);
        onboarding.addDocument(DocumentKind.CERTIFICATE_OF_INCORPORATION, "cert.pdf", Applicants.PDF);
        assertThatThrownBy(() -> onboarding.completeDocuments())
                .isInstanceOfSatisfying(
                        InvalidApplication.class,
                        e -> assertThat(e.errors())
                                .containsEntry(Fields.DOCUMENTS, "onboarding.error.licence-required"));

        applicants.signIn(applicants.newUser().email());
        onboarding.saveOrganisation(Applicants.foreign("Incorporated Ltd", "GB"), true);
        onboarding.addDocument(DocumentKind.BUSINESS_LICENCE, "licence.pdf", Applicants.PDF);
        assertThatThrownBy(() -> onboarding.completeDocuments())
                .isInstanceOfSatisfying(
                        InvalidApplication.class,
                        e -> assertThat(e.errors())
                                .containsEntry(Fields.DOCUMENTS, "onboarding.error.incorporation-required"));
        onboarding.addDocument(DocumentKind.CERTIFICATE_OF_INCORPORATION, "cert.pdf", Applicants.PDF);
        assertThat(onboarding.completeDocuments().step()).isEqualTo(WizardStep.ASSESSMENT);
    }

    @Test
    void anIncompleteAssessmentAndUnacceptedTermsAreRefusedAndSubmittingEarlyListsWhatIsMissing() {
        applicants.signIn(applicants.newUser().email());
        onboarding.saveOrganisation(Applicants.domestic("Early Ltd"), true);
        SelfAssessment incomplete =
                new SelfAssessment(Set.of(), null, Boolean.TRUE, 0L, null, CrossBorderFlow.BOTH, Set.of(), null);

        assertThatThrownBy(() -> onboarding.saveAssessment(incomplete, true))
                .isInstanceOfSatisfying(
                        InvalidApplication.class,
                        e -> assertThat(e.errors())
                                .containsEntry(Fields.CATEGORIES, "onboarding.error.categories")
                                .containsEntry(Fields.CLASSIFICATION, ApplicationRules.REQUIRED)
                                .containsEntry(Fields.DATA_SUBJECTS, "onboarding.error.data-subjects")
                                .containsEntry(Fields.SENSITIVE_PI, ApplicationRules.REQUIRED)
                                .containsEntry(Fields.DESTINATIONS, "onboarding.error.destinations")
                                .containsEntry(Fields.DESCRIPTION, ApplicationRules.REQUIRED));
        assertThatThrownBy(() -> onboarding.acceptTerms(false, true))
                .isInstanceOfSatisfying(
                        InvalidApplication.class,
                        e -> assertThat(e.errors()).containsEntry(Fields.TERMS, "onboarding.error.terms"));
        assertThatThrownBy(() -> onboarding.submit())
                .isInstanceOfSatisfying(
                        InvalidApplication.class,
                        e -> assertThat(e.errors())
                                .containsKeys(Fields.DOCUMENTS, Fields.CATEGORIES, Fields.TERMS)
                                .doesNotContainKey(Fields.REGISTRATION_NUMBER));
        assertThat(onboarding.mine().orElseThrow().state()).isEqualTo(ApplicationState.DRAFT);
    }

    // --- who may do what

    @Test
    void aBuyerCannotUseTheStaffMethods() {
        UserSummary applicant = applicants.newUser();
        applicants.signIn(applicant.email());
        ApplicationDetails submitted =
                Applicants.submitComplete(onboarding, Applicants.domestic("Self Approval Ltd " + System.nanoTime()));

        // The applicant, a buyer, tries to decide their own application.
        assertThatThrownBy(() -> onboarding.queue(QueueFilter.any(), page())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> onboarding.find(submitted.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> onboarding.startReview(submitted.id(), submitted.version()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> onboarding.approve(submitted.id(), submitted.version()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> onboarding.requestChanges(submitted.id(), submitted.version(), Map.of("website", "x")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> onboarding.reject(submitted.id(), submitted.version(), "x"))
                .isInstanceOf(AccessDeniedException.class);

        applicants.signIn(Applicants.COMPLIANCE);
        assertThat(onboarding.find(submitted.id()).orElseThrow().state()).isEqualTo(ApplicationState.SUBMITTED);
    }

    @Test
    void oneApplicantCannotReadOrRemoveAnothersDocumentButComplianceCanReadIt() {
        applicants.signIn(applicants.newUser().email());
        onboarding.saveOrganisation(Applicants.domestic("Private Papers Ltd"), true);
        DocumentInfo document = onboarding.addDocument(DocumentKind.BUSINESS_LICENCE, "licence.pdf", Applicants.PDF);

        applicants.signIn(applicants.newUser().email());
        assertThatThrownBy(() -> onboarding.document(document.id())).isInstanceOf(AccessDeniedException.class);
        onboarding.saveOrganisation(Applicants.domestic("Curious Ltd"), false);
        assertThatThrownBy(() -> onboarding.removeDocument(document.id())).isInstanceOf(AccessDeniedException.class);

        applicants.signIn(Applicants.COMPLIANCE);
        assertThat(onboarding.document(document.id()).content()).isEqualTo(Applicants.PDF);

        // An anonymous visitor, as Spring Security's anonymous filter represents one.
        SecurityContextHolder.getContext()
                .setAuthentication(new AnonymousAuthenticationToken(
                        "visitor", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        assertThatThrownBy(() -> onboarding.document(document.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> onboarding.mine()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aMemberOfAMerchantCannotStartAnApplicationForASecondOne() {
        applicants.signIn("merchant@dataport.example");

        assertThatThrownBy(() -> onboarding.saveOrganisation(Applicants.domestic("Second Merchant Ltd"), false))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> onboarding.addDocument(DocumentKind.OTHER, "x.pdf", Applicants.PDF))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(onboarding.mine()).isEmpty();
    }

    // --- helpers

    private List<AuditEntry> auditOf(long id, String what) {
        Authentication before = SecurityContextHolder.getContext().getAuthentication();
        applicants.signIn(Applicants.COMPLIANCE);
        try {
            return audit.find(
                    new AuditFilter(
                            null,
                            OnboardingService.SUBJECT_TYPE + "." + what,
                            OnboardingService.SUBJECT_TYPE,
                            String.valueOf(id),
                            null,
                            null),
                    0,
                    20);
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }

    private List<MailSummary> mailTo(String email) {
        Authentication before = SecurityContextHolder.getContext().getAuthentication();
        applicants.signIn(Applicants.ADMIN);
        try {
            return mail.list(PageRequest.of(0, 200)).stream()
                    .filter(m -> m.recipient().equals(email))
                    .toList();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }

    private void assertRefused(String fileName, byte[] content, String messageKey) {
        assertThatThrownBy(() -> onboarding.addDocument(DocumentKind.BUSINESS_LICENCE, fileName, content))
                .as(fileName + " (" + content.length + " bytes)")
                .isInstanceOfSatisfying(
                        InvalidApplication.class,
                        e -> assertThat(e.errors()).containsExactly(Map.entry(Fields.DOCUMENTS, messageKey)));
    }

    private static List<String> authorities() {
        return SecurityContextHolder.getContext().getAuthentication().getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .toList();
    }

    private static PageRequest page() {
        return PageRequest.of(0, 500);
    }

    private ListingContent draft() {
        String category = catalog.categories().stream()
                .filter(c -> c.parent() != null)
                .findFirst()
                .orElseThrow()
                .code();
        return TestListings.content()
                .categoryCode(category)
                .title(Bilingual.of("Port call statistics", "港口挂靠统计"))
                .build();
    }
}
