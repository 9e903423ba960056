package dataport.search;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the index and the database hold, as listing id to version, read past the application: the sync tests compare
 * the two. The index stores the database version plus one (external versions must be positive).
 */
final class IndexState {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private IndexState() {}

    static String elasticsearchUrl() {
        return System.getenv().getOrDefault("DATAPORT_ES_URL", "http://127.0.0.1:9200");
    }

    /** Id to database version of every document searchable in the alias (after a refresh); empty when it is missing. */
    static Map<Long, Long> indexed(String alias) throws IOException, InterruptedException {
        send(HttpRequest.newBuilder(URI.create(elasticsearchUrl() + "/" + alias + "/_refresh"))
                .POST(HttpRequest.BodyPublishers.noBody()));
        HttpResponse<String> response = send(HttpRequest.newBuilder(
                        URI.create(elasticsearchUrl() + "/" + alias + "/_search?version=true&size=10000&_source=false"))
                .GET());
        Map<Long, Long> versions = new TreeMap<>();
        if (response.statusCode() == 404) {
            return versions;
        }
        if (response.statusCode() != 200) {
            throw new IOException("Search of " + alias + " answered " + response.statusCode() + ": " + response.body());
        }
        for (JsonNode hit : JSON.readTree(response.body()).path("hits").path("hits")) {
            versions.put(
                    Long.valueOf(hit.get("_id").asString()),
                    listingVersion(hit.get("_version").asLong()));
        }
        return versions;
    }

    /** The concrete index the alias points at; null when there is none. */
    static String indexName(String alias) throws IOException, InterruptedException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(elasticsearchUrl() + "/_alias/" + alias))
                .GET());
        if (response.statusCode() != 200) {
            return null;
        }
        var names = JSON.readTree(response.body()).propertyNames().iterator();
        return names.hasNext() ? names.next() : null;
    }

    /** The stored document of a listing (its source), as the index has it now; a missing node when it has none. */
    static JsonNode source(String alias, long id) throws IOException, InterruptedException {
        HttpResponse<String> response =
                send(HttpRequest.newBuilder(URI.create(elasticsearchUrl() + "/" + alias + "/_doc/" + id))
                        .GET());
        return JSON.readTree(response.body()).path("_source");
    }

    /** Id to version of every published listing in the database. */
    /**
     * The listing's database version inside a document's external version, which is (version + 1) shifted past the
     * 24 low bits that count rating changes (search.internal.ListingIndex#externalVersion).
     */
    static long listingVersion(long externalVersion) {
        return (externalVersion >> 24) - 1;
    }

    static Map<Long, Long> published(String database) throws SQLException {
        Map<Long, Long> versions = new TreeMap<>();
        try (Connection c = connect(database);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT id, version FROM listing WHERE status = 'PUBLISHED'")) {
            while (rs.next()) {
                versions.put(rs.getLong(1), rs.getLong(2));
            }
        }
        return versions;
    }

    /** Events recorded in the event publication registry and not yet delivered. */
    static long incompletePublications(String database) throws SQLException {
        try (Connection c = connect(database);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE COMPLETION_DATE IS NULL")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Connection connect(String database) throws SQLException {
        String url = "jdbc:mysql://" + System.getenv().getOrDefault("DATAPORT_DB_HOST", "127.0.0.1") + ":"
                + System.getenv().getOrDefault("DATAPORT_DB_PORT", "3306") + "/" + database;
        return DriverManager.getConnection(
                url,
                System.getenv().getOrDefault("DATAPORT_DB_USER", "dataport"),
                System.getenv().getOrDefault("DATAPORT_DB_PASSWORD", "dataport"));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
