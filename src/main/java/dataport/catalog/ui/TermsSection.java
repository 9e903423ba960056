package dataport.catalog.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextArea;
import dataport.catalog.ListingContent;
import dataport.shared.Bilingual;
import java.util.Map;

/** The editor's terms: service level and licence, English and Chinese side by side. */
class TermsSection extends TextsSection {

    final TextArea slaEn = new TextArea();
    final TextArea slaZh = new TextArea();
    final TextArea licenceEn = new TextArea();
    final TextArea licenceZh = new TextArea();

    TermsSection() {
        EditorFields.label(slaEn, "workspace.form.sla-en", "listing-sla-en");
        EditorFields.label(slaZh, "workspace.form.sla-zh", "listing-sla-zh");
        EditorFields.label(licenceEn, "workspace.form.licence-en", "listing-licence-en");
        EditorFields.label(licenceZh, "workspace.form.licence-zh", "listing-licence-zh");
        own(Map.of("slaEn", slaEn, "slaZh", slaZh, "licenceEn", licenceEn, "licenceZh", licenceZh));
        add(
                new H2(getTranslation("workspace.form.terms")),
                EditorFields.twoColumns(slaEn, slaZh, licenceEn, licenceZh));
        addClassName("dp-editor-section");
        setId("editor-terms");
    }

    void fill(ListingContent c) {
        EditorFields.set(slaEn, slaZh, c.sla());
        EditorFields.set(licenceEn, licenceZh, c.licence());
    }

    Bilingual sla() {
        return Bilingual.of(slaEn.getValue(), slaZh.getValue());
    }

    Bilingual licence() {
        return Bilingual.of(licenceEn.getValue(), licenceZh.getValue());
    }
}
