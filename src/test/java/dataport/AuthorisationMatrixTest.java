package dataport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import dataport.accounts.AccountService;
import dataport.accounts.Role;
import dataport.accounts.UserFilter;
import dataport.accounts.ui.LoginView;
import dataport.accounts.ui.UsersView;
import dataport.audit.AuditFilter;
import dataport.audit.AuditService;
import dataport.audit.ui.AuditView;
import dataport.catalog.CatalogService;
import dataport.catalog.CategoryAdmin;
import dataport.catalog.ListingAuthoring;
import dataport.catalog.ListingDetails;
import dataport.catalog.ListingImportService;
import dataport.catalog.ListingMedia;
import dataport.catalog.ListingReview;
import dataport.catalog.WorkspaceFilter;
import dataport.catalog.ui.CategoriesView;
import dataport.catalog.ui.ListingEditorView;
import dataport.catalog.ui.ListingReviewQueueView;
import dataport.catalog.ui.ListingReviewView;
import dataport.catalog.ui.MyListingsView;
import dataport.compliance.NewBlockedRecipient;
import dataport.compliance.RecipientBlocklist;
import dataport.compliance.ui.AssessmentQueueView;
import dataport.compliance.ui.FactsVerificationView;
import dataport.compliance.ui.MerchantFactsView;
import dataport.delivery.Deliverables;
import dataport.delivery.Fulfilment;
import dataport.delivery.Gateway;
import dataport.delivery.Purchases;
import dataport.delivery.ui.DeliverableView;
import dataport.delivery.ui.GatewayView;
import dataport.delivery.ui.PurchaseView;
import dataport.delivery.ui.SaleView;
import dataport.evidence.SpotChecks;
import dataport.evidence.ui.CampaignView;
import dataport.evidence.ui.MerchantSpotChecksView;
import dataport.evidence.ui.SpotChecksView;
import dataport.exhibits.ExhibitService;
import dataport.exhibits.ui.CurationView;
import dataport.exhibits.ui.ExhibitEditorView;
import dataport.imports.ImportService;
import dataport.imports.ui.ImportView;
import dataport.mail.MailService;
import dataport.mail.ui.MailView;
import dataport.merchants.MerchantService;
import dataport.merchants.WhitelistService;
import dataport.merchants.ui.WhitelistView;
import dataport.onboarding.OnboardingService;
import dataport.onboarding.QueueFilter;
import dataport.onboarding.ui.ApplicationReviewView;
import dataport.onboarding.ui.OnboardingView;
import dataport.onboarding.ui.ReviewQueueView;
import dataport.orders.CheckoutRequest;
import dataport.orders.IndicativeRates;
import dataport.orders.OrderService;
import dataport.orders.ui.ExchangeRatesView;
import dataport.orders.ui.MerchantOrdersView;
import dataport.orders.ui.MyPurchasesView;
import dataport.quotes.NewQuoteRequest;
import dataport.quotes.PrivateOffer;
import dataport.quotes.QuoteService;
import dataport.quotes.ui.MyQuotesView;
import dataport.quotes.ui.StaffQuoteView;
import dataport.quotes.ui.WorkspaceQuotesView;
import dataport.reviews.ReviewInput;
import dataport.reviews.ReviewService;
import dataport.reviews.ui.MerchantReviewsView;
import dataport.search.SearchAdministration;
import dataport.search.ui.SearchAdminView;
import dataport.settlement.MerchantFinance;
import dataport.settlement.Reconciliation;
import dataport.settlement.ui.BankPayoutsView;
import dataport.settlement.ui.FinanceView;
import dataport.settlement.ui.PayoutsView;
import dataport.settlement.ui.ReconciliationView;
import dataport.shared.Bilingual;
import dataport.statistics.DashboardFilter;
import dataport.statistics.Grain;
import dataport.statistics.MerchantAnalytics;
import dataport.statistics.RollUp;
import dataport.statistics.StatisticsService;
import dataport.statistics.ui.AnalyticsView;
import dataport.statistics.ui.StatisticsView;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Who may open which protected view and call which data-changing service method: every role of the demo accounts
 * (signed in for real, so their principals are what production has) against every protected route and action. A
 * cell that should be refused must be refused by the server (view access control or method security), not only by a
 * hidden link. Actions allowed to a role are called with arguments that fail after the guard (an unknown id), so the
 * matrix changes no data; what they do when allowed is tested by each module's own tests.
 */
@IntegrationTest
class AuthorisationMatrixTest extends SpringBrowserlessTest {

    /** Who is asking: anonymous, or one of the demo accounts. */
    enum Who {
        ANONYMOUS(null),
        BUYER("buyer@dataport.example"),
        MERCHANT("merchant@dataport.example"),
        CURATOR("curator@dataport.example"),
        COMPLIANCE("compliance@dataport.example"),
        ADMIN("admin@dataport.example");

        final String email;

        Who(String email) {
            this.email = email;
        }
    }

    private static final String DEMO_PASSWORD = "DataPort-Demo-2026!";
    private static final Set<Who> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Who.ANONYMOUS));
    private static final Map<Who, Authentication> signedIn = new EnumMap<>(Who.class);

    record ProtectedView(String route, Class<? extends Component> view, Set<Who> allowed) {}

    record Action(String name, Set<Who> allowed, Runnable call) {}

    @Autowired
    AuthenticationProvider signIn;

    @Autowired
    AccountService accounts;

    @Autowired
    MailService mail;

    @Autowired
    AuditService audit;

    @Autowired
    MerchantService merchants;

    @Autowired
    WhitelistService whitelist;

    @Autowired
    OnboardingService onboarding;

    @Autowired
    CatalogService catalog;

    @Autowired
    SearchAdministration searchAdministration;

    @Autowired
    ListingAuthoring authoring;

    @Autowired
    ListingReview listingReview;

    @Autowired
    dataport.onboarding.MerchantClaims merchantClaims;

    @Autowired
    dataport.catalog.BulkSubmission bulkSubmission;

    @Autowired
    CategoryAdmin categoryAdmin;

    @Autowired
    ListingMedia media;

    @Autowired
    ImportService imports;

    @Autowired
    ListingImportService listingImports;

    @Autowired
    ExhibitService exhibits;

    @Autowired
    Deliverables deliverables;

    @Autowired
    Fulfilment fulfilment;

    @Autowired
    Purchases purchases;

    @Autowired
    Gateway gateway;

    @Autowired
    OrderService orders;

    @Autowired
    dataport.catalog.LicencePolicies licencePolicies;

    @Autowired
    IndicativeRates rates;

    @Autowired
    StatisticsService statistics;

    @Autowired
    RollUp rollUp;

    @Autowired
    MerchantAnalytics analytics;

    @Autowired
    SpotChecks spotChecks;

    @Autowired
    MerchantFinance finance;

    @Autowired
    Reconciliation reconciliation;

    @Autowired
    QuoteService quotes;

    @Autowired
    ReviewService reviews;

    @Autowired
    RecipientBlocklist blocklist;

    @Autowired
    dataport.shared.Sitemaps sitemaps;

    @Autowired
    dataport.opendata.OpenCatalogue openCatalogue;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    List<ProtectedView> views() {
        return List.of(
                new ProtectedView("admin/users", UsersView.class, EnumSet.of(Who.ADMIN)),
                new ProtectedView("admin/mail", MailView.class, EnumSet.of(Who.ADMIN)),
                new ProtectedView("admin/search", SearchAdminView.class, EnumSet.of(Who.ADMIN)),
                new ProtectedView("staff/audit", AuditView.class, EnumSet.of(Who.COMPLIANCE, Who.ADMIN)),
                new ProtectedView("staff/whitelist", WhitelistView.class, EnumSet.of(Who.COMPLIANCE, Who.ADMIN)),
                new ProtectedView("staff/applications", ReviewQueueView.class, EnumSet.of(Who.COMPLIANCE)),
                new ProtectedView("workspace/listings", MyListingsView.class, EnumSet.of(Who.MERCHANT)),
                new ProtectedView("workspace/listings/new", ListingEditorView.class, EnumSet.of(Who.MERCHANT)),
                new ProtectedView("staff/listings", ListingReviewQueueView.class, EnumSet.of(Who.COMPLIANCE)),
                new ProtectedView("admin/categories", CategoriesView.class, EnumSet.of(Who.ADMIN)),
                new ProtectedView("workspace/import", ImportView.class, EnumSet.of(Who.MERCHANT, Who.ADMIN)),
                new ProtectedView("admin/import", ImportView.class, EnumSet.of(Who.MERCHANT, Who.ADMIN)),
                new ProtectedView("curation/exhibits", CurationView.class, EnumSet.of(Who.CURATOR, Who.ADMIN)),
                new ProtectedView("curation/exhibits/new", ExhibitEditorView.class, EnumSet.of(Who.CURATOR, Who.ADMIN)),
                new ProtectedView("workspace/gateway", GatewayView.class, EnumSet.of(Who.MERCHANT)),
                new ProtectedView("onboarding", OnboardingView.class, SIGNED_IN),
                new ProtectedView("purchases", MyPurchasesView.class, SIGNED_IN),
                new ProtectedView("workspace/orders", MerchantOrdersView.class, EnumSet.of(Who.MERCHANT)),
                new ProtectedView("admin/rates", ExchangeRatesView.class, EnumSet.of(Who.ADMIN)),
                new ProtectedView("workspace/finance", FinanceView.class, EnumSet.of(Who.MERCHANT)),
                new ProtectedView("admin/reconciliation", ReconciliationView.class, EnumSet.of(Who.ADMIN)),
                new ProtectedView("admin/fees", dataport.settlement.ui.FeesView.class, EnumSet.of(Who.ADMIN)),
                new ProtectedView(
                        "admin/disputes",
                        dataport.settlement.ui.DisputesView.class,
                        EnumSet.of(Who.COMPLIANCE, Who.ADMIN)),
                new ProtectedView(
                        "admin/statistics", StatisticsView.class, EnumSet.of(Who.CURATOR, Who.COMPLIANCE, Who.ADMIN)),
                new ProtectedView("workspace/analytics", AnalyticsView.class, EnumSet.of(Who.MERCHANT)),
                new ProtectedView("staff/assessments", AssessmentQueueView.class, EnumSet.of(Who.COMPLIANCE)),
                new ProtectedView("staff/cross-border", FactsVerificationView.class, EnumSet.of(Who.COMPLIANCE)),
                new ProtectedView(
                        "compliance/blocked-recipients",
                        dataport.compliance.ui.BlockedRecipientsView.class,
                        EnumSet.of(Who.COMPLIANCE)),
                new ProtectedView("workspace/cross-border", MerchantFactsView.class, EnumSet.of(Who.MERCHANT)),
                new ProtectedView("compliance/spot-checks", SpotChecksView.class, EnumSet.of(Who.COMPLIANCE)),
                new ProtectedView("compliance/spot-checks/999999999", CampaignView.class, EnumSet.noneOf(Who.class)),
                new ProtectedView("workspace/spot-checks", MerchantSpotChecksView.class, EnumSet.of(Who.MERCHANT)),
                new ProtectedView("workspace/payouts", PayoutsView.class, EnumSet.of(Who.MERCHANT)),
                new ProtectedView("admin/payouts", BankPayoutsView.class, EnumSet.of(Who.ADMIN)),
                new ProtectedView(
                        "admin/merchants", dataport.catalog.ui.AdminMerchantsView.class, EnumSet.of(Who.ADMIN)),
                new ProtectedView(
                        "staff/listings/batches",
                        dataport.catalog.ui.ListingBatchReviewView.class,
                        EnumSet.of(Who.COMPLIANCE)),
                new ProtectedView("quotes", MyQuotesView.class, SIGNED_IN),
                new ProtectedView("workspace/quotes", WorkspaceQuotesView.class, EnumSet.of(Who.MERCHANT)),
                new ProtectedView(
                        "staff/quotes/orders/999999999", StaffQuoteView.class, EnumSet.of(Who.COMPLIANCE, Who.ADMIN)),
                new ProtectedView("workspace/reviews", MerchantReviewsView.class, EnumSet.of(Who.MERCHANT)));
    }

    @TestFactory
    Stream<DynamicTest> eachRoleOpensOnlyTheViewsItMay() {
        List<DynamicTest> cells = new ArrayList<>();
        for (ProtectedView view : views()) {
            for (Who who : Who.values()) {
                boolean allowed = view.allowed().contains(who);
                cells.add(DynamicTest.dynamicTest(who + (allowed ? " opens " : " is refused ") + view.route(), () -> {
                    actAs(who);
                    UI.getCurrent().navigate(view.route());

                    assertThat($(view.view()).exists())
                            .as("%s on %s", who, view.route())
                            .isEqualTo(allowed);
                    if (who == Who.ANONYMOUS) {
                        assertThat($(LoginView.class).exists())
                                .as("an anonymous visitor is sent to sign in")
                                .isTrue();
                    }
                }));
            }
        }
        return cells.stream();
    }

    /** The review page of one application (compliance opening it is tested with a real application elsewhere). */
    @Test
    void nobodyButComplianceOpensAnApplicationForReview() {
        for (Who who : EnumSet.complementOf(EnumSet.of(Who.COMPLIANCE))) {
            actAs(who);
            UI.getCurrent().navigate("staff/applications/1");

            assertThat($(ApplicationReviewView.class).exists()).as(who.name()).isFalse();
        }
    }

    /** A listing's review page, and another merchant's listing in the editor. */
    @Test
    void nobodyButComplianceOpensAListingForReviewAndNoMerchantOpensAnothersListing() {
        long foreign = listingOfAnotherMerchant();
        for (Who who : EnumSet.complementOf(EnumSet.of(Who.COMPLIANCE))) {
            actAs(who);
            UI.getCurrent().navigate("staff/listings/" + foreign);

            assertThat($(ListingReviewView.class).exists()).as(who.name()).isFalse();
        }
        actAs(Who.COMPLIANCE);
        UI.getCurrent().navigate("staff/listings/" + foreign);
        assertThat($(ListingReviewView.class).exists()).isTrue();

        actAs(Who.MERCHANT);
        UI.getCurrent().navigate("workspace/listings/" + foreign);
        assertThat($(ListingEditorView.class).exists())
                .as("another merchant's listing looks like a missing one")
                .isFalse();
    }

    List<Action> actions() {
        LocalDate today = LocalDate.now(AuditService.ZONE);
        long nobody = 999_999_999L;
        return List.of(
                new Action(
                        "invite the owner of an imported merchant",
                        EnumSet.of(Who.ADMIN),
                        () -> merchantClaims.invite(nobody, "owner@example.com")),
                new Action("revoke a claim invitation", EnumSet.of(Who.ADMIN), () -> merchantClaims.revoke(nobody)),
                new Action("accept a claim invitation", SIGNED_IN, () -> merchantClaims.accept("no-such-token")),
                new Action(
                        "submit drafts for review in bulk",
                        EnumSet.of(Who.MERCHANT, Who.ADMIN),
                        () -> bulkSubmission.submit(List.of(nobody))),
                new Action(
                        "approve a batch of listings",
                        EnumSet.of(Who.COMPLIANCE),
                        () -> listingReview.approvePassing(Map.of(nobody, 0L))),
                new Action("grant a staff role", EnumSet.of(Who.ADMIN), () -> accounts.grantRole(nobody, Role.CURATOR)),
                new Action(
                        "revoke a staff role", EnumSet.of(Who.ADMIN), () -> accounts.revokeRole(nobody, Role.CURATOR)),
                new Action(
                        "list users",
                        EnumSet.of(Who.ADMIN),
                        () -> accounts.listUsers(UserFilter.ALL, Pageable.ofSize(1))),
                new Action("read outgoing mail", EnumSet.of(Who.ADMIN), () -> mail.list(Pageable.ofSize(1))),
                new Action("see the search index status", EnumSet.of(Who.ADMIN), () -> searchAdministration.status()),
                new Action(
                        "browse the audit trail",
                        EnumSet.of(Who.COMPLIANCE, Who.ADMIN),
                        () -> audit.find(AuditFilter.none(), 0, 1)),
                new Action(
                        "list the whitelist", EnumSet.of(Who.COMPLIANCE, Who.ADMIN), () -> whitelist.find(null, 0, 1)),
                new Action(
                        "grant a whitelist entry",
                        EnumSet.of(Who.COMPLIANCE),
                        () -> whitelist.grant(nobody, Bilingual.of("scope", null), today, today.plusDays(1), null)),
                new Action(
                        "revoke a whitelist entry",
                        EnumSet.of(Who.COMPLIANCE),
                        () -> whitelist.revoke(nobody, 0, "reason")),
                new Action("suspend a merchant", EnumSet.of(Who.COMPLIANCE), () -> merchants.suspend(nobody, "reason")),
                new Action("reinstate a merchant", EnumSet.of(Who.COMPLIANCE), () -> merchants.reinstate(nobody)),
                new Action(
                        "add a member to a merchant",
                        EnumSet.of(Who.COMPLIANCE),
                        () -> merchants.addMember(nobody, nobody)),
                new Action(
                        "see the review queue",
                        EnumSet.of(Who.COMPLIANCE),
                        () -> onboarding.queue(QueueFilter.any(), Pageable.ofSize(1))),
                new Action("approve an application", EnumSet.of(Who.COMPLIANCE), () -> onboarding.approve(nobody, 0)),
                new Action(
                        "request changes to an application",
                        EnumSet.of(Who.COMPLIANCE),
                        () -> onboarding.requestChanges(nobody, 0, Map.of("website", "Which one?"))),
                new Action(
                        "reject an application",
                        EnumSet.of(Who.COMPLIANCE),
                        () -> onboarding.reject(nobody, 0, "reason")),
                new Action("start an onboarding application", SIGNED_IN, () -> onboarding.mine()),
                new Action("list my listings", EnumSet.of(Who.MERCHANT), () -> catalog.myListings()),
                new Action("create a listing draft", EnumSet.of(Who.MERCHANT), () -> catalog.createDraft(null)),
                new Action(
                        "read a file to import",
                        EnumSet.of(Who.MERCHANT, Who.ADMIN),
                        () -> imports.read("a.csv", "title,category\nA,B\n".getBytes(StandardCharsets.UTF_8))),
                new Action(
                        "import a batch of listings",
                        EnumSet.of(Who.MERCHANT, Who.ADMIN),
                        () -> listingImports.importBatch(List.of())),
                new Action(
                        "create a merchant from an import's provider column",
                        EnumSet.of(Who.ADMIN),
                        () -> merchants.findOrRegisterProvider(" ", null)),
                new Action(
                        "submit another merchant's listing",
                        EnumSet.noneOf(Who.class),
                        () -> catalog.submitForReview(listingOfAnotherMerchant())),
                new Action(
                        "list my listings in the workspace grid",
                        EnumSet.of(Who.MERCHANT),
                        () -> authoring.find(WorkspaceFilter.none(), Pageable.ofSize(5))),
                new Action("create a listing in the editor", EnumSet.of(Who.MERCHANT), () -> authoring.create(null)),
                new Action(
                        "open another merchant's listing in the editor",
                        EnumSet.noneOf(Who.class),
                        () -> authoring.edit(listingOfAnotherMerchant())),
                new Action(
                        "save another merchant's listing",
                        EnumSet.noneOf(Who.class),
                        () -> authoring.save(listingOfAnotherMerchant(), 0, null)),
                new Action(
                        "upload an image to another merchant's listing",
                        EnumSet.noneOf(Who.class),
                        () -> authoring.uploadImage(listingOfAnotherMerchant(), 0, "a.png", new byte[] {1})),
                new Action(
                        "archive another merchant's listing",
                        EnumSet.noneOf(Who.class),
                        () -> authoring.archive(listingOfAnotherMerchant())),
                new Action(
                        "see the listing review queue",
                        EnumSet.of(Who.COMPLIANCE),
                        () -> listingReview.queue(null, Pageable.ofSize(1))),
                new Action("approve a listing", EnumSet.of(Who.COMPLIANCE), () -> listingReview.approve(nobody, 0)),
                new Action(
                        "return a listing with comments",
                        EnumSet.of(Who.COMPLIANCE),
                        () -> listingReview.returnWithComment(nobody, 0, "why")),
                new Action(
                        "suspend a listing", EnumSet.of(Who.COMPLIANCE), () -> listingReview.suspend(nobody, 0, "why")),
                new Action(
                        "add a category",
                        EnumSet.of(Who.ADMIN),
                        () -> categoryAdmin.add(null, "", Bilingual.of(null, null))),
                new Action("delete a category", EnumSet.of(Who.ADMIN), () -> categoryAdmin.delete("no-such-category")),
                new Action("list exhibits for curation", EnumSet.of(Who.CURATOR, Who.ADMIN), () -> exhibits.list()),
                new Action(
                        "open an exhibit in the editor",
                        EnumSet.of(Who.CURATOR, Who.ADMIN),
                        () -> exhibits.edit(nobody)),
                new Action("create an exhibit", EnumSet.of(Who.CURATOR, Who.ADMIN), () -> exhibits.create(null)),
                new Action("save an exhibit", EnumSet.of(Who.CURATOR, Who.ADMIN), () -> exhibits.save(nobody, 0, null)),
                new Action("publish an exhibit", EnumSet.of(Who.CURATOR, Who.ADMIN), () -> exhibits.publish(nobody, 0)),
                new Action("archive an exhibit", EnumSet.of(Who.CURATOR, Who.ADMIN), () -> exhibits.archive(nobody, 0)),
                new Action(
                        "upload an exhibit banner",
                        EnumSet.of(Who.CURATOR, Who.ADMIN),
                        () -> exhibits.uploadBanner(nobody, 0, "a.png", new byte[] {1})),
                new Action(
                        "preview an exhibit", EnumSet.of(Who.CURATOR, Who.ADMIN), () -> exhibits.preview(nobody, null)),
                new Action(
                        "read an exhibit's history",
                        EnumSet.of(Who.CURATOR, Who.ADMIN),
                        () -> exhibits.history(nobody)),
                new Action(
                        "search listings for an exhibit",
                        EnumSet.of(Who.CURATOR, Who.ADMIN),
                        () -> exhibits.searchListings("cloud", 0, null)),
                new Action(
                        "create a hall", EnumSet.of(Who.CURATOR, Who.ADMIN), () -> exhibits.createHall("cloud", null)),
                new Action(
                        "fetch a banner no live exhibit shows",
                        EnumSet.noneOf(Who.class),
                        () -> exhibits.banner(nobody)),
                new Action(
                        "place an order",
                        SIGNED_IN,
                        () -> orders.placeOrder(new CheckoutRequest("matrix-" + nobody, nobody, 0, 0, null, 1))),
                new Action("start paying an order", SIGNED_IN, () -> orders.startPayment(nobody, null)),
                new Action("list my purchases", SIGNED_IN, () -> orders.myPurchases(0, 1)),
                new Action(
                        "read the licence an order was bought under", SIGNED_IN, () -> orders.licenceOfMyOrder(nobody)),
                new Action(
                        "read a published licence policy (public, like /odrl/policies/{uid})",
                        EnumSet.allOf(Who.class),
                        () -> licencePolicies.find("0".repeat(64))),
                new Action("list my merchant's orders", EnumSet.of(Who.MERCHANT), () -> orders.mySales(0, 1)),
                new Action("list exchange rates", EnumSet.of(Who.ADMIN), () -> rates.list()),
                new Action(
                        "set an exchange rate",
                        EnumSet.of(Who.ADMIN),
                        () -> rates.set("no such currency", java.math.BigDecimal.ONE)),
                new Action(
                        "download a file no published listing shows",
                        EnumSet.noneOf(Who.class),
                        () -> media.download(nobody, false)),
                new Action("see the API gateway secret", EnumSet.of(Who.MERCHANT), () -> gateway.secret()),
                new Action(
                        "see a listing's file to deliver", EnumSet.of(Who.MERCHANT), () -> deliverables.files(nobody)),
                new Action(
                        "upload the file to deliver for another merchant's listing",
                        EnumSet.noneOf(Who.class),
                        () -> deliverables.upload(
                                listingOfAnotherMerchant(), "a.csv", new ByteArrayInputStream(new byte[] {'a'}))),
                new Action(
                        "upload a file to deliver on a merchant's behalf",
                        EnumSet.of(Who.ADMIN),
                        () -> deliverables.uploadForMerchant(
                                nobody, "a.csv", new ByteArrayInputStream(new byte[] {'a'}))),
                new Action("see an order to fulfil", EnumSet.of(Who.MERCHANT), () -> fulfilment.sale(nobody)),
                new Action("see a purchase's delivery", SIGNED_IN, () -> purchases.purchase(nobody)),
                new Action(
                        "mark another merchant's order delivered",
                        EnumSet.noneOf(Who.class),
                        () -> fulfilment.markDelivered(nobody, "Delivered.")),
                new Action(
                        "create an API key for another buyer's order",
                        EnumSet.noneOf(Who.class),
                        () -> purchases.createApiKey(nobody)),
                new Action(
                        "accept delivery of another buyer's order",
                        EnumSet.noneOf(Who.class),
                        () -> purchases.accept(nobody)),
                new Action(
                        "see the statistics of digital trade",
                        EnumSet.of(Who.CURATOR, Who.COMPLIANCE, Who.ADMIN),
                        () -> statistics.tradeByCurrency(DashboardFilter.lastYear(LocalDate.now()))),
                new Action(
                        "see the cross-border statistics",
                        EnumSet.of(Who.CURATOR, Who.COMPLIANCE, Who.ADMIN),
                        () -> statistics.crossBorder(
                                StatisticsService.CrossBorderChart.CLASSIFICATION_ROUTING,
                                DashboardFilter.lastYear(LocalDate.now()))),
                new Action("roll up statistics now", EnumSet.of(Who.ADMIN), () -> rollUp.now()),
                new Action(
                        "see a merchant's own analytics",
                        EnumSet.of(Who.MERCHANT),
                        () -> analytics.report(LocalDate.now(), LocalDate.now(), Grain.DAY)),
                new Action(
                        "start a spot-check campaign",
                        EnumSet.of(Who.COMPLIANCE),
                        () -> spotChecks.start(new SpotChecks.NewCampaign(null, today, today, 1, 1L, 14))),
                new Action("list spot-check campaigns", EnumSet.of(Who.COMPLIANCE), () -> spotChecks.campaigns()),
                new Action(
                        "request evidence for a spot-check case",
                        EnumSet.of(Who.COMPLIANCE),
                        () -> spotChecks.requestEvidence(nobody, "Send it.")),
                new Action(
                        "close a spot-check case",
                        EnumSet.of(Who.COMPLIANCE),
                        () -> spotChecks.close(nobody, null, null)),
                new Action("download a campaign report", EnumSet.of(Who.COMPLIANCE), () -> spotChecks.csv(nobody)),
                new Action(
                        "read a spot-check case's evidence",
                        EnumSet.of(Who.COMPLIANCE),
                        () -> spotChecks.evidence(nobody)),
                new Action("see my spot-check cases", EnumSet.of(Who.MERCHANT), () -> spotChecks.myCases()),
                new Action(
                        "send evidence for another merchant's case",
                        EnumSet.noneOf(Who.class),
                        () -> spotChecks.submitEvidence(nobody, "a.pdf", new byte[] {'%'})),
                new Action("see my merchant's balances", EnumSet.of(Who.MERCHANT), () -> finance.balances()),
                new Action(
                        "download my merchant's statement",
                        EnumSet.of(Who.MERCHANT),
                        () -> finance.statementCsv(java.time.YearMonth.of(2026, 1))),
                new Action("list my merchant's payouts", EnumSet.of(Who.MERCHANT), () -> finance.payouts(0, 1)),
                new Action("see the reconciliation months", EnumSet.of(Who.ADMIN), () -> reconciliation.months()),
                new Action(
                        "ask for a quote",
                        SIGNED_IN,
                        () -> quotes.request(nobody, new NewQuoteRequest("x", null, null, null, "CN", null))),
                new Action("list my requests for quotes", SIGNED_IN, () -> quotes.myRequests()),
                new Action(
                        "list my merchant's requests for quotes",
                        EnumSet.of(Who.MERCHANT),
                        () -> quotes.merchantRequests()),
                new Action(
                        "send a private offer",
                        EnumSet.of(Who.MERCHANT),
                        () -> quotes.sendOffer(
                                nobody, new PrivateOffer(0, dataport.shared.Money.of("1.00", "CNY"), null, today))),
                new Action("accept a private offer", SIGNED_IN, () -> quotes.accept(nobody, 1)),
                new Action(
                        "read the negotiation behind an order",
                        EnumSet.of(Who.COMPLIANCE, Who.ADMIN),
                        () -> quotes.threadOfOrder(nobody)),
                new Action(
                        "review an order that is not theirs",
                        EnumSet.noneOf(Who.class),
                        () -> reviews.write(nobody, new ReviewInput(5, null, "Not my order at all.", null))),
                new Action(
                        "edit a review that is not theirs",
                        EnumSet.noneOf(Who.class),
                        () -> reviews.edit(nobody, new ReviewInput(5, null, "Not my review at all.", null))),
                new Action(
                        "reply to a review of another merchant",
                        EnumSet.noneOf(Who.class),
                        () -> reviews.reply(nobody, "Not my listing.", null)),
                new Action(
                        "hide a review", EnumSet.of(Who.COMPLIANCE, Who.ADMIN), () -> reviews.hide(nobody, "reason")),
                new Action("list my merchant's reviews", EnumSet.of(Who.MERCHANT), () -> reviews.myMerchantReviews(1)),
                new Action("see the blocked recipients", EnumSet.of(Who.COMPLIANCE), () -> blocklist.entries()),
                new Action(
                        "add a blocked recipient",
                        EnumSet.of(Who.COMPLIANCE),
                        () -> blocklist.add(new NewBlockedRecipient(null, null, null, null, null, null, null))),
                new Action(
                        "deactivate a blocked recipient",
                        EnumSet.of(Who.COMPLIANCE),
                        () -> blocklist.deactivate(nobody, 0, "Lifted")),
                // GET /sitemap.xml, /sitemap-{n}.xml and /robots.txt: public, for crawlers.
                new Action("read the sitemap", EnumSet.allOf(Who.class), () -> sitemaps.index()),
                new Action("read a numbered sitemap file", EnumSet.allOf(Who.class), () -> sitemaps.file(1)),
                new Action("read robots.txt", EnumSet.allOf(Who.class), () -> sitemaps.robots()),
                new Action(
                        "read the open DCAT-AP catalogue",
                        EnumSet.allOf(Who.class),
                        () -> openCatalogue.page(999_999, dataport.opendata.CatalogueFormat.TURTLE)));
    }

    /** A purchase page and a merchant's order page of an order that is not the visitor's: sign in, or not found. */
    @Test
    void nobodyOpensAPurchaseOrAnOrderPageThatIsNotTheirs() {
        for (Who who : Who.values()) {
            actAs(who);
            UI.getCurrent().navigate("purchases/999999999");
            assertThat($(PurchaseView.class).exists()).as(who.name()).isFalse();
            UI.getCurrent().navigate("workspace/orders/999999999");
            assertThat($(SaleView.class).exists()).as(who.name()).isFalse();
            if (who == Who.ANONYMOUS) {
                assertThat($(LoginView.class).exists()).isTrue();
            }
        }
    }

    /** A listing's file page: its own merchant's members only; another merchant's listing looks like a missing one. */
    @Test
    void onlyTheMerchantsMembersOpenTheFilePageOfItsListing() {
        long foreign = listingOfAnotherMerchant();
        actAs(Who.MERCHANT);
        long own = catalog.myListings().getFirst().id();
        for (Who who : Who.values()) {
            actAs(who);
            UI.getCurrent().navigate("workspace/listings/" + own + "/deliverable");

            assertThat($(DeliverableView.class).exists()).as(who.name()).isEqualTo(who == Who.MERCHANT);
        }
        actAs(Who.MERCHANT);
        UI.getCurrent().navigate("workspace/listings/" + foreign + "/deliverable");
        assertThat($(DeliverableView.class).exists()).isFalse();
    }

    @TestFactory
    Stream<DynamicTest> eachRoleCallsOnlyTheActionsItMay() {
        List<DynamicTest> cells = new ArrayList<>();
        for (Action action : actions()) {
            for (Who who : Who.values()) {
                boolean allowed = action.allowed().contains(who);
                cells.add(DynamicTest.dynamicTest(who + (allowed ? " may " : " may not ") + action.name(), () -> {
                    actAs(who);
                    Throwable thrown = catchThrowable(action.call()::run);
                    if (allowed && thrown != null) {
                        assertThat(thrown)
                                .as("%s: %s", who, action.name())
                                .isNotInstanceOfAny(
                                        AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
                    } else if (!allowed) {
                        assertThat(thrown)
                                .as("%s: %s", who, action.name())
                                .isInstanceOfAny(
                                        AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
                    }
                }));
            }
        }
        return cells.stream();
    }

    @Test
    void aMerchantCannotSubmitAnotherMerchantsListingEvenWithTheMerchantRole() {
        long foreign = listingOfAnotherMerchant();
        actAs(Who.MERCHANT);

        assertThat(catalog.myListings()).extracting(ListingDetails::id).doesNotContain(foreign);
        assertThatThrownBy(() -> catalog.submitForReview(foreign))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("another merchant");
    }

    private long listingOfAnotherMerchant() {
        return catalog.details(catalog.publishedIds()).stream()
                .filter(l -> !"harbour-data".equals(l.merchant().slug()))
                .findFirst()
                .orElseThrow()
                .id();
    }

    /** Signs the demo account in through the real sign-in (password check, roles from the database), once. */
    private void actAs(Who who) {
        SecurityContextHolder.clearContext();
        Authentication authentication = who == Who.ANONYMOUS
                ? new AnonymousAuthenticationToken(
                        "matrix", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"))
                : signedIn.computeIfAbsent(who, this::signIn);
        SecurityContextHolder.getContext().setAuthentication(authentication);
    }

    private Authentication signIn(Who who) {
        UsernamePasswordAuthenticationToken attempt =
                UsernamePasswordAuthenticationToken.unauthenticated(who.email, DEMO_PASSWORD);
        attempt.setDetails(new WebAuthenticationDetails("10.60.0.1", null));
        return signIn.authenticate(attempt);
    }
}
