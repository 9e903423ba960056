package dataport.catalog.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import dataport.catalog.FileKind;
import dataport.catalog.ListingFileInfo;
import dataport.catalog.ListingMedia;
import dataport.catalog.ListingRules;
import dataport.catalog.UploadChecks;
import dataport.shared.ui.UploadTexts;
import dataport.shared.ui.UploadedBytes;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The listing's images: an upload that keeps each image with the listing at once, and the thumbnails in order. */
class ImagesPanel extends Div {

    final Upload upload = new Upload(UploadedBytes.upTo(UploadChecks.IMAGE_MAX_BYTES, this::received));
    final Div imageList = new Div();
    private final List<ListingFileInfo> images = new ArrayList<>();
    private final MediaHost host;
    private final ListingMedia media;
    private final Consumer<String> showError;
    private boolean editable = true;

    ImagesPanel(MediaHost host, ListingMedia media, Consumer<String> showError) {
        this.host = host;
        this.media = media;
        this.showError = showError;
        long megabytes = UploadChecks.IMAGE_MAX_BYTES / (1024 * 1024);
        upload.setId("image-upload");
        upload.setMaxFileSize(UploadChecks.IMAGE_MAX_BYTES + 1);
        upload.setAcceptedFileTypes("image/png", ".png", "image/jpeg", ".jpg", ".jpeg");
        UploadTexts.apply(
                upload,
                this,
                "workspace.images.add",
                "workspace.images.drop",
                "workspace.upload.not-an-image",
                megabytes);
        upload.addAllFinishedListener(e -> upload.clearFileList());
        upload.addFileRejectedListener(e -> showError.accept(e.getErrorMessage()));
        imageList.setId("image-list");
        imageList.addClassName("dp-gallery");
        Paragraph help = new Paragraph(getTranslation("workspace.images.help", megabytes, ListingRules.IMAGES_MAX));
        help.addClassName("dp-muted");
        add(new Span(getTranslation("workspace.images")), help, upload, imageList);
        addClassName("dp-upload-box");
    }

    void received(String fileName, byte[] bytes) {
        if (images.size() >= ListingRules.IMAGES_MAX) {
            showError.accept(getTranslation("workspace.images.too-many", ListingRules.IMAGES_MAX));
            return;
        }
        host.keep(FileKind.IMAGE, fileName, bytes).ifPresent(info -> {
            // A new listing's first upload reloads the editor from the database, which already shows the image.
            if (images.stream().noneMatch(i -> i.id() == info.id())) {
                images.add(info);
            }
            render();
        });
    }

    void fill(List<ListingFileInfo> shown) {
        images.clear();
        images.addAll(shown);
        render();
    }

    List<Long> imageIds() {
        return images.stream().map(ListingFileInfo::id).toList();
    }

    void setEditable(boolean editable) {
        this.editable = editable;
        upload.setVisible(editable);
        render();
    }

    private void render() {
        imageList.removeAll();
        for (int i = 0; i < images.size(); i++) {
            ListingFileInfo image = images.get(i);
            Image thumb = new Image(FileThumbnails.of(media, image.id()), getTranslation("listing.image-alt", i + 1));
            Button remove = new Button(getTranslation("workspace.plans.remove"), e -> {
                if (host.drop(image.id())) {
                    images.remove(image);
                    render();
                }
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            remove.setVisible(editable);
            Div item = new Div(thumb, remove);
            item.addClassName("dp-gallery-item");
            item.addClassName("dp-image-item");
            imageList.add(item);
        }
    }
}
