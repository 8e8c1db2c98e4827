package io.zerogex.tradestation;

import static io.zerogex.tradestation.FakeTradeStation.SPXW_CHAIN;
import static io.zerogex.tradestation.FakeTradeStation.SPX_QUOTE;
import static io.zerogex.tradestation.FakeTradeStation.TOKEN_PATH;
import static io.zerogex.tradestation.FakeTradeStation.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.zerogex.core.model.OptionChain;
import io.zerogex.core.spi.Subscription;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Credentials never reach logs, exception messages or {@code toString()}: a session with a
 * rotated refresh token, a rejected access token, a stream failure and a rejected refresh token is
 * run with the log output captured (slf4j-simple writes to System.err), then everything said is
 * searched for every credential.
 */
@Timeout(30)
class SecretsTest {

  private static final List<String> SECRETS = List.of("client-id-SECRET1", "client-secret-SECRET2",
      "refresh-token-SECRET3", "rotated-refresh-SECRET4", "access-SECRET5");

  @Test
  void noCredentialIsEverLoggedPrintedOrThrown() throws Exception {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    List<String> said = new ArrayList<>();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try (FakeTradeStation fake = new FakeTradeStation()) {
      fake.listSpx()
          .enqueue(TOKEN_PATH, json(200, "{\"access_token\":\"access-SECRET5\",\"expires_in\":1200,"
              + "\"refresh_token\":\"rotated-refresh-SECRET4\"}"))
          .enqueue(SPX_QUOTE, json(401, "{\"Error\":\"Unauthorized\",\"Message\":\"expired\"}"))
          .enqueue(SPXW_CHAIN, json(503, "{\"Error\":\"ServiceUnavailable\",\"Message\":\"busy\"}"))
          .always(SPXW_CHAIN, FakeTradeStation.stream(64, FakeTradeStation.SPXW_SPREADS))
          .always(FakeTradeStation.SPX_QUOTE_STREAM, FakeTradeStation.stream(64,
              FakeTradeStation.quoteObject("$SPX.X", "4697.24")));
      TradeStationConfig config = fake.config().build();
      try (TradeStationMarketDataSource source = new TradeStationMarketDataSource(config, new OkHttpClient(),
          Clock.systemUTC())) {
        source.quote("SPX");
        try (Subscription<OptionChain> sub = source.subscribeChain("SPX", LocalDate.of(2024, 1, 5),
            quote -> { })) {
          assertThat(sub.awaitSnapshot(Duration.ofSeconds(10))).isTrue();
        }
        said.add(source.toString());
        said.add(config.toString());
        said.add(config.tokenStore().toString());
      }
      fake.always(TOKEN_PATH, json(400, "{\"error\":\"invalid_grant\",\"error_description\":"
          + "\"refresh token rotated-refresh-SECRET4 is revoked\"}"));
      try (TradeStationMarketDataSource fresh = new TradeStationMarketDataSource(config, new OkHttpClient(),
          Clock.systemUTC())) {
        Throwable rejected = catchThrowable(() -> fresh.quote("SPX"));
        assertThat(rejected).isNotNull();
        said.add(String.valueOf(rejected));
      }
    } finally {
      System.setErr(original);
    }
    String logs = captured.toString(StandardCharsets.UTF_8);
    assertThat(logs).as("the session logged its retries and the rotation").contains("rotated the refresh token")
        .contains("503");
    said.add(logs);
    for (String text : said) {
      assertThat(text).doesNotContain(SECRETS);
    }
  }
}
