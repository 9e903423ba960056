package dataport.statistics.ui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Bar charts drawn on the server by JFreeChart into SVG text (JFreeSVG): no chart code runs in the browser. The SVG
 * has a viewBox and no fixed size, so it scales to the width of a phone. Bars are always horizontal and no text is
 * rotated: JFreeSVG writes rotated text as glyph outlines from the server's fonts (boxes for Chinese on a server
 * without CJK fonts), while straight text stays SVG text that the browser draws in a font of the reader's script. {@code role="img"} with a title and a description makes it one image to a screen
 * reader; the table under each chart is the full text alternative.
 */
final class SvgCharts {

    static final int WIDTH = 640;
    /** The phone drawing: a narrower canvas, so its 13 px text stays near 11 px on a 390 px screen. */
    static final int NARROW = 400;

    private static final Color BAR = new Color(0x1f, 0x5f, 0xa8);
    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);

    /** How many charts were drawn since start: lets tests see that a kept figure is not drawn again. */
    static final java.util.concurrent.atomic.AtomicLong DRAWN = new java.util.concurrent.atomic.AtomicLong();

    private SvgCharts() {}

    /**
     * A horizontal bar chart of {@code values} by {@code labels}; a time series ({@code overTime}) keeps its labels
     * narrow (months), other keys may take up to 45% of the width.
     */
    static String bars(
            String title,
            String description,
            List<String> labels,
            List<? extends Number> values,
            boolean overTime,
            String valueLabel) {
        return bars(title, description, labels, values, overTime, valueLabel, WIDTH);
    }

    /** As above, drawn {@code width} units wide (it still scales to its box). */
    static String bars(
            String title,
            String description,
            List<String> labels,
            List<? extends Number> values,
            boolean overTime,
            String valueLabel,
            int width) {
        DRAWN.incrementAndGet();
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < labels.size(); i++) {
            // Two equal labels would merge into one bar: keep them apart with an invisible suffix.
            String label = labels.get(i);
            while (data.getColumnIndex(label) >= 0) {
                label = label + "\u200b";
            }
            data.addValue(values.get(i), valueLabel, label);
        }
        CategoryAxis categories = new CategoryAxis();
        categories.setTickLabelFont(FONT);
        categories.setMaximumCategoryLabelWidthRatio(overTime ? (width < WIDTH ? 0.25f : 0.2f) : 0.45f);
        // No axis label: it would be rotated (see above); the title and the table name the values.
        NumberAxis numbers = new NumberAxis();
        numbers.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        numbers.setTickLabelFont(FONT);
        numbers.setLabelFont(FONT);
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, BAR);
        renderer.setMaximumBarWidth(0.12);
        CategoryPlot plot = new CategoryPlot(data, categories, numbers, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setOutlineVisible(false);
        JFreeChart chart = new JFreeChart(null, FONT, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        int height = Math.max(120, 50 + 26 * labels.size());
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        String svg = g.getSVGElement(null, false, new ViewBox(0, 0, width, height), null, null);
        int close = svg.indexOf('>');
        return svg.substring(0, close).replaceFirst("<svg", "<svg role=\"img\" focusable=\"false\"")
                + "><title>" + escape(title) + "</title><desc>" + escape(description) + "</desc>"
                + svg.substring(close + 1);
    }

    static String escape(String text) {
        return text == null
                ? ""
                : text.replace("&", "&amp;")
                        .replace("<", "&lt;")
                        .replace(">", "&gt;")
                        .replace("\"", "&quot;");
    }
}
