package dataport.catalog.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import dataport.catalog.BrowseService.ListingPage;
import java.util.Optional;

/**
 * Previous / "page 2 of 9" / next links for browsing pages. Pages are plain links with {@code ?page=N} (one-based), so
 * every page has its own shareable URL, works without scripts and loads only its own listings.
 */
final class Pager {

    private Pager() {}

    /** The zero-based page asked for in the URL; the first page for anything missing or odd. */
    static int requestedPage(QueryParameters parameters) {
        Optional<String> raw = parameters.getSingleParameter("page");
        try {
            return raw.map(Integer::parseInt).map(p -> Math.max(0, p - 1)).orElse(0);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static Div of(Div owner, String path, ListingPage page) {
        Div pager = new Div();
        pager.addClassName("dp-pager");
        pager.setId("pager");
        pager.getElement().setAttribute("role", "navigation");
        pager.getElement().setAttribute("aria-label", owner.getTranslation("browse.pages"));
        int current = page.page() + 1;
        int last = page.pageCount();
        if (current > 1) {
            pager.add(link(owner, path, Math.min(current - 1, last), "browse.previous", "pager-previous"));
        }
        pager.add(new Span(owner.getTranslation("browse.page-of", current, last)));
        if (current < last) {
            pager.add(link(owner, path, current + 1, "browse.next", "pager-next"));
        }
        pager.setVisible(last > 1 || current > 1);
        return pager;
    }

    private static Anchor link(Div owner, String path, int page, String labelKey, String id) {
        Anchor link = new Anchor(page == 1 ? path : path + "?page=" + page, owner.getTranslation(labelKey));
        link.addClassName("dp-page-link");
        link.setId(id);
        return link;
    }
}
