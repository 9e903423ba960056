package dataport.compliance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextArea;
import dataport.compliance.AssessmentAnswers;
import dataport.shared.ui.LengthLimits;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** Staff's three decisions on a filed assessment: approve (with conditions), ask for more on fields, refuse. */
class DecisionPanel extends Div {

    static final int TEXT_MAX = 4000;

    final TextArea conditions = new TextArea();
    final Button approve = new Button();
    final CheckboxGroup<String> moreFields = new CheckboxGroup<>();
    final TextArea moreNote = new TextArea();
    final Button askMore = new Button();
    final TextArea reasons = new TextArea();
    final Button refuse = new Button();

    DecisionPanel(Consumer<String> onApprove, BiConsumer<Set<String>, String> onMore, Consumer<String> onRefuse) {
        addClassNames("dp-panel", "dp-decision");
        setId("assessment-decision");
        add(new H2(getTranslation("compliance.decide.title")));

        conditions.setLabel(getTranslation("compliance.decide.conditions"));
        conditions.setHelperText(getTranslation("compliance.decide.conditions-help"));
        conditions.setId("decide-conditions");
        conditions.setWidthFull();
        LengthLimits.guard(conditions, this, TEXT_MAX);
        approve.setText(getTranslation("compliance.decide.approve"));
        approve.setId("decide-approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        approve.addClickListener(e -> {
            if (LengthLimits.check(conditions, this, TEXT_MAX)) {
                onApprove.accept(conditions.getValue());
            }
        });

        moreFields.setLabel(getTranslation("compliance.decide.more-fields"));
        moreFields.setId("decide-more-fields");
        moreFields.setItems(AssessmentAnswers.FIELDS);
        moreFields.setItemLabelGenerator(f -> getTranslation("compliance.assessment.field." + f));
        moreNote.setLabel(getTranslation("compliance.decide.more-note"));
        moreNote.setId("decide-more-note");
        moreNote.setWidthFull();
        LengthLimits.guard(moreNote, this, TEXT_MAX);
        askMore.setText(getTranslation("compliance.decide.more"));
        askMore.setId("decide-more");
        askMore.addClickListener(e -> {
            boolean ok = LengthLimits.check(moreNote, this, TEXT_MAX);
            if (moreFields.getValue().isEmpty()) {
                moreFields.setErrorMessage(getTranslation("compliance.decide.error.fields"));
                moreFields.setInvalid(true);
                ok = false;
            }
            if (moreNote.getValue().isBlank()) {
                moreNote.setErrorMessage(getTranslation("compliance.decide.error.note"));
                moreNote.setInvalid(true);
                ok = false;
            }
            if (ok) {
                onMore.accept(moreFields.getValue(), moreNote.getValue());
            }
        });

        reasons.setLabel(getTranslation("compliance.decide.reasons"));
        reasons.setId("decide-reasons");
        reasons.setWidthFull();
        LengthLimits.guard(reasons, this, TEXT_MAX);
        refuse.setText(getTranslation("compliance.decide.refuse"));
        refuse.setId("decide-refuse");
        refuse.addThemeVariants(ButtonVariant.LUMO_ERROR);
        refuse.addClickListener(e -> {
            boolean ok = LengthLimits.check(reasons, this, TEXT_MAX);
            if (reasons.getValue().isBlank()) {
                reasons.setErrorMessage(getTranslation("compliance.decide.error.note"));
                reasons.setInvalid(true);
                ok = false;
            }
            if (ok) {
                onRefuse.accept(reasons.getValue());
            }
        });

        Div approveBox = new Div(conditions, approve);
        Div moreBox = new Div(moreFields, moreNote, askMore);
        Div refuseBox = new Div(reasons, refuse);
        approveBox.addClassName("dp-decision-box");
        moreBox.addClassName("dp-decision-box");
        refuseBox.addClassName("dp-decision-box");
        add(approveBox, moreBox, refuseBox);
    }
}
