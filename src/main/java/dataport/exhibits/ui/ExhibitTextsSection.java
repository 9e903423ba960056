package dataport.exhibits.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dataport.exhibits.ExhibitContent;
import dataport.shared.Bilingual;
import java.util.List;
import java.util.function.Consumer;

/**
 * Title, subtitle and Markdown introduction in English and Chinese side by side. No field has a client-side maximum
 * length: the browser would cut a long paste without a word; the exhibit rules refuse it with the limit instead.
 */
class ExhibitTextsSection extends EditorSection {

    final TextField titleEn = new TextField();
    final TextField titleZh = new TextField();
    final TextField subtitleEn = new TextField();
    final TextField subtitleZh = new TextField();
    final TextArea introEn = new TextArea();
    final TextArea introZh = new TextArea();

    ExhibitTextsSection(FieldErrors errors, Consumer<String> changed) {
        super("exhibits.section.texts");
        field(titleEn, "exhibit-title-en", "exhibits.field.title-en", "title.en", errors, changed);
        field(titleZh, "exhibit-title-zh", "exhibits.field.title-zh", "title.zh", errors, changed);
        field(subtitleEn, "exhibit-subtitle-en", "exhibits.field.subtitle-en", "subtitle.en", errors, changed);
        field(subtitleZh, "exhibit-subtitle-zh", "exhibits.field.subtitle-zh", "subtitle.zh", errors, changed);
        field(introEn, "exhibit-intro-en", "exhibits.field.intro-en", "intro.en", errors, changed);
        field(introZh, "exhibit-intro-zh", "exhibits.field.intro-zh", "intro.zh", errors, changed);
        for (TextArea intro : List.of(introEn, introZh)) {
            intro.setHelperText(getTranslation("exhibits.field.intro-help"));
            intro.setMinHeight("8rem");
        }
        FormLayout form = new FormLayout(titleEn, titleZh, subtitleEn, subtitleZh, introEn, introZh);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("700px", 2));
        add(form);
    }

    private <F extends AbstractField<?, String> & HasValidation & HasLabel & HasSize> void field(
            F field, String id, String labelKey, String name, FieldErrors errors, Consumer<String> changed) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
        field.setWidthFull();
        field.addValueChangeListener(e -> changed.accept(name));
        errors.register(name, field);
    }

    void fill(ExhibitContent c) {
        titleEn.setValue(orEmpty(c.title().en()));
        titleZh.setValue(orEmpty(c.title().zh()));
        subtitleEn.setValue(orEmpty(c.subtitle().en()));
        subtitleZh.setValue(orEmpty(c.subtitle().zh()));
        introEn.setValue(orEmpty(c.intro().en()));
        introZh.setValue(orEmpty(c.intro().zh()));
    }

    Bilingual title() {
        return Bilingual.of(titleEn.getValue(), titleZh.getValue());
    }

    Bilingual subtitle() {
        return Bilingual.of(subtitleEn.getValue(), subtitleZh.getValue());
    }

    Bilingual intro() {
        return Bilingual.of(introEn.getValue(), introZh.getValue());
    }

    static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
