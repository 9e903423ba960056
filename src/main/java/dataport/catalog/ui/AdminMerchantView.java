package dataport.catalog.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import dataport.catalog.BatchItem;
import dataport.catalog.BatchOutcome;
import dataport.catalog.BulkSubmission;
import dataport.merchants.MerchantService;
import dataport.merchants.MerchantSummary;
import dataport.onboarding.MerchantClaims;
import dataport.shared.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * One merchant as staff manage it: whether anyone owns it; for one nobody has claimed yet (an import created it),
 * submitting all its drafts for review and inviting its future owner.
 */
@Route(value = AdminMerchantsView.ROUTE, layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class AdminMerchantView extends Div implements HasUrlParameter<Long>, HasDynamicTitle {

    private final MerchantService merchants;
    private final BulkSubmission bulk;
    private final MerchantClaims claims;
    final Span draftsOutcome = new Span();
    private MerchantSummary merchant;

    AdminMerchantView(MerchantService merchants, BulkSubmission bulk, MerchantClaims claims) {
        this.merchants = merchants;
        this.bulk = bulk;
        this.claims = claims;
        addClassName("dp-page");
        setId("admin-merchant");
    }

    @Override
    public void setParameter(BeforeEvent event, Long merchantId) {
        merchant = merchantId == null ? null : merchants.find(merchantId).orElse(null);
        if (merchant == null) {
            throw new NotFoundException();
        }
        show();
    }

    private void show() {
        removeAll();
        boolean unclaimed = claims.isUnclaimed(merchant.id());
        Paragraph owner = new Paragraph(
                getTranslation(unclaimed ? "admin.merchants.unclaimed.lead" : "admin.merchants.claimed.lead"));
        owner.setId("admin-merchant-owner");
        add(new H1(merchant.name().in(getLocale())), owner);
        if (unclaimed) {
            add(drafts(), new ClaimPanel(claims, merchant.id()));
        }
    }

    private Div drafts() {
        List<BatchItem> drafts = bulk.drafts(merchant.id());
        long passing = drafts.stream().filter(BatchItem::passes).count();
        Paragraph count = new Paragraph(getTranslation("admin.merchants.drafts", drafts.size(), passing));
        count.setId("admin-merchant-drafts");
        Button submit = new Button(getTranslation("workspace.bulk.submit-all"), e -> {
            BatchOutcome result = bulk.submitAllDrafts(merchant.id());
            show();
            draftsOutcome.setText(
                    getTranslation("workspace.bulk.outcome", result.done(), result.failedChecks(), result.skipped()));
        });
        submit.setId("admin-merchant-submit-drafts");
        submit.setEnabled(passing > 0);
        draftsOutcome.setId("admin-merchant-drafts-outcome");
        draftsOutcome.getElement().setAttribute("role", "status");
        Div section = new Div(new H2(getTranslation("admin.merchants.drafts.title")), count, submit, draftsOutcome);
        section.addClassName("dp-section");
        return section;
    }

    @Override
    public String getPageTitle() {
        return (merchant == null ? "" : merchant.name().in(getLocale()) + " · ") + getTranslation("app.name");
    }
}
