package dataport.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginOverlay;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dataport.IntegrationTest;
import dataport.accounts.AccountService;
import dataport.catalog.DataClassification;
import dataport.catalog.DeliveryMode;
import dataport.catalog.DemoSignIn;
import dataport.catalog.ListingAuthoring;
import dataport.catalog.ListingDetails;
import dataport.catalog.TestListings;
import dataport.compliance.AssessmentService;
import dataport.compliance.CrossBorderFixtures;
import dataport.delivery.DeliveryFixtures;
import dataport.delivery.PaidOrders;
import dataport.evidence.EvidenceVerifier;
import dataport.evidence.RoutedTrades;
import dataport.evidence.SpotChecks;
import dataport.onboarding.Applicants;
import dataport.onboarding.OnboardingService;
import dataport.quotes.QuoteFixtures;
import dataport.quotes.QuoteService;
import dataport.shared.Languages;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Renders every registered route in Chinese, signed in as someone who may see it, with the demo data, and looks for
 * the English that Vaadin's widgets speak unless given their texts: Upload, date pickers, confirm dialogs, the login
 * form, grids' empty states.
 */
@IntegrationTest
class EveryViewInChineseTest extends SpringBrowserlessTest {

    /** What Vaadin's widgets say by default (their English i18n), matched as a whole text or a whole JSON string. */
    static final Set<String> ENGLISH_WIDGET_TEXTS = Set.of(
            // Upload
            "Upload Files...",
            "Upload File...",
            "Drop files here",
            "Drop file here",
            "File is Too Big.",
            "Incorrect File Type.",
            "Too Many Files.",
            "Retry",
            "Start",
            "Remove",
            "Connecting...",
            "Stalled",
            "Processing File...",
            "Held in Queue",
            "remaining time: ",
            "unknown remaining time",
            "Server Unavailable",
            "Unexpected Server Error",
            "Forbidden",
            "File is Too Large",
            // Date and time pickers
            "January",
            "February",
            "March",
            "April",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
            "Sunday",
            "Monday",
            "Tuesday",
            "Wednesday",
            "Thursday",
            "Friday",
            "Saturday",
            "Sun",
            "Mon",
            "Tue",
            "Wed",
            "Thu",
            "Fri",
            "Sat",
            "Today",
            "Cancel",
            "Week",
            // Confirm dialogs
            "Confirm",
            "Reject",
            // Grids and lists
            "No items",
            "No results",
            "No data",
            "Loading...",
            // Login form
            "Log in",
            "Username",
            "Password",
            "Forgot password",
            "Incorrect username or password",
            "Check that you have entered the correct username and password and try again.",
            // Other widget defaults
            "Clear",
            "Close",
            "Select all",
            "More options");

    /**
     * Views that fail here only because another branch of issue 19 owns the fix; once merged, their entry goes. The
     * check itself stays complete.
     */
    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    AuthenticationProvider signIn;

    @Autowired
    ListingAuthoring authoring;

    @Autowired
    OnboardingService onboarding;

    @Autowired
    AccountService accounts;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void noViewShowsVaadinsEnglishInTheChineseInterface() {
        Map<String, String> parameters = parameters();
        List<RouteData> routes = RouteConfiguration.forApplicationScope().getAvailableRoutes();
        assertThat(routes).hasSizeGreaterThan(20);

        Map<String, List<String>> problems = new LinkedHashMap<>();
        for (RouteData route : routes) {
            String template = route.getTemplate();
            String path = path(template, parameters);
            signInFor(route.getNavigationTarget());
            UI.getCurrent().setLocale(Languages.CHINESE);
            List<String> found = new ArrayList<>();
            try {
                navigate(path, route.getNavigationTarget());
                inspect(UI.getCurrent(), found);
            } catch (RuntimeException | AssertionError failed) {
                found.add("could not be shown at /" + path + ": " + failed);
            }
            if (!found.isEmpty()) {
                problems.put(template, found);
            }
            SecurityContextHolder.clearContext();
        }

        System.out.println("Checked " + routes.size() + " routes in Chinese");
        assertThat(problems)
                .as("English widget texts in the Chinese interface, or fields that cut a paste")
                .isEmpty();
    }

    @Test
    void theCheckFindsAnUploadAndADatePickerLeftInEnglish() {
        List<String> found = new ArrayList<>();
        inspect(new com.vaadin.flow.component.html.Div(new Upload(), new DatePicker()), found);
        assertThat(found).hasSize(2);

        UI.getCurrent().setLocale(Languages.CHINESE);
        Upload upload = new Upload();
        upload.setI18n(UploadTexts.texts(UI.getCurrent(), "common.yes", "common.no", "common.no", 5));
        found.clear();
        inspect(upload, found);
        assertThat(found).as("an upload with English texts set").isEmpty();
    }

    /** The English texts and unlocalised widgets in {@code root}'s tree. */
    static void inspect(Component root, List<String> found) {
        Element e = root.getElement();
        String name = root.getClass().getSimpleName() + id(root);
        if (root instanceof Upload upload && upload.getI18n() == null) {
            found.add(name + ": Upload without UploadTexts");
        }
        if (root instanceof DatePicker picker && picker.getI18n() == null) {
            found.add(name + ": DatePicker without DatePickers.localise");
        }
        if (root instanceof DateTimePicker picker && picker.getDatePickerI18n() == null) {
            found.add(name + ": DateTimePicker without DatePickers.localise");
        }
        if (root instanceof ConfirmDialog) {
            for (String property : List.of("confirmText", "cancelText", "rejectText")) {
                if (!e.hasProperty(property) && (property.equals("confirmText") || e.hasProperty(property + "Set"))) {
                    found.add(name + ": ConfirmDialog without " + property);
                }
            }
        }
        // Not English, but the same walk finds it: a maxlength makes the browser cut a paste without a word.
        if (e.hasProperty("maxlength") && e.getProperty("maxlength", 0.0) > 0) {
            found.add(name + ": maxlength " + e.getProperty("maxlength") + " cuts a paste silently (use LengthLimits)");
        }
        if ((root instanceof LoginForm || root instanceof LoginOverlay) && !e.hasProperty("i18n")) {
            found.add(name + ": login form without i18n");
        }
        if (e.getChildCount() == 0 && e.getText() != null && isEnglishWidgetText(e.getText())) {
            found.add(name + ": text \"" + e.getText() + "\"");
        }
        e.getPropertyNames().forEach(p -> {
            Object value = e.getPropertyRaw(p);
            String text = value == null ? "" : value.toString();
            if (isEnglishWidgetText(text) || containsEnglishJsonString(text)) {
                found.add(name + ": property " + p + " = " + abbreviate(text));
            }
        });
        e.getAttributeNames().forEach(a -> {
            String text = e.getAttribute(a);
            if (text != null && isEnglishWidgetText(text)) {
                found.add(name + ": attribute " + a + " = " + text);
            }
        });
        // Text nodes are elements without a component.
        e.getChildren()
                .filter(c -> c.isTextNode() && isEnglishWidgetText(c.getText()))
                .forEach(c -> found.add(name + ": text \"" + c.getText() + "\""));
        Stream<Component> children = root.getChildren();
        children.forEach(c -> inspect(c, found));
    }

    static boolean isEnglishWidgetText(String text) {
        return text != null && ENGLISH_WIDGET_TEXTS.contains(text.strip());
    }

    private static final Pattern JSON_STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    static boolean containsEnglishJsonString(String json) {
        if (!json.startsWith("{") && !json.startsWith("[")) {
            return false;
        }
        Matcher strings = JSON_STRING.matcher(json);
        while (strings.find()) {
            if (ENGLISH_WIDGET_TEXTS.contains(strings.group(1))) {
                return true;
            }
        }
        return false;
    }

    private static String id(Component c) {
        return c.getId().map(id -> "#" + id).orElse("");
    }

    private static String abbreviate(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    /** The demo account that may see {@code view}; anonymous for a public page. */
    private void signInFor(Class<? extends Component> view) {
        if (view.isAnnotationPresent(AnonymousAllowed.class)) {
            return;
        }
        if (view.isAnnotationPresent(PermitAll.class)) {
            DemoSignIn.as(signIn, DemoSignIn.BUYER);
            return;
        }
        RolesAllowed roles = view.getAnnotation(RolesAllowed.class);
        String role = roles == null ? "ADMIN" : roles.value()[0];
        DemoSignIn.as(
                signIn,
                switch (role) {
                    case "MERCHANT" -> DemoSignIn.MERCHANT;
                    case "COMPLIANCE" -> DemoSignIn.COMPLIANCE;
                    case "CURATOR" -> "curator@dataport.example";
                    default -> DemoSignIn.ADMIN;
                });
    }

    private static final Pattern PARAMETER = Pattern.compile(":(\\w+)(\\??)(\\([^)]*\\))?");

    /** The template with each parameter filled from the demo data. */
    private static String path(String template, Map<String, String> values) {
        Matcher m = PARAMETER.matcher(template);
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            String prefix = template.substring(0, m.start());
            m.appendReplacement(
                    path, Matcher.quoteReplacement(values.getOrDefault(template, values.getOrDefault(prefix, "1"))));
        }
        m.appendTail(path);
        return path.toString();
    }

    /**
     * A value for each parameterised route, by its whole template or by the part of the template before the
     * parameter.
     */
    private Map<String, String> parameters() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(
                "listings/",
                jdbc.queryForObject(
                        "SELECT CAST(MIN(id) AS CHAR) FROM listing WHERE status = 'PUBLISHED'", String.class));
        values.put("merchants/", jdbc.queryForObject("SELECT MIN(slug) FROM merchant", String.class));
        values.put("categories/", jdbc.queryForObject("SELECT MIN(code) FROM category", String.class));
        values.put(
                "exhibits/",
                jdbc.queryForObject("SELECT MIN(slug) FROM exhibit WHERE state = 'PUBLISHED'", String.class));
        values.put(
                "admin/merchants/",
                jdbc.queryForObject(
                        "SELECT CAST(COALESCE(MIN(CASE WHEN NOT EXISTS (SELECT 1 FROM merchant_member mm"
                                + " WHERE mm.merchant_id = m.id) THEN m.id END), MIN(m.id)) AS CHAR) FROM merchant m",
                        String.class));
        values.put("workspace/listings/", "new");
        values.put("curation/exhibits/", "new");

        DemoSignIn.as(signIn, DemoSignIn.MERCHANT);
        long listing = authoring.create(TestListings.content("Chinese check " + System.nanoTime(), "中文检查"));
        authoring.submit(listing, authoring.edit(listing).version());
        values.put("staff/listings/", String.valueOf(listing));

        Applicants applicants = new Applicants(accounts, signIn);
        applicants.signIn(applicants.newUser().email());
        values.put(
                "staff/applications/",
                String.valueOf(Applicants.submitComplete(onboarding, Applicants.domestic("Chinese check"))
                        .id()));

        // A paid order of the demo buyer from the demo merchant: the buyer's and the merchant's order pages.
        DeliveryFixtures delivery = new DeliveryFixtures(context);
        PaidOrders orders = new PaidOrders(context);
        ListingDetails sold =
                orders.listing(DeliveryMode.DEDICATED_LINE, l -> l.merchant().id() == delivery.demoMerchantId());
        String order = String.valueOf(orders.paidOrder(sold));
        for (String route : List.of(
                "checkout/return/:orderId",
                "checkout/cancelled/:orderId",
                "purchases/:orderId",
                "workspace/orders/:orderId")) {
            values.put(route, order);
        }
        values.put("workspace/listings/:listingId/deliverable", String.valueOf(delivery.fileListing()));

        // The merchant's cross-border facts of its listing; an order of the demo buyer routed to review with a filed
        // assessment: the buyer's and staff's assessment pages.
        values.put("workspace/listings/:id/cross-border", String.valueOf(listing));
        CrossBorderFixtures crossBorder = new CrossBorderFixtures(context);
        long reviewed = crossBorder.order(crossBorder.listing(DataClassification.IMPORTANT, l -> true), "DE");
        values.put("purchases/:orderId/assessment", String.valueOf(reviewed));
        values.put(
                "staff/assessments/",
                String.valueOf(context.getBean(AssessmentService.class)
                        .file(reviewed, CrossBorderFixtures.completeAnswers(), null)));
        // That order's evidence certificate, and a spot-check campaign with one case (evidence module).
        EvidenceVerifier evidence = context.getBean(EvidenceVerifier.class);
        long paid = Long.parseLong(order);
        PaidOrders.await(() -> evidence.certificateOf(paid).isPresent(), "the order's evidence certificate");
        values.put("verify/:certificate", evidence.certificateOf(paid).orElseThrow());
        new RoutedTrades(context).delivered(delivery.demoMerchantId(), "IMPORTANT");
        DemoSignIn.as(signIn, DemoSignIn.COMPLIANCE);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        values.put(
                "compliance/spot-checks/:campaignId",
                String.valueOf(context.getBean(SpotChecks.class)
                        .start(new SpotChecks.NewCampaign("中文检查", today, today, 3, 1L, 14))
                        .id()));
        // A request for a quote of the demo buyer to the demo merchant with an offer, and an order from an accepted
        // one.
        QuoteFixtures quotes = new QuoteFixtures(context);
        long quoteRequest = quotes.request();
        quotes.offer(quoteRequest, "120.00");
        values.put("quotes/new/", String.valueOf(quotes.quoteOnlyListing()));
        values.put("quotes/", String.valueOf(quoteRequest));
        values.put("workspace/quotes/", String.valueOf(quoteRequest));
        long acceptedRequest = quotes.request();
        int offer = quotes.offer(acceptedRequest, "99.00");
        quotes.as(DemoSignIn.BUYER);
        values.put(
                "staff/quotes/orders/",
                String.valueOf(context.getBean(QuoteService.class).accept(acceptedRequest, offer)));
        SecurityContextHolder.clearContext();
        return values;
    }
}
