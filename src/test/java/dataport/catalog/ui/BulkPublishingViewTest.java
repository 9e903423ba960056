package dataport.catalog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import dataport.IntegrationTest;
import dataport.catalog.BatchItem;
import dataport.catalog.CatalogService;
import dataport.catalog.DemoSignIn;
import dataport.catalog.ListingDetails;
import dataport.catalog.ListingImport;
import dataport.catalog.ListingImportService;
import dataport.catalog.ListingStatus;
import dataport.catalog.ReviewBatch;
import dataport.catalog.TestListings;
import dataport.merchants.MerchantService;
import dataport.merchants.MerchantSummary;
import dataport.onboarding.ClaimInvitationInfo;
import dataport.shared.Bilingual;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * An imported merchant's page for staff (submit all its drafts, invite its owner) and the batch review page where
 * compliance approves every listing that passes the automatic checks.
 */
@IntegrationTest
class BulkPublishingViewTest extends SpringBrowserlessTest {

    @Autowired
    AuthenticationProvider signIn;

    @Autowired
    MerchantService merchants;

    @Autowired
    ListingImportService imports;

    @Autowired
    CatalogService catalog;

    MerchantSummary imported;
    List<Long> ids;

    @BeforeEach
    void anAdminImportedThreeDraftsForANewMerchant() {
        DemoSignIn.as(signIn, DemoSignIn.ADMIN);
        imported = merchants.findOrRegisterProvider("批量发布卖家" + System.nanoTime(), "CN");
        ids = imports.importBatch(List.of(draft("港口吞吐量"), draft("船舶到港"), draft("集装箱堆场"))).stream()
                .map(ListingImport.Outcome::listingId)
                .toList();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private ListingImport draft(String titleZh) {
        return new ListingImport(
                "V" + System.nanoTime(),
                null,
                imported.id(),
                TestListings.content().title(Bilingual.of(null, titleZh)).build());
    }

    @Test
    @SuppressWarnings("unchecked")
    void staffSubmitTheDraftsInviteAnOwnerAndComplianceApprovesTheBatch() {
        navigate("admin/merchants/" + imported.id(), AdminMerchantView.class);
        assertThat($(Paragraph.class).id("admin-merchant-drafts").getText()).startsWith("3 drafts, 3 of them");

        EmailField email = $(EmailField.class).id("claim-email");
        email.setValue("not an address");
        test($(Button.class).id("claim-send")).click();
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getValue()).as("what was typed is kept").isEqualTo("not an address");
        email.setValue("owner@seller.example.cn");
        test($(Button.class).id("claim-send")).click();
        Grid<ClaimInvitationInfo> invitations = $(Grid.class).id("claim-invitations");
        assertThat(test(invitations).size()).isEqualTo(1);
        assertThat(test(invitations).getRow(0).email()).isEqualTo("owner@seller.example.cn");

        test($(Button.class).id("admin-merchant-submit-drafts")).click();
        assertThat($(Span.class).id("admin-merchant-drafts-outcome").getText()).startsWith("3 submitted for review");

        DemoSignIn.as(signIn, DemoSignIn.COMPLIANCE);
        navigate(ListingBatchReviewView.class);
        ComboBox<ReviewBatch> batches = $(ComboBox.class).id("batch-merchant");
        batches.setValue(batches.getListDataView()
                .getItems()
                .filter(b -> b.merchantId() == imported.id())
                .findFirst()
                .orElseThrow());
        assertThat(test($(Grid.class).id("batch-grid")).size()).isEqualTo(3);
        test($(Button.class).id("batch-approve-passing")).click();
        test($(ConfirmDialog.class).id("batch-confirm")).confirm();

        assertThat($(Span.class).id("batch-outcome").getText()).startsWith("3 approved");
        assertThat(catalog.details(ids)).extracting(ListingDetails::status).containsOnly(ListingStatus.PUBLISHED);
    }

    @Test
    @SuppressWarnings("unchecked")
    void onAPhoneTheBatchGridKeepsOneColumnWithEachRowsCheckAndDecisionsUnderItsTitle() {
        navigate("admin/merchants/" + imported.id(), AdminMerchantView.class);
        test($(Button.class).id("admin-merchant-submit-drafts")).click();
        DemoSignIn.as(signIn, DemoSignIn.COMPLIANCE);
        ListingBatchReviewView view = navigate(ListingBatchReviewView.class);
        ComboBox<ReviewBatch> batches = $(ComboBox.class).id("batch-merchant");
        batches.setValue(batches.getListDataView()
                .getItems()
                .filter(b -> b.merchantId() == imported.id())
                .findFirst()
                .orElseThrow());

        view.fit(390);

        Grid<BatchItem> grid = $(Grid.class).id("batch-grid");
        assertThat(grid.getColumns().stream().filter(Grid.Column::isVisible)).hasSize(1);
        assertThat(grid.getClassNames()).contains("dp-narrow");
        BatchItem first = grid.getListDataView().getItems().findFirst().orElseThrow();
        Component cell = ((ComponentRenderer<Component, BatchItem>)
                        grid.getColumns().getFirst().getRenderer())
                .createComponent(first);
        assertThat(cell.getChildren().map(c -> c.getId().orElse(c.getClass().getSimpleName())))
                .as("title, category, check result, decisions")
                .hasSize(4);
        assertThat(cell.getChildren().skip(3).findFirst().orElseThrow().getChildren())
                .extracting(c -> c.getId().orElseThrow())
                .containsExactly("batch-approve-" + first.id(), "batch-return-" + first.id());

        view.fit(1280);

        assertThat(grid.getColumns().stream().filter(Grid.Column::isVisible)).hasSize(4);
        assertThat(((ComponentRenderer<Component, BatchItem>)
                                grid.getColumns().getFirst().getRenderer())
                        .createComponent(first)
                        .getChildren())
                .hasSize(1);
    }
}
