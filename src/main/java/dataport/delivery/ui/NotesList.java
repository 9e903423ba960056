package dataport.delivery.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import dataport.delivery.NoteView;
import java.util.List;

/** The merchant's delivery notes (and the system's, for automatic delivery), oldest first. */
class NotesList extends Div {

    NotesList(List<NoteView> notes) {
        addClassName("dp-section");
        setId("delivery-notes");
        add(new H2(getTranslation("delivery.notes.title")));
        if (notes.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("delivery.notes.none"));
            none.addClassName("dp-muted");
            add(none);
            return;
        }
        UnorderedList list = new UnorderedList();
        for (NoteView note : notes) {
            Span when = new Span(Formats.dateTime(this, note.at()));
            when.addClassName("dp-muted");
            // The system's notes are translation keys, so the buyer reads them in their language.
            Paragraph text = new Paragraph(note.automatic() ? getTranslation(note.text()) : note.text());
            text.getStyle().set("white-space", "pre-line").set("margin", "0.25rem 0 0.75rem");
            list.add(new ListItem(when, text));
        }
        add(list);
    }
}
