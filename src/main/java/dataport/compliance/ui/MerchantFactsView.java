package dataport.compliance.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dataport.compliance.CrossBorderFacts;
import dataport.compliance.ListingDeclaration;
import dataport.compliance.MerchantDeclaration;
import dataport.compliance.MerchantFacts;
import dataport.shared.ui.MainLayout;
import dataport.shared.ui.Times;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * {@code /workspace/cross-border}: the merchant declares its cross-border facts (CII operator, free-trade zone,
 * sector, personal information sent abroad this year outside DataPort); staff verify them.
 */
@Route(value = MerchantFactsView.ROUTE, layout = MainLayout.class)
@RolesAllowed("MERCHANT")
public class MerchantFactsView extends Div implements HasDynamicTitle {

    public static final String ROUTE = "workspace/cross-border";

    private final CrossBorderFacts facts;
    final Select<Boolean> cii = TriState.select("compliance.facts.cii", "compliance.not-declared");
    final Select<Boolean> zone = TriState.select("compliance.facts.zone", "compliance.not-declared");
    final Select<String> sector = new Select<>();
    final IntegerField outsideNonSensitive = new IntegerField();
    final IntegerField outsideSensitive = new IntegerField();
    final Paragraph verification = new Paragraph();
    final Button save = new Button();

    MerchantFactsView(CrossBorderFacts facts) {
        this.facts = facts;
        addClassNames("dp-page", "dp-cross-border-facts");
        setId("merchant-facts");
        cii.setId("facts-cii");
        zone.setId("facts-zone");
        sector.setLabel(getTranslation("compliance.facts.sector"));
        sector.setId("facts-sector");
        sector.setItems(MerchantDeclaration.SECTORS);
        sector.setEmptySelectionAllowed(true);
        sector.setEmptySelectionCaption(getTranslation("compliance.not-declared"));
        sector.setItemLabelGenerator(
                s -> s == null ? getTranslation("compliance.not-declared") : getTranslation("compliance.sector." + s));
        outsideNonSensitive.setLabel(getTranslation("compliance.facts.outside-non-sensitive"));
        outsideNonSensitive.setId("facts-outside-non-sensitive");
        outsideNonSensitive.setMin(0);
        outsideSensitive.setLabel(getTranslation("compliance.facts.outside-sensitive"));
        outsideSensitive.setId("facts-outside-sensitive");
        outsideSensitive.setMin(0);
        verification.setId("facts-verification");
        save.setText(getTranslation("compliance.facts.save"));
        save.setId("facts-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        FormLayout form = new FormLayout(cii, zone, sector, outsideNonSensitive, outsideSensitive);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        Paragraph intro = new Paragraph(getTranslation("compliance.facts.merchant-intro"));
        intro.addClassName("dp-muted");
        add(new H1(getTranslation("compliance.facts.merchant-title")), intro, verification, form, save);
        facts.myMerchantFacts().ifPresent(this::fill);
    }

    private void fill(MerchantFacts f) {
        MerchantDeclaration d = f.declaration();
        cii.setValue(d.ciiOperator());
        zone.setValue(d.inFreeTradeZone());
        sector.setValue(d.sector());
        int year = LocalDate.now(Times.DEFAULT_ZONE).getYear();
        outsideNonSensitive.setValue(
                Math.toIntExact(d.outsideYear() != null && d.outsideYear() == year ? d.outsideNonSensitive() : 0));
        outsideSensitive.setValue(
                Math.toIntExact(d.outsideYear() != null && d.outsideYear() == year ? d.outsideSensitive() : 0));
        verification.setText(
                f.verified()
                        ? getTranslation("compliance.facts.verified", Times.format(getLocale(), f.verifiedAt()))
                        : getTranslation("compliance.facts.unverified"));
    }

    private void save() {
        int year = LocalDate.now(Times.DEFAULT_ZONE).getYear();
        MerchantDeclaration d = new MerchantDeclaration(
                cii.getValue(),
                zone.getValue(),
                sector.getValue(),
                year,
                outsideNonSensitive.getValue() == null ? 0 : outsideNonSensitive.getValue(),
                outsideSensitive.getValue() == null ? 0 : outsideSensitive.getValue());
        Map<String, HasValidation> fields = Map.of(
                "outsideNonSensitive", outsideNonSensitive, "outsideSensitive", outsideSensitive, "sector", sector);
        List<ListingDeclaration.Problem> problems = d.problems();
        if (outsideNonSensitive.isInvalid() || outsideSensitive.isInvalid() || !problems.isEmpty()) {
            for (ListingDeclaration.Problem p : problems) {
                fields.get(p.field()).setErrorMessage(getTranslation(p.messageKey()));
                fields.get(p.field()).setInvalid(true);
            }
            return;
        }
        facts.declareMerchant(d);
        facts.myMerchantFacts().ifPresent(this::fill);
        Notification.show(getTranslation("compliance.facts.saved"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("compliance.facts.merchant-title") + " · " + getTranslation("app.name");
    }
}
