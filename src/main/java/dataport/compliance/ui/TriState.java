package dataport.compliance.ui;

import com.vaadin.flow.component.select.Select;

/** A yes / no / not declared choice. */
final class TriState {

    private TriState() {}

    static Select<Boolean> select(String labelKey, String emptyKey) {
        Select<Boolean> s = new Select<>();
        s.setLabel(s.getTranslation(labelKey));
        s.setItems(Boolean.TRUE, Boolean.FALSE);
        s.setEmptySelectionAllowed(true);
        s.setEmptySelectionCaption(s.getTranslation(emptyKey));
        s.setItemLabelGenerator(
                b -> b == null ? s.getTranslation(emptyKey) : s.getTranslation("compliance." + (b ? "yes" : "no")));
        return s;
    }
}
