package dataport.imports.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.shared.Registration;
import dataport.imports.ImportField;
import dataport.imports.ImportMapping;
import dataport.imports.ImportRun;
import dataport.imports.ImportService;
import dataport.imports.RowError;
import dataport.imports.Sheet;
import dataport.shared.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;

/**
 * Bulk import in four steps on one page: upload, match columns (and values), check rows, import with a progress bar.
 * Merchants import into their own merchant (workspace/import); an ADMIN for several merchants (admin/import). The
 * service checks who may do what and runs the import in the background; this page shows the steps and polls.
 */
@Route(value = ImportView.ROUTE, layout = MainLayout.class)
@RouteAlias(value = ImportView.ADMIN_ROUTE, layout = MainLayout.class)
@RolesAllowed({"MERCHANT", "ADMIN"})
public class ImportView extends Div implements HasDynamicTitle {

    static final String ROUTE = "workspace/import";
    static final String ADMIN_ROUTE = "admin/import";
    /** How often the browser asks for the running import's progress (no @Push in the app shell). */
    static final int POLL_MILLIS = 500;

    private final ImportService imports;
    private final ImportTexts texts;
    private final UploadStep uploadStep;
    private final MappingStep mappingStep;
    private final PreviewStep previewStep;
    private final ProgressStep progressStep;

    private Sheet sheet;
    private ImportService.Preview preview;
    private ImportRun run;
    private Registration polling;

    ImportView(ImportService imports) {
        this.imports = imports;
        this.texts = new ImportTexts(this, this::getLocale, imports.categories());
        boolean several = imports.forSeveralMerchants();
        List<ImportField> fields = Arrays.stream(ImportField.values())
                .filter(f -> several || (f != ImportField.PROVIDER && f != ImportField.PROVIDER_COUNTRY))
                .toList();
        uploadStep = new UploadStep(imports, this::read);
        mappingStep = new MappingStep(
                texts, fields, filter -> several ? imports.providerNames(filter, 50) : List.of(), this::check);
        previewStep = new PreviewStep(texts, this::backToMapping, this::startImport);
        progressStep = new ProgressStep(texts, several, imports::submitForReview, this::again);
        addClassName("dp-page");
        addClassName("dp-import");
        setId("import-page");
        Paragraph lead = new Paragraph(getTranslation(several ? "import.admin.lead" : "import.lead"));
        lead.addClassName("dp-muted");
        add(new H1(getTranslation("import.title")), lead, uploadStep, mappingStep, previewStep, progressStep);
    }

    /** A file was read: start over from its suggested mapping. */
    private void read(Sheet read) {
        sheet = read;
        preview = null;
        previewStep.setVisible(false);
        progressStep.setVisible(false);
        mappingStep.show(read, imports.suggestMapping(read));
    }

    void check() {
        preview = imports.preview(sheet, mappingStep.mapping());
        if (!preview.mappingErrors().isEmpty()) {
            mappingStep.showErrors(preview.mappingErrors());
            previewStep.setVisible(false);
            return;
        }
        mappingStep.clearErrors();
        previewStep.show(preview, sheet);
    }

    private void backToMapping() {
        previewStep.setVisible(false);
        mappingStep.setVisible(true);
    }

    private void startImport() {
        mappingStep.setVisible(false);
        previewStep.setVisible(false);
        progressStep.start(sheet.size());
        run = imports.start(sheet, mappingStep.mapping());
        UI ui = UI.getCurrent();
        ui.setPollInterval(POLL_MILLIS);
        polling = ui.addPollListener(e -> showProgress());
        showProgress();
    }

    /** Shows the running import's state; stops polling once it finished. */
    void showProgress() {
        if (run == null) {
            return;
        }
        progressStep.show(run, sheet);
        if (run.finished() && polling != null) {
            polling.remove();
            polling = null;
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
        }
    }

    private void again() {
        progressStep.setVisible(false);
        mappingStep.setVisible(false);
        sheet = null;
        run = null;
        uploadStep.reset();
    }

    // Tests reach the state through methods: the view may be a security proxy whose own fields stay empty.

    /** As if the upload delivered these bytes. */
    void uploaded(String fileName, byte[] bytes) {
        uploadStep.uploaded(fileName, bytes);
    }

    ImportService imports() {
        return imports;
    }

    ImportMapping mapping() {
        return mappingStep.mapping();
    }

    ImportService.Preview preview() {
        return preview;
    }

    ImportRun importRun() {
        return run;
    }

    String valueLabel(ImportField field, String value) {
        return texts.valueLabel(field, value);
    }

    String message(RowError error) {
        return texts.message(error);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title") + " · " + getTranslation("app.name");
    }
}
