package dataport.orders.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import dataport.catalog.CatalogService;
import dataport.catalog.ListingDetails;
import dataport.catalog.PricingModel;
import dataport.orders.CheckoutRefused;
import dataport.orders.CheckoutRequest;
import dataport.orders.IndicativeRates;
import dataport.orders.OrderService;
import dataport.orders.PaymentStart;
import dataport.shared.ExportNotice;
import dataport.shared.ui.Countries;
import dataport.shared.ui.ExportNoticePanel;
import dataport.shared.ui.MainLayout;
import dataport.shared.ui.RouteIds;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code /checkout/{listingId}?plan=N}: a signed-in buyer's checkout of one plan: the plan and total, an indicative
 * conversion, the licence terms to agree to, and "Pay", which creates the order and sends the browser to Stripe's
 * hosted page. The page makes one checkout key, so however often "Pay" is pressed there is one order.
 */
@Route(value = "checkout/:listingId", layout = MainLayout.class)
@PermitAll
@StyleSheet("themes/dataport/orders.css")
public class CheckoutView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CatalogService catalog;
    private final OrderService orders;
    private final IndicativeRates rates;
    private final String checkoutKey = UUID.randomUUID().toString();

    final ComboBox<String> destination = new ComboBox<>();
    final Div exportNotice = new Div();
    final Checkbox agree = new Checkbox();
    final Button pay = new Button();
    final Paragraph problem = new Paragraph();
    private CheckoutTotals totals;
    private ListingDetails listing;
    private int planIndex;
    private ExportNotice routed;

    CheckoutView(CatalogService catalog, OrderService orders, IndicativeRates rates) {
        this.catalog = catalog;
        this.orders = orders;
        this.rates = rates;
        addClassNames("dp-page", "dp-checkout");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<ListingDetails> found = event.getRouteParameters()
                .get("listingId")
                .flatMap(RouteIds::parse)
                .flatMap(catalog::findPublished);
        int plan = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("plan")
                .flatMap(RouteIds::parse)
                .map(Long::intValue)
                .orElse(0);
        if (found.isEmpty()
                || plan < 0
                || plan >= found.get().plans().size()
                || found.get().plans().get(plan).model() == PricingModel.QUOTE) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(found.get(), plan);
    }

    private void show(ListingDetails l, int plan) {
        removeAll();
        this.listing = l;
        this.planIndex = plan;
        ListingDetails.Plan chosen = l.plans().get(plan);

        H1 heading = new H1(getTranslation("orders.checkout.title"));
        Anchor back = new Anchor("listings/" + l.id(), l.content().title().in(getLocale()));
        back.setId("checkout-listing");
        Paragraph seller = new Paragraph(
                getTranslation("orders.checkout.sold-by", l.merchant().name().in(getLocale())));
        seller.addClassName("dp-muted");

        totals = new CheckoutTotals(chosen, rates);
        LicenceTerms terms = new LicenceTerms(l);

        agree.setLabel(getTranslation("orders.checkout.agree"));
        agree.setId("checkout-agree");
        agree.addValueChangeListener(e -> updatePayable());
        pay.setText(getTranslation("orders.checkout.pay"));
        pay.setId("checkout-pay");
        pay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        pay.setDisableOnClick(true);
        pay.addClickListener(e -> pay());
        problem.setId("checkout-problem");
        problem.addClassName("dp-checkout-problem");
        problem.setVisible(false);

        destination.setId("checkout-destination");
        destination.setLabel(getTranslation("orders.checkout.destination"));
        destination.setHelperText(getTranslation("orders.checkout.destination.helper"));
        Locale locale = getLocale();
        destination.setItems(Arrays.stream(Locale.getISOCountries())
                .sorted(java.util.Comparator.comparing((String code) -> Countries.name(code, locale)))
                .toList());
        // The code in the label lets people (and tests) find a country by its ISO code in either language.
        destination.setItemLabelGenerator(code -> Countries.name(code, locale) + " (" + code + ")");
        destination.setWidthFull();
        destination.addValueChangeListener(e -> route());
        exportNotice.setId("checkout-export");

        Div side = new Div(totals, destination, exportNotice, agree, pay, problem);
        side.addClassNames("dp-panel", "dp-checkout-side");
        Div main = new Div(back, seller, terms);
        main.addClassName("dp-checkout-main");
        Div body = new Div(main, side);
        body.addClassName("dp-checkout-body");
        add(heading, body);

        totals.addQuantityListener(this::updatePayable);
        try {
            OrderService.requirePayableCurrency(chosen.price().currency());
        } catch (CheckoutRefused refused) {
            tell(refused);
        }
        if (!orders.paymentsAvailable()) {
            tell(new CheckoutRefused(CheckoutRefused.Reason.PAYMENTS_UNAVAILABLE));
        }
        updatePayable();
    }

    /** Shows what the cross-border rules decide for the chosen destination; BLOCKED stops checkout here. */
    private void route() {
        exportNotice.removeAll();
        routed = null;
        String to = destination.getValue();
        destination.setInvalid(false);
        if (to != null) {
            routed = orders.exportPreview(listing.id(), to).orElse(null);
        }
        if (routed != null) {
            exportNotice.add(new ExportNoticePanel("checkout", routed, getLocale()));
        }
        pay.setText(getTranslation(
                routed != null && routed.needsReview() ? "orders.checkout.request-review" : "orders.checkout.pay"));
        updatePayable();
    }

    private void updatePayable() {
        pay.setEnabled(agree.getValue()
                && totals.quantity().isPresent()
                && !problem.isVisible()
                && destination.getValue() != null
                && (routed == null || !routed.blocked()));
    }

    private void tell(CheckoutRefused refused) {
        problem.setText(getTranslation(refused.messageKey()));
        problem.setVisible(true);
        pay.setEnabled(false);
    }

    private void pay() {
        if (destination.getValue() == null) {
            destination.setErrorMessage(getTranslation("orders.checkout.destination.required"));
            destination.setInvalid(true);
        }
        if (!agree.getValue() || totals.quantity().isEmpty() || destination.getValue() == null) {
            updatePayable();
            return;
        }
        try {
            long orderId = orders.placeOrder(new CheckoutRequest(
                    checkoutKey,
                    listing.id(),
                    listing.version(),
                    planIndex,
                    listing.plans().get(planIndex).price(),
                    totals.quantity().get(),
                    destination.getValue()));
            Optional<ExportNotice> held = orders.paymentHold(orderId);
            if (held.isPresent() && held.get().actionRoute() != null) {
                UI.getCurrent().navigate(held.get().actionRoute());
                return;
            }
            PaymentStart start = orders.startPayment(orderId, getLocale());
            if (start.url() == null) {
                UI.getCurrent().navigate("checkout/return/" + orderId);
            } else {
                UI.getCurrent().getPage().setLocation(start.url());
            }
        } catch (CheckoutRefused refused) {
            tell(refused);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("orders.checkout.title") + " · " + getTranslation("app.name");
    }
}
