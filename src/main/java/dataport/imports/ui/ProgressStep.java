package dataport.imports.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import dataport.catalog.BatchOutcome;
import dataport.imports.ImportReport;
import dataport.imports.ImportRun;
import dataport.imports.Sheet;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.Function;

/** Step 4: the running import's progress, then what it did, the error report and the way to the drafts. */
class ProgressStep extends Div {

    private final ImportTexts texts;
    private final boolean forSeveralMerchants;
    private final Runnable onAgain;
    private final Function<ImportReport, BatchOutcome> onSubmit;
    private final ProgressBar progressBar = new ProgressBar();
    private final Span progressText = new Span();
    private final Paragraph resultSummary = new Paragraph();

    ProgressStep(
            ImportTexts texts,
            boolean forSeveralMerchants,
            Function<ImportReport, BatchOutcome> onSubmit,
            Runnable onAgain) {
        this.texts = texts;
        this.onSubmit = onSubmit;
        this.forSeveralMerchants = forSeveralMerchants;
        this.onAgain = onAgain;
        setId("import-result");
        addClassName("dp-import-step");
        progressBar.setId("import-progress");
        progressBar.setMin(0);
        progressText.setId("import-progress-text");
        resultSummary.setId("import-result-summary");
        setVisible(false);
    }

    void start(int total) {
        removeAll();
        setVisible(true);
        progressBar.setMax(Math.max(total, 1));
        resultSummary.setText("");
        resultSummary.removeClassName("dp-error");
        progress(0, total);
        add(new H2(getTranslation("import.step.result")), progressBar, progressText, resultSummary);
    }

    /** Shows the run as it stands; once it finished, its outcome. */
    void show(ImportRun run, Sheet sheet) {
        if (run.failed()) {
            progress(run.done(), run.total());
            resultSummary.setText(getTranslation("import.result.failed"));
            resultSummary.addClassName("dp-error");
        } else if (run.report().isPresent()) {
            finished(run.report().get(), sheet);
        } else {
            progress(run.done(), run.total());
        }
    }

    private void progress(int rows, int total) {
        progressBar.setValue(Math.min(rows, total));
        progressText.setText(getTranslation("import.progress", rows, total));
    }

    private void finished(ImportReport done, Sheet sheet) {
        progress(done.total(), done.total());
        resultSummary.setText(getTranslation("import.result.summary", done.created(), done.updated(), done.failedRows())
                + " "
                + getTranslation(
                        "import.result.time",
                        BigDecimal.valueOf(done.millis()).divide(BigDecimal.valueOf(1000), 1, RoundingMode.HALF_UP)));
        Paragraph drafts = new Paragraph(getTranslation("import.result.drafts"));
        drafts.addClassName("dp-muted");
        add(drafts);
        if (!done.errors().isEmpty()) {
            add(texts.reportLink(sheet, done.errors(), "import-error-report"));
        }
        Div actions = new Div();
        actions.addClassName("dp-import-actions");
        if (!forSeveralMerchants) {
            actions.add(new Anchor("workspace/listings", getTranslation("import.result.my-listings")));
        }
        if (!done.listingIds().isEmpty()) {
            Span submitted = new Span();
            submitted.setId("import-submit-outcome");
            submitted.getElement().setAttribute("role", "status");
            Button submit = new Button(getTranslation("import.result.submit-all"));
            submit.setId("import-submit-all");
            submit.addClickListener(e -> {
                BatchOutcome outcome = onSubmit.apply(done);
                submitted.setText(getTranslation(
                        "import.result.submitted", outcome.done(), outcome.failedChecks(), outcome.skipped()));
                submit.setEnabled(false);
            });
            actions.add(submit, submitted);
        }
        Button again = new Button(getTranslation("import.result.again"), e -> onAgain.run());
        again.setId("import-again");
        actions.add(again);
        add(actions);
    }
}
