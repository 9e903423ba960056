package dataport.evidence.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import dataport.evidence.SpotCheckRefused;
import dataport.evidence.SpotChecks;
import dataport.shared.ui.DatePickers;
import dataport.shared.ui.LengthLimits;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Consumer;

/** Starts a campaign: title, period, sample size, optional seed and days the merchant has to answer. */
class StartCampaignForm extends Div {

    final TextField title = new TextField();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final IntegerField size = new IntegerField();
    final TextField seed = new TextField();
    final IntegerField dueDays = new IntegerField();
    final Button start = new Button();
    final Paragraph error = new Paragraph();

    StartCampaignForm(Consumer<SpotChecks.NewCampaign> onStart) {
        addClassName("dp-spot-start");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        title.setId("campaign-title");
        title.setLabel(getTranslation("evidence.spot.form.title"));
        LengthLimits.guard(title, this, SpotChecks.MAX_TITLE);
        from.setId("campaign-from");
        from.setLabel(getTranslation("evidence.spot.form.from"));
        from.setValue(today.withDayOfMonth(1));
        to.setId("campaign-to");
        to.setLabel(getTranslation("evidence.spot.form.to"));
        to.setValue(today);
        DatePickers.localise(from, this);
        DatePickers.localise(to, this);
        size.setId("campaign-size");
        size.setLabel(getTranslation("evidence.spot.form.size"));
        size.setValue(10);
        size.setStepButtonsVisible(true);
        seed.setId("campaign-seed");
        seed.setLabel(getTranslation("evidence.spot.form.seed"));
        seed.setHelperText(getTranslation("evidence.spot.form.seed-help"));
        dueDays.setId("campaign-due");
        dueDays.setLabel(getTranslation("evidence.spot.form.due"));
        dueDays.setValue(14);
        start.setId("start-campaign");
        start.setText(getTranslation("evidence.spot.form.start"));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        error.setId("campaign-error");
        error.addClassName("dp-error");
        error.setVisible(false);
        start.addClickListener(e -> {
            error.setVisible(false);
            Long seedValue = null;
            String s = seed.getValue() == null ? "" : seed.getValue().strip();
            if (!s.isEmpty()) {
                try {
                    seedValue = Long.parseLong(s);
                } catch (NumberFormatException bad) {
                    seedValue = -1L;
                }
                if (seedValue < 0) {
                    seed.setErrorMessage(getTranslation("evidence.spot.refused.seed"));
                    seed.setInvalid(true);
                    return;
                }
            }
            seed.setInvalid(false);
            if (!LengthLimits.check(title, this, SpotChecks.MAX_TITLE)) {
                return;
            }
            try {
                onStart.accept(new SpotChecks.NewCampaign(
                        title.getValue(),
                        from.getValue(),
                        to.getValue(),
                        size.getValue() == null ? 0 : size.getValue(),
                        seedValue,
                        dueDays.getValue() == null ? 0 : dueDays.getValue()));
            } catch (SpotCheckRefused refused) {
                error.setText(getTranslation(refused.getMessage()));
                error.setVisible(true);
            }
        });
        FormLayout form = new FormLayout(title, from, to, size, seed, dueDays);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 3));
        Paragraph lead = new Paragraph(getTranslation("evidence.spot.form.lead"));
        lead.addClassName("dp-muted");
        add(new H2(getTranslation("evidence.spot.form.heading")), lead, form, error, start);
    }
}
