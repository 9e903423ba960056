package dataport.shared.ui;

import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * A page whose first screen is painted into the HTML shell before Vaadin has started ({@link PrePaint}), contributed
 * by the module that owns the page as a Spring bean, so the layout needs to know no module.
 */
public interface PrePaintedPage {

    /** Whether this is the page at {@code route}: the path without its leading slash, {@code ""} for the home page. */
    boolean paints(String route);

    /**
     * Appends to {@code main} a static copy of what the page's view shows first, in {@code locale}: the same elements
     * and CSS classes as the view (so the theme styles it the same), but nothing a visitor could type into or click
     * in vain: no fields or buttons, only placeholders of their size, and links only with real addresses.
     */
    void paint(Element main, Locale locale);
}
