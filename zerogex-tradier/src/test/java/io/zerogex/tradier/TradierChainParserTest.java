package io.zerogex.tradier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zerogex.core.model.OptionQuote;
import io.zerogex.core.model.OptionRight;
import io.zerogex.core.model.Settlement;
import io.zerogex.core.spi.MarketDataException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The chain parser on documented, recorded and edge-case bodies. */
class TradierChainParserTest {

  private static List<OptionQuote> parse(String body, String underlying) {
    return TradierChainParser.parse(body.getBytes(StandardCharsets.UTF_8), underlying);
  }

  @Test
  void documentationExampleMapsEveryField() {
    List<OptionQuote> quotes = TradierChainParser.parse(Fixtures.bytes("docs/markets_options_chains_VXX_2019-05-17_greeks.json"), "VXX");
    assertThat(quotes).hasSize(3);
    OptionQuote put = quotes.get(0);
    assertThat(put.contract().symbol()).isEqualTo("VXX190517P00016000");
    assertThat(put.contract().root()).isEqualTo("VXX");
    assertThat(put.contract().expiration()).isEqualTo(LocalDate.of(2019, 5, 17));
    assertThat(put.contract().strike()).isEqualTo(16.0);
    assertThat(put.contract().right()).isEqualTo(OptionRight.PUT);
    assertThat(put.contract().multiplier()).isEqualTo(100);
    assertThat(put.contract().settlement()).isEqualTo(Settlement.PM);
    assertThat(put.bid()).as("bid 0.0 means no bid").isEmpty();
    assertThat(put.ask().getAsDouble()).isEqualTo(0.01);
    assertThat(put.last()).as("last null").isEmpty();
    assertThat(put.openInterest()).isEqualTo(10);
    // bid_iv, mid_iv and ask_iv are all 0: smv_vol is used, never 0.
    assertThat(put.impliedVolatility().getAsDouble()).isEqualTo(0.380002);
    assertThat(put.greeks().vega().getAsDouble()).isEqualTo(3.54672E-9 * 100);
    OptionQuote call = quotes.get(1);
    assertThat(call.bid().getAsDouble()).isEqualTo(10.85);
    assertThat(call.greeks().theta().getAsDouble()).isEqualTo(-0.00204837 * 365);
  }

  @Test
  void spxRowsKeepTheirRootAndSettlement() {
    List<OptionQuote> quotes = TradierChainParser.parse(Fixtures.bytes("spx/chain_2024-01-19.json"), "spx");
    assertThat(quotes).hasSize(20).allSatisfy(q -> assertThat(q.contract().underlying()).isEqualTo("SPX"));
    assertThat(quotes).filteredOn(q -> q.contract().root().equals("SPX")).hasSize(10)
        .allSatisfy(q -> assertThat(q.contract().settlement()).isEqualTo(Settlement.AM));
    assertThat(quotes).filteredOn(q -> q.contract().root().equals("SPXW")).hasSize(10)
        .allSatisfy(q -> assertThat(q.contract().settlement()).isEqualTo(Settlement.PM));
    // The last SPXW put has no bid and mid_iv 0: smv_vol (0.131 in the generated file) is used.
    OptionQuote noBid = quotes.stream().filter(q -> q.contract().symbol().equals("SPXW240119P04800000")).findFirst().orElseThrow();
    assertThat(noBid.bid()).isEmpty();
    assertThat(noBid.impliedVolatility().getAsDouble()).isEqualTo(0.131);
  }

  @Test
  void singleObjectInsteadOfArray() {
    List<OptionQuote> quotes = TradierChainParser.parse(Fixtures.bytes("edge/chains_single_option_object.json"), "VXX");
    assertThat(quotes).hasSize(1);
    assertThat(quotes.get(0).contract().symbol()).isEqualTo("VXX190517P00016000");
  }

  @Test
  void nullAndStringNullAndEmptyContainersMeanNoContracts() {
    assertThat(TradierChainParser.parse(Fixtures.bytes("edge/chains_empty_null.json"), "SPX")).isEmpty();
    assertThat(parse("{\"options\":\"null\"}", "SPX")).isEmpty();
    assertThat(parse("{\"options\":{\"option\":null}}", "SPX")).isEmpty();
    assertThat(parse("{\"options\":{\"option\":[]}}", "SPX")).isEmpty();
  }

  @Test
  void legacyRowsWithoutRootTypeOrExpirationFallBackToTheOccSymbol() {
    List<OptionQuote> quotes = TradierChainParser.parse(Fixtures.bytes("legacy/chain.json"), "AAPL");
    assertThat(quotes).isNotEmpty();
    OptionQuote first = quotes.get(0);
    assertThat(first.contract().symbol()).isEqualTo("AAPL150117C01000000");
    assertThat(first.contract().root()).isEqualTo("AAPL");
    assertThat(first.contract().expiration()).isEqualTo(LocalDate.of(2015, 1, 17));
    assertThat(first.contract().right()).isEqualTo(OptionRight.CALL);
    assertThat(first.contract().strike()).isEqualTo(1000.0);
    assertThat(first.bid().getAsDouble()).isEqualTo(1.8600000000000001);
    assertThat(first.openInterest()).isEqualTo(5444);
    assertThat(first.impliedVolatility()).isEmpty();
    assertThat(first.greeks()).isEqualTo(io.zerogex.core.model.VendorGreeks.NONE);
  }

  @Test
  void numbersAsStringsNullsAndArbitraryOrder() {
    List<OptionQuote> quotes = parse("""
        {"extra":[1,{"a":2}],"options":{"unknown":{"x":[]},"option":[
          {"greeks":{"smv_vol":"0.2","mid_iv":"null","gamma":"0.01","delta":null},"open_interest":"12",
           "strike":"4700","symbol":"SPXW240105C04700000","bid":"1.5","ask":"null","volume":null}
        ]}}""", "SPX");
    OptionQuote q = quotes.get(0);
    assertThat(q.contract().strike()).isEqualTo(4700.0);
    assertThat(q.contract().root()).isEqualTo("SPXW");
    assertThat(q.bid().getAsDouble()).isEqualTo(1.5);
    assertThat(q.ask()).isEmpty();
    assertThat(q.volume()).isZero();
    assertThat(q.openInterest()).isEqualTo(12);
    assertThat(q.impliedVolatility().getAsDouble()).isEqualTo(0.2);
    assertThat(q.greeks().gamma().getAsDouble()).isEqualTo(0.01);
    assertThat(q.greeks().delta()).isEmpty();
  }

  @Test
  void volatilityFallsBackFromMidToSmvToBidAskAndIsNeverZero() {
    String row = "{\"options\":{\"option\":{\"symbol\":\"SPY251219P00450000\",\"greeks\":%s}}}";
    assertThat(parse(row.formatted("{\"mid_iv\":0.21,\"smv_vol\":0.3}"), "SPY").get(0).impliedVolatility().getAsDouble()).isEqualTo(0.21);
    assertThat(parse(row.formatted("{\"mid_iv\":0,\"smv_vol\":0.3}"), "SPY").get(0).impliedVolatility().getAsDouble()).isEqualTo(0.3);
    assertThat(parse(row.formatted("{\"mid_iv\":0,\"smv_vol\":0,\"bid_iv\":0.2,\"ask_iv\":0.3}"), "SPY").get(0)
        .impliedVolatility().getAsDouble()).isEqualTo(0.25);
    assertThat(parse(row.formatted("{\"mid_iv\":0,\"bid_iv\":0,\"ask_iv\":0.3}"), "SPY").get(0)
        .impliedVolatility().getAsDouble()).isEqualTo(0.3);
    assertThat(parse(row.formatted("{\"mid_iv\":0,\"smv_vol\":0,\"bid_iv\":0,\"ask_iv\":0}"), "SPY").get(0)
        .impliedVolatility()).isEmpty();
    assertThat(parse(row.formatted("null"), "SPY").get(0).impliedVolatility()).isEmpty();
  }

  @Test
  void rowsWithoutAUsableSymbolAreSkippedNotFatal() {
    List<OptionQuote> quotes = parse("""
        {"options":{"option":[{"strike":10},{"symbol":"NOT-AN-OCC"},{"symbol":"SPY251219P00450000"}]}}""", "SPY");
    assertThat(quotes).extracting(q -> q.contract().symbol()).containsExactly("SPY251219P00450000");
  }

  @Test
  void truncatedOrNonJsonOrFaultBodiesAreMarketDataExceptions() {
    byte[] whole = Fixtures.bytes("spx/chain_2024-01-19.json");
    byte[] truncated = Arrays.copyOf(whole, whole.length / 2);
    assertThatThrownBy(() -> TradierChainParser.parse(truncated, "SPX"))
        .isInstanceOf(MarketDataException.class).hasMessageContaining("malformed")
        .satisfies(e -> assertThat(((MarketDataException) e).endpoint()).isEqualTo(TradierChainParser.ENDPOINT));
    assertThatThrownBy(() -> parse("Invalid Access Token", "SPX")).isInstanceOf(MarketDataException.class);
    assertThatThrownBy(() -> parse("", "SPX")).isInstanceOf(MarketDataException.class);
    assertThatThrownBy(() -> parse("[]", "SPX")).isInstanceOf(MarketDataException.class);
    assertThatThrownBy(() -> TradierChainParser.parse(Fixtures.bytes("edge/fault_transient_datastore_error.json"), "SPX"))
        .isInstanceOf(MarketDataException.class).hasMessageContaining("Datastore Error");
  }

  @Test
  void badArguments() {
    assertThatThrownBy(() -> TradierChainParser.parse(new byte[0], " ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("underlying");
  }
}
