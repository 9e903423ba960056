package dataport.demo;

import dataport.catalog.BrowseService;
import dataport.catalog.BrowseService.CategoryPage;
import dataport.catalog.ListingDetails;
import dataport.exhibits.ExhibitContent;
import dataport.exhibits.ExhibitService;
import dataport.exhibits.ItemKind;
import dataport.exhibits.ItemRef;
import dataport.shared.Bilingual;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ten standing halls of plan §9's tracks (cloud, data, digital content, cross-border e-commerce, international data
 * services, metaverse, NFT, quantum, cryptography, data security), texts and colours from {@code demo/halls.json};
 * each holds its track's newest hand-written listings and their first merchants, so the choice is the same every time.
 */
@Component
class DemoHalls {

    static final int LISTINGS_PER_HALL = 6;
    static final int MERCHANTS_PER_HALL = 2;

    private final ExhibitService exhibits;
    private final BrowseService browse;
    private final JsonMapper json;

    DemoHalls(ExhibitService exhibits, BrowseService browse, JsonMapper json) {
        this.exhibits = exhibits;
        this.browse = browse;
        this.json = json;
    }

    record HallEntry(
            String track, String accent, String subtitleEn, String subtitleZh, String introEn, String introZh) {}

    /** Creates the halls; call inside the demo data's transaction, as staff with the curator role. */
    void load() {
        HallEntry[] halls;
        try (InputStream in = new ClassPathResource("demo/halls.json").getInputStream()) {
            halls = json.readValue(in, HallEntry[].class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (HallEntry hall : halls) {
            CategoryPage page = browse.category(hall.track(), 0, LISTINGS_PER_HALL)
                    .orElseThrow(() -> new IllegalStateException("Demo hall names unknown track " + hall.track()));
            List<ItemRef> items = new ArrayList<>();
            Set<Long> merchants = new LinkedHashSet<>();
            for (ListingDetails listing : page.listings().listings()) {
                items.add(new ItemRef(ItemKind.LISTING, listing.id(), null));
                merchants.add(listing.merchant().id());
            }
            merchants.stream()
                    .limit(MERCHANTS_PER_HALL)
                    .forEach(id -> items.add(new ItemRef(ItemKind.MERCHANT, id, null)));
            exhibits.createHall(
                    hall.track(),
                    new ExhibitContent(
                            "hall-" + hall.track(),
                            page.category().name(),
                            Bilingual.of(hall.subtitleEn(), hall.subtitleZh()),
                            Bilingual.of(hall.introEn(), hall.introZh()),
                            hall.accent(),
                            null,
                            null,
                            ExhibitContent.DEFAULT_ZONE,
                            0,
                            items));
        }
    }
}
