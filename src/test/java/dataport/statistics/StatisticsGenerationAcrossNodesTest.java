package dataport.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import dataport.shared.ScratchDatabase;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The roll-up runs on one node; the other nodes' figure caches must still let go of the old figures. */
class StatisticsGenerationAcrossNodesTest {

    private static final String DATABASE = ScratchDatabase.name("generations");

    private StatisticsGeneration nodeA;
    private StatisticsGeneration nodeB;

    @BeforeEach
    void freshTable() throws Exception {
        ScratchDatabase.createFresh(
                ScratchDatabase.node(DATABASE),
                "sign_in_failure, sign_in_block, cluster_generation",
                "V72__shared_node_state.sql");
        nodeA = new StatisticsGeneration(ScratchDatabase.node(DATABASE), Duration.ZERO);
        nodeB = new StatisticsGeneration(ScratchDatabase.node(DATABASE), Duration.ZERO);
    }

    @Test
    void aChangeOnOneNodeMovesTheNumberOnTheOther() {
        long seenByB = nodeB.current();
        FigureCache<String, String> cacheOnB = new FigureCache<>(nodeB, 10);
        cacheOnB.get("month", () -> "before");

        nodeA.changed();

        assertThat(nodeB.current()).isGreaterThan(seenByB);
        assertThat(cacheOnB.get("month", () -> "after")).isEqualTo("after");
    }

    @Test
    void withoutChangesTheNumberStaysAndTheCacheKeepsItsFigures() {
        FigureCache<String, String> cacheOnB = new FigureCache<>(nodeB, 10);
        cacheOnB.get("month", () -> "kept");

        assertThat(cacheOnB.get("month", () -> "recomputed")).isEqualTo("kept");
    }
}
