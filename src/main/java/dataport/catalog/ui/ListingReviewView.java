package dataport.catalog.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import dataport.catalog.InvalidListing;
import dataport.catalog.ListingMedia;
import dataport.catalog.ListingReview;
import dataport.catalog.ListingStatus;
import dataport.catalog.ReviewCase;
import dataport.catalog.StaleListing;
import dataport.shared.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * One listing under review: the proposed texts in English and Chinese side by side, the content as buyers would see
 * it, for a revision the fields it changes, and the decision (approve, or return with a comment the merchant then sees). Also suspends and reinstates.
 */
@Route(value = ListingReviewQueueView.ROUTE + "/:id", layout = MainLayout.class)
@RolesAllowed("COMPLIANCE")
@StyleSheet("themes/dataport/catalog-workspace.css")
public class ListingReviewView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ListingReview review;
    private final ListingMedia media;
    final TextArea comment = new TextArea();
    final Button approve = new Button();
    final Button returnButton = new Button();
    final Button suspend = new Button();
    final Button reinstate = new Button();
    final Paragraph outcome = new Paragraph();
    private ReviewCase current;
    private String title = "";

    ListingReviewView(ListingReview review, ListingMedia media) {
        this.review = review;
        this.media = media;
        addClassName("dp-page");
        addClassName("dp-listing-review");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            long id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            show(review.open(id));
        } catch (IllegalArgumentException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    void show(ReviewCase c) {
        current = c;
        removeAll();
        title = c.proposed().title() == null ? "" : c.proposed().title().in(getLocale());
        Anchor back = new Anchor(ListingReviewQueueView.ROUTE, getTranslation("review.listings.back"));
        Span state = new Span(getTranslation("listing.status." + c.status())
                + (c.revisionState() == null ? "" : " · " + getTranslation("workspace.revision." + c.revisionState())));
        state.addClassName("dp-badge");
        state.setId("review-state");
        state.getElement().setAttribute("data-status", c.status().name());
        add(back, new H1(title), state);

        if (c.isRevision()) {
            Div changes = new Div(new H2(getTranslation("review.listings.changes")));
            changes.setId("revision-changes");
            Paragraph list = new Paragraph(
                    c.changedFields().isEmpty()
                            ? getTranslation("review.listings.no-changes")
                            : c.changedFields().stream()
                                    .map(f -> getTranslation("review.field." + f))
                                    .collect(Collectors.joining(", ")));
            changes.add(list);
            changes.addClassName("dp-panel");
            add(changes);
        }

        outcome.setId("review-outcome");
        outcome.setVisible(false);
        add(outcome);
        add(decision(c));
        add(new BilingualTexts(c.proposed()));
        Div page = new Div(new ListingPresentation(review.preview(c), media.of(c.proposed()), media));
        page.addClassName("dp-listing");
        page.setId("review-preview");
        add(
                new H2(getTranslation(c.isRevision() ? "review.listings.proposed" : "review.listings.as-buyers-see")),
                page);
    }

    private Div decision(ReviewCase c) {
        comment.setLabel(getTranslation("review.listings.comment"));
        // No maxLength: it would cut a pasted comment silently; the service refuses one that is too long, and says so.
        comment.setId("review-comment-field");
        comment.setWidthFull();
        approve.setText(getTranslation("review.listings.approve"));
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        approve.setId("approve-listing");
        approve.addClickListener(e -> decide(() -> review.approve(c.id(), c.version()), "review.listings.approved"));
        returnButton.setText(getTranslation("review.listings.return"));
        returnButton.setId("return-listing");
        returnButton.addClickListener(e -> decide(
                () -> review.returnWithComment(c.id(), c.version(), comment.getValue()), "review.listings.returned"));
        suspend.setText(getTranslation("review.listings.suspend"));
        suspend.addThemeVariants(ButtonVariant.LUMO_ERROR);
        suspend.setId("suspend-listing");
        suspend.addClickListener(e ->
                decide(() -> review.suspend(c.id(), c.version(), comment.getValue()), "review.listings.suspended"));
        reinstate.setText(getTranslation("review.listings.reinstate"));
        reinstate.setId("reinstate-listing");
        reinstate.addClickListener(
                e -> decide(() -> review.reinstate(c.id(), c.version()), "review.listings.reinstated"));
        boolean inReview = c.isAwaitingReview();
        approve.setVisible(inReview);
        returnButton.setVisible(inReview);
        suspend.setVisible(c.status() == ListingStatus.PUBLISHED && !inReview);
        reinstate.setVisible(c.status() == ListingStatus.SUSPENDED);
        comment.setVisible(inReview || c.status() == ListingStatus.PUBLISHED);
        Div buttons = new Div(approve, returnButton, suspend, reinstate);
        buttons.addClassName("dp-actions");
        Div box = new Div(new H2(getTranslation("review.listings.decision")), comment, buttons);
        box.addClassName("dp-panel");
        box.setId("review-decision");
        return box;
    }

    private void decide(Runnable decision, String doneKey) {
        comment.setInvalid(false);
        try {
            decision.run();
            Notification.show(getTranslation(doneKey), 4000, Notification.Position.BOTTOM_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            show(review.open(current.id()));
            outcome.setText(getTranslation(doneKey));
            outcome.setVisible(true);
        } catch (InvalidListing e) {
            comment.setErrorMessage(
                    getTranslation(e.errors().getOrDefault("comment", "review.listings.comment-required")));
            comment.setInvalid(true);
        } catch (StaleListing | OptimisticLockingFailureException | IllegalStateException e) {
            // Another reviewer decided first (or the merchant archived it): say so and show what it is now.
            String typed = comment.getValue();
            show(review.open(current.id()));
            comment.setValue(typed);
            outcome.setText(getTranslation("review.listings.decided-meanwhile"));
            outcome.addClassName("dp-error");
            outcome.setVisible(true);
            Notification.show(
                            getTranslation("review.listings.decided-meanwhile"),
                            6000,
                            Notification.Position.BOTTOM_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.listings.title") + ": " + title + " · " + getTranslation("app.name");
    }
}
