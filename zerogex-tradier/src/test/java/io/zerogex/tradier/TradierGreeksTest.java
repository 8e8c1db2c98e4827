package io.zerogex.tradier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.zerogex.core.model.OptionQuote;
import io.zerogex.core.model.VendorGreeks;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How Tradier's greek units were established, and the conversion to raw units.
 *
 * <p>Evidence: two rows recorded from sandbox.tradier.com on 2024-06-28 (kept in the OpenBB
 * Platform's test cassettes; only the numbers below are quoted): SPY251219P00450000 (spot 547.94,
 * smv_vol 0.211, updated 14:58:47 ET) and the PLTR260618 13 call and put (spot 25.50, smv_vol
 * 0.57, 14:58:59 ET). Independent Black-Scholes values come from
 * {@code src/test/resources/tradier/greek_units.py} (mpmath, 30 digits, rates estimated, so only
 * agreement within 15% is expected). A unit error shows as a factor of 100 (per point vs per
 * 1.00), 365/252 = 1.45 (calendar vs trading days) or worse, far outside that band.
 */
class TradierGreeksTest {

  // Recorded vendor values (Tradier units).
  private static final double SPY_PUT_GAMMA = 0.0014474030220688475;
  private static final double SPY_PUT_THETA = -0.05979034211472878;
  private static final double SPY_PUT_VEGA = 1.2675943936834042;
  private static final double SPY_PUT_RHO = 5.051298572174882;
  private static final double PLTR_GAMMA = 0.00743915619023867;
  private static final double PLTR_THETA = -0.00372439624857713;
  private static final double PLTR_VEGA = 0.06139554257989349;
  private static final double PLTR_RHO = 0.15395889229497156;

  // greek_units.py output, raw units (per $1, per 1.00 vol, per year, per 1.00 rate).
  private static final double BS_SPY_GAMMA = 0.001476721268784181;
  private static final double BS_SPY_VEGA = 138.16903274887223;
  private static final double BS_SPY_CALL_THETA = -21.607206233133355;
  private static final double BS_SPY_PUT_THETA = -6.5406930420580831;
  private static final double BS_SPY_CALL_RHO = 496.5082086137403;
  private static final double BS_SPY_PUT_RHO = -118.07478962060519;
  private static final double BS_PLTR_GAMMA = 0.0076973739624762597;
  private static final double BS_PLTR_VEGA = 5.6281153889447873;
  private static final double BS_PLTR_CALL_THETA = -1.2334755880067313;
  private static final double BS_PLTR_PUT_THETA = -0.64452845558483487;
  private static final double BS_PLTR_CALL_RHO = 16.585752641240506;

  @Test
  void gammaIsPerDollarAsReported() {
    assertThat(SPY_PUT_GAMMA / BS_SPY_GAMMA).isBetween(0.85, 1.15);
    assertThat(PLTR_GAMMA / BS_PLTR_GAMMA).isBetween(0.85, 1.15);
  }

  @Test
  void vegaIsPerVolatilityPoint() {
    assertThat(SPY_PUT_VEGA * TradierGreeks.POINTS_PER_UNIT / BS_SPY_VEGA).isBetween(0.85, 1.15);
    assertThat(PLTR_VEGA * TradierGreeks.POINTS_PER_UNIT / BS_PLTR_VEGA).isBetween(0.85, 1.15);
  }

  @Test
  void thetaIsTheCallsPerCalendarDayEvenOnPutRows() {
    assertThat(SPY_PUT_THETA * TradierGreeks.DAYS_PER_YEAR / BS_SPY_CALL_THETA).isBetween(0.85, 1.15);
    assertThat(PLTR_THETA * TradierGreeks.DAYS_PER_YEAR / BS_PLTR_CALL_THETA).isBetween(0.85, 1.15);
    // Per trading day (x252) misses the band; on the put row it is not the put's theta at all.
    assertThat(SPY_PUT_THETA * 252 / BS_SPY_CALL_THETA).isLessThan(0.85);
    assertThat(SPY_PUT_THETA * TradierGreeks.DAYS_PER_YEAR / BS_SPY_PUT_THETA).isGreaterThan(3);
    assertThat(PLTR_THETA * TradierGreeks.DAYS_PER_YEAR / BS_PLTR_PUT_THETA).isGreaterThan(2);
  }

  @Test
  void rhoIsTheCallsPerRatePointEvenOnPutRows() {
    assertThat(SPY_PUT_RHO * TradierGreeks.POINTS_PER_UNIT / BS_SPY_CALL_RHO).isBetween(0.85, 1.15);
    assertThat(PLTR_RHO * TradierGreeks.POINTS_PER_UNIT / BS_PLTR_CALL_RHO).isBetween(0.85, 1.15);
    assertThat(BS_SPY_PUT_RHO).as("a put's rho is negative; the recorded put row's is positive").isNegative();
    assertThat(SPY_PUT_RHO).isPositive();
  }

  @Test
  void parserConvertsTheRecordedRowsToRawUnits() {
    List<OptionQuote> quotes = TradierChainParser.parse(recordedRows(), "PLTR");
    VendorGreeks call = quotes.get(0).greeks();
    VendorGreeks put = quotes.get(1).greeks();
    assertThat(call.delta().getAsDouble()).isEqualTo(0.9039827365673188);
    assertThat(call.gamma().getAsDouble()).isEqualTo(PLTR_GAMMA);
    assertThat(call.vega().getAsDouble()).isCloseTo(PLTR_VEGA * 100, within(1e-15));
    assertThat(call.theta().getAsDouble()).isCloseTo(PLTR_THETA * 365, within(1e-15));
    assertThat(call.rho().getAsDouble()).isCloseTo(PLTR_RHO * 100, within(1e-15));
    assertThat(put.delta().getAsDouble()).isEqualTo(-0.0960172634326812);
    assertThat(put.gamma().getAsDouble()).isEqualTo(PLTR_GAMMA);
    assertThat(put.vega().getAsDouble()).isCloseTo(PLTR_VEGA * 100, within(1e-15));
    assertThat(put.theta()).as("the call's theta on a put row is dropped").isEmpty();
    assertThat(put.rho()).as("the call's rho on a put row is dropped").isEmpty();
    // The put has no bid: bid_iv 0 but mid_iv equal to ask_iv as recorded; the bid is not quoted.
    assertThat(quotes.get(1).impliedVolatility().getAsDouble()).isEqualTo(0.590685);
    assertThat(quotes.get(1).bid()).isEmpty();
    assertThat(quotes.get(0).impliedVolatility().getAsDouble()).isEqualTo(0.609209);
  }

  /** The recorded PLTR 13 call and put, reduced to the fields the parser reads. */
  private static byte[] recordedRows() {
    String body = """
        {"options":{"option":[
          {"symbol":"PLTR260618C00013000","last":null,"bid":14.75,"ask":15.25,"strike":13.0,
           "greeks":{"delta":0.9039827365673188,"gamma":0.00743915619023867,"theta":-0.00372439624857713,
             "vega":0.06139554257989349,"rho":0.15395889229497156,"phi":-0.4556367460217814,
             "bid_iv":0.575591,"mid_iv":0.609209,"ask_iv":0.642827,"smv_vol":0.57,"updated_at":"2024-06-28 14:58:59"},
           "open_interest":0,"contract_size":100,"expiration_date":"2026-06-18","option_type":"call","root_symbol":"PLTR"},
          {"symbol":"PLTR260618P00013000","last":1.31,"bid":0.0,"ask":1.41,"strike":13.0,
           "greeks":{"delta":-0.0960172634326812,"gamma":0.00743915619023867,"theta":-0.00372439624857713,
             "vega":0.06139554257989349,"rho":0.15395889229497156,"phi":-0.4556367460217814,
             "bid_iv":0.0,"mid_iv":0.590685,"ask_iv":0.590685,"smv_vol":0.57,"updated_at":"2024-06-28 14:58:59"},
           "open_interest":10,"contract_size":100,"expiration_date":"2026-06-18","option_type":"put","root_symbol":"PLTR"}
        ]}}""";
    return body.getBytes(StandardCharsets.UTF_8);
  }
}
