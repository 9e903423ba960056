package dataport.delivery.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A label/value list in the site's facts style (one column on a phone). */
class Facts extends Div {

    Facts() {
        addClassName("dp-facts");
    }

    Facts add(String labelKey, String value, String id) {
        return add(labelKey, new Span(value == null ? "" : value), id);
    }

    Facts add(String labelKey, Component value, String id) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("dp-fact-label");
        if (id != null) {
            value.setId(id);
        }
        Div row = new Div(label, value);
        row.addClassName("dp-fact");
        add(row);
        return this;
    }
}
