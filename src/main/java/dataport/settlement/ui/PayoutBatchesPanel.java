package dataport.settlement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dataport.settlement.BankPayouts;
import dataport.settlement.BankPayouts.BatchLine;
import dataport.settlement.PayoutBatchSummary;
import dataport.settlement.PayoutStatus;
import dataport.shared.Money;
import dataport.shared.ui.Times;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/**
 * The batches: "Run payout batch" (every verified mainland merchant's CNY available, one pain.001 file), then each
 * batch with its totals, status and file; selecting a batch lists its payouts with paid / failed and the bank's reason.
 */
class PayoutBatchesPanel extends Div {

    private final BankPayouts bankPayouts;
    private final Runnable changed;
    final Grid<PayoutBatchSummary> grid = new Grid<>();
    final Grid<BatchLine> lines = new Grid<>();

    PayoutBatchesPanel(BankPayouts bankPayouts, Runnable changed) {
        this.bankPayouts = bankPayouts;
        this.changed = changed;
        addClassName("dp-section");
        Button run = new Button(getTranslation("settlement-bank.admin.run"), e -> run());
        run.setId("run-batch");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Paragraph help = new Paragraph(getTranslation("settlement-bank.admin.run.help"));
        help.addClassName("dp-muted");

        grid.setId("batches");
        grid.setAllRowsVisible(true);
        grid.addColumn(b -> Times.format(getLocale(), b.createdAt()))
                .setHeader(getTranslation("settlement-bank.admin.batch.created"))
                .setAutoWidth(true);
        grid.addColumn(PayoutBatchSummary::messageId)
                .setHeader(getTranslation("settlement-bank.admin.batch.message"))
                .setAutoWidth(true);
        grid.addColumn(b -> Money.ofMinor(b.totalMinor(), b.currency()).format(getLocale()))
                .setHeader(getTranslation("settlement-bank.admin.batch.total"));
        grid.addColumn(b -> getTranslation(
                        "settlement-bank.admin.batch.counts",
                        b.payoutCount(),
                        b.paidCount(),
                        b.failedCount(),
                        b.inTransitCount()))
                .setHeader(getTranslation("settlement-bank.admin.batch.payouts"));
        grid.addColumn(b -> getTranslation(
                        b.settled() ? "settlement-bank.admin.batch.settled" : "settlement-bank.admin.batch.in-transit"))
                .setHeader(getTranslation("settlement-bank.admin.batch.status"));
        grid.addComponentColumn(this::download).setHeader(getTranslation("settlement-bank.admin.batch.file"));
        grid.addSelectionListener(e -> showLines(e.getFirstSelectedItem().orElse(null)));

        lines.setId("batch-lines");
        lines.setAllRowsVisible(true);
        lines.setVisible(false);
        lines.addColumn(BatchLine::endToEndId)
                .setHeader(getTranslation("settlement-bank.admin.line.reference"))
                .setAutoWidth(true);
        lines.addColumn(BatchLine::beneficiaryName).setHeader(getTranslation("settlement-bank.account.beneficiary"));
        lines.addColumn(l ->
                        Money.ofMinor(l.amountMinor(), l.payout().currency()).format(getLocale()))
                .setHeader(getTranslation("settlement-bank.admin.line.amount"));
        lines.addColumn(l -> getTranslation(
                        "settlement-bank.payout.status." + l.payout().status()))
                .setHeader(getTranslation("settlement-bank.admin.batch.status"));
        lines.addColumn(this::reason).setHeader(getTranslation("settlement-bank.admin.line.reason"));

        add(new H2(getTranslation("settlement-bank.admin.batches.title")), help, run, grid, lines);
        refresh();
    }

    void run() {
        bankPayouts
                .runBatch()
                .ifPresentOrElse(
                        batch -> Notification.show(
                                getTranslation(
                                        "settlement-bank.admin.run.done",
                                        batch.payoutCount(),
                                        Money.ofMinor(batch.totalMinor(), batch.currency())
                                                .format(getLocale())),
                                5000,
                                Notification.Position.BOTTOM_CENTER),
                        () -> Notification.show(
                                getTranslation("settlement-bank.admin.run.nothing"),
                                5000,
                                Notification.Position.BOTTOM_CENTER));
        changed.run();
    }

    private Component download(PayoutBatchSummary batch) {
        Anchor link = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    BankPayouts.BatchFile file = bankPayouts.file(batch.id());
                    byte[] bytes = file.xml().getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes), file.fileName(), "application/xml", bytes.length);
                }),
                getTranslation("settlement-bank.admin.batch.download"));
        link.setId("download-" + batch.id());
        return link;
    }

    private String reason(BatchLine line) {
        if (line.payout().status() != PayoutStatus.FAILED) {
            return "";
        }
        String code = line.payout().failureCode();
        return code + " — " + getTranslation(BankPayouts.reasonKey(code), code);
    }

    private void showLines(PayoutBatchSummary batch) {
        lines.setVisible(batch != null);
        if (batch != null) {
            lines.setItems(bankPayouts.lines(batch.id()));
        }
    }

    void refresh() {
        var selected = grid.getSelectedItems().stream().findFirst().map(PayoutBatchSummary::id);
        var items = bankPayouts.batches(50);
        grid.setItems(items);
        selected.flatMap(id -> items.stream().filter(b -> b.id() == id).findFirst())
                .ifPresent(grid::select);
    }
}
