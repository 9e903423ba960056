package dataport.evidence.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import dataport.IntegrationTest;
import dataport.catalog.DemoSignIn;
import dataport.delivery.DeliveryFixtures;
import dataport.evidence.RoutedTrades;
import dataport.evidence.SpotCheckCase;
import dataport.evidence.SpotCheckCaseView;
import dataport.evidence.SpotChecks;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.context.SecurityContextHolder;

@IntegrationTest
class SpotCheckViewsTest extends SpringBrowserlessTest {

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

    @Test
    void staffStartACampaignSeeItsSeedAndAskTheMerchantWhoUploadsEvidence() {
        long merchant = new DeliveryFixtures(context).demoMerchantId();
        String certificate = new RoutedTrades(context).delivered(merchant, "IMPORTANT");
        DemoSignIn.as(signIn, DemoSignIn.COMPLIANCE);
        navigate("compliance/spot-checks", SpotChecksView.class);

        $(TextField.class).id("campaign-title").setValue("December cross-border check");
        $(TextField.class).id("campaign-seed").setValue("20261207");
        test($(Button.class).id("start-campaign")).click();

        assertThat($(CampaignView.class).exists()).isTrue();
        assertThat($(Paragraph.class).id("campaign-seed-shown").getText()).isEqualTo("Seed: 20261207");
        long campaignId = spotChecks.campaigns().getFirst().id();
        SpotCheckCaseView mine = spotChecks.cases(campaignId).stream()
                .filter(c -> c.certificateId().equals(certificate))
                .findFirst()
                .orElseThrow();
        var card = $(CaseCard.class).id("case-" + mine.id());
        card.request.setValue("Send the signed standard contract.");
        test($(Button.class).withClassName("dp-case-request-button").from(card).single())
                .click();
        assertThat(spotChecks.cases(campaignId).stream()
                        .filter(c -> c.id() == mine.id())
                        .findFirst()
                        .orElseThrow()
                        .status())
                .isEqualTo(SpotCheckCase.Status.EVIDENCE_REQUESTED);

        DemoSignIn.as(signIn, DemoSignIn.MERCHANT);
        navigate("workspace/spot-checks", MerchantSpotChecksView.class);
        EvidenceUploadCard upload = $(EvidenceUploadCard.class).id("my-case-" + mine.id());
        upload.received("contract.txt", "not a pdf".getBytes(StandardCharsets.US_ASCII));
        assertThat(upload.error.getText()).isEqualTo("Send a PDF, PNG or JPEG file.");
        upload.received("contract.pdf", "%PDF-1.7\n%%EOF".getBytes(StandardCharsets.US_ASCII));
        assertThat($(EvidenceUploadCard.class).id("my-case-" + mine.id()))
                .extracting(c -> c.getElement().getTextRecursively())
                .asString()
                .contains("Evidence sent, under review");
    }

    @Test
    void aCampaignWithoutATitleIsRefusedAndWhatWasTypedStays() {
        DemoSignIn.as(signIn, DemoSignIn.COMPLIANCE);
        navigate("compliance/spot-checks", SpotChecksView.class);
        $(TextField.class).id("campaign-seed").setValue("12");
        test($(Button.class).id("start-campaign")).click();

        assertThat($(Paragraph.class).id("campaign-error").getText()).isEqualTo("Give the campaign a title.");
        assertThat($(TextField.class).id("campaign-seed").getValue()).isEqualTo("12");
        assertThat($(SpotChecksView.class).exists()).isTrue();
    }

    @Test
    void aNegativeSeedIsRefusedNextToTheField() {
        DemoSignIn.as(signIn, DemoSignIn.COMPLIANCE);
        navigate("compliance/spot-checks", SpotChecksView.class);
        $(TextField.class).id("campaign-title").setValue("Seed check");
        $(TextField.class).id("campaign-seed").setValue("-3");
        test($(Button.class).id("start-campaign")).click();

        assertThat($(TextField.class).id("campaign-seed").isInvalid()).isTrue();
        assertThat($(SpotChecksView.class).exists())
                .as("no campaign was started")
                .isTrue();
    }
}
