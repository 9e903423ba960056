package dataport.exhibits.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import dataport.catalog.InvalidUpload;
import dataport.exhibits.ExhibitContent;
import dataport.exhibits.ExhibitService;
import dataport.exhibits.InvalidExhibit;
import dataport.exhibits.StaleExhibit;
import dataport.shared.ui.UploadTexts;
import dataport.shared.ui.UploadedBytes;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The banner: upload (JPEG or PNG, checked on the server) and the banner shown now. An upload is stored with the
 * exhibit at once, so leaving the editor without saving loses no banner; on an exhibit never saved, the upload saves
 * the draft from the form first (or says which fields stop it).
 */
class BannerPanel extends EditorSection {

    /** What the panel needs from the editor around it. */
    interface Host {

        /** The saved exhibit's id, or null for a new one. */
        Long exhibitId();

        long version();

        /** The form as it is now, to create a new exhibit's draft with its banner. */
        ExhibitContent content();

        /** The banner was stored on exhibit {@code id}, now at {@code version}; a new draft was created if needed. */
        void bannerStored(long id, long version, boolean created);

        void invalid(InvalidExhibit e);

        void stale();
    }

    static final long MAX_MEGABYTES = ExhibitService.BANNER_MAX_BYTES / (1024 * 1024);

    private final ExhibitService exhibits;
    private final Host host;
    final Upload upload;
    private final Paragraph error = new Paragraph();
    private final Div preview = new Div();

    BannerPanel(ExhibitService exhibits, Host host) {
        super("exhibits.section.banner");
        this.exhibits = exhibits;
        this.host = host;
        upload = new Upload(UploadedBytes.upTo(ExhibitService.BANNER_MAX_BYTES, this::uploaded));
        upload.setId("banner-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(ExhibitService.BANNER_MAX_BYTES + 1);
        upload.setAcceptedFileTypes("image/png", ".png", "image/jpeg", ".jpg", ".jpeg");
        UploadTexts.apply(
                upload,
                this,
                "exhibits.banner.add",
                "exhibits.banner.drop",
                "exhibits.banner.wrong-type",
                MAX_MEGABYTES);
        upload.addAllFinishedListener(e -> upload.clearFileList());
        // The browser's own rejection message is English only: say it in the curator's language.
        upload.addFileRejectedListener(e -> showError(null));
        Paragraph help =
                new Paragraph(getTranslation("exhibits.banner.help", MAX_MEGABYTES, ExhibitService.BANNER_WIDTH));
        help.addClassName("dp-muted");
        error.setId("banner-error");
        error.addClassName("dp-error");
        error.setVisible(false);
        preview.setId("banner-preview");
        preview.addClassName("dp-banner-preview");
        add(help, upload, error, preview);
    }

    /** Stores an uploaded file as the banner (the upload's handler; tests call it directly). */
    void uploaded(String fileName, byte[] bytes) {
        try {
            Long id = host.exhibitId();
            if (id == null) {
                ExhibitService.DraftWithBanner draft = exhibits.createWithBanner(host.content(), fileName, bytes);
                error.setVisible(false);
                host.bannerStored(draft.exhibitId(), draft.banner().version(), true);
                return;
            }
            ExhibitService.BannerUploaded uploaded = exhibits.uploadBanner(id, host.version(), fileName, bytes);
            error.setVisible(false);
            show(id, uploaded.bannerId(), uploaded.width(), uploaded.height());
            host.bannerStored(id, uploaded.version(), false);
        } catch (InvalidUpload e) {
            showError(getTranslation(e.messageKey(), e.limitMegabytes()));
        } catch (InvalidExhibit e) {
            showError(getTranslation("exhibits.banner.form-first"));
            host.invalid(e);
        } catch (StaleExhibit | OptimisticLockingFailureException e) {
            host.stale();
        }
    }

    /** Shows the exhibit's current banner (none yet: a hint for a new exhibit, nothing for a saved one). */
    void show(Long exhibitId, Long bannerId, Integer width, Integer height) {
        preview.removeAll();
        if (exhibitId == null) {
            Paragraph first = new Paragraph(getTranslation("exhibits.banner.new-draft"));
            first.addClassName("dp-muted");
            preview.add(first);
            return;
        }
        if (bannerId != null) {
            preview.add(Showcase.banner(
                    exhibits, bannerId, width, height, getTranslation("exhibits.banner.preview"), true));
        }
    }

    private void showError(String message) {
        error.setText(
                message == null || message.isBlank()
                        ? getTranslation("exhibits.banner.refused", MAX_MEGABYTES)
                        : message);
        error.setVisible(true);
    }
}
