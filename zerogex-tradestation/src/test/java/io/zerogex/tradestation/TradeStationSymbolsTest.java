package io.zerogex.tradestation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zerogex.core.model.OptionContract;
import io.zerogex.core.model.OptionRight;
import io.zerogex.core.model.Settlement;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TradeStationSymbolsTest {

  @Test
  void indexesMapBothWaysAndStocksPassThrough() {
    assertThat(TradeStationSymbols.toVendor("SPX")).isEqualTo("$SPX.X");
    assertThat(TradeStationSymbols.toVendor("ndx")).isEqualTo("$NDX.X");
    assertThat(TradeStationSymbols.toVendor("SPY")).isEqualTo("SPY");
    assertThat(TradeStationSymbols.toVendor("$SPXW.X")).isEqualTo("$SPXW.X");
    assertThat(TradeStationSymbols.fromVendor("$SPX.X")).isEqualTo("SPX");
    assertThat(TradeStationSymbols.fromVendor("QQQ")).isEqualTo("QQQ");
    assertThat(TradeStationSymbols.optionUnderlyings("SPX")).containsExactly("$SPX.X", "$SPXW.X");
    assertThat(TradeStationSymbols.optionUnderlyings("$NDX.X")).containsExactly("$NDX.X", "$NDXP.X");
    assertThat(TradeStationSymbols.optionUnderlyings("SPY")).containsExactly("SPY");
  }

  @Test
  void optionSymbolsParseToOccContracts() {
    OptionContract put = TradeStationSymbols.parseOption("MSFT 211217P332.5");
    assertThat(put.symbol()).isEqualTo("MSFT211217P00332500");
    assertThat(put.expiration()).isEqualTo(LocalDate.of(2021, 12, 17));
    assertThat(put.right()).isEqualTo(OptionRight.PUT);
    assertThat(put.strike()).isEqualTo(332.5);
    OptionContract weekly = TradeStationSymbols.parseOption("SPXW 240105C4700");
    assertThat(weekly.underlying()).isEqualTo("SPX");
    assertThat(weekly.settlement()).isEqualTo(Settlement.PM);
    assertThat(TradeStationSymbols.parseOption("SPX 240119C4700").settlement()).isEqualTo(Settlement.AM);
  }

  @Test
  void malformedOptionSymbolsNameTheSymbol() {
    assertThatThrownBy(() -> TradeStationSymbols.parseOption("SPXW240105C4700"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SPXW240105C4700");
    assertThatThrownBy(() -> TradeStationSymbols.parseOption("SPXW 241305C4700"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("invalid expiration");
  }
}
