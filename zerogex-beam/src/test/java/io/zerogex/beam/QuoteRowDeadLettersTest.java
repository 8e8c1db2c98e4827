package io.zerogex.beam;

import static org.assertj.core.api.Assertions.assertThat;

import io.zerogex.core.exposure.ExposureCalculator;
import io.zerogex.core.exposure.ExposureConfig;
import io.zerogex.core.exposure.ExposureSnapshot;
import io.zerogex.core.model.OptionChain;
import io.zerogex.core.model.OptionContract;
import io.zerogex.core.model.OptionQuote;
import io.zerogex.core.model.OptionRight;
import io.zerogex.core.model.VendorGreeks;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.junit.jupiter.api.Test;

/**
 * Rows as a table would hold them, with bad ones among them: every bad row or chain reaches the
 * dead letters with its reason, and the good rows still make chains equal to the calculator's.
 */
class QuoteRowDeadLettersTest {

  private static final Instant AS_OF = Instant.parse("2024-01-05T20:00:00Z");
  private static final Instant OTHER = Instant.parse("2024-01-04T20:00:00Z");
  private static final LocalDate EXPIRATION = LocalDate.of(2024, 1, 19);

  @Test
  void badRowsAreDeadLettersWithReasonsAndGoodRowsMakeTheSameSnapshots() {
    OptionChain spy = new OptionChain("SPY", 470.0, AS_OF, List.of(
        quote("SPY", OptionRight.CALL, 470, 0.0302, 12_000),
        quote("SPY", OptionRight.PUT, 470, 0.0301, 15_000),
        quote("SPY", OptionRight.CALL, 480, 0.0181, 9_000),
        quote("SPY", OptionRight.PUT, 460, 0.0175, 20_000)));
    OptionChain qqq = new OptionChain("QQQ", 400.0, OTHER, List.of(
        quote("QQQ", OptionRight.CALL, 400, 0.035, 5_000),
        quote("QQQ", OptionRight.PUT, 390, 0.022, 7_000)));
    // A chain whose rows disagree on the spot, and one holding one contract twice with different values.
    OptionChain iwm = new OptionChain("IWM", 200.0, AS_OF, List.of(quote("IWM", OptionRight.CALL, 200, 0.05, 100)));
    OptionChain dia = new OptionChain("DIA", 375.0, AS_OF, List.of(quote("DIA", OptionRight.CALL, 375, 0.02, 100)));

    List<OptionQuoteRow> rows = new ArrayList<>(OptionQuoteRow.of(spy));
    rows.addAll(OptionQuoteRow.of(qqq));
    rows.addAll(OptionQuoteRow.of(spy).subList(1, 3));   // the same rows again: a retried write
    OptionQuoteRow good = OptionQuoteRow.of(spy).get(1);
    rows.add(withRight(good, "X"));
    rows.add(withStrike(good, -470.0));
    rows.add(withBid(good, -1.0));
    rows.add(withOpenInterest(good, null));
    List<OptionQuoteRow> iwmRows = OptionQuoteRow.of(iwm);
    rows.addAll(iwmRows);
    rows.add(OptionQuoteRow.spotRow("IWM", AS_OF, 201.0));
    List<OptionQuoteRow> diaRows = OptionQuoteRow.of(dia);
    rows.addAll(diaRows);
    rows.add(withOpenInterest(diaRows.get(1), 999L));

    ExposureCalculator calculator = ExposureCalculator.of(ExposureConfig.defaults());
    List<ExposureSnapshot> expected = List.of(
        ExposureSnapshot.of(calculator.compute(ChainsToExposure.canonical(spy))),
        ExposureSnapshot.of(calculator.compute(ChainsToExposure.canonical(qqq))));

    Pipeline pipeline = Pipelines.direct();
    PCollectionTuple out = pipeline.apply(Create.of(rows).withCoder(OptionQuoteRowCoder.of()))
        .apply(ChainsToExposure.of(ExposureConfig::defaults));
    PAssert.that(out.get(ChainsToExposure.SNAPSHOTS)).containsInAnyOrder(expected);
    PAssert.that(out.get(ChainsToExposure.DEAD_LETTERS)).satisfies(letters -> {
      Map<String, String> reasons = StreamSupport.stream(letters.spliterator(), false)
          .collect(Collectors.toMap(l -> l.stage() + " " + l.reason(), DeadLetter::input));
      assertThat(reasons.keySet()).hasSize(6).anySatisfy(r -> assertThat(r)
              .isEqualTo("chain-row SPY240119C00470000: option_right 'X' is not one of [CALL, PUT]"))
          .anySatisfy(r -> assertThat(r).startsWith("chain-row strike must be").contains("-470"))
          .anySatisfy(r -> assertThat(r).isEqualTo("chain-row SPY240119C00470000: bid must be finite and >= 0, got -1.0"))
          .anySatisfy(r -> assertThat(r).isEqualTo("chain-row SPY240119C00470000: column open_interest is null"))
          .anySatisfy(r -> assertThat(r).isEqualTo("chain the rows of IWM at 2024-01-05T20:00:00Z disagree on the spot: [200.0, 201.0]"))
          .anySatisfy(r -> assertThat(r).startsWith("chain contract DIA240119C00375000 appears twice with different values"));
      return null;
    });
    Pipelines.assertNoJavaSerialization(pipeline);
    pipeline.run().waitUntilFinish();
  }

  private static OptionQuote quote(String underlying, OptionRight right, double strike, double gamma, long openInterest) {
    OptionContract contract = OptionContract.of(underlying, EXPIRATION, right, strike);
    return new OptionQuote(contract, OptionalDouble.of(1.0), OptionalDouble.of(1.1), OptionalDouble.empty(), 10,
        openInterest, OptionalDouble.of(0.15), VendorGreeks.ofDeltaGamma(right == OptionRight.CALL ? 0.5 : -0.5, gamma));
  }

  private static OptionQuoteRow withRight(OptionQuoteRow r, String right) {
    return new OptionQuoteRow(r.underlying(), r.asOf(), r.spot(), r.contractSymbol(), r.contractUnderlying(), r.root(),
        r.expiration(), r.strike(), right, r.multiplier(), r.settlement(), r.bid(), r.ask(), r.last(), r.volume(),
        r.openInterest(), r.impliedVolatility(), r.delta(), r.gamma(), r.vega(), r.theta(), r.rho());
  }

  private static OptionQuoteRow withStrike(OptionQuoteRow r, Double strike) {
    return new OptionQuoteRow(r.underlying(), r.asOf(), r.spot(), r.contractSymbol(), r.contractUnderlying(), r.root(),
        r.expiration(), strike, r.right(), r.multiplier(), r.settlement(), r.bid(), r.ask(), r.last(), r.volume(),
        r.openInterest(), r.impliedVolatility(), r.delta(), r.gamma(), r.vega(), r.theta(), r.rho());
  }

  private static OptionQuoteRow withBid(OptionQuoteRow r, Double bid) {
    return new OptionQuoteRow(r.underlying(), r.asOf(), r.spot(), r.contractSymbol(), r.contractUnderlying(), r.root(),
        r.expiration(), r.strike(), r.right(), r.multiplier(), r.settlement(), bid, r.ask(), r.last(), r.volume(),
        r.openInterest(), r.impliedVolatility(), r.delta(), r.gamma(), r.vega(), r.theta(), r.rho());
  }

  private static OptionQuoteRow withOpenInterest(OptionQuoteRow r, Long openInterest) {
    return new OptionQuoteRow(r.underlying(), r.asOf(), r.spot(), r.contractSymbol(), r.contractUnderlying(), r.root(),
        r.expiration(), r.strike(), r.right(), r.multiplier(), r.settlement(), r.bid(), r.ask(), r.last(), r.volume(),
        openInterest, r.impliedVolatility(), r.delta(), r.gamma(), r.vega(), r.theta(), r.rho());
  }
}
