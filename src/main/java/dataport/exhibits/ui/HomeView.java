package dataport.exhibits.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dataport.catalog.BrowseService.TrackOverview;
import dataport.catalog.ListingDetails;
import dataport.catalog.ui.CardGrid;
import dataport.catalog.ui.ListingCard;
import dataport.exhibits.ExhibitService;
import dataport.exhibits.ExhibitSummary;
import dataport.merchants.MerchantSummary;
import dataport.shared.HeadlineFigures;
import dataport.shared.RatingSummary;
import dataport.shared.ui.MainLayout;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.List;
import java.util.Map;

/**
 * The front page, the showcase: a search box, the exhibits live right now (decided at each request, so scheduled ones
 * appear and expire on time), headline figures, the standing halls, featured merchants (domestic and foreign), the
 * tracks to browse and the newest listings. It lives in exhibits because it shows them; the catalogue parts come
 * through catalog's services, all of it through {@link HomePageData}: one copy for all visitors of a node, kept up to
 * 30 s (which exhibits are live is still decided at each request).
 */
@Route(value = "", layout = MainLayout.class)
@AnonymousAllowed
public class HomeView extends Div implements HasDynamicTitle {

    public static final int RECENT = 12;
    static final int TRACK_SUBS = 3;
    static final int FEATURED_PER_ORIGIN = 3;

    /** Searches offered under the hero's search box, as translation keys. */
    static final List<String> EXAMPLES = List.of("home.example.1", "home.example.2", "home.example.3");

    /** Only for the banners' bytes, which each browser fetches when it shows a banner. */
    private final ExhibitService exhibits;

    HomeView(HomePageData data, ExhibitService exhibits) {
        this.exhibits = exhibits;
        HomePageData.Content content = data.now();
        addClassName("dp-page");
        add(
                hero(),
                live(content.live()),
                figures(content.figures()),
                halls(content.halls()),
                featured(content.featured()),
                tracks(content.tracks()),
                recent(content.recent(), content.ratings()));
    }

    /** Exhibits live now, largest first: banner, accent colour, title, subtitle, schedule. */
    private Section live(List<ExhibitSummary> live) {
        Div grid = new Div();
        grid.addClassName("dp-live-grid");
        grid.setId("live-exhibits");
        boolean first = true;
        for (ExhibitSummary e : live) {
            grid.add(tile(e, first, "dp-live-exhibit"));
            first = false;
        }
        Section section = new Section(new H2(getTranslation("home.live")), grid);
        section.addClassName("dp-section");
        section.setVisible(!live.isEmpty());
        return section;
    }

    private Section halls(List<ExhibitSummary> halls) {
        Div grid = new Div();
        grid.addClassName("dp-hall-grid");
        grid.setId("halls");
        for (ExhibitSummary hall : halls) {
            grid.add(tile(hall, false, "dp-hall"));
        }
        Paragraph lead = new Paragraph(getTranslation("home.halls.lead"));
        lead.addClassName("dp-muted");
        Section section = new Section(new H2(getTranslation("home.halls")), lead, grid);
        section.addClassName("dp-section");
        section.setVisible(grid.getComponentCount() > 0);
        return section;
    }

    private Anchor tile(ExhibitSummary e, boolean eager, String className) {
        Anchor tile = new Anchor(Showcase.path(e.slug()));
        tile.addClassName("dp-exhibit-tile");
        tile.addClassName(className);
        tile.getStyle().set("--dp-accent", e.accentColour());
        tile.getElement().setAttribute("data-slug", e.slug());
        if (e.bannerId() != null) {
            tile.add(Showcase.banner(exhibits, e.bannerId(), e.bannerWidth(), e.bannerHeight(), "", !eager));
        }
        H3 title = new H3(Showcase.text(this, e.title(), getLocale()));
        title.addClassName("dp-exhibit-tile-title");
        Div text = new Div(title);
        text.addClassName("dp-exhibit-tile-text");
        if (!e.subtitle().in(getLocale()).isEmpty()) {
            Span subtitle = Showcase.text(this, e.subtitle(), getLocale());
            subtitle.addClassName("dp-exhibit-tile-subtitle");
            text.add(subtitle);
        }
        Span count = new Span(getTranslation("exhibits.item-count", e.shownItems()));
        count.addClassName("dp-exhibit-tile-count");
        text.add(count);
        tile.add(text);
        return tile;
    }

    private Section featured(List<MerchantSummary> featured) {
        Div grid = new Div();
        grid.addClassName("dp-card-grid");
        grid.setId("featured-merchants");
        for (MerchantSummary m : featured) {
            grid.add(merchantCard(m));
        }
        Section section = new Section(new H2(getTranslation("home.featured-merchants")), grid);
        section.addClassName("dp-section");
        section.setVisible(grid.getComponentCount() > 0);
        return section;
    }

    private Div merchantCard(MerchantSummary m) {
        Div card = Showcase.merchantCard(this, m, getLocale());
        card.getElement().setAttribute("data-origin", m.origin().name());
        return card;
    }

    /** Browse by track: every track of plan §9 with its count and first sub-tracks, each linking to its page. */
    private Section tracks(List<TrackOverview> tracks) {
        Div grid = new Div();
        grid.addClassName("dp-track-grid");
        grid.setId("tracks");
        for (TrackOverview track : tracks) {
            Anchor name = new Anchor(
                    ListingCard.CATEGORY_ROUTE + "/" + track.track().code(),
                    track.track().name().in(getLocale()));
            name.addClassName("dp-track-name");
            Span count = new Span(getTranslation("browse.listing-count", track.listings()));
            count.addClassName("dp-track-count");
            Div subTracks = new Div();
            subTracks.addClassName("dp-track-subs");
            track.subTracks().stream()
                    .limit(TRACK_SUBS)
                    .forEach(sub -> subTracks.add(new Anchor(
                            ListingCard.CATEGORY_ROUTE + "/" + sub.category().code(),
                            sub.category().name().in(getLocale()))));
            Div tile = new Div(name, count, subTracks);
            tile.addClassName("dp-track");
            tile.getElement().setAttribute("data-track", track.track().code());
            grid.add(tile);
        }
        Section section = new Section(new H2(getTranslation("browse.by-track")), grid);
        section.addClassName("dp-section");
        return section;
    }

    /** The search page's address for {@code text}. */
    static String searchPath(String text) {
        return MainLayout.SEARCH_ROUTE + "?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** HomePrePaint copies this hero into the HTML shell: a change here belongs there too. */
    private Section hero() {
        H1 title = new H1(getTranslation("home.title"));
        Paragraph lead = new Paragraph(getTranslation("home.lead"));
        lead.addClassName("dp-lead");

        TextField query = new TextField();
        query.setPlaceholder(getTranslation("home.search.placeholder"));
        query.getElement().setAttribute("aria-label", getTranslation("search.label"));
        query.setPrefixComponent(VaadinIcon.SEARCH.create());
        query.setId("home-search");
        query.addClassName("dp-hero-search");
        query.addKeyPressListener(Key.ENTER, e -> MainLayout.searchFor(query.getValue()));
        Button go = new Button(getTranslation("search.button"), e -> MainLayout.searchFor(query.getValue()));
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        go.setId("home-search-button");
        Div searchRow = new Div(query, go);
        searchRow.addClassName("dp-hero-search-row");

        Div examples = new Div(new Span(getTranslation("home.try")));
        examples.addClassName("dp-examples");
        for (String key : EXAMPLES) {
            String example = getTranslation(key);
            examples.add(new Anchor(searchPath(example), example));
        }

        Section hero = new Section(title, lead, searchRow, examples);
        hero.addClassName("dp-hero");
        return hero;
    }

    /** The headline figures, from the same service as the public figures page, which the section links to. */
    private Section figures(HeadlineFigures.Headline headline) {
        NumberFormat numbers = NumberFormat.getIntegerInstance(getLocale());
        Section figures = new Section(
                figure(numbers.format(headline.listings()), getTranslation("home.figures.listings")),
                figure(numbers.format(headline.merchants()), getTranslation("home.figures.merchants")),
                figure(numbers.format(headline.countries()), getTranslation("home.figures.countries")));
        Anchor more = new Anchor("figures", getTranslation("statistics.figures.more"));
        more.setId("figures-more");
        more.addClassName("dp-figures-more");
        figures.add(more);
        figures.addClassName("dp-figures");
        figures.setId("figures");
        figures.getElement().setAttribute("aria-label", getTranslation("home.figures.label"));
        return figures;
    }

    private static Div figure(String value, String label) {
        Span number = new Span(value);
        number.addClassName("dp-figure-value");
        Span text = new Span(label);
        text.addClassName("dp-figure-label");
        Div figure = new Div(number, text);
        figure.addClassName("dp-figure");
        return figure;
    }

    private Section recent(List<ListingDetails> recent, Map<Long, RatingSummary> ratings) {
        H2 heading = new H2(getTranslation("home.recent"));
        // One light node, not twelve card trees: less for the first view's round trip to build and the browser to
        // render.
        CardGrid grid = new CardGrid(recent, ratings, getLocale(), this);
        grid.setId("recent-listings");
        Anchor more = new Anchor(MainLayout.SEARCH_ROUTE, getTranslation("home.all-listings"));
        more.addClassName("dp-more");
        Section section = new Section(heading, grid, more);
        section.addClassName("dp-section");
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.name") + " · " + getTranslation("app.tagline");
    }
}
