package dataport.settlement.ui;

import static dataport.delivery.PaidOrders.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import dataport.IntegrationTest;
import dataport.catalog.DeliveryMode;
import dataport.catalog.DemoSignIn;
import dataport.delivery.DeliveryFixtures;
import dataport.delivery.PaidOrders;
import dataport.delivery.Purchases;
import dataport.settlement.DisputeService;
import dataport.settlement.SettlementState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

@IntegrationTest
class DisputesViewTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    DisputeService disputes;

    @Autowired
    Purchases purchases;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void complianceReleasesADisputedPaymentToTheMerchantAndTheDecisionIsAudited() {
        DeliveryFixtures f = new DeliveryFixtures(context);
        PaidOrders orders = new PaidOrders(context);
        long order = orders.paidOrder(orders.listing(DeliveryMode.DEDICATED_LINE, l -> true));
        await(() -> purchases.purchase(order).orElseThrow().entitlement() != null, "the entitlement is granted");
        long dispute = disputes.openAsBuyer(order, "Nothing was delivered.");

        DemoSignIn.as(f.accountsSignIn(), DemoSignIn.COMPLIANCE);
        navigate(DisputesView.class);
        $(TextField.class).all().stream()
                .filter(t -> t.getParent().flatMap(p -> p.getId()).orElse("").equals("dispute-" + dispute))
                .findFirst()
                .ifPresent(t -> t.setValue("Delivery log shows the line live."));
        test($(Button.class).id("dispute-release-" + dispute)).click();

        assertThat(disputes.settlementOf(order).orElseThrow().state()).isEqualTo(SettlementState.RELEASED);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'dispute.released' AND subject_id = ?",
                        Long.class,
                        Long.toString(dispute)))
                .isEqualTo(1);
        assertThat($(Button.class).all())
                .noneMatch(b -> ("dispute-release-" + dispute).equals(b.getId().orElse("")));
    }
}
