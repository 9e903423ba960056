package dataport.search.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Fair places for the other language's listings in a relevance-sorted search. A query in one language is answered by
 * two disjoint lists: the listings matching its own words (ranked by those alone) and the listings found only through
 * a translation (ranked by the translation leg). Ranked together by score, the translated ones never reached the first
 * places on a real catalogue, however good: Chinese summaries that mention 海洋 outscored "Ocean Radar …", whose title
 * is the translation; and the other way round, short Chinese-only titles whose stored English glosses matched
 * "shipping" outscored the English listing about shipping.
 *
 * <p>So the two lists are merged by score, a translated hit's score taken at full weight (the translation leg is
 * halved inside the query, so that a listing matching both ways ranks first; between two lists that no longer compete
 * inside one score, the halving would only repeat itself), and the first {@link #HEAD} places alternate, own-language
 * first: a list takes its turn as long as its next hit scores at least {@link #FLOOR} of the other list's next hit, so a
 * weak match of either kind never gets a place ahead of a much better one of the other. Each list keeps its own order.
 * Measured variants are in the README ("Cross-language search").
 */
final class Interleaving {

    /** Places that alternate between the two lists. */
    static final int HEAD = 10;

    /** A list takes its turn in the head while its next hit scores at least this share of the other list's next. */
    static final double FLOOR = 0.6;

    private Interleaving() {}

    /** A listing and its relevance score in its own list. */
    record Scored(long listingId, double score, boolean translated) {}

    /**
     * Both lists merged: alternating places in the head while neither list's next hit is much weaker, else (and after
     * the head) by score; {@code translatedWeight} undoes the translation leg's weight in its scores.
     */
    static List<Scored> merge(List<Scored> own, List<Scored> translated, double translatedWeight) {
        List<Scored> merged = new ArrayList<>(own.size() + translated.size());
        int o = 0;
        int t = 0;
        while (o < own.size() || t < translated.size()) {
            Scored next;
            if (o >= own.size()) {
                next = translated.get(t++);
            } else if (t >= translated.size()) {
                next = own.get(o++);
            } else {
                double ownScore = own.get(o).score();
                double translatedScore = translated.get(t).score() / translatedWeight;
                boolean translatedFirst = translatedScore > ownScore;
                if (merged.size() < HEAD) {
                    boolean translatedTurn = merged.size() % 2 == 1;
                    if (translatedTurn && translatedScore >= FLOOR * ownScore) {
                        translatedFirst = true;
                    } else if (!translatedTurn && ownScore >= FLOOR * translatedScore) {
                        translatedFirst = false;
                    }
                }
                next = translatedFirst ? translated.get(t++) : own.get(o++);
            }
            merged.add(next);
        }
        return merged;
    }
}
