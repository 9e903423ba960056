package dataport.catalog.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dataport.catalog.ListingContent;
import dataport.catalog.ListingFileInfo;
import dataport.catalog.ListingMedia;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The editor's images and sample, and the one place their upload errors show. */
class MediaSection extends Div implements EditorSection {

    final ImagesPanel images;
    final SamplePanel sample;
    final Span uploadError = new Span();
    final Paragraph savesDraft = new Paragraph();

    MediaSection(MediaHost host, ListingMedia media) {
        images = new ImagesPanel(host, media, this::showUploadError);
        sample = new SamplePanel(host, this::showUploadError);
        uploadError.addClassName("dp-error");
        uploadError.setId("upload-error");
        uploadError.getElement().setAttribute("role", "alert");
        uploadError.setVisible(false);
        savesDraft.setText(getTranslation("workspace.media.saves-draft"));
        savesDraft.setId("media-saves-draft");
        savesDraft.addClassName("dp-muted");
        add(new H2(getTranslation("workspace.form.media")), savesDraft, uploadError, images, sample);
        addClassName("dp-editor-section");
        setId("uploads");
    }

    /** The files the content shows, looked up among the listing's uploads (in the content's order). */
    void fill(ListingContent c, List<ListingFileInfo> files) {
        Map<Long, ListingFileInfo> byId =
                files.stream().collect(Collectors.toMap(ListingFileInfo::id, Function.identity()));
        images.fill(c.imageIds().stream().map(byId::get).filter(f -> f != null).toList());
        sample.fill(c.sampleFileId() == null ? null : byId.get(c.sampleFileId()));
    }

    List<Long> imageIds() {
        return images.imageIds();
    }

    Long sampleFileId() {
        return sample.sampleFileId();
    }

    void showUploadError(String message) {
        uploadError.setText(
                message == null || message.isBlank() ? getTranslation("workspace.upload.unsupported") : message);
        uploadError.setVisible(true);
    }

    @Override
    public boolean showError(String field, String message) {
        if (!"images".equals(field)) {
            return false;
        }
        showUploadError(message);
        return true;
    }

    @Override
    public void clearErrors() {
        uploadError.setVisible(false);
    }

    @Override
    public void setEditable(boolean editable) {
        images.setEditable(editable);
        sample.setEditable(editable);
    }
}
