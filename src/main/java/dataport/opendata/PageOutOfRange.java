package dataport.opendata;

/** A page number the catalogue does not have (below 1, past the last page, or not a number): the client's mistake. */
public class PageOutOfRange extends RuntimeException {

    public PageOutOfRange(String message) {
        super(message);
    }
}
