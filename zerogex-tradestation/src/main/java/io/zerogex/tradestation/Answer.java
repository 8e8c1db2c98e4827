package io.zerogex.tradestation;

import java.io.IOException;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * A whole HTTP answer read into memory: status, body text and the Retry-After header. For the
 * small REST and token bodies only; streams are read incrementally.
 *
 * @param status the HTTP status
 * @param body the body text ("" when there is none)
 * @param retryAfter the Retry-After header, or null
 */
record Answer(int status, String body, String retryAfter) {

  /** Executes the request and reads the answer, closing the response. */
  static Answer of(OkHttpClient client, Request request) throws IOException {
    try (Response response = client.newCall(request).execute()) {
      ResponseBody body = response.body();
      return new Answer(response.code(), body == null ? "" : body.string(), response.header("Retry-After"));
    }
  }
}
