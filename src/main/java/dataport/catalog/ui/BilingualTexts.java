package dataport.catalog.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import dataport.catalog.CatalogService.NewPlan;
import dataport.catalog.ListingContent;
import dataport.shared.Bilingual;

/**
 * A listing's texts in English and Chinese side by side, as the merchant wrote them in the editor: the reviewer
 * checks both languages (the buyer's preview shows only the reader's). One column on a phone, each text then
 * captioned with its language.
 */
class BilingualTexts extends Div {

    BilingualTexts(ListingContent c) {
        setId("review-bilingual");
        addClassName("dp-panel");
        addClassName("dp-bilingual");
        Div grid = new Div();
        grid.addClassName("dp-bilingual-grid");
        Span en = new Span(getTranslation("review.bilingual.en"));
        Span zh = new Span(getTranslation("review.bilingual.zh"));
        en.addClassName("dp-bilingual-lang");
        zh.addClassName("dp-bilingual-lang");
        grid.add(en, zh);
        row(grid, getTranslation("review.field.title"), c.title(), "title");
        row(grid, getTranslation("review.field.summary"), c.summary(), "summary");
        row(grid, getTranslation("review.field.description"), c.description(), "description");
        row(grid, getTranslation("review.field.sla"), c.sla(), "sla");
        row(grid, getTranslation("review.field.licence"), c.licence(), "licence");
        for (int i = 0; i < c.plans().size(); i++) {
            NewPlan plan = c.plans().get(i);
            row(grid, getTranslation("review.bilingual.plan", i + 1), plan.name(), "plan-" + i);
            if (plan.unit() != null) {
                row(grid, getTranslation("review.bilingual.unit", i + 1), plan.unit(), "plan-unit-" + i);
            }
        }
        add(new H2(getTranslation("review.bilingual")), grid);
    }

    private void row(Div grid, String label, Bilingual text, String id) {
        Span name = new Span(label);
        name.addClassName("dp-bilingual-label");
        grid.add(
                name,
                cell(text == null ? null : text.en(), "en", "review.bilingual.en", "bilingual-" + id + "-en"),
                cell(text == null ? null : text.zh(), "zh-CN", "review.bilingual.zh", "bilingual-" + id + "-zh"));
    }

    /** The text as typed (Markdown not rendered: the reviewer sees exactly what the merchant wrote). */
    private Div cell(String text, String lang, String languageKey, String id) {
        Div cell = new Div();
        cell.setId(id);
        cell.addClassName("dp-bilingual-text");
        cell.getElement().setAttribute("data-language", getTranslation(languageKey));
        if (text == null || text.isBlank()) {
            cell.setText("—");
            cell.addClassName("dp-muted");
        } else {
            cell.setText(text);
            cell.getElement().setAttribute("lang", lang);
        }
        return cell;
    }
}
