package dataport.catalog.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dataport.catalog.BatchOutcome;
import java.util.function.Supplier;

/**
 * Bulk submission on the merchant's listings page: the selected drafts, or every draft, go to review in one action;
 * the outcome (how many went, how many fail the checks and stay drafts) is said next to the buttons.
 */
class BulkSubmitBar extends Div {

    private final Span outcome = new Span();

    BulkSubmitBar(Supplier<BatchOutcome> submitSelected, Supplier<BatchOutcome> submitAll, Runnable afterwards) {
        addClassName("dp-actions");
        setId("bulk-submit");
        Button selected =
                new Button(getTranslation("workspace.bulk.submit-selected"), e -> run(submitSelected, afterwards));
        selected.setId("bulk-submit-selected");
        Button all = new Button(getTranslation("workspace.bulk.submit-all"), e -> run(submitAll, afterwards));
        all.setId("bulk-submit-all");
        outcome.setId("bulk-submit-outcome");
        outcome.getElement().setAttribute("role", "status");
        add(selected, all, outcome);
    }

    private void run(Supplier<BatchOutcome> action, Runnable afterwards) {
        show(action.get());
        afterwards.run();
    }

    void show(BatchOutcome result) {
        outcome.setText(
                getTranslation("workspace.bulk.outcome", result.done(), result.failedChecks(), result.skipped()));
    }
}
