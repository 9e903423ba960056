package dataport.settlement.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dataport.settlement.MerchantFinance;
import dataport.settlement.StatementFile;
import dataport.shared.Languages;
import java.io.ByteArrayInputStream;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;

/**
 * The monthly statement: pick a month, download it as CSV or PDF. Each link is made for the month picked, and the
 * file is made in the download request (the service checks again whose statement it is).
 */
class StatementDownloads extends Div {

    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter CHINESE = DateTimeFormatter.ofPattern("yyyy年M月", Locale.ROOT);

    final Select<YearMonth> month = new Select<>();
    final Anchor csv = new Anchor();
    final Anchor pdf = new Anchor();
    private final MerchantFinance finance;

    StatementDownloads(MerchantFinance finance) {
        this.finance = finance;
        addClassName("dp-section");
        setId("statement");
        month.setLabel(getTranslation("finance.statement.pick"));
        month.setId("statement-month");
        month.setItems(finance.statementMonths());
        month.setItemLabelGenerator(m -> (Languages.isChinese(getLocale()) ? CHINESE : ENGLISH).format(m));
        csv.setText(getTranslation("finance.statement.csv"));
        csv.setId("statement-csv");
        csv.addClassName("dp-button-link");
        pdf.setText(getTranslation("finance.statement.pdf"));
        pdf.setId("statement-pdf");
        pdf.addClassName("dp-button-link");
        Paragraph hint = new Paragraph(getTranslation("finance.statement.hint"));
        hint.addClassName("dp-muted");
        Div links = new Div(csv);
        links.addClassName("dp-finance-downloads");
        add(new H2(getTranslation("finance.statement.section")), hint, month, links);
        if (finance.pdfAvailable()) {
            links.add(pdf);
        } else {
            Paragraph unavailable = new Paragraph(getTranslation("finance.statement.pdf-unavailable"));
            unavailable.addClassName("dp-muted");
            unavailable.setId("statement-pdf-unavailable");
            add(unavailable);
        }
        month.addValueChangeListener(e -> link(e.getValue()));
        month.getListDataView().getItems().findFirst().ifPresent(month::setValue);
    }

    private void link(YearMonth value) {
        if (value == null) {
            return;
        }
        csv.setHref(handler(m -> finance.statementCsv(m), value));
        pdf.setHref(handler(m -> finance.statementPdf(m), value));
    }

    private static DownloadHandler handler(Function<YearMonth, StatementFile> make, YearMonth month) {
        return DownloadHandler.fromInputStream(event -> {
            StatementFile file = make.apply(month);
            return new DownloadResponse(
                    new ByteArrayInputStream(file.content()),
                    file.fileName(),
                    file.contentType(),
                    file.content().length);
        });
    }
}
