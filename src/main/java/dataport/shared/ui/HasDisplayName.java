package dataport.shared.ui;

/**
 * A signed-in principal that can name itself in the header. The accounts module's principal implements it, so the
 * layout can greet the user without depending on accounts (which depends on shared).
 */
public interface HasDisplayName {

    String displayName();
}
