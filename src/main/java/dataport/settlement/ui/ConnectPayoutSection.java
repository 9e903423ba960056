package dataport.settlement.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import dataport.settlement.Balances;
import dataport.settlement.ConnectOnboarding;
import dataport.settlement.ConnectOnboarding.ConnectSetup;
import dataport.settlement.ConnectStatus;
import dataport.settlement.PayoutRail;
import dataport.shared.Money;
import dataport.shared.ui.Times;
import java.util.Optional;
import java.util.Set;

/**
 * The Stripe Connect part of the payouts page, for merchants outside mainland China: link a connected account
 * ("Connect with Stripe" → Stripe's onboarding → back here), then its state; while Stripe cannot pay out yet, what it
 * still needs in plain words and why the money is safe (released shares stay available and are sent once payouts are
 * enabled).
 */
class ConnectPayoutSection extends Div {

    /** Stripe requirement codes with their own plain-words text; others are shown with a general text. */
    static final Set<String> KNOWN_REQUIREMENTS = Set.of(
            "external_account",
            "individual.verification.document",
            "individual.first_name",
            "individual.last_name",
            "individual.dob.day",
            "business_profile.url",
            "tos_acceptance.date",
            "tos_acceptance.ip");

    private final ConnectOnboarding connect;
    private final Paragraph problem = new Paragraph();

    ConnectPayoutSection(ConnectOnboarding connect, String returnedFrom) {
        this.connect = connect;
        addClassName("dp-payout-rail");
        setId("connect-section");
        problem.addClassName("dp-payout-problem");
        problem.setId("connect-problem");
        problem.setVisible(false);
        Optional<ConnectSetup> setup = connect.mySetup();
        if (setup.isEmpty() || setup.get().rail() != PayoutRail.STRIPE_CONNECT) {
            setVisible(false);
            return;
        }
        add(new H2(getTranslation("settlement.connect.title")));
        ConnectStatus status = setup.get().account();
        if (status != null && "return".equals(returnedFrom)) {
            try {
                status = connect.refreshMine().orElse(status);
            } catch (IllegalStateException e) {
                showProblem(e.getMessage());
            }
        }
        if ("refresh".equals(returnedFrom)) {
            Paragraph expired = new Paragraph(getTranslation("settlement.connect.link-expired"));
            expired.addClassName("dp-muted");
            add(expired);
        }
        if (status == null) {
            Paragraph why = new Paragraph(getTranslation("settlement.connect.intro"));
            add(why, problem, connectButton("settlement.connect.start"));
            return;
        }
        showStatus(status);
        if (!status.payoutsEnabled()) {
            showRequirements(status);
            showAvailable(setup.get());
            add(problem, connectButton("settlement.connect.continue"));
        } else {
            add(problem);
        }
    }

    private void showStatus(ConnectStatus status) {
        Span badge = new Span(getTranslation(
                status.payoutsEnabled() ? "settlement.connect.enabled" : "settlement.connect.not-enabled"));
        badge.addClassNames("dp-badge", status.payoutsEnabled() ? "dp-payout-ok" : "dp-payout-waiting");
        badge.setId("connect-status");
        Span account = new Span(getTranslation("settlement.connect.account", status.stripeAccountId()));
        account.addClassName("dp-muted");
        account.setId("connect-account");
        Div head = new Div(badge, account);
        head.addClassName("dp-payout-head");
        add(head);
        if (status.payoutsEnabled()) {
            add(new Paragraph(getTranslation("settlement.connect.enabled-text")));
        }
        if (status.updatedAt() != null) {
            Paragraph when = new Paragraph(
                    getTranslation("settlement.connect.updated", Times.format(getLocale(), status.updatedAt())));
            when.addClassName("dp-muted");
            add(when);
        }
    }

    private void showRequirements(ConnectStatus status) {
        Paragraph intro = new Paragraph(getTranslation(
                status.requirementsDue().isEmpty() ? "settlement.connect.under-review" : "settlement.connect.needs"));
        add(intro);
        if (status.requirementsDue().isEmpty()) {
            return;
        }
        UnorderedList due = new UnorderedList();
        due.setId("connect-requirements");
        for (String code : status.requirementsDue()) {
            due.add(new ListItem(requirement(code)));
        }
        add(due);
    }

    /** A requirement in plain words, translated. */
    String requirement(String code) {
        return KNOWN_REQUIREMENTS.contains(code)
                ? getTranslation("settlement.connect.requirement." + code)
                : getTranslation("settlement.connect.requirement.other", code);
    }

    private void showAvailable(ConnectSetup setup) {
        Paragraph safe = new Paragraph(getTranslation("settlement.connect.funds-safe"));
        safe.setId("connect-funds-safe");
        safe.addClassName("dp-payout-safe");
        add(safe);
        UnorderedList amounts = new UnorderedList();
        amounts.setId("connect-available");
        for (Balances b : setup.balances()) {
            if (b.available() != 0) {
                amounts.add(new ListItem(getTranslation(
                        "settlement.connect.available",
                        Money.ofMinor(b.available(), b.currency()).format(getLocale()))));
            }
        }
        if (amounts.getChildren().findAny().isPresent()) {
            add(amounts);
        }
    }

    private Button connectButton(String labelKey) {
        Button go = new Button(getTranslation(labelKey), e -> {
            try {
                String url = connect.startOnboarding();
                UI.getCurrent().getPage().setLocation(url);
            } catch (IllegalStateException refused) {
                showProblem(refused.getMessage());
            }
        });
        go.addThemeVariants(ButtonVariant.PRIMARY);
        go.setId("connect-stripe");
        return go;
    }

    private void showProblem(String key) {
        problem.setText(
                getTranslation(key != null && key.startsWith("settlement.") ? key : ConnectOnboarding.STRIPE_FAILED));
        problem.setVisible(true);
    }
}
