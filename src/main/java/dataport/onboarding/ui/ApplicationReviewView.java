package dataport.onboarding.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import dataport.onboarding.ApplicationDetails;
import dataport.onboarding.ApplicationState;
import dataport.onboarding.ApplicationStateException;
import dataport.onboarding.DocumentInfo;
import dataport.onboarding.Fields;
import dataport.onboarding.InvalidApplication;
import dataport.onboarding.OnboardingService;
import dataport.shared.Bilingual;
import dataport.shared.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * One application for compliance staff: all its data and documents, and the decisions. A decision made on a stale
 * page (another officer decided meanwhile) is refused with a message, and the page shows the current state.
 */
@Route(value = "staff/applications/:id(\\d{1,18})", layout = MainLayout.class)
@RolesAllowed("COMPLIANCE")
public class ApplicationReviewView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final OnboardingService onboarding;
    private final Div content = new Div();
    private final Span message = new Span();
    private final Map<String, String> comments = new LinkedHashMap<>();
    private ApplicationDetails application;

    public ApplicationReviewView(OnboardingService onboarding) {
        this.onboarding = onboarding;
        addClassName("dp-application-review");
        setId("application-review");
        message.setId("decision-message");
        message.getElement().setAttribute("role", "alert");
        message.setVisible(false);
        add(message, content);
    }

    static RouteParameters parameters(long id) {
        return new RouteParameters("id", String.valueOf(id));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        application = onboarding.find(id).orElseThrow(NotFoundException::new);
        render();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("onboarding.review.title", application == null ? "" : application.id()) + " | "
                + getTranslation("app.name");
    }

    private void render() {
        content.removeAll();
        comments.clear();
        ApplicationDetails a = application;
        Span state = new Span(getTranslation("onboarding.state." + a.state().name()));
        state.setId("review-state");
        state.getElement().setAttribute("data-state", a.state().name());
        state.addClassName("dp-badge");
        content.add(new H1(getTranslation("onboarding.review.title", a.id())), new Paragraph(state));
        if (a.decisionReason() != null) {
            Paragraph reason = new Paragraph(getTranslation("onboarding.rejected-reason", a.decisionReason()));
            reason.setId("review-reason");
            content.add(reason);
        }
        if (!a.fieldComments().isEmpty()) {
            UnorderedList list = new UnorderedList();
            list.setId("review-open-comments");
            a.fieldComments()
                    .forEach((f, c) -> list.add(new ListItem(
                            getTranslation("onboarding.field-comment", getTranslation("onboarding.field." + f), c))));
            content.add(new H2(getTranslation("onboarding.review.comments-sent")), list);
        }
        content.add(ApplicationTexts.summary(a, key -> getTranslation(key), getLocale()));
        content.add(new H2(getTranslation("onboarding.step.DOCUMENTS")));
        Div docs = new Div();
        docs.setId("review-documents");
        for (DocumentInfo doc : a.documents()) {
            Anchor link = DocumentsStep.downloadLink(onboarding, doc);
            Div row = new Div(
                    link,
                    new Span(" "
                            + getTranslation(
                                    "onboarding.document.kind." + doc.kind().name()) + " · "
                            + ApplicationTexts.size(doc.size(), getLocale()) + " · " + doc.contentType()),
                    new Div(new Span("SHA-256 " + doc.sha256())));
            row.addClassName("dp-document");
            row.setId("review-document-" + doc.id());
            docs.add(row);
        }
        content.add(docs);
        content.add(decisions(a));
    }

    private Div decisions(ApplicationDetails a) {
        Div decisions = new Div();
        decisions.setId("decisions");
        if (a.state() == ApplicationState.SUBMITTED) {
            Button start = new Button(
                    getTranslation("onboarding.review.start"),
                    e -> decide(() -> onboarding.startReview(a.id(), a.version()), "onboarding.review.started"));
            start.setId("start-review");
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            decisions.add(start);
        }
        if (a.state() != ApplicationState.IN_REVIEW) {
            return decisions;
        }
        Button approve = new Button(
                getTranslation("onboarding.review.approve"),
                e -> confirm(
                        "approve",
                        "onboarding.review.confirm-approve",
                        ButtonVariant.LUMO_SUCCESS,
                        () -> decide(() -> onboarding.approve(a.id(), a.version()), "onboarding.review.approved")));
        approve.setId("approve");
        approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);

        ComboBox<String> field = new ComboBox<>(getTranslation("onboarding.review.comment-field"));
        field.setItems(Fields.ALL);
        field.setItemLabelGenerator(f -> getTranslation("onboarding.field." + f));
        field.setId("comment-field");
        // No maxLength: the browser would cut a pasted text silently; the service refuses it with the limit instead.
        TextArea comment = new TextArea(getTranslation("onboarding.review.comment"));
        comment.setId("comment-text");
        comment.setManualValidation(true);
        UnorderedList pending = new UnorderedList();
        pending.setId("pending-comments");
        Button add = new Button(getTranslation("onboarding.review.add-comment"), e -> {
            if (field.isEmpty()) {
                refuse(comment, "onboarding.review.comment-needed");
                return;
            }
            try {
                onboarding.checkComment(comment.getValue());
            } catch (InvalidApplication refused) {
                refuse(comment, refused, Fields.COMMENT);
                return;
            }
            comment.setInvalid(false);
            comments.put(field.getValue(), comment.getValue().strip());
            pending.removeAll();
            comments.forEach((f, c) -> {
                ListItem item = new ListItem(
                        getTranslation("onboarding.field-comment", getTranslation("onboarding.field." + f), c));
                item.getElement().setAttribute("data-field", f);
                pending.add(item);
            });
            field.clear();
            comment.clear();
        });
        add.setId("add-comment");
        Button requestChanges = new Button(getTranslation("onboarding.review.request-changes"), e -> {
            if (comments.isEmpty()) {
                refuse(comment, "onboarding.review.comment-needed");
                return;
            }
            decide(
                    () -> onboarding.requestChanges(a.id(), a.version(), comments),
                    "onboarding.review.changes-requested");
        });
        requestChanges.setId("request-changes");

        TextArea reason = new TextArea(getTranslation("onboarding.review.reason"));
        reason.setId("reject-reason");
        reason.setManualValidation(true);
        Button reject = new Button(getTranslation("onboarding.review.reject"), e -> {
            try {
                onboarding.checkReason(reason.getValue());
            } catch (InvalidApplication refused) {
                refuse(reason, refused, Fields.REASON);
                return;
            }
            reason.setInvalid(false);
            confirm("reject", "onboarding.review.confirm-reject", ButtonVariant.LUMO_ERROR, () -> {
                try {
                    decide(
                            () -> onboarding.reject(a.id(), a.version(), reason.getValue()),
                            "onboarding.review.rejected");
                } catch (InvalidApplication refused) {
                    refuse(reason, refused, Fields.REASON);
                }
            });
        });
        reject.setId("reject");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);

        Div changes = new Div(
                new H2(getTranslation("onboarding.review.changes-title")),
                new HorizontalLayout(field, comment, add),
                pending,
                requestChanges);
        Div rejection = new Div(new H2(getTranslation("onboarding.review.reject-title")), reason, reject);
        decisions.add(new Div(approve), changes, rejection);
        return decisions;
    }

    /**
     * Asks before a decision that cannot be taken back, naming the merchant it concerns. The dialog carries the id
     * {@code confirm-<decision>}, its confirming button {@code confirm-<decision>-yes}.
     */
    private void confirm(String decision, String questionKey, ButtonVariant variant, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("confirm-" + decision);
        dialog.setHeader(getTranslation("onboarding.review.confirm-title." + decision));
        dialog.setText(getTranslation(questionKey, merchantName(application)));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("onboarding.review.confirm-cancel"));
        Button yes = new Button(getTranslation("onboarding.review." + decision));
        yes.setId("confirm-" + decision + "-yes");
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY, variant);
        dialog.setConfirmButton(yes);
        dialog.addConfirmListener(e -> action.run());
        dialog.open();
    }

    /** The organisation's legal name in the reader's language, else in the other one. */
    private String merchantName(ApplicationDetails a) {
        return Bilingual.of(a.organisation().legalNameEn(), a.organisation().legalNameZh())
                .in(getLocale());
    }

    private void refuse(TextArea area, String key) {
        area.setErrorMessage(getTranslation(key));
        area.setInvalid(true);
    }

    /** Shows the rule's message on the field, naming the limit; what was typed stays. */
    private void refuse(TextArea area, InvalidApplication refused, String field) {
        area.setErrorMessage(getTranslation(refused.errors().get(field), refused.arguments(field)));
        area.setInvalid(true);
    }

    /** Runs a decision; when someone else decided first, says so and shows what they decided. */
    private void decide(Supplier<ApplicationDetails> decision, String doneKey) {
        try {
            application = decision.get();
            message.setText(getTranslation(doneKey));
            message.getElement().setAttribute("data-outcome", "done");
        } catch (OptimisticLockingFailureException | ApplicationStateException e) {
            application = onboarding.find(application.id()).orElse(application);
            message.setText(getTranslation("onboarding.review.decided-meanwhile"));
            message.getElement().setAttribute("data-outcome", "conflict");
        }
        message.setVisible(true);
        render();
    }
}
