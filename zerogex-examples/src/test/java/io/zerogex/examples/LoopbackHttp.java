package io.zerogex.examples;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Requests without a body to the worker's endpoint on 127.0.0.1, as the tests make them. */
final class LoopbackHttp {

  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  private LoopbackHttp() {
  }

  /** {@code method path} on 127.0.0.1:{@code port}, answered within 10 seconds. */
  static HttpResponse<String> send(int port, String method, String path) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .method(method, HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(10)).build();
    return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
