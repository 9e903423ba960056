package dataport.delivery.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dataport.delivery.Gateway;
import dataport.delivery.GatewaySecretInfo;
import dataport.shared.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;

/**
 * The merchant's API gateway secret at {@code /workspace/gateway}: with it their gateway asks DataPort whether a
 * buyer's API key is valid. A new secret is shown once and replaces the old one at once.
 */
@Route(value = GatewayView.ROUTE, layout = MainLayout.class)
@RolesAllowed("MERCHANT")
public class GatewayView extends Div implements HasDynamicTitle {

    static final String ROUTE = "workspace/gateway";

    /** An HTTP exchange, the same in every language. */
    private static final String EXAMPLE = """
            POST /api/v1/keys/check
            X-Gateway-Secret: dpg_…
            X-Api-Key: dpk_…

            200 {"valid": true, "listingId": 42, "orderNumber": "DP-…", "expiresAt": "2027-01-31T00:00:00Z"}
            """;

    final Button renew = new Button();
    final TextField newSecret = new TextField();
    private final Span current = new Span();
    private final Gateway gateway;

    GatewayView(Gateway gateway) {
        this.gateway = gateway;
        addClassName("dp-page");
        add(new H1(getTranslation("delivery.gateway.title")));
        Paragraph lead = new Paragraph(getTranslation("delivery.gateway.lead"));
        lead.addClassName("dp-lead");
        current.setId("gateway-secret-state");
        newSecret.setId("new-gateway-secret");
        newSecret.setLabel(getTranslation("delivery.gateway.new-label"));
        newSecret.setHelperText(getTranslation("delivery.gateway.shown-once"));
        newSecret.setReadOnly(true);
        newSecret.setWidthFull();
        newSecret.setVisible(false);
        renew.setId("renew-gateway-secret");
        renew.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        renew.addClickListener(e -> {
            newSecret.setValue(gateway.renewSecret());
            newSecret.setVisible(true);
            showState();
        });
        Div actions = new Div(renew);
        actions.addClassName("dp-actions");
        Pre example = new Pre(EXAMPLE);
        example.setId("gateway-example");
        example.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere");
        add(
                lead,
                current,
                actions,
                newSecret,
                new H2(getTranslation("delivery.gateway.how")),
                new Paragraph(getTranslation("delivery.gateway.how-text")),
                example);
        showState();
    }

    private void showState() {
        Optional<GatewaySecretInfo> secret = gateway.secret();
        current.setText(secret.map(s -> getTranslation(
                        "delivery.gateway.current", s.prefix() + "…", Formats.dateTime(this, s.createdAt())))
                .orElseGet(() -> getTranslation("delivery.gateway.none")));
        renew.setText(getTranslation(secret.isPresent() ? "delivery.gateway.renew" : "delivery.gateway.create"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("delivery.gateway.title") + " · " + getTranslation("app.name");
    }
}
