package io.zerogex.bigquery;

import com.google.auth.Credentials;
import com.google.auth.oauth2.GoogleCredentials;
import com.google.cloud.NoCredentials;
import io.zerogex.core.model.Arguments;
import io.zerogex.core.spi.StorageException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Where the store's Google credentials come from: Application Default Credentials, a
 * service-account JSON file, service-account JSON text, or none (emulators and test servers).
 *
 * <p>The JSON text is a secret: {@link #toString()} and every exception message name only the
 * kind of source (and a file's path), never the key. This class is immutable and thread-safe.
 */
public final class CredentialsSource {

  /** Environment variable holding the service-account JSON itself, as the original system read it. */
  public static final String JSON_VARIABLE = "GOOGLE_SERVICE_ACCOUNT_JSON";
  /** Environment variable holding the path of a service-account JSON file (Google's own convention). */
  public static final String FILE_VARIABLE = "GOOGLE_APPLICATION_CREDENTIALS";

  private static final List<String> SCOPES = List.of("https://www.googleapis.com/auth/bigquery");

  private enum Kind { APPLICATION_DEFAULT, FILE, JSON, NONE }

  private final Kind kind;
  private final Path file;
  private final String json;

  private CredentialsSource(Kind kind, Path file, String json) {
    this.kind = kind;
    this.file = file;
    this.json = json;
  }

  /** Application Default Credentials (gcloud login, metadata server, or {@value #FILE_VARIABLE}). */
  public static CredentialsSource applicationDefault() {
    return new CredentialsSource(Kind.APPLICATION_DEFAULT, null, null);
  }

  /** A service-account key file. */
  public static CredentialsSource serviceAccountFile(Path file) {
    Arguments.notNull(file, "file");
    return new CredentialsSource(Kind.FILE, file, null);
  }

  /** A service-account key given as JSON text (kept in memory, never printed). */
  public static CredentialsSource serviceAccountJson(String json) {
    Arguments.notBlank(json, "json");
    return new CredentialsSource(Kind.JSON, null, json);
  }

  /** No credentials: for a BigQuery emulator or a loopback test server only. */
  public static CredentialsSource none() {
    return new CredentialsSource(Kind.NONE, null, null);
  }

  /**
   * The source the environment names: {@value #JSON_VARIABLE} (JSON text) if set and not blank,
   * else {@value #FILE_VARIABLE} (a file path) if set and not blank, else Application Default
   * Credentials.
   *
   * @param environment the environment, usually {@link System#getenv()}
   */
  public static CredentialsSource fromEnvironment(Map<String, String> environment) {
    Arguments.notNull(environment, "environment");
    String json = environment.get(JSON_VARIABLE);
    if (json != null && !json.isBlank()) {
      return serviceAccountJson(json);
    }
    String file = environment.get(FILE_VARIABLE);
    if (file != null && !file.isBlank()) {
      return serviceAccountFile(Path.of(file.strip()));
    }
    return applicationDefault();
  }

  /**
   * Loads the credentials, scoped to BigQuery.
   *
   * @throws StorageException if the key cannot be read or parsed; the message names the
   *     source kind and never the key
   */
  public Credentials load() {
    try {
      switch (kind) {
        case NONE:
          return NoCredentials.getInstance();
        case APPLICATION_DEFAULT:
          return GoogleCredentials.getApplicationDefault().createScoped(SCOPES);
        case FILE:
          try (InputStream in = Files.newInputStream(file)) {
            return GoogleCredentials.fromStream(in).createScoped(SCOPES);
          }
        default:
          try (InputStream in = new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))) {
            return GoogleCredentials.fromStream(in).createScoped(SCOPES);
          }
      }
    } catch (IOException | RuntimeException e) {
      // The parser's own message may quote the key, so neither it nor the cause is kept.
      throw new StorageException("cannot load BigQuery credentials from " + this
          + " (" + e.getClass().getSimpleName() + ")");
    }
  }

  /** The kind of source and, for a file, its path; never the key. */
  @Override
  public String toString() {
    switch (kind) {
      case FILE:
        return "service-account file " + file;
      case JSON:
        return "service-account JSON (redacted)";
      case NONE:
        return "no credentials";
      default:
        return "application default credentials";
    }
  }
}
