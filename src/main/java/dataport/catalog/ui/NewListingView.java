package dataport.catalog.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dataport.catalog.BillingPeriod;
import dataport.catalog.CatalogService;
import dataport.catalog.CatalogService.ListingDraft;
import dataport.catalog.CatalogService.NewPlan;
import dataport.catalog.CategoryRef;
import dataport.catalog.DataClassification;
import dataport.catalog.DeliveryMode;
import dataport.catalog.PricingModel;
import dataport.shared.Bilingual;
import dataport.shared.Money;
import dataport.shared.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Set;

/**
 * A merchant's form for a new listing: both languages side by side, one pricing plan; saved as a draft. Every field
 * is validated on the server with a translated message next to it, and nothing typed is lost on an error.
 */
@Route(value = MyListingsView.ROUTE + "/new", layout = MainLayout.class)
@RolesAllowed("MERCHANT")
public class NewListingView extends Div implements HasDynamicTitle {

    static final List<String> CURRENCIES = List.of("CNY", "USD", "EUR", "GBP", "JPY", "SGD", "HKD");
    static final int TITLE_MAX = 200;
    static final int SUMMARY_MAX = 500;
    static final int DESCRIPTION_MAX = 20_000;

    private final CatalogService catalog;
    private final Binder<Form> binder = new Binder<>();
    final ComboBox<CategoryRef> category = new ComboBox<>();
    final TextField titleEn = new TextField();
    final TextField titleZh = new TextField();
    final TextArea summaryEn = new TextArea();
    final TextArea summaryZh = new TextArea();
    final TextArea descriptionEn = new TextArea();
    final TextArea descriptionZh = new TextArea();
    final Select<DeliveryMode> deliveryMode = new Select<>();
    final Select<DataClassification> classification = new Select<>();
    final Checkbox personalInformation = new Checkbox();
    final Checkbox crossBorder = new Checkbox();
    final TextField planNameEn = new TextField();
    final TextField planNameZh = new TextField();
    final Select<PricingModel> pricingModel = new Select<>();
    final Select<BillingPeriod> period = new Select<>();
    final BigDecimalField price = new BigDecimalField();
    final ComboBox<String> currency = new ComboBox<>();
    final Button save = new Button();

    NewListingView(CatalogService catalog) {
        this.catalog = catalog;
        addClassName("dp-page");
        addClassName("dp-form-page");
        configureFields();
        bind();

        FormLayout texts = new FormLayout(titleEn, titleZh, summaryEn, summaryZh, descriptionEn, descriptionZh);
        texts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("640px", 2));
        FormLayout facts = new FormLayout(category, deliveryMode, classification, personalInformation, crossBorder);
        facts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("640px", 2));
        FormLayout plan = new FormLayout(planNameEn, planNameZh, pricingModel, period, price, currency);
        plan.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("640px", 2));

        save.setText(getTranslation("workspace.form.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-listing");
        save.addClickListener(e -> save());
        Paragraph lead = new Paragraph(getTranslation("workspace.form.lead"));
        lead.addClassName("dp-muted");
        add(
                new H1(getTranslation("workspace.form.title")),
                lead,
                new H2(getTranslation("workspace.form.texts")),
                texts,
                new H2(getTranslation("workspace.form.facts")),
                facts,
                new H2(getTranslation("workspace.form.plan")),
                plan,
                save);
    }

    private void configureFields() {
        category.setLabel(getTranslation("workspace.form.category"));
        category.setItems(
                catalog.categories().stream().filter(c -> c.parent() != null).toList());
        category.setItemLabelGenerator(
                c -> c.parent().name().in(getLocale()) + " / " + c.name().in(getLocale()));
        category.setId("listing-category");
        label(titleEn, "workspace.form.title-en", "listing-title-en");
        label(titleZh, "workspace.form.title-zh", "listing-title-zh");
        titleEn.setMaxLength(TITLE_MAX);
        titleZh.setMaxLength(TITLE_MAX);
        label(summaryEn, "workspace.form.summary-en", "listing-summary-en");
        label(summaryZh, "workspace.form.summary-zh", "listing-summary-zh");
        summaryEn.setMaxLength(SUMMARY_MAX);
        summaryZh.setMaxLength(SUMMARY_MAX);
        label(descriptionEn, "workspace.form.description-en", "listing-description-en");
        label(descriptionZh, "workspace.form.description-zh", "listing-description-zh");
        descriptionEn.setMaxLength(DESCRIPTION_MAX);
        descriptionZh.setMaxLength(DESCRIPTION_MAX);
        descriptionEn.setHelperText(getTranslation("workspace.form.markdown"));
        descriptionZh.setHelperText(getTranslation("workspace.form.markdown"));

        deliveryMode.setLabel(getTranslation("listing.delivery"));
        deliveryMode.setItems(DeliveryMode.values());
        deliveryMode.setItemLabelGenerator(m -> getTranslation("delivery." + m));
        deliveryMode.setId("listing-delivery");
        classification.setLabel(getTranslation("listing.classification"));
        classification.setItems(DataClassification.values());
        classification.setItemLabelGenerator(c -> getTranslation("classification." + c));
        classification.setId("listing-classification");
        personalInformation.setLabel(getTranslation("listing.personal-information"));
        crossBorder.setLabel(getTranslation("workspace.form.cross-border"));
        crossBorder.setId("listing-cross-border");
        // CORE data may never leave the country: the option disappears and the form says why.
        classification.addValueChangeListener(e -> {
            boolean core = e.getValue() == DataClassification.CORE;
            crossBorder.setEnabled(!core);
            if (core) {
                crossBorder.setValue(false);
            }
            crossBorder.setHelperText(core ? getTranslation("workspace.form.core-not-cross-border") : null);
        });

        label(planNameEn, "workspace.form.plan-name-en", "plan-name-en");
        label(planNameZh, "workspace.form.plan-name-zh", "plan-name-zh");
        pricingModel.setLabel(getTranslation("workspace.form.pricing-model"));
        pricingModel.setItems(PricingModel.values());
        pricingModel.setItemLabelGenerator(m -> getTranslation("pricing." + m));
        pricingModel.setId("plan-model");
        period.setLabel(getTranslation("workspace.form.period"));
        period.setItems(BillingPeriod.values());
        period.setItemLabelGenerator(p -> getTranslation("workspace.form.period." + p));
        period.setId("plan-period");
        price.setLabel(getTranslation("workspace.form.price"));
        price.setId("plan-price");
        currency.setLabel(getTranslation("workspace.form.currency"));
        currency.setItems(CURRENCIES);
        currency.setId("plan-currency");
        pricingModel.addValueChangeListener(e -> {
            period.setVisible(e.getValue() == PricingModel.SUBSCRIPTION);
            boolean priced = e.getValue() != PricingModel.QUOTE;
            price.setVisible(priced);
            currency.setVisible(priced);
        });
        period.setVisible(false);
    }

    private <F extends Component & HasLabel> void label(F field, String key, String id) {
        field.setLabel(getTranslation(key));
        field.setId(id);
    }

    private void bind() {
        binder.forField(category)
                .asRequired(getTranslation("workspace.form.error.category"))
                .bind(Form::getCategory, Form::setCategory);
        binder.forField(titleEn)
                .withValidator((value, ctx) -> titleZh.getValue().isBlank() && value.isBlank()
                        ? ValidationResult.error(getTranslation("workspace.form.error.title"))
                        : ValidationResult.ok())
                .bind(Form::getTitleEn, Form::setTitleEn);
        binder.forField(titleZh).bind(Form::getTitleZh, Form::setTitleZh);
        binder.forField(summaryEn).bind(Form::getSummaryEn, Form::setSummaryEn);
        binder.forField(summaryZh).bind(Form::getSummaryZh, Form::setSummaryZh);
        binder.forField(descriptionEn).bind(Form::getDescriptionEn, Form::setDescriptionEn);
        binder.forField(descriptionZh).bind(Form::getDescriptionZh, Form::setDescriptionZh);
        binder.forField(deliveryMode)
                .asRequired(getTranslation("workspace.form.error.required"))
                .bind(Form::getDeliveryMode, Form::setDeliveryMode);
        binder.forField(classification)
                .asRequired(getTranslation("workspace.form.error.required"))
                .bind(Form::getClassification, Form::setClassification);
        binder.forField(personalInformation).bind(Form::isPersonalInformation, Form::setPersonalInformation);
        binder.forField(crossBorder).bind(Form::isCrossBorder, Form::setCrossBorder);
        binder.forField(planNameEn)
                .withValidator((value, ctx) -> planNameZh.getValue().isBlank() && value.isBlank()
                        ? ValidationResult.error(getTranslation("workspace.form.error.plan-name"))
                        : ValidationResult.ok())
                .bind(Form::getPlanNameEn, Form::setPlanNameEn);
        binder.forField(planNameZh).bind(Form::getPlanNameZh, Form::setPlanNameZh);
        binder.forField(pricingModel)
                .asRequired(getTranslation("workspace.form.error.required"))
                .bind(Form::getPricingModel, Form::setPricingModel);
        binder.forField(period)
                .withValidator((value, ctx) -> pricingModel.getValue() == PricingModel.SUBSCRIPTION && value == null
                        ? ValidationResult.error(getTranslation("workspace.form.error.period"))
                        : ValidationResult.ok())
                .bind(Form::getPeriod, Form::setPeriod);
        binder.forField(currency)
                .withValidator((value, ctx) -> pricingModel.getValue() != PricingModel.QUOTE && value == null
                        ? ValidationResult.error(getTranslation("workspace.form.error.currency"))
                        : ValidationResult.ok())
                .bind(Form::getCurrency, Form::setCurrency);
        binder.forField(price)
                .withValidator((value, ctx) -> validatePrice(value))
                .bind(Form::getPrice, Form::setPrice);
        binder.setBean(new Form());
    }

    private ValidationResult validatePrice(BigDecimal value) {
        if (pricingModel.getValue() == PricingModel.QUOTE) {
            return ValidationResult.ok();
        }
        if (value == null) {
            return ValidationResult.error(getTranslation("workspace.form.error.price"));
        }
        if (value.signum() < 0 || value.compareTo(new BigDecimal("1000000000")) >= 0) {
            return ValidationResult.error(getTranslation("workspace.form.error.price-range"));
        }
        String code = currency.getValue();
        if (code != null) {
            int digits = Math.max(Currency.getInstance(code).getDefaultFractionDigits(), 0);
            if (value.stripTrailingZeros().scale() > digits) {
                return ValidationResult.error(getTranslation("workspace.form.error.price-decimals", code, digits));
            }
        }
        return ValidationResult.ok();
    }

    private void save() {
        if (!binder.validate().isOk()) {
            Notification.show(getTranslation("workspace.form.fix-errors"), 4000, Notification.Position.BOTTOM_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        Form form = binder.getBean();
        Money money = form.getPricingModel() == PricingModel.QUOTE
                ? null
                : Money.of(form.getPrice(), Currency.getInstance(form.getCurrency()));
        NewPlan plan = new NewPlan(
                Bilingual.of(form.getPlanNameEn(), form.getPlanNameZh()),
                form.getPricingModel(),
                form.getPricingModel() == PricingModel.SUBSCRIPTION ? form.getPeriod() : null,
                null,
                money);
        catalog.createDraft(new ListingDraft(
                form.getCategory().code(),
                Bilingual.of(form.getTitleEn(), form.getTitleZh()),
                Bilingual.of(form.getSummaryEn(), form.getSummaryZh()),
                Bilingual.of(form.getDescriptionEn(), form.getDescriptionZh()),
                form.getDeliveryMode(),
                form.getClassification(),
                form.isPersonalInformation(),
                form.isCrossBorder() && form.getClassification() != DataClassification.CORE,
                Set.of(),
                plan));
        Notification.show(getTranslation("workspace.form.saved"), 4000, Notification.Position.BOTTOM_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        getUI().ifPresent(ui -> ui.navigate(MyListingsView.class));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workspace.form.title") + " · " + getTranslation("app.name");
    }

    /** The form's state while it is being filled in. */
    static final class Form {
        private CategoryRef category;
        private String titleEn = "";
        private String titleZh = "";
        private String summaryEn = "";
        private String summaryZh = "";
        private String descriptionEn = "";
        private String descriptionZh = "";
        private DeliveryMode deliveryMode;
        private DataClassification classification;
        private boolean personalInformation;
        private boolean crossBorder;
        private String planNameEn = "";
        private String planNameZh = "";
        private PricingModel pricingModel;
        private BillingPeriod period;
        private BigDecimal price;
        private String currency;

        CategoryRef getCategory() {
            return category;
        }

        void setCategory(CategoryRef v) {
            category = v;
        }

        String getTitleEn() {
            return titleEn;
        }

        void setTitleEn(String v) {
            titleEn = v;
        }

        String getTitleZh() {
            return titleZh;
        }

        void setTitleZh(String v) {
            titleZh = v;
        }

        String getSummaryEn() {
            return summaryEn;
        }

        void setSummaryEn(String v) {
            summaryEn = v;
        }

        String getSummaryZh() {
            return summaryZh;
        }

        void setSummaryZh(String v) {
            summaryZh = v;
        }

        String getDescriptionEn() {
            return descriptionEn;
        }

        void setDescriptionEn(String v) {
            descriptionEn = v;
        }

        String getDescriptionZh() {
            return descriptionZh;
        }

        void setDescriptionZh(String v) {
            descriptionZh = v;
        }

        DeliveryMode getDeliveryMode() {
            return deliveryMode;
        }

        void setDeliveryMode(DeliveryMode v) {
            deliveryMode = v;
        }

        DataClassification getClassification() {
            return classification;
        }

        void setClassification(DataClassification v) {
            classification = v;
        }

        boolean isPersonalInformation() {
            return personalInformation;
        }

        void setPersonalInformation(boolean v) {
            personalInformation = v;
        }

        boolean isCrossBorder() {
            return crossBorder;
        }

        void setCrossBorder(boolean v) {
            crossBorder = v;
        }

        String getPlanNameEn() {
            return planNameEn;
        }

        void setPlanNameEn(String v) {
            planNameEn = v;
        }

        String getPlanNameZh() {
            return planNameZh;
        }

        void setPlanNameZh(String v) {
            planNameZh = v;
        }

        PricingModel getPricingModel() {
            return pricingModel;
        }

        void setPricingModel(PricingModel v) {
            pricingModel = v;
        }

        BillingPeriod getPeriod() {
            return period;
        }

        void setPeriod(BillingPeriod v) {
            period = v;
        }

        BigDecimal getPrice() {
            return price;
        }

        void setPrice(BigDecimal v) {
            price = v;
        }

        String getCurrency() {
            return currency;
        }

        void setCurrency(String v) {
            currency = v;
        }
    }
}
