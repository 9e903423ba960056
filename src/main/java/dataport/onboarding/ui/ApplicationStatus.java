package dataport.onboarding.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import dataport.onboarding.ApplicationDetails;
import dataport.onboarding.ApplicationState;

/**
 * Above the wizard: where the application stands, the reviewer's comments, and what to do next (list a first
 * service once approved, start over once rejected). Carries {@code data-state}.
 */
class ApplicationStatus extends Div {

    /** The catalogue's workspace routes, by path: catalog's views are that module's internals. */
    static final String WORKSPACE_NEW_LISTING = "workspace/listings/new";

    static final String WORKSPACE_LISTINGS = "workspace/listings";

    private final Runnable startOver;

    ApplicationStatus(Runnable startOver) {
        this.startOver = startOver;
        setId("application-status");
    }

    /** A member of a merchant (e.g. invited to its team) has nothing to apply for: the workspace is theirs. */
    void showAlreadyMerchant() {
        removeAll();
        getElement().setAttribute("data-state", "MERCHANT");
        Paragraph already = new Paragraph(getTranslation("onboarding.already-merchant"));
        already.setId("already-merchant");
        Anchor listings = new Anchor(WORKSPACE_LISTINGS, getTranslation("onboarding.approved.my-listings"));
        listings.setId("already-merchant-listings");
        add(already, new Paragraph(listings));
    }

    void show(ApplicationDetails application) {
        removeAll();
        if (application == null || application.state() == ApplicationState.DRAFT) {
            add(new Paragraph(getTranslation("onboarding.intro")));
            getElement().setAttribute("data-state", ApplicationState.DRAFT.name());
            return;
        }
        ApplicationState state = application.state();
        boolean suspended = state == ApplicationState.APPROVED && application.merchantSuspended();
        String shown = suspended ? "SUSPENDED" : state.name();
        getElement().setAttribute("data-state", shown);
        Span badge = new Span(getTranslation("onboarding.state." + shown));
        badge.setId("application-state");
        badge.addClassName("dp-badge");
        add(new Paragraph(new Span(getTranslation("onboarding.status") + " "), badge));
        add(new Paragraph(getTranslation("onboarding.state-explained." + shown)));
        if (state == ApplicationState.CHANGES_REQUESTED
                && !application.fieldComments().isEmpty()) {
            UnorderedList comments = new UnorderedList();
            comments.setId("review-comments");
            application.fieldComments().forEach((field, comment) -> {
                ListItem item = new ListItem(getTranslation(
                        "onboarding.field-comment", getTranslation("onboarding.field." + field), comment));
                item.getElement().setAttribute("data-field", field);
                comments.add(item);
            });
            add(comments);
        }
        if (state == ApplicationState.APPROVED && !suspended) {
            Paragraph next = new Paragraph(getTranslation("onboarding.approved.next"));
            next.setId("approved-next");
            Anchor newListing = new Anchor(WORKSPACE_NEW_LISTING, getTranslation("onboarding.approved.new-listing"));
            newListing.setId("approved-new-listing");
            newListing.addClassName("dp-primary-link");
            Anchor myListings = new Anchor(WORKSPACE_LISTINGS, getTranslation("onboarding.approved.my-listings"));
            myListings.setId("approved-my-listings");
            add(next, new Paragraph(newListing, new Span(" "), myListings));
        }
        if (state == ApplicationState.REJECTED) {
            Paragraph reason =
                    new Paragraph(getTranslation("onboarding.rejected-reason", application.decisionReason()));
            reason.setId("rejection-reason");
            Button again = new Button(getTranslation("onboarding.start-over"), e -> startOver.run());
            again.setId("start-over");
            add(reason, again);
        }
    }
}
