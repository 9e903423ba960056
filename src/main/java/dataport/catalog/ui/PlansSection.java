package dataport.catalog.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import dataport.catalog.CatalogService.NewPlan;
import dataport.catalog.InvalidListing.Violation;
import dataport.catalog.ListingRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The listing's pricing plans in the order buyers see them: add, reorder, remove, each a {@link PlanRow}. */
class PlansSection extends Div implements EditorSection {

    final Div planList = new Div();
    final List<PlanRow> rows = new ArrayList<>();
    final Button addPlan = new Button();
    final Span plansError = new Span();

    PlansSection() {
        planList.setId("plan-list");
        addPlan.setText(getTranslation("workspace.plans.add"));
        addPlan.setId("add-plan");
        addPlan.addClickListener(e -> addRow(null));
        plansError.addClassName("dp-error");
        plansError.setId("plans-error");
        plansError.setVisible(false);
        add(new H2(getTranslation("workspace.form.plans")), plansError, planList, addPlan);
        addClassName("dp-editor-section");
        setId("editor-plans");
    }

    void addRow(NewPlan plan) {
        if (rows.size() >= ListingRules.PLANS_MAX) {
            return;
        }
        rows.add(new PlanRow(plan, this));
        render();
    }

    void fill(List<NewPlan> plans) {
        rows.clear();
        plans.forEach(p -> rows.add(new PlanRow(p, this)));
        render();
    }

    void move(PlanRow row, int delta) {
        int from = rows.indexOf(row);
        int to = from + delta;
        if (to < 0 || to >= rows.size()) {
            return;
        }
        rows.add(to, rows.remove(from));
        render();
    }

    void remove(PlanRow row) {
        rows.remove(row);
        render();
    }

    private void render() {
        planList.removeAll();
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).number(i, rows.size());
            planList.add(rows.get(i));
        }
        addPlan.setEnabled(rows.size() < ListingRules.PLANS_MAX);
    }

    /** The plans as typed; problems found before the server is asked (a price's decimals) go into {@code problems}. */
    List<NewPlan> plans(Map<String, Violation> problems) {
        List<NewPlan> plans = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            plans.add(rows.get(i).toPlan(problems, "plans." + i + "."));
        }
        return plans;
    }

    @Override
    public boolean showError(String field, String message) {
        if ("plans".equals(field)) {
            plansError.setText(message);
            plansError.setVisible(true);
            return true;
        }
        String[] parts = field.split("\\.");
        if (parts.length != 3 || !"plans".equals(parts[0])) {
            return false;
        }
        int index = Integer.parseInt(parts[1]);
        return index < rows.size() && rows.get(index).showError(parts[2], message);
    }

    @Override
    public void clearErrors() {
        rows.forEach(PlanRow::clearErrors);
        plansError.setVisible(false);
    }

    @Override
    public void setEditable(boolean editable) {
        addPlan.setVisible(editable);
        rows.forEach(r -> r.setEditable(editable));
    }
}
