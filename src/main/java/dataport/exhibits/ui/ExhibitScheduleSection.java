package dataport.exhibits.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import dataport.exhibits.ExhibitContent;
import dataport.shared.ui.DatePickers;
import java.time.ZoneId;
import java.util.function.Consumer;

/**
 * Address, accent colour (with a swatch), schedule as wall-clock time in a chosen zone, and priority. Like the texts,
 * the address and colour have no client-side maximum length: the rules refuse what is too long, naming the limit.
 */
class ExhibitScheduleSection extends EditorSection {

    final TextField slug = new TextField();
    final TextField accent = new TextField();
    private final Span swatch = new Span();
    final DateTimePicker startsAt = new DateTimePicker();
    final DateTimePicker endsAt = new DateTimePicker();
    final ComboBox<String> zone = new ComboBox<>();
    final IntegerField priority = new IntegerField();

    ExhibitScheduleSection(FieldErrors errors, Consumer<String> changed) {
        super("exhibits.section.schedule");
        slug.setId("exhibit-slug");
        slug.setLabel(getTranslation("exhibits.field.slug"));
        slug.setHelperText(getTranslation("exhibits.field.slug-help"));
        slug.setWidthFull();
        slug.addValueChangeListener(e -> changed.accept("slug"));
        accent.setId("exhibit-accent");
        accent.setLabel(getTranslation("exhibits.field.accent"));
        accent.setHelperText(getTranslation("exhibits.field.accent-help"));
        accent.setWidthFull();
        swatch.addClassName("dp-swatch");
        swatch.getElement().setAttribute("aria-hidden", "true");
        accent.setSuffixComponent(swatch);
        accent.addValueChangeListener(e -> {
            swatch.getStyle().set("background", e.getValue());
            changed.accept("accent");
        });
        startsAt.setLabel(getTranslation("exhibits.field.starts-at"));
        startsAt.setId("exhibit-starts-at");
        endsAt.setLabel(getTranslation("exhibits.field.ends-at"));
        endsAt.setId("exhibit-ends-at");
        endsAt.setHelperText(getTranslation("exhibits.field.ends-at-help"));
        DatePickers.localise(startsAt, this);
        DatePickers.localise(endsAt, this);
        zone.setLabel(getTranslation("exhibits.field.zone"));
        zone.setId("exhibit-zone");
        zone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        zone.setAllowCustomValue(false);
        priority.setLabel(getTranslation("exhibits.field.priority"));
        priority.setId("exhibit-priority");
        priority.setHelperText(getTranslation("exhibits.field.priority-help"));
        priority.setStepButtonsVisible(true);
        errors.register("slug", slug);
        errors.register("accent", accent);
        errors.register("startsAt", startsAt);
        errors.register("endsAt", endsAt);
        errors.register("zone", zone);
        errors.register("priority", priority);
        FormLayout form = new FormLayout(slug, accent, startsAt, endsAt, zone, priority);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("700px", 2));
        add(form);
    }

    void fill(ExhibitContent c) {
        slug.setValue(ExhibitTextsSection.orEmpty(c.slug()));
        accent.setValue(ExhibitTextsSection.orEmpty(c.accentColour()));
        startsAt.setValue(c.startsAt());
        endsAt.setValue(c.endsAt());
        zone.setValue(c.zone().getId());
        priority.setValue(c.priority());
    }

    String slug() {
        return slug.getValue().strip();
    }

    String accent() {
        return accent.getValue().strip();
    }

    ZoneId zone() {
        return zone.getValue() == null ? null : ZoneId.of(zone.getValue());
    }

    int priority() {
        return priority.getValue() == null ? 0 : priority.getValue();
    }
}
