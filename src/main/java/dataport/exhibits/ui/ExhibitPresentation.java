package dataport.exhibits.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import dataport.catalog.ui.ListingCard;
import dataport.exhibits.ExhibitPage;
import dataport.exhibits.ExhibitService;
import dataport.exhibits.ItemKind;
import dataport.shared.Bilingual;
import dataport.shared.Languages;
import dataport.shared.ListingRatings;
import dataport.shared.Markdown;
import java.util.Locale;

/**
 * An exhibit as buyers see it: banner and accent colour, title, subtitle, schedule, introduction, then its items in
 * the curator's order with their notes. The public page and the curator's preview both show exactly this.
 */
class ExhibitPresentation extends Div {

    private final ListingRatings ratings;

    ExhibitPresentation(ExhibitPage exhibit, ExhibitService exhibits, Locale locale, ListingRatings ratings) {
        this.ratings = ratings;
        addClassName("dp-exhibit");
        getElement().setAttribute("lang", Languages.tag(locale));
        add(hero(exhibit, exhibits, locale), intro(exhibit, locale), items(exhibit, locale));
    }

    private Section hero(ExhibitPage exhibit, ExhibitService exhibits, Locale locale) {
        Section hero = new Section();
        hero.addClassName("dp-exhibit-hero");
        hero.getStyle().set("--dp-accent", exhibit.accentColour());
        if (exhibit.bannerId() != null) {
            hero.add(Showcase.banner(
                    exhibits,
                    exhibit.bannerId(),
                    exhibit.bannerWidth(),
                    exhibit.bannerHeight(),
                    getTranslation(
                            locale, "exhibits.banner-alt", exhibit.title().in(locale)),
                    false));
        }
        Div text = new Div();
        text.addClassName("dp-exhibit-hero-text");
        Span kind = new Span(getTranslation(locale, exhibit.isHall() ? "exhibits.kind.hall" : "exhibits.kind.exhibit"));
        kind.addClassName("dp-exhibit-kind");
        H1 title = new H1(Showcase.text(this, exhibit.title(), locale));
        title.setId("exhibit-title");
        text.add(kind, title);
        if (!exhibit.subtitle().in(locale).isEmpty()) {
            Paragraph subtitle = new Paragraph(Showcase.text(this, exhibit.subtitle(), locale));
            subtitle.addClassName("dp-exhibit-subtitle");
            text.add(subtitle);
        }
        if (!exhibit.isHall()) {
            String schedule = Showcase.schedule(this, locale, exhibit.startsAt(), exhibit.endsAt(), exhibit.zone());
            if (!schedule.isEmpty()) {
                Paragraph when = new Paragraph(schedule);
                when.addClassName("dp-exhibit-schedule");
                when.setId("exhibit-schedule");
                text.add(when);
            }
        }
        hero.add(text);
        return hero;
    }

    private Div intro(ExhibitPage exhibit, Locale locale) {
        Div intro = new Div();
        intro.addClassName("dp-exhibit-intro");
        intro.setId("exhibit-intro");
        Bilingual text = exhibit.intro();
        String markdown = text.in(locale);
        if (markdown.isEmpty()) {
            intro.setVisible(false);
            return intro;
        }
        intro.add(new Html("<div>" + Markdown.toSafeHtml(markdown) + "</div>"));
        if (text.isFallbackIn(locale)) {
            boolean showsChinese = !Languages.isChinese(locale);
            intro.getElement().setAttribute("lang", showsChinese ? "zh-CN" : "en");
            Span tag = new Span(getTranslation(locale, showsChinese ? "exhibits.lang.zh" : "exhibits.lang.en"));
            tag.addClassName("dp-lang-tag");
            intro.addComponentAsFirst(tag);
        }
        return intro;
    }

    private Section items(ExhibitPage exhibit, Locale locale) {
        Div grid = new Div();
        grid.addClassName("dp-card-grid");
        grid.setId("exhibit-items");
        var rated = ratings.of(exhibit.items().stream()
                .filter(item -> item.kind() == ItemKind.LISTING)
                .map(item -> item.listing().id())
                .toList());
        for (ExhibitPage.Item item : exhibit.items()) {
            Div cell = new Div();
            cell.addClassName("dp-exhibit-item");
            if (item.kind() == ItemKind.LISTING) {
                cell.add(ListingCard.of(
                        locale, item.listing(), rated.get(item.listing().id())));
                cell.getElement()
                        .setAttribute(
                                "data-listing-id", String.valueOf(item.listing().id()));
            } else {
                cell.add(Showcase.merchantCard(this, item.merchant(), locale));
                cell.getElement()
                        .setAttribute(
                                "data-merchant-id",
                                String.valueOf(item.merchant().id()));
            }
            if (!item.note().in(locale).isEmpty()) {
                Paragraph note = new Paragraph(Showcase.text(this, item.note(), locale));
                note.addClassName("dp-curator-note");
                cell.add(note);
            }
            grid.add(cell);
        }
        Section section = new Section(new H2(getTranslation(locale, "exhibits.items")), grid);
        section.addClassName("dp-section");
        if (exhibit.items().isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation(locale, "exhibits.items.none"));
            empty.addClassName("dp-muted");
            section.add(empty);
        }
        return section;
    }
}
