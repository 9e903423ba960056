package dataport.delivery.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import dataport.delivery.DeliveryOverview;
import dataport.delivery.NewApiKey;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The buyer's API keys: a new key is shown here once (only its hash is stored), and replaces the earlier one. Keys are
 * listed by their visible prefix with their state.
 */
class ApiKeyPanel extends Div {

    final Button create = new Button();
    final TextField newKey = new TextField();
    private final Div list = new Div();

    ApiKeyPanel(DeliveryOverview overview, Supplier<NewApiKey> createKey, Supplier<Optional<DeliveryOverview>> reload) {
        addClassName("dp-section");
        setId("api-key-panel");
        add(new H2(getTranslation("delivery.keys.title")));
        DeliveryOverview.EntitlementView e = overview.entitlement();
        Paragraph help = new Paragraph(getTranslation("delivery.keys.help"));
        help.addClassName("dp-muted");
        add(help);

        newKey.setId("new-api-key");
        newKey.setLabel(getTranslation("delivery.keys.new-label"));
        newKey.setHelperText(getTranslation("delivery.keys.shown-once"));
        newKey.setReadOnly(true);
        newKey.setWidthFull();
        newKey.setVisible(false);

        boolean hasKey = overview.keys().stream().anyMatch(DeliveryOverview.KeyView::usable);
        create.setText(getTranslation(hasKey ? "delivery.keys.replace" : "delivery.keys.create"));
        create.setId("create-api-key");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setEnabled(e != null && e.active());
        create.addClickListener(click -> {
            NewApiKey key = createKey.get();
            newKey.setValue(key.key());
            newKey.setVisible(true);
            create.setText(getTranslation("delivery.keys.replace"));
            reload.get().ifPresent(this::showKeys);
        });
        if (e != null && !e.active()) {
            Div ended = new Div(new Span(getTranslation("delivery.keys.ended")));
            ended.addClassName("dp-alert");
            add(ended);
        }
        Div actions = new Div(create);
        actions.addClassName("dp-actions");
        add(actions, newKey, list);
        showKeys(overview);
    }

    void showKeys(DeliveryOverview overview) {
        list.removeAll();
        list.setId("api-keys");
        if (overview.keys().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("delivery.keys.none"));
            none.addClassName("dp-muted");
            list.add(none);
            return;
        }
        UnorderedList items = new UnorderedList();
        for (DeliveryOverview.KeyView k : overview.keys()) {
            Span prefix = new Span(k.prefix() + "…");
            prefix.addClassName("dp-hash");
            String state = k.usable()
                    ? getTranslation("delivery.keys.state.active")
                    : k.revokedAt() != null
                            ? getTranslation("delivery.keys.state.replaced", Formats.dateTime(this, k.revokedAt()))
                            : getTranslation("delivery.keys.state.expired");
            Span badge = new Span(state);
            badge.addClassName("dp-badge");
            Span created = new Span(getTranslation("delivery.keys.created", Formats.dateTime(this, k.createdAt())));
            created.addClassName("dp-muted");
            ListItem item = new ListItem(prefix, new Span(" "), badge, new Span(" "), created);
            items.add(item);
        }
        list.add(items);
    }
}
