package dataport.exhibits.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;

/** A titled part of the exhibit editor. */
class EditorSection extends Section {

    EditorSection(String titleKey, Component... content) {
        add(new H2(getTranslation(titleKey)));
        add(content);
        addClassName("dp-editor-section");
    }
}
