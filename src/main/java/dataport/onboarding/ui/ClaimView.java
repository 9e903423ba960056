package dataport.onboarding.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dataport.accounts.CurrentUser;
import dataport.onboarding.ClaimRefused;
import dataport.onboarding.ClaimState;
import dataport.onboarding.MerchantClaims;
import java.util.Locale;
import java.util.Optional;

/**
 * The link in a claim invitation ({@code /claim?token=…}): names the merchant; a visitor is asked to sign in or sign
 * up with the invited address; a signed-in user accepts and continues to the onboarding application, filled in from
 * the merchant.
 */
@Route(value = ClaimView.ROUTE, layout = dataport.shared.ui.MainLayout.class)
@AnonymousAllowed
public class ClaimView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "claim";

    private final MerchantClaims claims;
    private final CurrentUser currentUser;
    private final Paragraph message = new Paragraph();
    private String token = "";

    ClaimView(MerchantClaims claims, CurrentUser currentUser) {
        this.claims = claims;
        this.currentUser = currentUser;
        addClassName("dp-page");
        setId("claim-page");
        message.setId("claim-message");
        message.getElement().setAttribute("role", "status");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("token")
                .orElse("");
        show();
    }

    private void show() {
        removeAll();
        add(new H1(getTranslation("onboarding.claim.title")));
        Optional<MerchantClaims.ClaimPreview> preview = claims.preview(token);
        if (preview.isEmpty()) {
            message.setText(getTranslation("onboarding.claim.refused.unknown"));
            add(message);
            return;
        }
        MerchantClaims.ClaimPreview claim = preview.get();
        String name = claim.merchantName().in(getLocale());
        Paragraph lead = new Paragraph(getTranslation("onboarding.claim.lead", name));
        lead.setId("claim-lead");
        add(lead);
        if (claim.state() != ClaimState.OPEN) {
            message.setText(getTranslation(
                    "onboarding.claim.refused." + claim.state().name().toLowerCase(Locale.ROOT)));
            add(message);
            return;
        }
        if (currentUser.get().isEmpty()) {
            message.setText(getTranslation("onboarding.claim.sign-in", claim.email()));
            Anchor login = new Anchor("login", getTranslation("onboarding.claim.login"));
            login.setId("claim-login");
            Anchor signup = new Anchor("signup", getTranslation("onboarding.claim.signup"));
            signup.setId("claim-signup");
            Div links = new Div(login, signup);
            links.addClassName("dp-actions");
            add(message, links);
            return;
        }
        Button accept = new Button(getTranslation("onboarding.claim.accept"), e -> accept(name));
        accept.setId("claim-accept");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(accept, message);
    }

    void accept(String name) {
        try {
            claims.accept(token);
            message.setText(getTranslation("onboarding.claim.accepted", name));
            getUI().ifPresent(ui -> ui.navigate(OnboardingView.class));
        } catch (ClaimRefused refused) {
            message.setText(getTranslation(refused.messageKey()));
            message.addClassName("dp-error");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("onboarding.claim.title") + " · " + getTranslation("app.name");
    }
}
