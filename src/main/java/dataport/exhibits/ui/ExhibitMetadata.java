package dataport.exhibits.ui;

import dataport.exhibits.ExhibitPage;
import dataport.exhibits.ExhibitService;
import dataport.shared.KnownPages;
import dataport.shared.Languages;
import dataport.shared.PageMetadata;
import dataport.shared.PageMetadataSource;
import dataport.shared.SchemaOrg;
import dataport.shared.SiteUrl;
import dataport.shared.ui.MainLayout;
import dataport.shared.ui.Translations;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What search engines read of the home page (a schema.org {@code WebSite} with a {@code SearchAction} into the site's
 * search, and the {@code Organization} behind it) and of a live exhibit's page (a {@code CollectionPage} of its items,
 * and an {@code ExhibitionEvent} when it is scheduled). Titles are the ones {@link HomeView} and {@link ExhibitView}
 * set.
 */
@Component
class ExhibitMetadata implements PageMetadataSource {

    private static final String SCHEMA = SchemaOrg.CONTEXT;

    private final ExhibitService exhibits;
    private final Translations translations;
    private final SiteUrl site;

    ExhibitMetadata(ExhibitService exhibits, Translations translations, SiteUrl site) {
        this.exhibits = exhibits;
        this.translations = translations;
        this.site = site;
    }

    @Override
    public boolean owns(String path) {
        return path.isEmpty() || path.startsWith(Showcase.EXHIBIT_ROUTE + "/");
    }

    @Override
    public Optional<PageMetadata> describe(String path, Locale locale) {
        if (path.isEmpty()) {
            return Optional.of(home(locale));
        }
        String slug = KnownPages.segmentAfter(Showcase.EXHIBIT_ROUTE, path);
        return slug == null ? Optional.empty() : exhibits.findLive(slug).map(e -> exhibit(e, path, locale));
    }

    private PageMetadata home(Locale locale) {
        String name = t("app.name", locale);
        String description = t("home.lead", locale);
        Map<String, Object> website = SchemaOrg.root("WebSite");
        website.put("name", name);
        website.put("url", site.of(""));
        website.put("inLanguage", List.of("en", "zh-Hans"));
        website.put("description", description);
        Map<String, Object> search = SchemaOrg.object("SearchAction");
        search.put("target", site.of(MainLayout.SEARCH_ROUTE) + "?q={search_term_string}");
        search.put("query-input", "required name=search_term_string");
        website.put("potentialAction", search);
        Map<String, Object> organization = SchemaOrg.root("Organization");
        organization.put("name", name);
        organization.put("alternateName", Languages.isChinese(locale) ? "DataPort" : "数贸港");
        organization.put("url", site.of(""));
        return new PageMetadata(
                name + " · " + t("app.tagline", locale), description, null, "website", List.of(website, organization));
    }

    private PageMetadata exhibit(ExhibitPage e, String path, Locale locale) {
        String name = e.title().in(locale);
        String description = !e.subtitle().in(locale).isBlank()
                ? e.subtitle().in(locale)
                : PageMetadata.shorten(e.intro().in(locale), 160);
        String url = site.of(path, locale);
        List<Map<String, Object>> items = new ArrayList<>();
        int position = 1;
        for (ExhibitPage.Item item : e.items()) {
            Map<String, Object> entry = SchemaOrg.object("ListItem");
            entry.put("position", position++);
            if (item.listing() != null) {
                entry.put("url", site.of("listings/" + item.listing().id(), locale));
                entry.put("name", item.listing().content().title().in(locale));
            } else {
                entry.put("url", site.of("merchants/" + item.merchant().slug(), locale));
                entry.put("name", item.merchant().name().in(locale));
            }
            items.add(entry);
        }
        Map<String, Object> list = SchemaOrg.object("ItemList");
        list.put("numberOfItems", items.size());
        list.put("itemListElement", items);
        Map<String, Object> collection = SchemaOrg.root("CollectionPage");
        collection.put("name", name);
        collection.put("description", description);
        collection.put("url", url);
        collection.put("inLanguage", Languages.tag(locale));
        collection.put("mainEntity", list);
        List<Map<String, Object>> data = new ArrayList<>(List.of(collection));
        if (e.startsAt() != null) {
            Map<String, Object> event = SchemaOrg.root("ExhibitionEvent");
            event.put("name", name);
            event.put("description", description);
            event.put("url", url);
            event.put(
                    "startDate",
                    e.startsAt().atZone(e.zone()).toOffsetDateTime().toString());
            if (e.endsAt() != null) {
                event.put(
                        "endDate",
                        e.endsAt().atZone(e.zone()).toOffsetDateTime().toString());
            }
            event.put("eventAttendanceMode", SCHEMA + "/OnlineEventAttendanceMode");
            event.put("eventStatus", SCHEMA + "/EventScheduled");
            Map<String, Object> location = SchemaOrg.object("VirtualLocation");
            location.put("url", url);
            event.put("location", location);
            Map<String, Object> organizer = SchemaOrg.object("Organization");
            organizer.put("name", t("app.name", locale));
            organizer.put("url", site.of(""));
            event.put("organizer", organizer);
            data.add(event);
        }
        return new PageMetadata(name + " · " + t("app.name", locale), description, null, "website", data);
    }

    private String t(String key, Locale locale) {
        return translations.getTranslation(key, locale);
    }
}
