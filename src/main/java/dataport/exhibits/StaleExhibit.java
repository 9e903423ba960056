package dataport.exhibits;

/**
 * Another curator changed the exhibit since it was read: the save is refused instead of overwriting their change,
 * and the editor keeps what was typed.
 */
public class StaleExhibit extends RuntimeException {

    StaleExhibit(long exhibitId) {
        super("Exhibit " + exhibitId + " was changed meanwhile");
    }
}
