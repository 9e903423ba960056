package dataport.delivery.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dataport.IntegrationTest;
import dataport.catalog.CatalogService;
import dataport.catalog.DeliveryMode;
import dataport.catalog.DemoSignIn;
import dataport.delivery.DeliverableInfo;
import dataport.delivery.DeliveryFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

@IntegrationTest
class DeliverableViewTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    CatalogService catalog;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theMerchantSeesTheCurrentFileWithItsSha256() {
        DeliveryFixtures f = new DeliveryFixtures(context);
        long listing = f.fileListing();
        DeliverableInfo file = f.upload(listing, "ports.csv", DeliveryFixtures.csv(4000));

        navigate("workspace/listings/" + listing + "/deliverable", DeliverableView.class);

        assertThat($(Span.class).id("current-file-name").getText()).isEqualTo("ports.csv");
        assertThat($(Span.class).id("current-file-sha256").getText()).isEqualTo(file.sha256());
    }

    @Test
    void aRefusedUploadShowsItsReasonUnderTheUpload() {
        DeliveryFixtures f = new DeliveryFixtures(context);
        long listing = f.fileListing();
        navigate("workspace/listings/" + listing + "/deliverable", DeliverableView.class);
        DeliverableUpload upload = $(DeliverableUpload.class).first();

        upload.showError(upload.getTranslation("delivery.upload.mislabelled"));

        assertThat($(Span.class).id("deliverable-error").isVisible()).isTrue();
        assertThat($(Span.class).id("deliverable-error").getText())
                .isEqualTo("The file’s content does not match its name’s extension.");
    }

    @Test
    void aListingNotDeliveredAsAFileSaysSo() {
        DeliveryFixtures f = new DeliveryFixtures(context);
        DemoSignIn.as(f.accountsSignIn(), DemoSignIn.MERCHANT);
        long api = catalog.myListings().stream()
                .filter(l -> l.content().deliveryMode() == DeliveryMode.API)
                .findFirst()
                .orElseThrow()
                .id();

        navigate("workspace/listings/" + api + "/deliverable", DeliverableView.class);

        assertThat($(Paragraph.class).id("not-a-file-listing").getText()).contains("API");
    }
}
