package dataport.catalog.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import dataport.onboarding.ClaimInvitationInfo;
import dataport.onboarding.ClaimRefused;
import dataport.onboarding.ClaimState;
import dataport.onboarding.MerchantClaims;
import dataport.shared.ui.Times;

/** Invitations to claim an unclaimed merchant: send one to an address, see each one's state, revoke an open one. */
class ClaimPanel extends Div {

    private final MerchantClaims claims;
    private final long merchantId;
    final EmailField email = new EmailField();
    final Grid<ClaimInvitationInfo> grid = new Grid<>();

    ClaimPanel(MerchantClaims claims, long merchantId) {
        this.claims = claims;
        this.merchantId = merchantId;
        addClassName("dp-section");
        setId("claim-panel");
        Paragraph lead = new Paragraph(getTranslation("admin.merchants.claim.lead"));
        lead.addClassName("dp-muted");
        email.setLabel(getTranslation("admin.merchants.claim.email"));
        email.setId("claim-email");
        Button send = new Button(getTranslation("admin.merchants.claim.send"), e -> send());
        send.setId("claim-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(email, send);
        form.addClassName("dp-actions");
        grid.setId("claim-invitations");
        grid.setAllRowsVisible(true);
        grid.addColumn(ClaimInvitationInfo::email).setHeader(getTranslation("admin.merchants.claim.email"));
        grid.addColumn(i -> Times.format(getLocale(), i.sentAt()))
                .setHeader(getTranslation("admin.merchants.claim.sent"));
        grid.addColumn(i -> Times.format(getLocale(), i.expiresAt()))
                .setHeader(getTranslation("admin.merchants.claim.expires"));
        grid.addColumn(i -> getTranslation("onboarding.claim.state." + i.state()))
                .setHeader(getTranslation("admin.merchants.claim.state"));
        grid.addComponentColumn(i -> {
            Button revoke = new Button(getTranslation("admin.merchants.claim.revoke"), e -> {
                claims.revoke(i.id());
                refresh();
            });
            revoke.setId("claim-revoke-" + i.id());
            revoke.setVisible(i.state() == ClaimState.OPEN);
            return revoke;
        });
        add(new H2(getTranslation("admin.merchants.claim.title")), lead, form, grid);
        refresh();
    }

    void send() {
        try {
            claims.invite(merchantId, email.getValue());
            email.clear();
            email.setInvalid(false);
            refresh();
        } catch (ClaimRefused refused) {
            // What was typed stays in the field, with the reason under it.
            email.setErrorMessage(getTranslation(refused.messageKey()));
            email.setInvalid(true);
        }
    }

    private void refresh() {
        grid.setItems(claims.invitations(merchantId));
    }
}
