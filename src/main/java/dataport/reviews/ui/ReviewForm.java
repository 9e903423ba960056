package dataport.reviews.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dataport.reviews.InvalidReview;
import dataport.reviews.ReviewInput;
import dataport.reviews.ReviewLanguage;
import dataport.reviews.ReviewRefused;
import dataport.reviews.ReviewRules;
import dataport.reviews.ReviewView;
import dataport.shared.ui.LengthLimits;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Writing or changing a review: stars, optional title, text and its language (detected unless chosen). Refused input
 * is marked at its field in the reader's language; nothing typed is cleared.
 */
class ReviewForm extends Div {

    /** "Detect from the text" in the language choice. */
    private static final String DETECT = "DETECT";

    final RadioButtonGroup<Integer> rating = new RadioButtonGroup<>();
    final TextField title = new TextField();
    final TextArea text = new TextArea();
    final RadioButtonGroup<String> language = new RadioButtonGroup<>();
    final Button save;
    private final Paragraph error = new Paragraph();

    ReviewForm(ReviewView existing, Function<ReviewInput, ReviewView> submit, Runnable saved) {
        addClassName("dp-review-form");
        setId("review-form");
        rating.setId("review-rating");
        rating.setLabel(getTranslation("reviews.form.rating"));
        rating.setItems(List.of(5, 4, 3, 2, 1));
        rating.setItemLabelGenerator(n -> getTranslation("reviews.form.rating." + n));
        rating.setRequiredIndicatorVisible(true);

        title.setId("review-title");
        title.setLabel(getTranslation("reviews.form.title"));
        title.setHelperText(getTranslation("reviews.form.title.help"));
        title.setWidthFull();
        LengthLimits.guard(title, this, ReviewRules.TITLE_MAX);

        text.setId("review-text");
        text.setLabel(getTranslation("reviews.form.text"));
        text.setHelperText(getTranslation("reviews.form.text.help", ReviewRules.TEXT_MIN, ReviewRules.TEXT_MAX));
        text.setWidthFull();
        text.setMinHeight("8rem");
        text.setRequiredIndicatorVisible(true);
        LengthLimits.guard(text, this, ReviewRules.TEXT_MAX);

        language.setId("review-language");
        language.setLabel(getTranslation("reviews.form.language"));
        language.setItems(DETECT, ReviewLanguage.ZH.name(), ReviewLanguage.EN.name());
        language.setItemLabelGenerator(v -> DETECT.equals(v)
                ? getTranslation("reviews.form.language.detect")
                : getTranslation("reviews.language." + v));
        language.setValue(DETECT);

        if (existing != null) {
            rating.setValue(existing.rating());
            title.setValue(existing.title() == null ? "" : existing.title());
            text.setValue(existing.text());
            language.setValue(existing.language().name());
        }

        error.addClassName("dp-error");
        error.setId("review-error");
        error.setVisible(false);

        save = new Button(
                getTranslation(existing == null ? "reviews.form.publish" : "reviews.form.save"),
                e -> submit(submit, saved));
        save.setId("review-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(rating, title, text, language, error, save);
    }

    ReviewInput input() {
        String lang = language.getValue();
        return new ReviewInput(
                Optional.ofNullable(rating.getValue()).orElse(0),
                title.getValue(),
                text.getValue(),
                lang == null || DETECT.equals(lang) ? null : ReviewLanguage.valueOf(lang));
    }

    private void submit(Function<ReviewInput, ReviewView> submit, Runnable saved) {
        clearErrors();
        try {
            submit.apply(input());
            saved.run();
        } catch (InvalidReview invalid) {
            invalid.errors().forEach(this::mark);
        } catch (ReviewRefused refused) {
            error.setText(getTranslation(refused.messageKey()));
            error.setVisible(true);
        }
    }

    private void mark(String field, String key) {
        switch (field) {
            case "rating" -> {
                rating.setErrorMessage(getTranslation(key));
                rating.setInvalid(true);
            }
            case "title" -> {
                title.setErrorMessage(getTranslation(key, ReviewRules.TITLE_MAX));
                title.setInvalid(true);
            }
            default -> {
                text.setErrorMessage(getTranslation(key, ReviewRules.TEXT_MIN, ReviewRules.TEXT_MAX));
                text.setInvalid(true);
            }
        }
    }

    private void clearErrors() {
        rating.setInvalid(false);
        title.setInvalid(false);
        text.setInvalid(false);
        error.setVisible(false);
    }
}
