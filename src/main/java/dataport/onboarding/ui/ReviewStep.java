package dataport.onboarding.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import dataport.onboarding.ApplicationDetails;
import dataport.onboarding.DocumentInfo;
import dataport.onboarding.OnboardingService;
import dataport.onboarding.WizardStep;
import java.util.Locale;

/** Step (e): everything as it will be submitted, and what is still missing. */
class ReviewStep extends FieldlessStep {

    private final Div content = new Div();

    ReviewStep(OnboardingService onboarding) {
        super(onboarding, "onboarding.step.REVIEW");
        add(content);
    }

    @Override
    WizardStep step() {
        return WizardStep.REVIEW;
    }

    @Override
    protected void show(ApplicationDetails application) {
        remember(application);
        content.removeAll();
        var missing = onboarding.missing();
        if (!missing.isEmpty()) {
            UnorderedList list = new UnorderedList();
            list.setId("missing-list");
            missing.forEach((field, key) -> {
                ListItem item = new ListItem(getTranslation(
                        "onboarding.field-comment", getTranslation("onboarding.field." + field), getTranslation(key)));
                item.getElement().setAttribute("data-field", field);
                list.add(item);
            });
            content.add(new Div(new Paragraph(getTranslation("onboarding.review.missing")), list));
        }
        content.add(summary(onboarding, application, getLocale()));
    }

    @Override
    ApplicationDetails complete() {
        return application();
    }

    /** The application as staff will read it, with links to its documents. */
    static Div summary(OnboardingService onboarding, ApplicationDetails application, Locale locale) {
        if (application == null) {
            return new Div();
        }
        ApplicationTexts.Translator t = key -> UI.getCurrent().getTranslation(key);
        Div summary = ApplicationTexts.summary(application, t, locale);
        summary.setId("application-summary");
        Div docs = new Div(new H3(t.apply("onboarding.step.DOCUMENTS")));
        docs.setId("summary-documents");
        for (DocumentInfo doc : application.documents()) {
            docs.add(new Div(DocumentsStep.downloadLink(onboarding, doc)));
        }
        summary.add(docs);
        return summary;
    }
}
