package dataport.quotes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dataport.quotes.NewQuoteRequest;
import dataport.quotes.QuoteRefused;
import dataport.quotes.QuoteService;
import dataport.shared.ui.Countries;
import dataport.shared.ui.LengthLimits;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * What a buyer asks for: what, how much, for how long, for what use, to which country, and a message. A refused field
 * shows why next to it; nothing typed is lost.
 */
class QuoteRequestForm extends Div {

    final TextField subject = new TextField();
    final TextField volume = new TextField();
    final TextField period = new TextField();
    final TextArea intendedUse = new TextArea();
    final ComboBox<String> destination = new ComboBox<>();
    final TextArea message = new TextArea();
    final Button send = new Button();
    final Paragraph problem = new Paragraph();

    QuoteRequestForm(Function<NewQuoteRequest, Boolean> submit) {
        addClassNames("dp-panel", "dp-quote-form");
        field(subject, "subject", QuoteService.SUBJECT_MAX);
        subject.setRequiredIndicatorVisible(true);
        field(volume, "volume", QuoteService.VOLUME_MAX);
        field(period, "period", QuoteService.PERIOD_MAX);
        field(intendedUse, "intended-use", QuoteService.INTENDED_USE_MAX);
        field(message, "message", QuoteService.MESSAGE_MAX);

        Locale locale = getLocale();
        destination.setId("quote-destination");
        destination.setLabel(getTranslation("quotes.form.destination"));
        destination.setHelperText(getTranslation("quotes.form.destination.helper"));
        destination.setRequiredIndicatorVisible(true);
        destination.setItems(Arrays.stream(Locale.getISOCountries())
                .sorted(Comparator.comparing((String code) -> Countries.name(code, locale)))
                .toList());
        // The code in the label lets people (and tests) find a country by its ISO code in either language.
        destination.setItemLabelGenerator(code -> Countries.name(code, locale) + " (" + code + ")");
        destination.setWidthFull();

        send.setText(getTranslation("quotes.form.send"));
        send.setId("quote-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> {
            clearErrors();
            submit.apply(new NewQuoteRequest(
                    subject.getValue(),
                    volume.getValue(),
                    period.getValue(),
                    intendedUse.getValue(),
                    destination.getValue(),
                    message.getValue()));
        });
        problem.setId("quote-problem");
        problem.addClassName("dp-error");
        problem.setVisible(false);
        add(subject, volume, period, intendedUse, destination, message, problem, send);
    }

    private <
                    F extends
                            com.vaadin.flow.component.AbstractField<?, String> & com.vaadin.flow.component.HasValidation
                                    & com.vaadin.flow.component.HasSize & com.vaadin.flow.component.HasLabel>
            void field(F field, String name, int max) {
        field.setLabel(getTranslation("quotes.form." + name));
        field.setId("quote-" + name);
        field.setWidthFull();
        LengthLimits.guard(field, this, max);
    }

    void clearErrors() {
        for (var f : new com.vaadin.flow.component.HasValidation[] {subject, volume, period, intendedUse, message}) {
            f.setInvalid(false);
        }
        destination.setInvalid(false);
        problem.setVisible(false);
    }

    /** Shows a refusal on its field (or above the button when it concerns the whole request). */
    void show(QuoteRefused refused) {
        String text = getTranslation(refused.messageKey(), refused.arguments());
        Map<String, com.vaadin.flow.component.HasValidation> fields = Map.of(
                "subject", subject,
                "volume", volume,
                "period", period,
                "intendedUse", intendedUse,
                "message", message,
                "destinationCountry", destination);
        var field = refused.field() == null ? null : fields.get(refused.field());
        if (field == null) {
            problem.setText(text);
            problem.setVisible(true);
            return;
        }
        field.setErrorMessage(text);
        field.setInvalid(true);
    }
}
