package dataport.onboarding.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import dataport.onboarding.WizardStep;
import java.util.function.Consumer;

/** The numbered list of the wizard's steps; the steps reached so far can be opened directly. */
class WizardStepNav extends Nav {

    private final Consumer<WizardStep> open;

    WizardStepNav(Consumer<WizardStep> open) {
        this.open = open;
        setId("wizard-steps");
        addClassName("dp-wizard-steps");
        getElement().setAttribute("aria-label", getTranslation("onboarding.steps"));
    }

    void show(WizardStep current, WizardStep reached) {
        removeAll();
        OrderedList list = new OrderedList();
        for (WizardStep s : WizardStep.values()) {
            Button b = new Button(getTranslation("onboarding.step." + s.name()));
            b.setId("step-" + s.name());
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            b.setEnabled(s.ordinal() <= reached.ordinal());
            if (s == current) {
                b.getElement().setAttribute("aria-current", "step");
                b.addClassName("dp-current");
            }
            b.addClickListener(e -> open.accept(s));
            list.add(new ListItem(b));
        }
        add(list);
    }
}
