package dataport.shared.ui;

import java.util.Optional;

/** Ids in page addresses ({@code /listings/42}): anything that is not a number names nothing, so the page is a 404. */
public final class RouteIds {

    private RouteIds() {}

    /** The id written in an address segment, or empty when the segment is not a whole number. */
    public static Optional<Long> parse(String raw) {
        try {
            return Optional.of(Long.parseLong(raw));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
