package dataport.search;

/** A full rebuild of the search index was asked for while one is running: only one runs at a time. */
public class RebuildAlreadyRunning extends RuntimeException {

    public RebuildAlreadyRunning() {
        super("A rebuild of the search index is already running");
    }
}
