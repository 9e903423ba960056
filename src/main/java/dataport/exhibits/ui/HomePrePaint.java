package dataport.exhibits.ui;

import com.vaadin.flow.i18n.I18NProvider;
import dataport.shared.ui.PrePaint;
import dataport.shared.ui.PrePaintedPage;
import java.util.Locale;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * The home page's first screen in its HTML shell (see {@link PrePaint}): the hero of {@link HomeView}, whose text is
 * the page's largest paint, as {@code HomeView.hero()} builds it, with placeholders of the search field and button.
 * The sections under it (exhibits, figures, listings) come with the real view.
 */
@Component
class HomePrePaint implements PrePaintedPage {

    private final I18NProvider translations;

    HomePrePaint(I18NProvider translations) {
        this.translations = translations;
    }

    @Override
    public boolean paints(String route) {
        return route.isEmpty();
    }

    @Override
    public void paint(Element main, Locale locale) {
        Element hero = main.appendElement("div")
                .addClass("dp-page")
                .appendElement("section")
                .addClass("dp-hero");
        hero.appendElement("h1").text(text("home.title", locale));
        hero.appendElement("p").addClass("dp-lead").text(text("home.lead", locale));

        Element searchRow = hero.appendElement("div").addClass("dp-hero-search-row");
        searchRow.appendChild(PrePaint.field("dp-hero-search", text("home.search.placeholder", locale)));
        searchRow.appendChild(PrePaint.button(text("search.button", locale)));

        Element examples = hero.appendElement("div").addClass("dp-examples");
        examples.appendElement("span").text(text("home.try", locale));
        for (String key : HomeView.EXAMPLES) {
            String example = text(key, locale);
            examples.appendElement("a")
                    .attr("href", HomeView.searchPath(example))
                    .text(example);
        }
    }

    private String text(String key, Locale locale) {
        return translations.getTranslation(key, locale);
    }
}
