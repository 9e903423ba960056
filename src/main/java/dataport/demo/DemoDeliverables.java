package dataport.demo;

import dataport.catalog.CatalogService;
import dataport.catalog.DeliveryMode;
import dataport.catalog.ListingDetails;
import dataport.delivery.Deliverables;
import dataport.merchants.MerchantService;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Gives every file listing of the hand-written demo merchants a small file to deliver, so they can be bought and
 * downloaded in the demo. Runs at every start with demo data and only fills listings that have none (generated
 * listings get none: there are thousands).
 */
@Component
@Order(2)
@ConditionalOnBooleanProperty("dataport.demo.enabled")
class DemoDeliverables implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDeliverables.class);

    private final MerchantService merchants;
    private final CatalogService catalog;
    private final Deliverables deliverables;
    private final JsonMapper json;
    private final DemoStaff demoStaff;

    DemoDeliverables(
            MerchantService merchants,
            CatalogService catalog,
            Deliverables deliverables,
            JsonMapper json,
            DemoStaff demoStaff) {
        this.merchants = merchants;
        this.catalog = catalog;
        this.deliverables = deliverables;
        this.json = json;
        this.demoStaff = demoStaff;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        JsonNode demo;
        try (InputStream in = new ClassPathResource("demo/catalogue.json").getInputStream()) {
            demo = json.readTree(in);
        }
        int[] added = {0};
        demoStaff.run(() -> {
            for (JsonNode merchant : demo.get("merchants")) {
                merchants.findBySlug(merchant.get("slug").asString()).ifPresent(m -> {
                    for (ListingDetails listing : catalog.publishedBy(m.id())) {
                        if (listing.content().deliveryMode() == DeliveryMode.FILE
                                && !deliverables.hasFile(listing.id())) {
                            deliverables.uploadForMerchant(
                                    listing.id(),
                                    m.slug() + "-" + listing.id() + ".csv",
                                    new ByteArrayInputStream(sampleFile(listing)));
                            added[0]++;
                        }
                    }
                });
            }
        });
        if (added[0] > 0) {
            log.info("Demo files to deliver added to {} file listings", added[0]);
        }
    }

    /** A small CSV that names what was bought, in both languages (UTF-8 with BOM, so spreadsheets read the Chinese). */
    static byte[] sampleFile(ListingDetails listing) {
        String csv = "\uFEFFfield,value\n"
                + "listing," + quoted(listing.content().title().en()) + "\n"
                + "商品," + quoted(listing.content().title().zh()) + "\n"
                + "merchant," + quoted(listing.merchant().name().en()) + "\n"
                + "note,Demo deliverable: a small sample file standing in for the real data set\n"
                + "说明,演示交付文件：代替真实数据集的小样例文件\n";
        return csv.getBytes(StandardCharsets.UTF_8);
    }

    private static String quoted(String text) {
        return "\"" + (text == null ? "" : text.replace("\"", "\"\"")) + "\"";
    }
}
