package dataport.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import dataport.evidence.StratifiedSample.Candidate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class StratifiedSampleTest {

    /** 60 PUBLIC, 30 GENERAL, 9 IMPORTANT and 1 CORE trade, in a shuffled order. */
    private static List<Candidate> population() {
        List<Candidate> all = new ArrayList<>();
        long order = 1000;
        for (Map.Entry<String, Integer> s :
                Map.of("PUBLIC", 60, "GENERAL", 30, "IMPORTANT", 9, "CORE", 1).entrySet()) {
            for (int i = 0; i < s.getValue(); i++) {
                order++;
                all.add(new Candidate("DP-" + order, order, order % 7, s.getKey()));
            }
        }
        Collections.shuffle(all, new java.util.Random(5));
        return all;
    }

    private static Map<String, Long> byClass(List<Candidate> sample) {
        return sample.stream().collect(Collectors.groupingBy(Candidate::classification, Collectors.counting()));
    }

    @Test
    void theSameSeedDrawsTheSameSampleWhateverOrderThePopulationComesIn() {
        List<Candidate> population = population();
        List<Candidate> reversed = new ArrayList<>(population);
        Collections.reverse(reversed);

        assertThat(StratifiedSample.draw(population, 12, 42)).isEqualTo(StratifiedSample.draw(reversed, 12, 42));
    }

    @Test
    void anotherSeedDrawsAnotherSample() {
        assertThat(StratifiedSample.draw(population(), 12, 42))
                .isNotEqualTo(StratifiedSample.draw(population(), 12, 43));
    }

    @Test
    void everyClassificationPresentGetsACaseAndTheRestFollowsTheirSizes() {
        List<Candidate> sample = StratifiedSample.draw(population(), 12, 7);

        assertThat(sample).hasSize(12).doesNotHaveDuplicates();
        // 4 strata get one each; 8 more shared by 59 : 29 : 8 : 0 of 96 → 4.92, 2.42, 0.67, 0: floors 4 + 2 + 0 + 0,
        // and the 2 left go to the largest remainders (PUBLIC .92, IMPORTANT .67).
        assertThat(byClass(sample))
                .containsEntry("PUBLIC", 6L)
                .containsEntry("GENERAL", 3L)
                .containsEntry("IMPORTANT", 2L)
                .containsEntry("CORE", 1L);
    }

    @Test
    void aSampleAsLargeAsThePopulationTakesEveryTrade() {
        assertThat(StratifiedSample.draw(population(), 500, 1)).hasSize(100);
    }

    @Test
    void aSampleSmallerThanTheNumberOfStrataGoesToTheLargestStrata() {
        assertThat(byClass(StratifiedSample.draw(population(), 2, 1))).containsOnlyKeys("PUBLIC", "GENERAL");
    }

    @Test
    void tradesWithoutAClassificationFormTheirOwnStratum() {
        List<Candidate> population = new ArrayList<>(population());
        population.add(new Candidate("DP-X", 1, 1, null));

        assertThat(StratifiedSample.draw(population, 5, 3))
                .extracting(StratifiedSample::stratum)
                .contains("UNKNOWN");
    }
}
