package dataport.catalog.ui;

/**
 * A part of the listing editor that owns some of its fields. The page hands each rule the server found broken to
 * the sections until one owns the field, so the field names are known in one place: the section that shows them.
 */
interface EditorSection {

    /**
     * Shows {@code message} next to the field the rules call {@code field} ("titleEn", "plans.0.price").
     *
     * @return false when this section has no such field
     */
    boolean showError(String field, String message);

    void clearErrors();

    /** Read-only while staff review the listing or after it is archived. */
    void setEditable(boolean editable);
}
