package io.parhub;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Base of the integration tests: the whole application on a real embedded PostgreSQL, over HTTP. Every subclass
 * shares one application context (and one database), so tests create their own data with unique names.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
public abstract class ApplicationTest {

    protected static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    protected int port;

    /** For requests as a given staff member: combine with {@code @WithMockUser} or {@code user(...)}. */
    @Autowired
    protected MockMvc mvc;

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** A GET as an anonymous caller, with an optional Accept-Language. */
    protected HttpResponse<String> get(String path, String... acceptLanguage) {
        var request = HttpRequest.newBuilder(URI.create(url(path))).header("Accept", "application/json, */*;q=0.5");
        if (acceptLanguage.length > 0) {
            request.header("Accept-Language", acceptLanguage[0]);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    protected static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}
