package dataport.catalog.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dataport.merchants.MerchantService;
import dataport.merchants.MerchantSummary;
import dataport.shared.ui.LengthLimits;
import dataport.shared.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;

/** Staff's list of merchants (imported ones included) by name; a row opens the merchant's admin page. */
@Route(value = AdminMerchantsView.ROUTE, layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class AdminMerchantsView extends Div implements HasDynamicTitle {

    static final String ROUTE = "admin/merchants";

    final Grid<MerchantSummary> grid = new Grid<>();
    final TextField text = new TextField();

    AdminMerchantsView(MerchantService merchants) {
        addClassName("dp-page");
        setId("admin-merchants");
        Paragraph lead = new Paragraph(getTranslation("admin.merchants.lead"));
        lead.addClassName("dp-muted");
        text.setLabel(getTranslation("admin.merchants.search"));
        text.setId("admin-merchants-filter");
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        LengthLimits.guard(text, this, 200);
        grid.setId("admin-merchants-grid");
        grid.addColumn(m -> m.name().in(getLocale()))
                .setHeader(getTranslation("admin.merchants.name"))
                .setFlexGrow(3);
        grid.addColumn(MerchantSummary::countryCode).setHeader(getTranslation("admin.merchants.country"));
        grid.addColumn(m -> getTranslation(
                        merchants.memberIds(m.id()).isEmpty()
                                ? "admin.merchants.unclaimed"
                                : "admin.merchants.claimed"))
                .setHeader(getTranslation("admin.merchants.owner"));
        grid.addItemClickListener(e -> getUI().ifPresent(
                        ui -> ui.navigate(AdminMerchantView.class, e.getItem().id())));
        grid.setItems(q -> merchants.findByName(text.getValue(), q.getPage(), q.getPageSize()).stream(), q ->
                (int) merchants.countByName(text.getValue()));
        text.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        add(new H1(getTranslation("admin.merchants.title")), lead, text, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.merchants.title") + " · " + getTranslation("app.name");
    }
}
