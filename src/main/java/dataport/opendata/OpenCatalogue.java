package dataport.opendata;

import dataport.catalog.CatalogService;
import dataport.catalog.CategoryRef;
import dataport.catalog.PublishedSlice;
import dataport.opendata.DcatGraph.CatalogueTexts;
import dataport.opendata.DcatGraph.Paging;
import dataport.shared.Bilingual;
import dataport.shared.Languages;
import dataport.shared.SiteUrl;
import dataport.shared.ui.Translations;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.springframework.stereotype.Service;

/**
 * The open DCAT-AP 3 catalogue of every published listing (issue 17), {@value #PAGE_SIZE} listings a page in id order,
 * pages numbered from 1. Public: anyone, signed in or not, may read it, as anyone may read the listing pages it
 * describes. Each page reads its listings with a fixed number of queries ({@link CatalogService#publishedSlice}).
 */
@Service
public class OpenCatalogue {

    public static final int PAGE_SIZE = 100;

    private final CatalogService catalog;
    private final SiteUrl site;
    private final Translations translations;

    OpenCatalogue(CatalogService catalog, SiteUrl site, Translations translations) {
        this.catalog = catalog;
        this.site = site;
        this.translations = translations;
    }

    /** Page {@code page} (1-based) written as {@code format}; a page outside 1..last is refused. */
    @PermitAll
    public CataloguePage page(int page, CatalogueFormat format) {
        Built built = build(page);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, built.model(), format.rdfFormat());
        byte[] body = out.toByteArray();
        return new CataloguePage(body, format, page, built.lastPage(), "\"" + sha256(body) + "\"");
    }

    /** The graph of page {@code page} (1-based). */
    @PermitAll
    public Model graph(int page) {
        return build(page).model();
    }

    private record Built(Model model, int lastPage) {}

    private Built build(int page) {
        if (page < 1) {
            throw new PageOutOfRange("page must be 1 or more, not " + page);
        }
        PublishedSlice slice = catalog.publishedSlice(page - 1, PAGE_SIZE);
        int last = lastPageOf(slice.totalPublished());
        if (page > last) {
            throw new PageOutOfRange("page " + page + " is past the last page, " + last);
        }
        List<CategoryRef> tracks =
                catalog.categories().stream().filter(c -> c.parent() == null).toList();
        return new Built(DcatGraph.build(site.base(), texts(), tracks, slice, new Paging(page, last, PAGE_SIZE)), last);
    }

    /** An empty catalogue still has page 1 (with no datasets). */
    static int lastPageOf(long total) {
        return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    private CatalogueTexts texts() {
        return new CatalogueTexts(
                bilingual("opendata.catalogue.title"),
                bilingual("opendata.catalogue.description"),
                bilingual("opendata.catalogue.publisher"),
                bilingual("opendata.catalogue.themes"));
    }

    private Bilingual bilingual(String key) {
        return Bilingual.of(
                translations.getTranslation(key, Languages.ENGLISH),
                translations.getTranslation(key, Languages.CHINESE));
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
