package dataport.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dataport.IntegrationTest;
import dataport.catalog.DemoSignIn;
import dataport.delivery.DeliveryFixtures;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.context.SecurityContextHolder;

@IntegrationTest
class SpotChecksTest {

    static final byte[] PDF = "%PDF-1.7\nevidence\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    ApplicationContext context;

    @Autowired
    SpotChecks spotChecks;

    @Autowired
    AuthenticationProvider signIn;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    private SpotCheckCampaignView campaign(long seed, int size) {
        DemoSignIn.as(signIn, DemoSignIn.COMPLIANCE);
        return spotChecks.start(new SpotChecks.NewCampaign("Test " + seed, today(), today(), size, seed, 14));
    }

    @Test
    void aCampaignSamplesTheTradeAndItsCaseGoesFromRequestToUploadToAFinding() {
        long merchant = new DeliveryFixtures(context).demoMerchantId();
        String certificate = new RoutedTrades(context).delivered(merchant, "IMPORTANT");
        SpotCheckCampaignView campaign = campaign(42, SpotChecks.MAX_SAMPLE);
        assertThat(campaign.seed()).isEqualTo(42);
        SpotCheckCaseView c = spotChecks.cases(campaign.id()).stream()
                .filter(k -> k.certificateId().equals(certificate))
                .findFirst()
                .orElseThrow();
        assertThat(c.classification()).isEqualTo("IMPORTANT");

        spotChecks.requestEvidence(c.id(), "Send the recipient's signed standard contract.");
        DemoSignIn.as(signIn, DemoSignIn.MERCHANT);
        assertThat(spotChecks.myCases()).extracting(SpotCheckCaseView::id).contains(c.id());
        assertThatThrownBy(() -> spotChecks.submitEvidence(c.id(), "contract.pdf", "not a pdf".getBytes()))
                .isInstanceOf(SpotCheckRefused.class)
                .hasMessage("evidence.spot.refused.type");
        SpotCheckCaseView sent = spotChecks.submitEvidence(c.id(), "contract.pdf", PDF);
        assertThat(sent.status()).isEqualTo(SpotCheckCase.Status.EVIDENCE_SUBMITTED);

        DemoSignIn.as(signIn, DemoSignIn.COMPLIANCE);
        assertThat(spotChecks.evidence(c.id()).orElseThrow().bytes()).isEqualTo(PDF);
        spotChecks.close(c.id(), SpotCheckCase.Finding.COMPLIANT, "Contract on file.");
        assertThatThrownBy(() -> spotChecks.close(c.id(), SpotCheckCase.Finding.ESCALATED, null))
                .hasMessage("evidence.spot.refused.closed");
        assertThat(spotChecks.csv(campaign.id()))
                .contains(certificate)
                .contains("COMPLIANT")
                .contains("Contract on file.");
        assertThat(spotChecks.pdfAvailable())
                .as("a CJK TrueType font is installed here")
                .isTrue();
        byte[] pdf = spotChecks.pdf(campaign.id());
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pdf.length).isGreaterThan(1000);
    }

    @Test
    void theMerchantsMembersAreMailedInTheirLanguageWhenEvidenceIsRequested() {
        long merchant = new DeliveryFixtures(context).demoMerchantId();
        String certificate = new RoutedTrades(context).delivered(merchant, "GENERAL");
        SpotCheckCampaignView campaign = campaign(7, SpotChecks.MAX_SAMPLE);
        long caseId = spotChecks.cases(campaign.id()).stream()
                .filter(k -> k.certificateId().equals(certificate))
                .findFirst()
                .orElseThrow()
                .id();

        spotChecks.requestEvidence(caseId, "Send the access log of the delivery.");

        var jdbc = context.getBean(org.springframework.jdbc.core.JdbcTemplate.class);
        assertThat(jdbc.queryForList(
                        "SELECT body FROM outgoing_mail WHERE recipient = ? AND subject LIKE ?",
                        String.class,
                        DemoSignIn.MERCHANT,
                        "%" + certificate + "%"))
                .singleElement()
                .asString()
                .contains("Send the access log of the delivery.")
                .contains("/workspace/spot-checks");
    }

    @Test
    void theSameSeedOverTheSamePeriodSamplesTheSameTrades() {
        RoutedTrades trades = new RoutedTrades(context);
        for (int i = 0; i < 6; i++) {
            trades.delivered(1, i % 2 == 0 ? "GENERAL" : "PUBLIC");
        }
        SpotCheckCampaignView first = campaign(7, 3);
        SpotCheckCampaignView second = campaign(7, 3);

        assertThat(spotChecks.cases(second.id()))
                .extracting(SpotCheckCaseView::certificateId)
                .isEqualTo(spotChecks.cases(first.id()).stream()
                        .map(SpotCheckCaseView::certificateId)
                        .toList());
        assertThat(spotChecks.strata(first.id())).containsKeys("PUBLIC", "GENERAL");
    }

    @Test
    void anotherMerchantCannotSendEvidenceForACase() {
        String certificate = new RoutedTrades(context).delivered(999_999_999L, "GENERAL");
        SpotCheckCampaignView campaign = campaign(3, SpotChecks.MAX_SAMPLE);
        long caseId = spotChecks.cases(campaign.id()).stream()
                .filter(k -> k.certificateId().equals(certificate))
                .findFirst()
                .orElseThrow()
                .id();
        spotChecks.requestEvidence(caseId, "Anything.");
        DemoSignIn.as(signIn, DemoSignIn.MERCHANT);

        assertThatThrownBy(() -> spotChecks.submitEvidence(caseId, "a.pdf", PDF))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aCaseIsOverdueOnlyWhileRequestedEvidenceIsLate() {
        SpotCheckCase c = new SpotCheckCase(1, new StratifiedSample.Candidate("DP-1", 1, 1, "PUBLIC"));
        Instant asked = Instant.parse("2026-12-01T00:00:00Z");
        Instant due = asked.plusSeconds(14 * 86_400);
        c.requestEvidence("Send it.", asked, due);

        assertThat(c.isOverdueAt(due)).isFalse();
        assertThat(c.isOverdueAt(due.plusSeconds(1))).isTrue();
        c.submitEvidence("a.pdf", "application/pdf", PDF, "x", due.plusSeconds(2));
        assertThat(c.isOverdueAt(due.plusSeconds(3))).isFalse();
    }
}
