package dataport.exhibits.ui;

import dataport.exhibits.ExhibitService;

/** The items: the picker above, the ordered list with notes below. */
class ExhibitItemsSection extends EditorSection {

    final ItemPicker picker;
    final ItemList list;

    ExhibitItemsSection(ExhibitService exhibits) {
        super("exhibits.section.items");
        list = new ItemList(this::itemsChanged);
        picker = new ItemPicker(exhibits, p -> list.contains(p.kind(), p.targetId()), list::add);
        add(picker, list);
    }

    /** An item was added or removed: the picker's Add buttons follow. */
    private void itemsChanged() {
        picker.refresh();
    }
}
