package dataport.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.List;

/**
 * Vaadin's Upload speaks English ("Upload Files…", "Drop files here", "File is Too Big.") unless it is given every
 * text: each upload on the site takes them from here, in the reader's language. The caller names only what differs:
 * the button, the drop hint and the type error; the size error names the limit.
 */
public final class UploadTexts {

    private UploadTexts() {}

    /**
     * Sets every text of the upload.
     *
     * @param owner         the component whose locale decides the language (usually the view or panel)
     * @param addKey        translation key of the button ("Choose an image…")
     * @param dropKey       translation key of the drop hint
     * @param wrongTypeKey  translation key of the message for a file of a type not accepted
     * @param maxMegabytes  the size limit named in the "too big" message
     */
    public static void apply(
            Upload upload, Component owner, String addKey, String dropKey, String wrongTypeKey, long maxMegabytes) {
        upload.setI18n(texts(owner, addKey, dropKey, wrongTypeKey, maxMegabytes));
    }

    public static UploadI18N texts(
            Component owner, String addKey, String dropKey, String wrongTypeKey, long maxMegabytes) {
        String add = owner.getTranslation(addKey);
        String drop = owner.getTranslation(dropKey);
        String tooBig = owner.getTranslation("shared.upload.too-big", maxMegabytes);
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(add).setMany(add))
                .setDropFiles(new UploadI18N.DropFiles().setOne(drop).setMany(drop))
                .setError(new UploadI18N.Error()
                        .setFileIsTooBig(tooBig)
                        .setIncorrectFileType(owner.getTranslation(wrongTypeKey))
                        .setTooManyFiles(owner.getTranslation("shared.upload.too-many")))
                .setFile(new UploadI18N.File()
                        .setRetry(owner.getTranslation("shared.upload.retry"))
                        .setStart(owner.getTranslation("shared.upload.start"))
                        .setRemove(owner.getTranslation("shared.upload.remove")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(owner.getTranslation("shared.upload.connecting"))
                                .setStalled(owner.getTranslation("shared.upload.stalled"))
                                .setProcessing(owner.getTranslation("shared.upload.processing"))
                                .setHeld(owner.getTranslation("shared.upload.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(owner.getTranslation("shared.upload.remaining"))
                                .setUnknown(owner.getTranslation("shared.upload.remaining-unknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(owner.getTranslation("shared.upload.server-unavailable"))
                                .setUnexpectedServerError(owner.getTranslation("shared.upload.server-error"))
                                .setForbidden(owner.getTranslation("shared.upload.forbidden"))
                                .setFileTooLarge(tooBig)))
                .setUnits(List.of(owner.getTranslation("shared.upload.units").split(",")));
    }
}
