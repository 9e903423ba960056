package dataport.evidence.ui;

import static dataport.delivery.PaidOrders.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import dataport.IntegrationTest;
import dataport.catalog.DeliveryMode;
import dataport.catalog.DemoSignIn;
import dataport.catalog.ListingDetails;
import dataport.delivery.DeliveryFixtures;
import dataport.delivery.PaidOrders;
import dataport.delivery.ui.SaleView;
import dataport.evidence.ChainTampering;
import dataport.evidence.EvidenceRecord;
import dataport.evidence.EvidenceVerifier;
import dataport.evidence.RoutedTrades;
import dataport.shared.Languages;
import dataport.shared.ui.NotFoundView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

@IntegrationTest
class CertificateViewTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    EvidenceVerifier verifier;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anyoneSeesATradesRecordsAndThatTheChainIsIntactThenThatATamperedRecordFails() {
        String certificate = new RoutedTrades(context).delivered(1, "GENERAL");
        new RoutedTrades(context).delivered(1, "PUBLIC");
        navigate("verify/" + certificate, CertificateView.class);

        assertThat($(Paragraph.class).id("verify-result").getText()).startsWith("Verified: all 3 records");
        assertThat($(Span.class).withClassName("dp-evidence-type").all())
                .extracting(Span::getText)
                .containsExactly("Order agreed", "Cross-border routing decided", "Delivered");

        EvidenceRecord routed = verifier.records(certificate).get(1);
        ChainTampering tampering = new ChainTampering(jdbc);
        tampering.withoutTriggers(() -> {
            tampering.update(routed.sequence(), "payload", routed.payload().replace("ALLOWED", "BLOCKED"));
            try {
                navigate("verify/" + certificate, CertificateView.class);
                assertThat($(Paragraph.class).id("verify-result").getText())
                        .isEqualTo("Verification failed: a record of this trade was changed, removed or moved after"
                                + " it was written.");
            } finally {
                tampering.update(routed.sequence(), "payload", routed.payload());
            }
        });
    }

    @Test
    void theVerdictReadsInChinese() {
        String certificate = new RoutedTrades(context).delivered(1, "GENERAL");
        UI.getCurrent().setLocale(Languages.CHINESE);
        navigate("verify/" + certificate, CertificateView.class);

        assertThat($(Paragraph.class).id("verify-result").getText()).startsWith("核验通过");
    }

    @Test
    void anUnknownCertificateShowsTheNotFoundPage() {
        navigate("verify/DP-2026-NONE-NONE-NONE", NotFoundView.class);
    }

    @Test
    void theVerifyPageTakesACertificateIdAndPublishesTheSigningKey() {
        String certificate = new RoutedTrades(context).delivered(1, "GENERAL");
        navigate("verify/trade", VerifyTradeView.class);
        assertThat($(Pre.class).id("public-key").getText()).startsWith("-----BEGIN PUBLIC KEY-----");

        $(TextField.class).id("certificate-field").setValue("DP-2026-AAAA-BBBB-CCCC");
        test($(Button.class).id("check-certificate")).click();
        assertThat($(TextField.class).id("certificate-field").isInvalid()).isTrue();
        assertThat($(TextField.class).id("certificate-field").getValue())
                .as("what was typed stays")
                .isEqualTo("DP-2026-AAAA-BBBB-CCCC");

        $(TextField.class).id("certificate-field").setValue(" " + certificate.toLowerCase() + " ");
        test($(Button.class).id("check-certificate")).click();
        assertThat($(CertificateView.class).exists()).isTrue();
    }

    @Test
    void theMerchantsOrderPageLinksToTheTradesCertificate() {
        DeliveryFixtures f = new DeliveryFixtures(context);
        PaidOrders orders = new PaidOrders(context);
        ListingDetails listing =
                orders.listing(DeliveryMode.DEDICATED_LINE, l -> l.merchant().id() == f.demoMerchantId());
        long order = orders.paidOrder(listing);
        await(() -> verifier.certificateOf(order).isPresent(), "the certificate is issued");
        DemoSignIn.as(f.accountsSignIn(), DemoSignIn.MERCHANT);

        navigate("workspace/orders/" + order, SaleView.class);
        Anchor link = $(Anchor.class).id("certificate-link");
        assertThat(link.getHref())
                .isEqualTo("verify/" + verifier.certificateOf(order).orElseThrow());
    }
}
