package io.zerogex.bigquery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.cloud.NoCredentials;
import io.zerogex.core.spi.StorageException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where credentials come from, and that the key never shows in text or errors. */
class CredentialsSourceTest {

  private static final String SECRET = "-----BEGIN PRIVATE KEY-----MIIEvQIBADANBgkqhkiG9w0BAQEFAASC-secret";
  private static final String KEY_JSON = "{\"type\":\"service_account\",\"client_email\":\"x@y.iam\","
      + "\"private_key\":\"" + SECRET + "\",\"private_key_id\":\"k1\",\"client_id\":\"1\"}";

  @Test
  void theEnvironmentPrefersJsonTextThenAFileThenApplicationDefault() {
    assertThat(CredentialsSource.fromEnvironment(Map.of(CredentialsSource.JSON_VARIABLE, KEY_JSON,
        CredentialsSource.FILE_VARIABLE, "/k.json"))).hasToString("service-account JSON (redacted)");
    assertThat(CredentialsSource.fromEnvironment(Map.of(CredentialsSource.JSON_VARIABLE, " ",
        CredentialsSource.FILE_VARIABLE, "/k.json"))).hasToString("service-account file /k.json");
    assertThat(CredentialsSource.fromEnvironment(Map.of())).hasToString("application default credentials");
  }

  @Test
  void noneGivesNoCredentials() {
    assertThat(CredentialsSource.none().load()).isSameAs(NoCredentials.getInstance());
  }

  @Test
  void aBadKeyFailsWithoutShowingIt(@TempDir Path directory) throws Exception {
    String broken = KEY_JSON.replace("\"type\":\"service_account\"", "\"type\":\"nonsense\"");
    assertThatThrownBy(() -> CredentialsSource.serviceAccountJson(broken).load())
        .isInstanceOf(StorageException.class)
        .hasNoCause()
        .hasMessageStartingWith("cannot load BigQuery credentials from service-account JSON (redacted)")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("secret").doesNotContain("PRIVATE"));
    Path file = Files.writeString(directory.resolve("key.json"), broken);
    assertThatThrownBy(() -> CredentialsSource.serviceAccountFile(file).load())
        .hasNoCause()
        .hasMessageStartingWith("cannot load BigQuery credentials from service-account file " + file)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("secret"));
  }

  @Test
  void theConfigurationNeverShowsTheKey() {
    BigQueryStoreConfig config = BigQueryStoreConfig.builder("my-project")
        .credentials(CredentialsSource.serviceAccountJson(KEY_JSON)).build();
    assertThat(config.toString()).doesNotContain("secret").doesNotContain("PRIVATE")
        .contains("service-account JSON (redacted)");
  }
}
