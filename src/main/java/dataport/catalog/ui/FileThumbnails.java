package dataport.catalog.ui;

import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dataport.catalog.FileDownload;
import dataport.catalog.ListingMedia;
import java.io.ByteArrayInputStream;

/** Serves a listing file to the editor; the service checks again, in the download request, who may see it. */
final class FileThumbnails {

    private FileThumbnails() {}

    static DownloadHandler of(ListingMedia media, long fileId) {
        return DownloadHandler.fromInputStream(event -> {
                    FileDownload file = media.download(fileId, true);
                    return new DownloadResponse(
                            new ByteArrayInputStream(file.content()),
                            file.fileName(),
                            file.contentType(),
                            file.content().length);
                })
                .inline();
    }
}
