package org.iom.americas.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A plain HTTP client for the tests: what a partner's system would send, with nothing of the app's own code. */
public final class Http {

    private final HttpClient client;
    private final URI base;
    private String authorization;

    /** A client with a cookie jar of its own: one browser session. */
    public Http(URL deployment) {
        this.base = URI.create(deployment.toString().endsWith("/") ? deployment.toString() : deployment + "/");
        // HTTP/1.1, as browsers speak it without TLS: the JDK client would otherwise try an h2c upgrade, which
        // Payara answers badly once a large body is involved (a stream reset, then every request on it refused)
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .cookieHandler(new CookieManager()).build();
    }

    private Http(HttpClient client, URI base, String authorization) {
        this.client = client;
        this.base = base;
        this.authorization = authorization;
    }

    /**
     * The same browser (cookie jar, credentials) at another address: an instance of a cluster behind a load
     * balancer that sends the next request elsewhere.
     */
    public Http at(URL otherDeployment) {
        return new Http(client, URI.create(otherDeployment.toString().endsWith("/") ? otherDeployment.toString()
                : otherDeployment + "/"), authorization);
    }

    /** A client that sends these credentials with HTTP Basic on every request, as a partner's system would. */
    public Http as(String username, String password) {
        authorization = "Basic " + java.util.Base64.getEncoder().encodeToString(
                (username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** The test installation's first administrator, over HTTP Basic. */
    public static Http administrator(URL deployment) {
        return new Http(deployment).as("admin", System.getProperty("coordination.admin.password"));
    }

    /** The id at the end of a 201's Location. */
    public static long createdId(HttpResponse<String> created) {
        return Long.parseLong(URI.create(created.headers().firstValue("Location").orElseThrow()).getPath()
                .replaceAll(".*/", ""));
    }

    /** Signs in through the sign-in page, as a person does; the session cookie stays in this client's jar. */
    public HttpResponse<String> signIn(String username, String password) {
        HttpResponse<String> page = get(app("login.xhtml"));
        return postForm(app("login.xhtml"), Map.of("login", "login", "login:username", username,
                "login:password", password, "login:next", "", "login:submit", "Sign in",
                "jakarta.faces.ViewState", viewState(page)));
    }

    /** The value of a cookie this client holds, if any. */
    public String cookie(String name) {
        return ((CookieManager) client.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals(name)).map(java.net.HttpCookie::getValue)
                .findFirst().orElse(null);
    }

    /** The server root, for what Payara serves beside the application (health, OpenAPI). */
    public URI server(String path) {
        return base.resolve("/" + path);
    }

    public URI app(String path) {
        return base.resolve(path);
    }

    /** The status of a GET of this path, or -1 when nothing answers (a server still starting, or killed). */
    public int statusOf(String path) {
        try {
            return get(app(path)).statusCode();
        } catch (RuntimeException noAnswer) {
            return -1;
        }
    }

    public HttpResponse<String> get(URI uri, String... headers) {
        return send(request(uri, headers).GET().build());
    }

    public HttpResponse<String> post(URI uri, String contentType, String body, String... headers) {
        return send(request(uri, headers).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public HttpResponse<String> put(URI uri, String contentType, String body, String... headers) {
        return send(request(uri, headers).header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public HttpResponse<String> delete(URI uri, String... headers) {
        return send(request(uri, headers).DELETE().build());
    }

    public HttpResponse<String> postBytes(URI uri, String contentType, byte[] body, String... headers) {
        return send(request(uri, headers).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    public HttpResponse<byte[]> getBytes(URI uri, String... headers) {
        try {
            return client.send(request(uri, headers).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Any method, any content type (or none) and any bytes: for hostile requests. */
    public HttpResponse<String> send(String method, URI uri, String contentType, byte[] body) {
        // a large body waits for the server's "100 Continue", as curl does: a refusal arrives before the upload
        HttpRequest.Builder builder = request(uri).expectContinue(body != null && body.length > 1024 * 1024);
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    /** A JSON string literal of the text. */
    public static String quote(String text) {
        return jakarta.json.Json.createValue(text).toString();
    }

    /** Posts an HTML form, as a browser does. */
    public HttpResponse<String> postForm(URI uri, Map<String, String> fields, String... headers) {
        String body = fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return post(uri, "application/x-www-form-urlencoded", body, headers);
    }

    /** The JSF view state of the first form of a page, to post that form back. */
    public static String viewState(HttpResponse<String> page) {
        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
        if (!state.find()) {
            throw new IllegalStateException("no JSF view state in the page");
        }
        return state.group(1);
    }

    /** The ids of the items of a list this client reads (asserting it may read it). */
    public List<Long> ids(String path) {
        HttpResponse<String> page = get(app(path));
        if (page.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + page.statusCode() + ": " + page.body());
        }
        return json(page).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(item -> item.getJsonNumber("id").longValue()).toList();
    }

    /** A JSON array of strings, as a list. */
    public static List<String> strings(JsonObject object, String name) {
        return object.getJsonArray(name).getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
    }

    public static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private HttpRequest.Builder request(URI uri, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
