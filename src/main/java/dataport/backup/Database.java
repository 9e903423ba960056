package dataport.backup;

import java.net.URI;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Where a MySQL-protocol database is, as the application's variables say: {@code DATAPORT_DB_URL} (host, port and
 * name taken from it) or {@code DATAPORT_DB_HOST}/{@code _PORT}/{@code _NAME}, with {@code DATAPORT_DB_USER} and
 * {@code DATAPORT_DB_PASSWORD}.
 */
public record Database(String host, int port, String name, String user, String password) {

    public static Database fromEnvironment(Map<String, String> env) {
        String user = env.getOrDefault("DATAPORT_DB_USER", "dataport");
        String password = env.getOrDefault("DATAPORT_DB_PASSWORD", "dataport");
        String url = env.get("DATAPORT_DB_URL");
        if (url != null && !url.isBlank()) {
            URI uri = URI.create(url.trim().replaceFirst("^jdbc:", ""));
            String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
            return new Database(
                    uri.getHost(),
                    uri.getPort() < 0 ? 3306 : uri.getPort(),
                    path.isEmpty() ? "dataport" : path,
                    user,
                    password);
        }
        return new Database(
                env.getOrDefault("DATAPORT_DB_HOST", "127.0.0.1"),
                Integer.parseInt(env.getOrDefault("DATAPORT_DB_PORT", "3306")),
                env.getOrDefault("DATAPORT_DB_NAME", "dataport"),
                user,
                password);
    }

    public Database named(String other) {
        if (!other.matches("[A-Za-z0-9_]{1,64}")) {
            throw new IllegalArgumentException("A database name of letters, digits and _ only, not " + other);
        }
        return new Database(host, port, other, user, password);
    }

    /** The server without a database selected (to create or drop one). */
    DataSource server() {
        return source("");
    }

    DataSource dataSource() {
        return source(name);
    }

    private DataSource source(String database) {
        DriverManagerDataSource source = new DriverManagerDataSource(
                "jdbc:mysql://" + host + ":" + port + "/" + database
                        + "?characterEncoding=UTF-8&serverTimezone=UTC&connectionTimeZone=UTC",
                user,
                password);
        source.setDriverClassName("com.mysql.cj.jdbc.Driver");
        return source;
    }
}
