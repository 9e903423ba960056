package dataport.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dataport.search.internal.Interleaving.Scored;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InterleavingTest {

    private static List<Scored> own(double... scores) {
        List<Scored> list = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            list.add(new Scored(100 + i, scores[i], false));
        }
        return list;
    }

    private static List<Scored> translated(double... scores) {
        List<Scored> list = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            list.add(new Scored(200 + i, scores[i], true));
        }
        return list;
    }

    private static List<Long> ids(List<Scored> merged) {
        return merged.stream().map(Scored::listingId).toList();
    }

    @Test
    void translatedHitsTakeEverySecondPlaceOfTheHeadThoughOwnLanguageHitsScoreHigher() {
        List<Scored> merged =
                Interleaving.merge(own(20, 19, 18, 17, 16, 15, 14), translated(7, 6.5, 6, 5.5, 5, 4.5), 0.5);

        assertThat(ids(merged).subList(0, 10))
                .containsExactly(100L, 200L, 101L, 201L, 102L, 202L, 103L, 203L, 104L, 204L);
        // After the head, by score: the own-language hits first here.
        assertThat(ids(merged).subList(10, 13)).containsExactly(105L, 106L, 205L);
    }

    @Test
    void aWeakTranslatedMatchDoesNotPushStrongOwnLanguageHitsDown() {
        List<Scored> merged = Interleaving.merge(own(20, 19, 18), translated(2), 0.5);

        assertThat(ids(merged)).containsExactly(100L, 101L, 102L, 200L);
    }

    @Test
    void aWeakOwnLanguageMatchDoesNotGetATurnAheadOfStrongTranslatedOnes() {
        List<Scored> merged = Interleaving.merge(own(20, 2), translated(8, 7), 0.5);

        assertThat(ids(merged)).containsExactly(100L, 200L, 201L, 101L);
    }

    @Test
    void whenOneListRunsOutTheOtherFillsThePlaces() {
        assertThat(ids(Interleaving.merge(own(3), translated(1.5, 1.2, 1), 0.5)))
                .containsExactly(100L, 200L, 201L, 202L);
        assertThat(ids(Interleaving.merge(own(), translated(5, 4), 0.5))).containsExactly(200L, 201L);
        assertThat(ids(Interleaving.merge(own(5, 4), translated(), 0.5))).containsExactly(100L, 101L);
    }

    @Test
    void eachListKeepsItsOwnOrderAndNothingIsLostOrRepeated() {
        List<Scored> own = own(9, 7, 5, 3, 1, 0.5, 0.4, 0.3, 0.2, 0.1, 0.05, 0.01);
        List<Scored> translated = translated(8, 6, 4, 2, 1.5, 1, 0.9, 0.8);
        List<Long> merged = ids(Interleaving.merge(own, translated, 0.5));

        assertThat(merged).hasSize(own.size() + translated.size()).doesNotHaveDuplicates();
        assertThat(merged.stream().filter(id -> id < 200).toList()).isSorted();
        assertThat(merged.stream().filter(id -> id >= 200).toList()).isSorted();
    }
}
