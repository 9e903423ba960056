package dataport.shared.ui;

/**
 * A small marker a module shows in the site header (e.g. payments' "test mode"), contributed as a Spring bean, so
 * the layout needs to know no module.
 */
public interface HeaderMarker {

    /** The marker's translation key, or null to show nothing now. */
    String labelKey();
}
