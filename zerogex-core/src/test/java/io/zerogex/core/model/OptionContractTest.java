package io.zerogex.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OptionContractTest {

  @Test
  void parsesSpxWeeklyCall() {
    OptionContract c = OptionContract.parse("SPXW240105C04700000");
    assertThat(c.root()).isEqualTo("SPXW");
    assertThat(c.underlying()).isEqualTo("SPX");
    assertThat(c.expiration()).isEqualTo(LocalDate.of(2024, 1, 5));
    assertThat(c.right()).isEqualTo(OptionRight.CALL);
    assertThat(c.strike()).isEqualTo(4700.0);
    assertThat(c.multiplier()).isEqualTo(100);
    assertThat(c.settlement()).isEqualTo(Settlement.PM);
  }

  @Test
  void parsesSpyPutWithFractionalStrikeAndPaddedForm() {
    OptionContract c = OptionContract.parse("SPY   251219P00450500");
    assertThat(c.symbol()).isEqualTo("SPY251219P00450500");
    assertThat(c.underlying()).isEqualTo("SPY");
    assertThat(c.strike()).isEqualTo(450.5);
    assertThat(c.right()).isEqualTo(OptionRight.PUT);
    assertThat(c.settlement()).isEqualTo(Settlement.PM);
  }

  @Test
  void amSettledMonthlyRootsAndPmSettledWeeklyRoots() {
    assertThat(OptionContract.parse("SPX240119C04700000").settlement()).isEqualTo(Settlement.AM);
    assertThat(OptionContract.parse("NDX220218P14000000").settlement()).isEqualTo(Settlement.AM);
    assertThat(OptionContract.parse("NDXP220207C11000000").settlement()).isEqualTo(Settlement.PM);
    assertThat(OptionContract.parse("NDXP220207C11000000").underlying()).isEqualTo("NDX");
    assertThat(OptionContract.parse("QQQ240119C00400000").settlement()).isEqualTo(Settlement.PM);
  }

  @Test
  void formatsTheCompactSymbolFromParts() {
    assertThat(OptionContract.format("SPXW", LocalDate.of(2024, 1, 5), OptionRight.CALL, 4700))
        .isEqualTo("SPXW240105C04700000");
    assertThat(OptionContract.format("SPY", LocalDate.of(2025, 12, 19), OptionRight.PUT, 450))
        .isEqualTo("SPY251219P00450000");
    assertThat(OptionContract.of("spy", LocalDate.of(2025, 12, 19), OptionRight.PUT, 0.5).symbol())
        .isEqualTo("SPY251219P00000500");
  }

  @Test
  void roundTripsParseAndFormat() {
    for (String s : new String[] {"SPXW240105C04700000", "SPY251219P00450000", "NDXP220207C11000000",
        "AAPL240621C00187500", "X240119P00001000"}) {
      OptionContract c = OptionContract.parse(s);
      assertThat(OptionContract.format(c.root(), c.expiration(), c.right(), c.strike())).isEqualTo(s);
    }
  }

  @Test
  void rejectsMalformedSymbolsNamingThePart() {
    assertThatThrownBy(() -> OptionContract.parse("SPXW241305C04700000"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("invalid date '241305'");
    assertThatThrownBy(() -> OptionContract.parse("SPXW240105X04700000"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("invalid right 'X'");
    assertThatThrownBy(() -> OptionContract.parse("SPXW240105C0470000A"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("invalid strike");
    assertThatThrownBy(() -> OptionContract.parse("SPX"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'SPX'");
    assertThatThrownBy(() -> OptionContract.parse("SPXW240105C00000000"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("zero strike");
    assertThatThrownBy(() -> OptionContract.format("SPX", LocalDate.of(2024, 1, 5), OptionRight.CALL, 4700.0001))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("4700.0001");
  }

  @Test
  void constructorValidatesStrikeAndMultiplier() {
    LocalDate d = LocalDate.of(2024, 1, 5);
    assertThatThrownBy(() -> new OptionContract("X", "SPX", "SPX", d, Double.NaN, OptionRight.CALL, 100, Settlement.AM))
        .hasMessageContaining("strike").hasMessageContaining("NaN");
    assertThatThrownBy(() -> new OptionContract("X", "SPX", "SPX", d, 10, OptionRight.CALL, 0, Settlement.AM))
        .hasMessageContaining("multiplier").hasMessageContaining("0");
  }
}
