package nl.passend.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small real-HTTP client for API tests against the running server on loopback. */
public final class Api {

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private final String base;

    public Api(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** A response with its parsed body (null when empty or not JSON). */
    public record Response(int status, JsonNode body, String raw, String contentType) {
        public String code() {
            return body == null || body.get("code") == null ? null : body.get("code").asString();
        }
    }

    public Response send(String method, String path, String bearer, String jsonBody) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        if (jsonBody != null) {
            request.header("Content-Type", "application/json");
        }
        return execute(request);
    }

    public Response get(String path, String bearer) {
        return send("GET", path, bearer, null);
    }

    public Response post(String path, String bearer, String jsonBody) {
        return send("POST", path, bearer, jsonBody);
    }

    public Response put(String path, String bearer, String jsonBody) {
        return send("PUT", path, bearer, jsonBody);
    }

    public Response requestToken(String username, String password, String totp) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/api/v1/tokens"))
                .POST(HttpRequest.BodyPublishers.noBody())
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
        if (totp != null) {
            request.header("X-TOTP", totp);
        }
        return execute(request);
    }

    /** A token for a test user (with its TOTP code when it has two-factor); fails the test when none is issued. */
    public String token(Fixtures.TestUser user) {
        Response response = requestToken(user.username(), user.password(), user.totpCode());
        if (response.status() != 201) {
            throw new AssertionError("No token for test user: " + response.status() + " " + response.raw());
        }
        return response.body().get("token").asString();
    }

    private Response execute(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            JsonNode body = response.body().isBlank() || !contentType.contains("json") ? null : json.readTree(response.body());
            return new Response(response.statusCode(), body, response.body(), contentType);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
