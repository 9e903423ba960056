package dataport.shared;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A small database of its own on the test MariaDB (the one {@code ./dataport test} starts), for tests of cluster
 * state that need two "nodes" (two data sources) on one database but no application context. Named after
 * {@code DATAPORT_TEST_DB_NAME}, so parallel checkouts do not meet.
 */
public final class ScratchDatabase {

    private ScratchDatabase() {}

    public static String name(String suffix) {
        String base = System.getenv().getOrDefault("DATAPORT_TEST_DB_NAME", "dataport_test");
        return base + "_" + suffix;
    }

    /** A new connection source to {@code database} (created when missing); each call is another "node". */
    public static DataSource node(String database) {
        String host = System.getenv().getOrDefault("DATAPORT_DB_HOST", "127.0.0.1");
        String port = System.getenv().getOrDefault("DATAPORT_DB_PORT", "3306");
        DriverManagerDataSource source = new DriverManagerDataSource(
                "jdbc:mysql://" + host + ":" + port + "/" + database
                        + "?createDatabaseIfNotExist=true&characterEncoding=UTF-8&serverTimezone=UTC",
                "dataport",
                "dataport");
        source.setDriverClassName("com.mysql.cj.jdbc.Driver");
        return source;
    }

    /** Drops {@code tables} and runs migration {@code file} (plain CREATE TABLE statements, as V70 to V72). */
    public static void createFresh(DataSource node, String tables, String file) throws IOException {
        JdbcTemplate jdbc = new JdbcTemplate(node);
        jdbc.execute("DROP TABLE IF EXISTS " + tables);
        String sql = Files.readString(Path.of("db-migrations", file));
        StringBuilder script = new StringBuilder();
        for (String line : sql.split("\n")) {
            if (!line.startsWith("--")) {
                script.append(line).append('\n');
            }
        }
        for (String statement : script.toString().split(";\\s*\n")) {
            if (!statement.isBlank()) {
                jdbc.execute(statement.trim().replaceAll(";$", ""));
            }
        }
    }
}
