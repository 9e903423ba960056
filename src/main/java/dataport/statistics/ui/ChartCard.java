package dataport.statistics.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * One figure of a statistics page: a heading, the chart (server-drawn SVG), the same figures as a table under it
 * (the chart's text alternative), and a CSV download of that table. With no rows it says "no data yet".
 */
class ChartCard extends Section {

    /** What a card shows: the table, and which column the bars are drawn from. */
    record Figure(
            String id,
            String title,
            String description,
            List<String> headers,
            List<List<String>> rows,
            List<String> labels,
            List<? extends Number> values,
            boolean overTime) {}

    /** A figure with its two drawings (desktop and phone width); none when it has no bars. */
    record Drawn(Figure figure, String wide, String narrow) {

        static Drawn of(Figure figure, String tableBelow) {
            if (figure.rows().isEmpty() || figure.labels().isEmpty()) {
                return new Drawn(figure, null, null);
            }
            return new Drawn(
                    figure, draw(figure, tableBelow, SvgCharts.WIDTH), draw(figure, tableBelow, SvgCharts.NARROW));
        }

        private static String draw(Figure figure, String tableBelow, int width) {
            return SvgCharts.bars(
                    figure.title(),
                    figure.description() + " " + tableBelow,
                    figure.labels(),
                    figure.values(),
                    figure.overTime(),
                    figure.headers().get(1),
                    width);
        }
    }

    /** Draws {@code figure} now (pages whose figures are not kept). */
    ChartCard(Figure figure) {
        this(null, figure);
    }

    ChartCard(Drawn drawn) {
        this(drawn, drawn.figure());
    }

    private ChartCard(Drawn given, Figure figure) {
        addClassName("dp-stat-card");
        setId("stat-" + figure.id());
        H2 heading = new H2(figure.title());
        heading.setId("stat-" + figure.id() + "-title");
        add(heading);
        if (figure.rows().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("statistics.no-data"));
            none.addClassName("dp-muted");
            none.addClassName("dp-stat-none");
            add(none);
            return;
        }
        Paragraph description = new Paragraph(figure.description());
        description.addClassName("dp-muted");
        add(description);
        if (!figure.labels().isEmpty()) {
            // Two drawings of the same chart: the wide one for desktops, a narrower one (larger text once scaled)
            // for phones; the stylesheet shows one of them, and the hidden one is hidden from screen readers too.
            Drawn drawn = given != null ? given : Drawn.of(figure, getTranslation("statistics.chart.table-below"));
            Div chart = new Div();
            chart.addClassName("dp-chart");
            chart.add(drawing(drawn.wide(), "dp-chart-wide"), drawing(drawn.narrow(), "dp-chart-narrow"));
            add(chart);
        }
        add(table(figure));
        Anchor csv = new Anchor(csv(figure), getTranslation("statistics.csv"));
        csv.setId("stat-" + figure.id() + "-csv");
        csv.addClassName("dp-stat-csv");
        add(csv);
    }

    private static Div drawing(String svg, String className) {
        Div drawing = new Div();
        drawing.addClassName(className);
        drawing.getElement().setProperty("innerHTML", svg);
        return drawing;
    }

    private Div table(Figure figure) {
        Element table = new Element("table");
        table.getClassList().add("dp-stat-table");
        Element caption = new Element("caption");
        caption.setText(figure.title());
        caption.getClassList().add("dp-sr-only");
        Element head = new Element("thead");
        Element headRow = new Element("tr");
        for (String h : figure.headers()) {
            Element th = new Element("th");
            th.setAttribute("scope", "col");
            th.setText(h);
            headRow.appendChild(th);
        }
        head.appendChild(headRow);
        Element body = new Element("tbody");
        for (List<String> row : figure.rows()) {
            Element tr = new Element("tr");
            for (int i = 0; i < row.size(); i++) {
                Element cell = new Element(i == 0 ? "th" : "td");
                if (i == 0) {
                    cell.setAttribute("scope", "row");
                }
                cell.setText(row.get(i));
                tr.appendChild(cell);
            }
            body.appendChild(tr);
        }
        table.appendChild(caption, head, body);
        Div wrapper = new Div();
        wrapper.addClassName("dp-stat-table-wrap");
        wrapper.getElement().appendChild(table);
        return wrapper;
    }

    private static DownloadHandler csv(Figure figure) {
        return DownloadHandler.fromInputStream(event -> {
            byte[] bytes = csvBytes(figure.headers(), figure.rows());
            return new DownloadResponse(
                    new ByteArrayInputStream(bytes), figure.id() + ".csv", "text/csv;charset=UTF-8", bytes.length);
        });
    }

    /** UTF-8 with a byte-order mark, so spreadsheet programs read Chinese names right. */
    static byte[] csvBytes(List<String> headers, List<List<String>> rows) {
        StringWriter out = new StringWriter();
        out.write('\ufeff');
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            printer.printRecord(headers);
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
