package io.zerogex.tradier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TradierConfigTest {

  private static final String TOKEN = "Abc123SecretToken";

  @Test
  void tokenNeverAppearsInToString() {
    TradierConfig config = TradierConfig.live(TOKEN);
    assertThat(config.toString()).doesNotContain(TOKEN).contains("token=***").contains("api.tradier.com");
    assertThat(config.token()).isEqualTo(TOKEN);
  }

  @Test
  void sandboxAndLiveDefaults() {
    TradierConfig sandbox = TradierConfig.sandbox(TOKEN);
    assertThat(sandbox.baseUrl()).hasToString("https://sandbox.tradier.com");
    assertThat(sandbox.isSandbox()).isTrue();
    assertThat(sandbox.requestsPerMinute()).isEqualTo(60);
    TradierConfig live = TradierConfig.live(TOKEN);
    assertThat(live.isSandbox()).isFalse();
    assertThat(live.requestsPerMinute()).isEqualTo(120);
    assertThat(live.maxAttempts()).isEqualTo(4);
  }

  @Test
  void httpsOnlyExceptOnLoopback() {
    TradierConfig config = TradierConfig.sandbox(TOKEN);
    assertThat(config.withBaseUrl("http://127.0.0.1:8080/").baseUrl()).hasToString("http://127.0.0.1:8080");
    assertThat(config.withBaseUrl("http://localhost:1234").baseUrl().getPort()).isEqualTo(1234);
    assertThatThrownBy(() -> config.withBaseUrl("http://api.tradier.com"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("https");
    assertThatThrownBy(() -> config.withBaseUrl("https://user:pw@api.tradier.com"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> config.withBaseUrl("ftp://localhost")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void fromEnvironmentVariables() {
    TradierConfig sandbox = TradierConfig.fromEnv(Map.of("TRADIER_API_KEY", TOKEN));
    assertThat(sandbox.isSandbox()).isTrue();
    TradierConfig live = TradierConfig.fromEnv(Map.of("TRADIER_API_KEY", TOKEN, "TRADIER_ENV", "live"));
    assertThat(live.baseUrl()).hasToString(TradierConfig.LIVE_URL);
    TradierConfig proxied = TradierConfig.fromEnv(Map.of("TRADIER_API_KEY", TOKEN, "TRADIER_BASE_URL", "https://proxy.example"));
    assertThat(proxied.baseUrl()).hasToString("https://proxy.example");
    assertThatThrownBy(() -> TradierConfig.fromEnv(Map.of()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("TRADIER_API_KEY");
    assertThatThrownBy(() -> TradierConfig.fromEnv(Map.of("TRADIER_API_KEY", TOKEN, "TRADIER_ENV", "paper")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("paper").hasMessageNotContaining(TOKEN);
  }

  @Test
  void badSettingsAreRejectedWithoutEchoingTheToken() {
    assertThatThrownBy(() -> TradierConfig.sandbox(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TradierConfig.sandbox("with space " + TOKEN))
        .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining(TOKEN);
    TradierConfig config = TradierConfig.sandbox(TOKEN);
    assertThatThrownBy(() -> config.withTimeouts(Duration.ZERO, Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("connect");
    assertThatThrownBy(() -> config.withRequestsPerMinute(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> config.withRetries(3, Duration.ofSeconds(2), Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("max");
    assertThatThrownBy(() -> config.withConcurrency(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
