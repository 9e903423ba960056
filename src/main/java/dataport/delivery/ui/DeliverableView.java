package dataport.delivery.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import dataport.catalog.DeliveryMode;
import dataport.delivery.Deliverables;
import dataport.shared.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;

/**
 * The file a FILE listing delivers, at {@code /workspace/listings/{listingId}/deliverable}: the current one with its
 * SHA-256, the upload of a new one, and the earlier ones (orders keep the file they were delivered).
 */
@Route(value = "workspace/listings/:listingId/deliverable", layout = MainLayout.class)
@RolesAllowed("MERCHANT")
public class DeliverableView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Deliverables deliverables;
    private String title = "";

    DeliverableView(Deliverables deliverables) {
        this.deliverables = deliverables;
        addClassName("dp-page");
        addClassName("dp-deliverable");
    }

    static String route(long listingId) {
        return "workspace/listings/" + listingId + "/deliverable";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Deliverables.ListingFiles> files =
                event.getRouteParameters().get("listingId").flatMap(Ids::parse).flatMap(deliverables::files);
        if (files.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(files.get());
    }

    private void show(Deliverables.ListingFiles files) {
        removeAll();
        title = getTranslation("delivery.deliverable.title");
        Anchor back = new Anchor(
                "workspace/listings/" + files.listingId(), files.title().in(getLocale()));
        back.setId("back-to-listing");
        add(back, new H1(title));
        if (files.deliveryMode() != DeliveryMode.FILE) {
            Paragraph notFile = new Paragraph(getTranslation(
                    "delivery.deliverable.not-file", getTranslation("delivery." + files.deliveryMode())));
            notFile.setId("not-a-file-listing");
            notFile.addClassName("dp-alert");
            add(notFile);
            return;
        }
        add(new DeliverableUpload(
                files, deliverables, () -> deliverables.files(files.listingId()).ifPresent(this::show)));
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
