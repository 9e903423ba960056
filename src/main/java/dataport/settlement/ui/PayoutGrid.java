package dataport.settlement.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import dataport.settlement.BankPayouts;
import dataport.settlement.MerchantFinance;
import dataport.settlement.PayoutRail;
import dataport.settlement.PayoutStatus;
import dataport.settlement.PayoutSummary;
import dataport.shared.ui.Times;

/** Every payout, newest first, lazily with a count: amount, rail, status, the rail's reference or why it failed. */
class PayoutGrid extends Div {

    final Grid<PayoutSummary> grid = new Grid<>();
    private final Grid.Column<PayoutSummary> rail;
    private final Grid.Column<PayoutSummary> settled;

    PayoutGrid(MerchantFinance finance) {
        addClassName("dp-section");
        long count = finance.countPayouts();
        Span counter = new Span(getTranslation("finance.payouts.count", count));
        counter.addClassName("dp-muted");
        counter.setId("payouts-count");
        grid.setId("payouts");
        grid.addColumn(p -> Times.format(getLocale(), p.createdAt()))
                .setHeader(getTranslation("finance.payouts.created"))
                .setFlexGrow(2);
        grid.addColumn(p -> Amounts.of(p.amountMinor(), p.currency(), getLocale()))
                .setHeader(getTranslation("finance.payouts.amount"))
                .setTextAlign(ColumnTextAlign.END);
        rail = grid.addColumn(p -> getTranslation("finance.rail." + p.rail()))
                .setHeader(getTranslation("finance.payouts.rail"));
        grid.addComponentColumn(this::statusCell)
                .setHeader(getTranslation("finance.payouts.status"))
                .setFlexGrow(3);
        settled = grid.addColumn(p -> Times.format(getLocale(), p.settledAt()))
                .setHeader(getTranslation("finance.payouts.settled"))
                .setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setEmptyStateText(getTranslation("finance.payouts.empty"));
        grid.setAllRowsVisible(count <= 10);
        grid.setItems(query -> finance.payouts(query.getOffset(), query.getLimit()).stream(), query ->
                (int) finance.countPayouts());
        add(new H2(getTranslation("finance.payouts.title")), counter, grid);
    }

    void fit(boolean narrow) {
        rail.setVisible(!narrow);
        settled.setVisible(!narrow);
    }

    private Div statusCell(PayoutSummary p) {
        Span badge = new Span(getTranslation("finance.payout-status." + p.status()));
        badge.addClassName("dp-badge");
        if (p.status() == PayoutStatus.FAILED) {
            badge.addClassName("dp-badge-warning");
        }
        badge.getElement().setAttribute("data-status", p.status().name());
        Div cell = new Div(badge);
        if (p.status() == PayoutStatus.FAILED) {
            // A bank's reason code is explained in the reader's language; Stripe's own message is shown as Stripe gave
            // it.
            String reason = p.rail() == PayoutRail.BANK_FILE && p.failureCode() != null
                    ? p.failureCode() + " — " + getTranslation(BankPayouts.reasonKey(p.failureCode()), p.failureCode())
                    : p.failureReason() != null ? p.failureReason() : p.failureCode();
            Span why = new Span(getTranslation("finance.payouts.reason", reason == null ? "" : reason));
            why.addClassName("dp-payout-reason");
            cell.add(new Div(why));
        } else if (p.externalRef() != null) {
            Span ref = new Span(p.externalRef());
            ref.addClassName("dp-muted");
            cell.add(new Div(ref));
        }
        return cell;
    }
}
