package dataport.settlement.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import dataport.IntegrationTest;
import dataport.catalog.DemoSignIn;
import dataport.settlement.MerchantFinance;
import dataport.shared.Languages;
import java.time.YearMonth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.context.SecurityContextHolder;

@IntegrationTest
class FinanceViewTest extends SpringBrowserlessTest {

    @Autowired
    AuthenticationProvider signIn;

    @Autowired
    MerchantFinance finance;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theMerchantSeesBalancesOrderLinesPayoutsAndStatementLinksForThisMonth() {
        DemoSignIn.as(signIn, DemoSignIn.MERCHANT);

        navigate(FinanceView.ROUTE, FinanceView.class);

        assertThat($(Div.class).id("balances").isVisible()).isTrue();
        assertThat($(Grid.class).id("order-lines").isVisible()).isTrue();
        assertThat($(Grid.class).id("payouts").isVisible()).isTrue();
        assertThat($(Span.class).id("order-lines-count").getText()).isEqualTo(finance.countOrderLines() + " orders");
        assertThat($(Span.class).id("payouts-count").getText()).isEqualTo(finance.countPayouts() + " payouts");
        assertThat($(Select.class).id("statement-month").getValue())
                .isEqualTo(YearMonth.now(MerchantFinance.STATEMENT_ZONE));
        assertThat($(Anchor.class).id("statement-csv").getHref()).isNotBlank();
        assertThat($(Anchor.class).id("statement-pdf").getHref()).isNotBlank();
        assertThat($(Anchor.class).id("statement-pdf").getText()).isEqualTo("Download PDF");
    }

    @Test
    void onAPhoneTheGridsKeepTheirEssentialColumns() {
        DemoSignIn.as(signIn, DemoSignIn.MERCHANT);
        // navigate() returns Spring's proxy of the view (method security): its fields read null, so find the grids.
        FinanceView view = navigate(FinanceView.ROUTE, FinanceView.class);
        Grid<?> orders = $(Grid.class).id("order-lines");
        Grid<?> payouts = $(Grid.class).id("payouts");

        view.fit(390);
        assertThat(orders.getColumns().stream().filter(Grid.Column::isVisible)).hasSize(3);
        assertThat(orders.hasClassName("dp-narrow")).isTrue();
        assertThat(payouts.getColumns().stream().filter(Grid.Column::isVisible)).hasSize(3);

        view.fit(1280);
        assertThat(orders.getColumns().stream().filter(Grid.Column::isVisible)).hasSize(7);
        assertThat(payouts.getColumns().stream().filter(Grid.Column::isVisible)).hasSize(5);
    }

    @Test
    void thePageSpeaksChinese() {
        DemoSignIn.as(signIn, DemoSignIn.MERCHANT);
        UI.getCurrent().setLocale(Languages.CHINESE);

        navigate(FinanceView.ROUTE, FinanceView.class);

        assertThat($(Anchor.class).id("statement-csv").getText()).isEqualTo("下载 CSV");
        assertThat($(Span.class).id("order-lines-count").getText()).startsWith("共 ");
    }
}
