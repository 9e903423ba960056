package dataport.evidence.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import dataport.evidence.EvidenceRecord;
import dataport.shared.ui.Times;
import java.util.List;
import java.util.Set;

/** A trade's evidence records, oldest first: what each attests, when, its place in the chain and its hashes. */
class RecordsList extends OrderedList {

    RecordsList(List<EvidenceRecord> records, Set<Long> flagged) {
        addClassName("dp-evidence-records");
        setId("evidence-records");
        for (EvidenceRecord r : records) {
            ListItem item = new ListItem();
            item.addClassName("dp-evidence-record");
            String type = r.type() == null
                    ? "?"
                    : getTranslation("evidence.type." + r.type().name());
            Span title = new Span(type);
            title.addClassName("dp-evidence-type");
            Span when = new Span(Times.format(getLocale(), r.recordedAt()));
            when.addClassName("dp-muted");
            Div hashes = new Div(
                    new Div(getTranslation("evidence.record.sequence", r.sequence())),
                    new Div(getTranslation("evidence.record.hash", r.hash())),
                    new Div(getTranslation("evidence.record.previous", r.previousHash())));
            hashes.addClassName("dp-evidence-hashes");
            item.add(title, new Span(" · "), when, hashes);
            if (flagged.contains(r.sequence())) {
                Div bad = new Div(getTranslation("evidence.record.flagged"));
                bad.addClassName("dp-error");
                item.add(bad);
                item.addClassName("dp-evidence-bad");
            }
            add(item);
        }
    }
}
