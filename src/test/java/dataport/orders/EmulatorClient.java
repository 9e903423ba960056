package dataport.orders;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/** The emulator's control API and event list, for tests (the same key as the app, so the same account). */
record EmulatorClient(String baseUrl, String apiKey) {

    private static final HttpClient http = HttpClient.newHttpClient();

    JsonObject post(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .POST(HttpRequest.BodyPublishers.noBody())
                .header("Content-Type", "application/x-www-form-urlencoded"));
    }

    JsonObject get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
    }

    private JsonObject send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(
                    request.header("Authorization", "Bearer " + apiKey).build(), HttpResponse.BodyHandlers.ofString());
            JsonElement body = JsonParser.parseString(response.body().isBlank() ? "{}" : response.body());
            return body.isJsonObject() ? body.getAsJsonObject() : new JsonObject();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Ids of the events of {@code type} whose object is {@code objectId}. */
    List<String> eventIds(String type, String objectId) {
        JsonObject list = get("/v1/events?limit=100&type=" + type);
        List<String> ids = new ArrayList<>();
        for (JsonElement e : list.getAsJsonArray("data")) {
            JsonObject event = e.getAsJsonObject();
            if (objectId.equals(event.getAsJsonObject("data")
                    .getAsJsonObject("object")
                    .get("id")
                    .getAsString())) {
                ids.add(event.get("id").getAsString());
            }
        }
        return ids;
    }

    JsonObject stats() {
        return get("/_emulator/stats");
    }

    long statLong(String... path) {
        JsonElement at = stats();
        for (String p : path) {
            at = at.getAsJsonObject().get(p);
            if (at == null) {
                return 0;
            }
        }
        return at.getAsLong();
    }
}
