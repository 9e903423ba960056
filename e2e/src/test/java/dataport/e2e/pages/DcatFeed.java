package dataport.e2e.pages;

import com.microsoft.playwright.APIRequestContext;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.options.RequestOptions;
import java.io.ByteArrayInputStream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;

/**
 * The open DCAT-AP catalogue as a harvester reads it, without a browser: fetches pages over HTTP (Playwright's
 * APIRequestContext) and parses them with Apache Jena.
 */
public class DcatFeed {

    public static final String HYDRA = "http://www.w3.org/ns/hydra/core#";

    private final APIRequestContext http;
    private final String baseUrl;

    public DcatFeed(APIRequestContext http, String baseUrl) {
        this.http = http;
        this.baseUrl = baseUrl;
    }

    /** The response to an address of the feed ({@code /dcat/catalog…} or an absolute one), asking for {@code accept}. */
    public APIResponse fetch(String address, String accept) {
        String url = address.startsWith("http") ? address : baseUrl + address;
        return http.get(url, RequestOptions.create().setHeader("Accept", accept));
    }

    /** One page parsed as {@code lang}; fails when the answer is not a 200. */
    public Model page(String address, String accept, Lang lang) {
        APIResponse response = fetch(address, accept);
        if (response.status() != 200) {
            throw new AssertionError(address + " answered " + response.status() + ": " + response.text());
        }
        Model model = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(response.body())).lang(lang).parse(model);
        return model;
    }

    /** Every page of the catalogue as Turtle, merged, following the Hydra {@code next} links from the first page. */
    public Model wholeCatalogue() {
        Model all = ModelFactory.createDefaultModel();
        String next = "/dcat/catalog?page=1";
        for (int pages = 0; next != null; pages++) {
            if (pages > 1000) {
                throw new AssertionError("more than 1000 pages: the next links go round in circles?");
            }
            Model page = page(next, "text/turtle", Lang.TURTLE);
            all.add(page);
            Property nextLink = page.createProperty(HYDRA + "next");
            Resource view = page.listSubjectsWithProperty(
                            RDF.type, page.createResource(HYDRA + "PartialCollectionView"))
                    .next();
            Resource following = view.getPropertyResourceValue(nextLink);
            next = following == null ? null : following.getURI();
        }
        return all;
    }
}
