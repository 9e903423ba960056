package dataport.catalog.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dataport.catalog.ListingContent;
import dataport.shared.Bilingual;
import java.util.List;
import java.util.Map;

/**
 * The editor's first section: the texts buyers read first (title, summary, description), English and Chinese side
 * by side. No field cuts what is typed or pasted: a value over its limit is refused by the server's
 * rules with a message that names the limit.
 */
class BasicsSection extends TextsSection {

    final TextField titleEn = new TextField();
    final TextField titleZh = new TextField();
    final TextArea summaryEn = new TextArea();
    final TextArea summaryZh = new TextArea();
    final TextArea descriptionEn = new TextArea();
    final TextArea descriptionZh = new TextArea();

    BasicsSection() {
        EditorFields.label(titleEn, "workspace.form.title-en", "listing-title-en");
        EditorFields.label(titleZh, "workspace.form.title-zh", "listing-title-zh");
        EditorFields.label(summaryEn, "workspace.form.summary-en", "listing-summary-en");
        EditorFields.label(summaryZh, "workspace.form.summary-zh", "listing-summary-zh");
        EditorFields.label(descriptionEn, "workspace.form.description-en", "listing-description-en");
        EditorFields.label(descriptionZh, "workspace.form.description-zh", "listing-description-zh");
        for (TextArea description : List.of(descriptionEn, descriptionZh)) {
            description.setHelperText(getTranslation("workspace.form.markdown"));
            description.addClassName("dp-description-field");
        }
        own(Map.of(
                "titleEn", titleEn,
                "titleZh", titleZh,
                "summaryEn", summaryEn,
                "summaryZh", summaryZh,
                "descriptionEn", descriptionEn,
                "descriptionZh", descriptionZh));
        add(
                new H2(getTranslation("workspace.form.texts")),
                EditorFields.twoColumns(titleEn, titleZh, summaryEn, summaryZh, descriptionEn, descriptionZh));
        addClassName("dp-editor-section");
        setId("editor-basics");
    }

    void fill(ListingContent c) {
        EditorFields.set(titleEn, titleZh, c.title());
        EditorFields.set(summaryEn, summaryZh, c.summary());
        EditorFields.set(descriptionEn, descriptionZh, c.description());
    }

    Bilingual title() {
        return Bilingual.of(titleEn.getValue(), titleZh.getValue());
    }

    Bilingual summary() {
        return Bilingual.of(summaryEn.getValue(), summaryZh.getValue());
    }

    Bilingual description() {
        return Bilingual.of(descriptionEn.getValue(), descriptionZh.getValue());
    }
}
