package dataport.search;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The relevance tests' own application context, database and index: the demo catalogue plus the real catalogues
 * ({@link RealCatalogues}) and nothing else. Precision depends on Elasticsearch's term statistics, so a measurement
 * over the shared test index would change with whatever other test classes happened to publish before it (the
 * Chinese-over-English-only figure read 0.796 alone and 0.786 in the whole suite). Both relevance tests carry this
 * annotation with the same properties, so they share one context and measure the same catalogue.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        properties = {
            "dataport.database.name=${DATAPORT_TEST_DB_NAME:dataport_test}_relevance",
            "dataport.search.index-prefix=${DATAPORT_TEST_INDEX_PREFIX:dataport-test}-relevance"
        })
@ActiveProfiles("test")
@interface RelevanceCatalogue {}
