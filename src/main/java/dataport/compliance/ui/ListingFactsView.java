package dataport.compliance.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import dataport.catalog.ListingDetails;
import dataport.compliance.CrossBorderFacts;
import dataport.compliance.FilingType;
import dataport.compliance.ListingDeclaration;
import dataport.compliance.PersonalInformation;
import dataport.shared.ui.DatePickers;
import dataport.shared.ui.LengthLimits;
import dataport.shared.ui.MainLayout;
import dataport.shared.ui.RouteIds;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /workspace/listings/{id}/cross-border}: the merchant declares the listing's cross-border facts (personal
 * information, people covered, collected abroad, negative list, filing) that the routing rules read.
 */
@Route(value = "workspace/listings/:id/cross-border", layout = MainLayout.class)
@RolesAllowed("MERCHANT")
public class ListingFactsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CrossBorderFacts facts;
    private long listingId;

    final Select<PersonalInformation> personal = new Select<>();
    final IntegerField individuals = new IntegerField();
    final Select<Boolean> collectedAbroad =
            TriState.select("compliance.facts.collected-abroad", "compliance.not-declared");
    final Select<Boolean> negativeList = TriState.select("compliance.facts.negative-list", "compliance.not-declared");
    final Select<FilingType> filingType = new Select<>();
    final TextField filingReference = new TextField();
    final DatePicker filingExpires = new DatePicker();
    final Button save = new Button();

    ListingFactsView(CrossBorderFacts facts) {
        this.facts = facts;
        addClassNames("dp-page", "dp-cross-border-facts");
        setId("listing-facts");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<ListingDetails> listing =
                event.getRouteParameters().get("id").flatMap(RouteIds::parse).flatMap(facts::myListing);
        if (listing.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(listing.get());
    }

    private void show(ListingDetails listing) {
        removeAll();
        this.listingId = listing.id();
        Anchor back = new Anchor(
                "workspace/listings/" + listing.id(), listing.content().title().in(getLocale()));
        Paragraph classification = new Paragraph(getTranslation(
                "compliance.facts.classification",
                getTranslation("compliance.classification." + listing.content().classification())));
        Paragraph intro = new Paragraph(getTranslation("compliance.facts.listing-intro"));
        intro.addClassName("dp-muted");

        personal.setLabel(getTranslation("compliance.facts.personal"));
        personal.setId("facts-personal");
        personal.setItems(PersonalInformation.values());
        personal.setEmptySelectionAllowed(true);
        personal.setEmptySelectionCaption(getTranslation("compliance.not-declared"));
        personal.setItemLabelGenerator(p ->
                p == null ? getTranslation("compliance.not-declared") : getTranslation("compliance.personal." + p));
        individuals.setLabel(getTranslation("compliance.facts.individuals"));
        individuals.setId("facts-individuals");
        individuals.setMin(0);
        collectedAbroad.setId("facts-collected-abroad");
        negativeList.setId("facts-negative-list");
        filingType.setLabel(getTranslation("compliance.facts.filing"));
        filingType.setId("facts-filing-type");
        filingType.setItems(FilingType.values());
        filingType.setEmptySelectionAllowed(true);
        filingType.setEmptySelectionCaption(getTranslation("compliance.facts.no-filing"));
        filingType.setItemLabelGenerator(f ->
                f == null ? getTranslation("compliance.facts.no-filing") : getTranslation("compliance.filing." + f));
        filingReference.setLabel(getTranslation("compliance.facts.reference"));
        filingReference.setId("facts-filing-reference");
        LengthLimits.guard(filingReference, this, ListingDeclaration.REFERENCE_MAX);
        filingExpires.setLabel(getTranslation("compliance.facts.expires"));
        filingExpires.setId("facts-filing-expires");
        DatePickers.localise(filingExpires, this);

        ListingDeclaration d = facts.listingDeclaration(listingId);
        personal.setValue(d.personalInfo());
        individuals.setValue(d.individuals() == null ? null : Math.toIntExact(d.individuals()));
        collectedAbroad.setValue(d.collectedAbroad());
        negativeList.setValue(d.onNegativeList());
        filingType.setValue(d.filingType());
        filingReference.setValue(d.filingReference() == null ? "" : d.filingReference());
        filingExpires.setValue(d.filingExpiresOn());

        save.setText(getTranslation("compliance.facts.save"));
        save.setId("facts-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        FormLayout form = new FormLayout(
                personal, individuals, collectedAbroad, negativeList, filingType, filingReference, filingExpires);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        add(new H1(getTranslation("compliance.facts.listing-title")), back, classification, intro, form, save);
    }

    private void save() {
        ListingDeclaration d = new ListingDeclaration(
                personal.getValue(),
                individuals.getValue() == null ? null : individuals.getValue().longValue(),
                collectedAbroad.getValue(),
                negativeList.getValue(),
                filingType.getValue(),
                filingReference.getValue(),
                filingExpires.getValue());
        Map<String, HasValidation> fields = Map.of(
                "individuals", individuals, "filingReference", filingReference, "filingExpiresOn", filingExpires);
        fields.values().forEach(f -> f.setInvalid(false));
        List<ListingDeclaration.Problem> problems = d.problems();
        if (individuals.isInvalid() || !problems.isEmpty()) {
            for (ListingDeclaration.Problem p : problems) {
                fields.get(p.field()).setErrorMessage(getTranslation(p.messageKey()));
                fields.get(p.field()).setInvalid(true);
            }
            return;
        }
        facts.declareListing(listingId, d);
        Notification.show(getTranslation("compliance.facts.saved"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("compliance.facts.listing-title") + " · " + getTranslation("app.name");
    }
}
