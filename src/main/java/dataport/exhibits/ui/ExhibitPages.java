package dataport.exhibits.ui;

import dataport.exhibits.ExhibitService;
import dataport.shared.KnownPages;
import org.springframework.stereotype.Component;

/** An exhibit's page exists while the exhibit is live. */
@Component
class ExhibitPages implements KnownPages {

    private final ExhibitService exhibits;

    ExhibitPages(ExhibitService exhibits) {
        this.exhibits = exhibits;
    }

    @Override
    public boolean owns(String path) {
        return path.startsWith(Showcase.EXHIBIT_ROUTE + "/");
    }

    @Override
    public boolean exists(String path) {
        String slug = KnownPages.segmentAfter(Showcase.EXHIBIT_ROUTE, path);
        return slug != null && exhibits.isLive(slug);
    }
}
