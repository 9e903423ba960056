package dataport.settlement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dataport.settlement.Reconciliation;
import dataport.settlement.ReconciliationReport;
import dataport.settlement.ReconciliationReport.Difference;
import dataport.shared.Languages;
import dataport.shared.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * {@code /admin/reconciliation}: staff compare one month of the ledger with Stripe's balance transactions and the
 * payouts' records, and see every difference (missing in the ledger, missing at Stripe, amount or status differs).
 */
@Route(value = ReconciliationView.ROUTE, layout = MainLayout.class)
@RolesAllowed("ADMIN")
@StyleSheet("themes/dataport/finance.css")
public class ReconciliationView extends Div implements HasDynamicTitle {

    public static final String ROUTE = "admin/reconciliation";

    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter CHINESE = DateTimeFormatter.ofPattern("yyyy年M月", Locale.ROOT);

    final Select<YearMonth> month = new Select<>();
    final Button compare = new Button();
    final Div summary = new Div();
    final Grid<Difference> differences = new Grid<>();
    private final Reconciliation reconciliation;

    ReconciliationView(Reconciliation reconciliation) {
        this.reconciliation = reconciliation;
        addClassNames("dp-page", "dp-finance");
        Paragraph lead = new Paragraph(getTranslation("finance.reconciliation.lead"));
        lead.addClassName("dp-muted");
        month.setLabel(getTranslation("finance.statement.pick"));
        month.setId("reconciliation-month");
        month.setItems(reconciliation.months());
        month.setItemLabelGenerator(m -> (Languages.isChinese(getLocale()) ? CHINESE : ENGLISH).format(m));
        month.setValue(reconciliation.months().getFirst());
        compare.setText(getTranslation("finance.reconciliation.compare"));
        compare.setId("reconcile");
        compare.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        compare.addClickListener(e -> show(reconciliation.run(month.getValue())));
        Div bar = new Div(month, compare);
        bar.addClassName("dp-filters");
        summary.setId("reconciliation-summary");
        summary.addClassName("dp-reconciliation-summary");
        differences.setId("differences");
        differences
                .addColumn(d -> getTranslation("finance.reconciliation.kind." + d.kind()))
                .setHeader(getTranslation("finance.reconciliation.kind"))
                .setFlexGrow(2);
        differences
                .addColumn(d -> getTranslation("finance.reconciliation.area." + d.area()))
                .setHeader(getTranslation("finance.reconciliation.area"));
        differences
                .addColumn(this::reference)
                .setHeader(getTranslation("finance.reconciliation.reference"))
                .setFlexGrow(3);
        differences
                .addColumn(d -> amount(d.ledgerMinor(), d.currency()))
                .setHeader(getTranslation("finance.reconciliation.ledger"))
                .setTextAlign(ColumnTextAlign.END);
        differences
                .addColumn(d -> amount(d.otherMinor(), d.currency()))
                .setHeader(getTranslation("finance.reconciliation.other"))
                .setTextAlign(ColumnTextAlign.END);
        differences
                .addColumn(d -> d.detail() == null ? "" : d.detail())
                .setHeader(getTranslation("finance.reconciliation.detail"));
        differences.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        differences.setEmptyStateText(getTranslation("finance.reconciliation.none"));
        differences.setVisible(false);
        add(new H1(getTranslation("finance.reconciliation.title")), lead, bar, summary, differences);
    }

    void show(ReconciliationReport report) {
        summary.removeAll();
        summary.add(
                fact("finance.reconciliation.ledger-charges", report.ledgerCharges()),
                fact("finance.reconciliation.ledger-refunds", report.ledgerRefunds()),
                fact("finance.reconciliation.payouts", report.payoutsChecked()),
                fact("finance.reconciliation.stripe-transactions", report.stripeTransactions()));
        if (report.stripeError() != null) {
            Span error = new Span(getTranslation("finance.reconciliation.stripe-unavailable", report.stripeError()));
            error.addClassName("dp-reconciliation-diff");
            error.setId("stripe-unavailable");
            summary.add(error);
        }
        Span verdict = new Span(
                report.differences().isEmpty()
                        ? getTranslation("finance.reconciliation.clean")
                        : getTranslation(
                                "finance.reconciliation.found",
                                report.differences().size()));
        verdict.addClassName(report.differences().isEmpty() ? "dp-reconciliation-ok" : "dp-reconciliation-diff");
        verdict.setId("reconciliation-verdict");
        summary.add(verdict);
        differences.setItems(report.differences());
        differences.setVisible(true);
    }

    private Span fact(String key, int count) {
        return new Span(getTranslation(key, count));
    }

    private String reference(Difference d) {
        StringBuilder text = new StringBuilder(d.reference() == null ? "" : d.reference());
        if (d.orderNumber() != null) {
            text.append(" · ").append(d.orderNumber());
        }
        return text.toString();
    }

    private String amount(Long minor, String currency) {
        return minor == null || currency == null ? "—" : Amounts.of(minor, currency, getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("finance.reconciliation.title") + " · " + getTranslation("app.name");
    }
}
