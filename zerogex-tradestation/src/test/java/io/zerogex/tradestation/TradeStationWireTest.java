package io.zerogex.tradestation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.zerogex.core.model.OptionQuote;
import io.zerogex.core.model.OptionRight;
import io.zerogex.core.spi.MarketDataException;
import org.junit.jupiter.api.Test;

/** Field mapping of the specification's option-chain example and of malformed variants. */
class TradeStationWireTest {

  private static ObjectNode example() throws Exception {
    return (ObjectNode) FakeTradeStation.JSON.readTree(FakeTradeStation.resource("stream_options_chain_spread_object.json"));
  }

  @Test
  void theSpecificationExampleMapsWithUnitConversionsAndPlaceholderPricesDropped() throws Exception {
    OptionQuote q = TradeStationWire.spread(example(), "test");
    assertThat(q.contract().symbol()).isEqualTo("MSFT211217P00332500");
    assertThat(q.contract().right()).isEqualTo(OptionRight.PUT);
    // Bid "-0.1" is a documentation placeholder: a negative price is "not quoted"
    assertThat(q.bid()).isEmpty();
    assertThat(q.ask().getAsDouble()).isEqualTo(0.7);
    assertThat(q.last()).isEmpty();
    assertThat(q.volume()).isEqualTo(144);
    assertThat(q.openInterest()).isEqualTo(1996);
    assertThat(q.impliedVolatility().getAsDouble()).isEqualTo(0.3118);
    assertThat(q.greeks().delta().getAsDouble()).isEqualTo(0.0497);
    assertThat(q.greeks().gamma().getAsDouble()).isEqualTo(-0.0004);
    // per percentage point x 100 = per 1.00; per day x 365 = per year
    assertThat(q.greeks().vega().getAsDouble()).isCloseTo(-0.01, within(1e-15));
    assertThat(q.greeks().rho().getAsDouble()).isCloseTo(0.05, within(1e-15));
    assertThat(q.greeks().theta().getAsDouble()).isCloseTo(-1.7885, within(1e-12));
  }

  @Test
  void zeroImpliedVolatilityIsUnknownNotZero() throws Exception {
    ObjectNode node = example();
    node.put("ImpliedVolatility", "0");
    assertThat(TradeStationWire.spread(node, "test").impliedVolatility()).isEmpty();
  }

  @Test
  void malformedNumbersNameTheFieldAndTheContract() throws Exception {
    ObjectNode node = example();
    node.put("Gamma", "n/a");
    assertThatThrownBy(() -> TradeStationWire.spread(node, "/stream")).isInstanceOfSatisfying(
        MarketDataException.class, e -> {
          assertThat(e.getMessage()).contains("Gamma").contains("n/a").contains("MSFT 211217P332.5");
          assertThat(e.endpoint()).isEqualTo("/stream");
        });
    ObjectNode negativeVolume = example();
    negativeVolume.put("Volume", -3);
    assertThatThrownBy(() -> TradeStationWire.spread(negativeVolume, "/stream"))
        .isInstanceOf(MarketDataException.class).hasMessageContaining("Volume");
    ObjectNode badSymbol = example();
    ((ObjectNode) badSymbol.get("Legs").get(0)).put("Symbol", "MSFT211217P332.5");
    assertThatThrownBy(() -> TradeStationWire.spread(badSymbol, "/stream"))
        .isInstanceOf(MarketDataException.class).hasMessageContaining("MSFT211217P332.5");
    JsonNode twoLegs = FakeTradeStation.JSON.readTree("{\"Legs\":[{\"Symbol\":\"A\"},{\"Symbol\":\"B\"}]}");
    assertThatThrownBy(() -> TradeStationWire.spread(twoLegs, "/stream"))
        .isInstanceOf(MarketDataException.class).hasMessageContaining("exactly one leg");
  }

  @Test
  void barsWithInconsistentPricesAreMarketDataExceptions() throws Exception {
    JsonNode bar = FakeTradeStation.JSON.readTree("{\"Open\":\"10\",\"High\":\"9\",\"Low\":\"8\",\"Close\":\"9.5\","
        + "\"TimeStamp\":\"2024-01-05T15:00:00Z\",\"TotalVolume\":\"1\"}");
    assertThatThrownBy(() -> TradeStationWire.bar(bar, "SPX", java.time.Duration.ofMinutes(1), "/bars"))
        .isInstanceOf(MarketDataException.class).hasMessageContaining("high");
    JsonNode badTime = FakeTradeStation.JSON.readTree("{\"Open\":\"10\",\"High\":\"11\",\"Low\":\"8\",\"Close\":\"9.5\","
        + "\"TimeStamp\":\"yesterday\"}");
    assertThatThrownBy(() -> TradeStationWire.bar(badTime, "SPX", java.time.Duration.ofMinutes(1), "/bars"))
        .isInstanceOf(MarketDataException.class).hasMessageContaining("TimeStamp").hasMessageContaining("yesterday");
  }
}
