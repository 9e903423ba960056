package dataport.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dataport.e2e.pages.AssessmentPage;
import dataport.e2e.pages.AssessmentReviewPage;
import dataport.e2e.pages.CertificatePage;
import dataport.e2e.pages.CheckoutPage;
import dataport.e2e.pages.CheckoutReturnPage;
import dataport.e2e.pages.ExportNotice;
import dataport.e2e.pages.ListingPage;
import dataport.e2e.pages.LoginPage;
import dataport.e2e.pages.MerchantOrderPage;
import dataport.e2e.pages.PurchasePage;
import dataport.e2e.pages.RulesPage;
import dataport.e2e.pages.SpotChecksPage;
import dataport.e2e.pages.StripeHostedPage;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Cross-border compliance in the browser, in English and in Chinese: a foreign buyer's order of an IMPORTANT-data
 * listing is routed to review with its reason and legal basis, the buyer files the pre-transfer assessment, staff
 * approve with a condition, the buyer accepts it and pays, the merchant delivers, {@code /verify/…} shows a valid
 * evidence chain (and a failed one while a record is tampered with in the database), and a spot-check campaign
 * samples the trade, asks for evidence, receives it and closes the case. A CORE listing cannot be ordered from
 * abroad; a buyer in mainland China is not routed at all. Screenshots (1280 and 390 px, en and zh) of the rules,
 * the assessment review, the certificate and the campaign.
 *
 * <p>Reads ids from and tampers with the app's database through JDBC (see {@link E2eDatabase}).
 */
class CrossBorderTest extends E2eTest {

    static final String PASSWORD = "DataPort-Demo-2026!";
    /** The demo merchant's (harbour-data) IMPORTANT-data SaaS listing; plan 0 is a subscription. */
    static final String IMPORTANT_LISTING = "Port Digital Twin";
    /** The demo catalogue's CORE listing (liangheng-quantum). */
    static final String CORE_LISTING = "QKD Secure Line";

    /** What each language must show; none of it may be a message key. */
    enum Language {
        EN("en-US", "en", "US",
                "Needs review before payment", "security assessment", "Legal basis:", "Cannot be provided abroad",
                "Place order and file the assessment", "Not filed yet", "Filed, waiting for compliance staff",
                "Approved", "Paid",
                "Verified: all", "Verification failed", "Cross-border routing decided",
                "Pre-transfer assessment decided", "Payment confirmed", "Delivered",
                "Seed: ", "Evidence requested", "Evidence received", "Compliant", "Closed",
                "Evidence sent, under review"),
        ZH("zh-CN", "zh", "DE",
                "付款前须经审核", "数据出境安全评估", "法律依据：", "不得向境外提供",
                "下单并提交出境前评估", "尚未提交", "已提交，等待合规人员审核",
                "已批准", "已付款",
                "核验通过", "核验失败", "出境路由决定",
                "出境前评估决定", "付款确认", "已交付",
                "种子：", "已要求证据", "已收到证据", "合规", "已结案",
                "证据已提交，审核中");

        final String locale, suffix, destination;
        final String needsReview, securityAssessment, legalBasis, blocked;
        final String requestReview, notFiled, filed, approved, paid;
        final String verified, failed, routedRecord, assessmentRecord, paymentRecord, deliveredRecord;
        final String seed, evidenceRequested, evidenceReceived, compliant, closed, merchantSent;

        Language(String locale, String suffix, String destination,
                String needsReview, String securityAssessment, String legalBasis, String blocked,
                String requestReview, String notFiled, String filed, String approved, String paid,
                String verified, String failed, String routedRecord, String assessmentRecord,
                String paymentRecord, String deliveredRecord,
                String seed, String evidenceRequested, String evidenceReceived, String compliant, String closed,
                String merchantSent) {
            this.locale = locale;
            this.suffix = suffix;
            this.destination = destination;
            this.needsReview = needsReview;
            this.securityAssessment = securityAssessment;
            this.legalBasis = legalBasis;
            this.blocked = blocked;
            this.requestReview = requestReview;
            this.notFiled = notFiled;
            this.filed = filed;
            this.approved = approved;
            this.paid = paid;
            this.verified = verified;
            this.failed = failed;
            this.routedRecord = routedRecord;
            this.assessmentRecord = assessmentRecord;
            this.paymentRecord = paymentRecord;
            this.deliveredRecord = deliveredRecord;
            this.seed = seed;
            this.evidenceRequested = evidenceRequested;
            this.evidenceReceived = evidenceReceived;
            this.compliant = compliant;
            this.closed = closed;
            this.merchantSent = merchantSent;
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aForeignBuyersImportantDataOrderIsReviewedPaidDeliveredVerifiedAndSpotChecked(Language lang)
            throws Exception {
        long listing = listingId("harbour-data", IMPORTANT_LISTING);
        useViewport(Viewport.DESKTOP, lang.locale);
        page.setViewportSize(1280, 900);
        new LoginPage(page).open().signIn("buyer@dataport.example", PASSWORD);

        // The listing page tells a buyer abroad before anything is ordered.
        ListingPage listingPage = new ListingPage(page);
        listingPage.open(String.valueOf(listing));
        ExportNotice onListing = listingPage.exportNotice();
        assertThat(onListing.outcomeCode()).isEqualTo("NEEDS_REVIEW");
        assertThat(onListing.outcome()).isEqualTo(lang.needsReview);
        assertTranslated(onListing.text());

        // Checkout: the chosen destination abroad routes the order to review, with reason and legal basis.
        CheckoutPage checkout = new CheckoutPage(page).open(listing, 0).from(lang.destination);
        ExportNotice atCheckout = checkout.exportNotice();
        assertThat(atCheckout.outcomeCode()).isEqualTo("NEEDS_REVIEW");
        assertThat(atCheckout.outcome()).isEqualTo(lang.needsReview);
        assertThat(atCheckout.text()).contains(lang.securityAssessment);
        String reason = atCheckout.reason();
        assertThat(reason).isNotBlank();
        assertThat(atCheckout.legalBasis()).startsWith(lang.legalBasis);
        assertTranslated(atCheckout.text());
        assertThat(checkout.payLabel()).isEqualTo(lang.requestReview);
        checkout.agree();
        shot(page, "crossborder-checkout-1280-" + lang.suffix);

        // The order waits: no payment before the assessment is filed and approved.
        AssessmentPage assessment = checkout.requestReview();
        long order = idAfter(page.url(), "/purchases/");
        assertThat(assessment.state()).isEqualTo(lang.notFiled);
        assertThat(assessment.payEnabled()).isFalse();
        assertThat(assessment.hold()).isNotBlank();
        assertThat(assessment.routingReason()).isEqualTo(reason);
        assertTranslated(assessment.routing());
        assessment.file(answers(lang));
        assertThat(assessment.state()).isEqualTo(lang.filed);
        assertThat(assessment.payEnabled()).isFalse();
        shot(page, "assessment-filed-1280-" + lang.suffix);

        // Compliance staff review it, in the same language, and approve with a condition.
        String number = E2eDatabase.orderNumber(order);
        Page staff = anotherPerson(Viewport.DESKTOP, lang.locale);
        staff.setViewportSize(1280, 900);
        new LoginPage(staff).open().signIn("compliance@dataport.example", PASSWORD);
        AssessmentReviewPage review = new AssessmentReviewPage(staff).openFromQueue(number);
        assertThat(review.routing()).contains(reason, lang.securityAssessment);
        assertThat(review.answers()).contains(answers(lang).get("recipient"));
        assertTranslated(review.answers());
        shot(staff, "assessment-review-1280-" + lang.suffix);
        Page staffPhone = anotherPerson(Viewport.MOBILE, lang.locale);
        new LoginPage(staffPhone).open().signIn("compliance@dataport.example", PASSWORD);
        staffPhone.navigate(staff.url());
        new AssessmentReviewPage(staffPhone).waitForVaadin();
        assertThat(staffPhone.locator("#assessment-decision")).isVisible();
        screenshotFitting(staffPhone, "assessment-review-390-" + lang.suffix);
        String condition = lang == Language.EN
                ? "Keep the data in the recipient's Frankfurt region; no onward transfer."
                : "数据仅存放于接收方法兰克福区域，不得再转移。";
        review.approve(condition);
        assertThat(review.state()).isEqualTo(lang.approved);

        // The buyer accepts the condition, then may pay through the Stripe emulator.
        assessment.open(order);
        assertThat(assessment.state()).isEqualTo(lang.approved);
        assertThat(assessment.conditions()).contains(condition);
        assertThat(assessment.payEnabled()).as("pay waits for the condition to be accepted").isFalse();
        assessment.acceptConditions();
        assertThat(assessment.payEnabled()).isTrue();
        shot(page, "assessment-approved-1280-" + lang.suffix);
        StripeHostedPage stripe = assessment.pay();
        CheckoutReturnPage back = stripe.payAndReturn();
        assertThat(back.status()).isEqualTo(lang.paid);

        Page merchant = anotherPerson(Viewport.DESKTOP, lang.locale);
        new LoginPage(merchant).open().signIn("merchant@dataport.example", PASSWORD);
        new MerchantOrderPage(merchant).open(order).markDelivered("Twin workspace opened for the buyer.");

        // The certificate: every step on record, the chain valid; a tampered row makes it fail.
        String certificate = E2eDatabase.certificateOf(order);
        new PurchasePage(page).open(order);
        page.locator("#certificate-link").click();
        page.waitForURL("**/verify/" + certificate);
        CertificatePage verify = new CertificatePage(page);
        verify.waitForVaadin();
        for (int i = 0; i < 30 && !containsAll(verify.records(), lang.routedRecord, lang.deliveredRecord); i++) {
            page.waitForTimeout(1000);
            verify.open(certificate);
        }
        assertThat(verify.verdictCode()).isEqualTo("VALID");
        assertThat(verify.verdict()).startsWith(lang.verified);
        assertThat(verify.records())
                .contains(lang.routedRecord, lang.assessmentRecord, lang.paymentRecord, lang.deliveredRecord);
        assertTranslated(page.locator("body").innerText());
        shot(page, "certificate-1280-" + lang.suffix);
        Page anonymousPhone = anotherPerson(Viewport.MOBILE, lang.locale);
        CertificatePage phone = new CertificatePage(anonymousPhone).open(certificate);
        assertThat(phone.verdictCode()).isEqualTo("VALID");
        screenshotFitting(anonymousPhone, "certificate-390-" + lang.suffix);

        E2eDatabase.whileRecordTampered(certificate, "DELIVERED", () -> {
            verify.open(certificate);
            assertThat(verify.verdictCode()).isEqualTo("TRADE_TAMPERED");
            assertThat(verify.verdict()).startsWith(lang.failed);
            assertThat(page.locator("#verify-problems")).isVisible();
            shot(page, "certificate-tampered-1280-" + lang.suffix);
        });
        verify.open(certificate);
        assertThat(verify.verdictCode()).as("the row restored").isEqualTo("VALID");

        // Afterwards: a spot-check campaign samples the trade; evidence is requested, uploaded and the case closed.
        String seed = lang == Language.EN ? "20261207" : "20261208";
        SpotChecksPage campaign = new SpotChecksPage(staff)
                .open()
                .start(lang == Language.EN ? "December cross-border check" : "十二月跨境抽查", seed);
        String campaignUrl = staff.url();
        assertThat(campaign.seedShown()).isEqualTo(lang.seed + seed);
        assertThat(campaign.caseOf(certificate)).hasCount(1);
        campaign.requestEvidence(certificate, lang == Language.EN
                ? "Please send the contract signed with the recipient abroad."
                : "请提供与境外接收方签订的合同。");
        assertThat(campaign.caseText(certificate)).contains(lang.evidenceRequested);
        assertTranslated(staff.locator("body").innerText());
        shot(staff, "campaign-1280-" + lang.suffix);

        SpotChecksPage upload = new SpotChecksPage(merchant)
                .uploadEvidence(order, "contract.pdf", TestFiles.pdf("Contract signed 2026-12-01"));
        assertThat(upload.merchantCaseText(order)).contains(lang.merchantSent);

        staff.navigate(campaignUrl);
        campaign.waitForVaadin();
        assertThat(campaign.caseText(certificate)).contains(lang.evidenceReceived, "contract.pdf");
        campaign.close(certificate, lang.compliant, lang == Language.EN ? "Contract in place." : "合同齐备。");
        assertThat(campaign.caseText(certificate)).contains(lang.closed, lang.compliant);

        // The campaign report: the CSV lists the closed case; the bilingual PDF is offered (the machine has a CJK font).
        com.microsoft.playwright.Download csv = staff.waitForDownload(() -> staff.locator("#campaign-csv").click());
        String report = new String(java.nio.file.Files.readAllBytes(csv.path()), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(report).contains(certificate, "COMPLIANT");
        com.microsoft.playwright.Download pdf = staff.waitForDownload(() -> staff.locator("#campaign-pdf").click());
        assertThat(new String(java.nio.file.Files.readAllBytes(pdf.path()), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");

        Page campaignPhone = anotherPerson(Viewport.MOBILE, lang.locale);
        new LoginPage(campaignPhone).open().signIn("compliance@dataport.example", PASSWORD);
        campaignPhone.navigate(campaignUrl);
        new SpotChecksPage(campaignPhone).waitForVaadin();
        assertThat(new SpotChecksPage(campaignPhone).caseText(certificate)).contains(lang.compliant);
        screenshotFitting(campaignPhone, "campaign-390-" + lang.suffix);
    }

    @Test
    void aCoreListingCannotBeOrderedFromAbroadAndAMainlandBuyerIsNotRouted() throws Exception {
        long core = listingId("liangheng-quantum", CORE_LISTING);
        long important = listingId("harbour-data", IMPORTANT_LISTING);
        page.setViewportSize(1280, 900);
        new LoginPage(page).open().signIn("buyer@dataport.example", PASSWORD);

        ListingPage listingPage = new ListingPage(page);
        listingPage.open(String.valueOf(core));
        assertThat(listingPage.exportNotice().outcomeCode()).isEqualTo("BLOCKED");
        assertThat(listingPage.exportNotice().outcome()).isEqualTo(Language.EN.blocked);

        CheckoutPage checkout = new CheckoutPage(page).open(core, 0).from("US").agree();
        assertThat(checkout.exportNotice().outcomeCode()).isEqualTo("BLOCKED");
        assertThat(checkout.exportNotice().reason()).isNotBlank();
        assertThat(checkout.exportNotice().legalBasis()).startsWith(Language.EN.legalBasis);
        assertTranslated(checkout.exportNotice().text());
        assertThat(checkout.payEnabled()).as("a BLOCKED order cannot be placed").isFalse();
        shot(page, "crossborder-blocked-1280-en");

        // A buyer in mainland China: no cross-border check at all, straight to payment, even for IMPORTANT data.
        CheckoutPage mainland = new CheckoutPage(page).open(important, 0).from("CN").agree();
        assertThat(mainland.exportNotice().shown()).isFalse();
        assertThat(mainland.payLabel()).isEqualTo("Pay with Stripe");
        StripeHostedPage stripe = mainland.pay();
        stripe.abandon();

        // The same in Chinese, on a phone.
        useViewport(Viewport.MOBILE, "zh-CN");
        new LoginPage(page).open().signIn("buyer@dataport.example", PASSWORD);
        CheckoutPage zh = new CheckoutPage(page).open(core, 0).from("JP").agree();
        assertThat(zh.exportNotice().outcome()).isEqualTo(Language.ZH.blocked);
        assertThat(zh.exportNotice().legalBasis()).startsWith(Language.ZH.legalBasis);
        assertTranslated(zh.exportNotice().text());
        assertThat(zh.payEnabled()).isFalse();
        screenshotFitting(page, "crossborder-blocked-390-zh");
        CheckoutPage zhMainland = new CheckoutPage(page).open(important, 0).from("CN").agree();
        assertThat(zhMainland.exportNotice().shown()).isFalse();
        assertThat(zhMainland.payLabel()).isEqualTo("通过 Stripe 付款");
    }

    @Test
    void theRulesTableIsPublicInBothLanguages() {
        for (Language lang : Language.values()) {
            for (Viewport viewport : Viewport.values()) {
                useViewport(viewport, lang.locale);
                if (viewport == Viewport.DESKTOP) {
                    page.setViewportSize(1280, 900);
                }
                RulesPage rules = new RulesPage(page).open();
                assertThat(rules.rules().count()).isGreaterThanOrEqualTo(10);
                assertThat(rules.heading()).isEqualTo(lang == Language.EN ? "Cross-border routing rules" : "数据出境判定规则");
                String text = page.locator("#routing-rules").innerText();
                assertThat(text).contains(lang.blocked, lang.securityAssessment);
                assertTranslated(text);
                screenshotFitting(page, "rules-" + (viewport == Viewport.DESKTOP ? "1280" : "390") + "-" + lang.suffix);
            }
        }
    }

    /** A full-page screenshot from the top (scrolled, the sticky header would be painted mid-page). */
    private static void shot(Page page, String name) {
        page.evaluate("() => window.scrollTo(0, 0)");
        screenshot(page, name);
    }

    /**
     * Saves the screenshot, then checks that nothing sticks out sideways, naming the elements that do (the screenshot
     * is taken first so a failure can be looked at).
     */
    private static void screenshotFitting(Page page, String name) {
        shot(page, name);
        Object wide = page.evaluate(
                """
                () => { const w = document.documentElement.clientWidth;
                  return [...document.querySelectorAll('body *')]
                    .filter(e => e.getBoundingClientRect().right > w + 1)
                    .slice(0, 8)
                    .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + [...e.classList].join('.'))
                    .join(', '); }
                """);
        assertThat(((Number) page.evaluate(
                        "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                        .intValue())
                .as("horizontal overflow at " + page.url() + " from " + wide)
                .isLessThanOrEqualTo(0);
    }

    /** No message key (e.g. {@code compliance.hold.filed}) may reach the page untranslated. */
    private static void assertTranslated(String text) {
        assertThat(text).doesNotContainPattern("\\b(shared|compliance|evidence|orders)\\.[a-z-]+\\.[a-zA-Z.-]+");
    }

    private static boolean containsAll(String text, String... parts) {
        for (String part : parts) {
            if (!text.contains(part)) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, String> answers(Language lang) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (String field : AssessmentPage.FIELDS) {
            answers.put(field, lang == Language.EN
                    ? "Answer on " + field + ": Harbour Analytics GmbH, Frankfurt, controlled by its board."
                    : "关于" + field + "的回答：接收方为法兰克福的港口分析有限公司。");
        }
        return answers;
    }

    /** The id of the merchant's listing with this English title, from the merchant's public page. */
    private long listingId(String merchantSlug, String title) {
        Page lookup = anotherPerson();
        lookup.navigate("/merchants/" + merchantSlug);
        new CheckoutReturnPage(lookup).waitForVaadin();
        lookup.locator("a[href^='listings/']")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(title))
                .first()
                .click();
        lookup.waitForURL("**/listings/**");
        return idAfter(lookup.url(), "/listings/");
    }

    private static long idAfter(String url, String prefix) {
        String rest = url.substring(url.indexOf(prefix) + prefix.length());
        return Long.parseLong(rest.replaceAll("[^0-9].*", ""));
    }
}
