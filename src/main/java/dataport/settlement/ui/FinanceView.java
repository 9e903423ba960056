package dataport.settlement.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import dataport.settlement.MerchantFinance;
import dataport.shared.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;

/**
 * {@code /workspace/finance}: a merchant member's money. Balances per currency, the monthly statement, every order's
 * money line and every payout. Grids load lazily with counts and drop columns on a phone.
 */
@Route(value = FinanceView.ROUTE, layout = MainLayout.class)
@RolesAllowed("MERCHANT")
@StyleSheet("themes/dataport/finance.css")
public class FinanceView extends Div implements HasDynamicTitle {

    public static final String ROUTE = "workspace/finance";
    /** Below this window width (px) the grids show fewer columns. */
    static final int NARROW = 700;

    OrderMoneyGrid orders;
    PayoutGrid payouts;
    private Registration resizing;

    FinanceView(MerchantFinance finance) {
        addClassNames("dp-page", "dp-finance");
        add(new H1(getTranslation("finance.title")));
        if (finance.merchant().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("finance.no-merchant"));
            none.setId("no-merchant");
            add(none);
            return;
        }
        Paragraph lead = new Paragraph(getTranslation("finance.lead"));
        lead.addClassName("dp-muted");
        orders = new OrderMoneyGrid(finance);
        payouts = new PayoutGrid(finance);
        add(lead, new BalanceCards(finance.balances()), new StatementDownloads(finance), orders, payouts);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (orders == null) {
            return;
        }
        Page page = event.getUI().getPage();
        page.retrieveExtendedClientDetails(details -> fit(details.getWindowInnerWidth()));
        resizing = page.addBrowserWindowResizeListener(e -> fit(e.getWidth()));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (resizing != null) {
            resizing.remove();
        }
    }

    void fit(int windowWidth) {
        boolean narrow = windowWidth > 0 && windowWidth < NARROW;
        orders.fit(narrow);
        payouts.fit(narrow);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("finance.title") + " · " + getTranslation("app.name");
    }
}
