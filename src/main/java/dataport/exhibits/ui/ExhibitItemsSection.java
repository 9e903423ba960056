package dataport.exhibits.ui;

import dataport.exhibits.ExhibitService;

/** The items: the picker above, the ordered list with notes below. */
class ExhibitItemsSection extends EditorSection {

    final ItemPicker picker;
    final ItemList list;

    ExhibitItemsSection(ExhibitService exhibits) {
        super("exhibits.section.items");
        ItemPicker[] pickerRef = new ItemPicker[1];
        list = new ItemList(() -> pickerRef[0].refresh());
        picker = new ItemPicker(exhibits, p -> list.contains(p.kind(), p.targetId()), list::add);
        pickerRef[0] = picker;
        add(picker, list);
    }
}
