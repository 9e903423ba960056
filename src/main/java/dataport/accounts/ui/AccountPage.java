package dataport.accounts.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;

/** The narrow card the account pages (sign-up, verification, password reset) share. */
abstract class AccountPage extends Div implements HasDynamicTitle {

    private final String titleKey;
    protected final Div card = new Div();
    private Paragraph problem;

    AccountPage(String titleKey) {
        this.titleKey = titleKey;
        addClassName("dp-page");
        addClassName("dp-account-page");
        card.addClassName("dp-account-card");
        add(card);
    }

    /** Replaces the card's content with a heading, a message and the given links or components. */
    protected void showMessage(String id, String headingKey, String textKey, Component... more) {
        card.removeAll();
        Paragraph text = new Paragraph(getTranslation(textKey));
        text.setId(id);
        text.getElement().setAttribute("role", "status");
        card.add(new H1(getTranslation(headingKey)), text);
        card.add(more);
    }

    /**
     * Shows a problem with the whole form (not one field) at the top of the card, leaving every field as it is, so
     * nothing typed is lost.
     */
    protected void showProblem(String text) {
        if (problem == null) {
            problem = new Paragraph();
            problem.setId("account-problem");
            problem.addClassName("dp-alert");
            problem.getElement().setAttribute("role", "alert");
        }
        problem.setText(text);
        if (problem.getParent().isEmpty()) {
            card.addComponentAtIndex(Math.min(1, card.getComponentCount()), problem);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " · " + getTranslation("app.name");
    }
}
