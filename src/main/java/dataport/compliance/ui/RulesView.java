package dataport.compliance.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dataport.accounts.CurrentUser;
import dataport.accounts.Role;
import dataport.compliance.RuleRow;
import dataport.compliance.RulesService;
import dataport.shared.ui.MainLayout;

/**
 * {@code /compliance/rules}: the cross-border routing rules, readable by everyone, in evaluation order (first match
 * wins). Compliance staff edit a row in a dialog that shows a dry run before saving.
 */
@Route(value = RulesView.ROUTE, layout = MainLayout.class)
@AnonymousAllowed
public class RulesView extends Div implements HasDynamicTitle {

    public static final String ROUTE = "compliance/rules";

    private final RulesService rules;
    private final boolean editor;
    final Div list = new Div();

    RulesView(RulesService rules, CurrentUser currentUser) {
        this.rules = rules;
        this.editor = currentUser.hasRole(Role.COMPLIANCE);
        addClassNames("dp-page", "dp-rules");
        setId("routing-rules");
        Paragraph intro = new Paragraph(getTranslation("compliance.rules.intro"));
        Paragraph disclaimer = new Paragraph(getTranslation("compliance.rules.disclaimer"));
        disclaimer.addClassName("dp-muted");
        list.addClassName("dp-rule-list");
        add(new H1(getTranslation("compliance.rules.title")), intro, disclaimer);
        if (editor) {
            Anchor blocked = new Anchor(BlockedRecipientsView.ROUTE, getTranslation("compliance.blocked.from-rules"));
            blocked.setId("rules-blocked-recipients");
            add(new Paragraph(blocked));
        }
        add(list);
        refresh();
    }

    void refresh() {
        list.removeAll();
        for (RuleRow row : rules.rules()) {
            list.add(new RuleCard(row, editor ? this::edit : null));
        }
    }

    private void edit(RuleRow row) {
        new RuleEditor(rules, row, this::refresh).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("compliance.rules.title") + " · " + getTranslation("app.name");
    }
}
