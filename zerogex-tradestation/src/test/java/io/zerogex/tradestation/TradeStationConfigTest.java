package io.zerogex.tradestation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TradeStationConfigTest {

  private static final Map<String, String> ENV = Map.of(
      "TRADESTATION_CLIENT_ID", "id-SECRET1",
      "TRADESTATION_CLIENT_SECRET", "secret-SECRET2",
      "TRADESTATION_REFRESH_TOKEN", "refresh-SECRET3",
      "TRADESTATION_ENV", "sim",
      "TRADESTATION_TOKEN_FILE", "/tmp/zerogex-test/token");

  @Test
  void fromEnvReadsCredentialsEnvironmentAndTokenFile() {
    TradeStationConfig config = TradeStationConfig.fromEnv(ENV);
    assertThat(config.clientId()).isEqualTo("id-SECRET1");
    assertThat(config.clientSecret()).isEqualTo("secret-SECRET2");
    assertThat(config.refreshToken()).isEqualTo("refresh-SECRET3");
    assertThat(config.baseUrl()).isEqualTo(TradeStationConfig.SIM_BASE_URL);
    assertThat(config.tokenUrl()).isEqualTo("https://signin.tradestation.com/oauth/token");
    assertThat(((FileTokenStore) config.tokenStore()).file()).isEqualTo(Path.of("/tmp/zerogex-test/token"));
  }

  @Test
  void liveIsTheDefaultAndAnExplicitBaseUrlWins() {
    Map<String, String> live = Map.of("TRADESTATION_CLIENT_ID", "a", "TRADESTATION_CLIENT_SECRET", "b",
        "TRADESTATION_REFRESH_TOKEN", "c");
    assertThat(TradeStationConfig.fromEnv(live).baseUrl()).isEqualTo("https://api.tradestation.com");
    Map<String, String> custom = new java.util.HashMap<>(live);
    custom.put("TRADESTATION_BASE_URL", "http://127.0.0.1:9/");
    assertThat(TradeStationConfig.fromEnv(custom).baseUrl()).isEqualTo("http://127.0.0.1:9");
  }

  @Test
  void aMissingVariableIsNamedWithoutPrintingTheOthers() {
    Map<String, String> env = Map.of("TRADESTATION_CLIENT_ID", "id-SECRET1", "TRADESTATION_CLIENT_SECRET", "s-SECRET2");
    assertThatThrownBy(() -> TradeStationConfig.fromEnv(env)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("TRADESTATION_REFRESH_TOKEN").hasMessageNotContaining("SECRET");
    Map<String, String> badEnv = new java.util.HashMap<>(ENV);
    badEnv.put("TRADESTATION_ENV", "paper");
    assertThatThrownBy(() -> TradeStationConfig.fromEnv(badEnv)).hasMessageContaining("paper");
  }

  @Test
  void toStringNeverShowsASecret() {
    String text = TradeStationConfig.fromEnv(ENV).toString();
    assertThat(text).doesNotContain("SECRET").contains("clientSecret=<redacted>").contains("sim-api");
  }

  @Test
  void invalidTuningIsRejectedNamingTheSetting() {
    TradeStationConfig.Builder b = TradeStationConfig.builder().clientId("a").clientSecret("b").refreshToken("c")
        .tokenStore(TokenStore.inMemory());
    assertThatThrownBy(() -> b.streamInactivityTimeout(Duration.ZERO).build())
        .hasMessageContaining("streamInactivityTimeout");
    assertThatThrownBy(() -> b.streamInactivityTimeout(Duration.ofSeconds(1)).maxConcurrentStreams(0).build())
        .hasMessageContaining("maxConcurrentStreams");
    assertThatThrownBy(() -> b.maxConcurrentStreams(1).maxRetries(-1).build()).hasMessageContaining("maxRetries");
  }
}
