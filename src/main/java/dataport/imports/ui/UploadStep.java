package dataport.imports.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import dataport.imports.ImportFileException;
import dataport.imports.ImportService;
import dataport.imports.Sheet;
import dataport.imports.SheetReader;
import dataport.shared.ui.UploadTexts;
import dataport.shared.ui.UploadedBytes;
import java.util.function.Consumer;

/** Step 1: the spreadsheet upload; the server reads the file and says what it found or why it refuses it. */
class UploadStep extends Div {

    private static final long MAX_MEGABYTES = SheetReader.MAX_BYTES / (1024 * 1024);

    private final ImportService imports;
    private final Consumer<Sheet> onRead;
    private final Span fileError = new Span();
    private final Span fileInfo = new Span();

    UploadStep(ImportService imports, Consumer<Sheet> onRead) {
        this.imports = imports;
        this.onRead = onRead;
        setId("import-upload");
        addClassName("dp-import-step");
        Upload upload = new Upload(UploadedBytes.upTo(SheetReader.MAX_BYTES, this::uploaded));
        upload.setId("import-file");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(SheetReader.MAX_BYTES + 1);
        upload.setAcceptedFileTypes(
                ".csv",
                "text/csv",
                ".txt",
                ".xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        UploadTexts.apply(
                upload, this, "import.upload.button", "import.upload.drop", "import.upload.wrong-type", MAX_MEGABYTES);
        upload.addFileRejectedListener(e -> showError(e.getErrorMessage()));
        upload.addAllFinishedListener(e -> upload.clearFileList());
        Paragraph hint = new Paragraph(getTranslation("import.upload.hint", MAX_MEGABYTES, SheetReader.MAX_ROWS));
        hint.addClassName("dp-muted");
        fileError.setId("import-file-error");
        fileError.addClassName("dp-error");
        fileError.getElement().setAttribute("role", "alert");
        fileError.setVisible(false);
        fileInfo.setId("import-file-info");
        fileInfo.addClassName("dp-muted");
        add(new H2(getTranslation("import.step.upload")), hint, upload, fileError, fileInfo);
    }

    /** The file's bytes arrived: the server decides whether they are a spreadsheet it can read. */
    void uploaded(String fileName, byte[] bytes) {
        Sheet sheet;
        try {
            sheet = imports.read(fileName, bytes);
        } catch (ImportFileException e) {
            showError(getTranslation(e.key(), e.args()));
            return;
        }
        fileError.setVisible(false);
        String info = getTranslation(
                "import.file.read", fileName, sheet.size(), sheet.headers().size());
        if (sheet.encoding() != null) {
            info += " "
                    + getTranslation(
                            "import.file.encoding",
                            sheet.encoding(),
                            sheet.delimiter() == '\t' ? "Tab" : sheet.delimiter());
        }
        fileInfo.setText(info);
        onRead.accept(sheet);
    }

    /** Ready for the next file. */
    void reset() {
        fileInfo.setText("");
    }

    private void showError(String message) {
        fileError.setText(message);
        fileError.setVisible(true);
    }
}
