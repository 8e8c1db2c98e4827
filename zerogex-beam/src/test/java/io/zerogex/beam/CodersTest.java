package io.zerogex.beam;

import static org.assertj.core.api.Assertions.assertThat;

import io.zerogex.core.exposure.ExposureCalculator;
import io.zerogex.core.exposure.ExposureConfig;
import io.zerogex.core.exposure.ExposureSnapshot;
import io.zerogex.core.model.OptionChain;
import io.zerogex.core.model.PriceBar;
import io.zerogex.core.support.CboeQuoteTable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.testing.CoderProperties;
import org.junit.jupiter.api.Test;

/** Round trips of every coder, and the coders Beam picks for the row types. */
class CodersTest {

  private static final OptionChain SPX = CboeQuoteTable.read(Pipelines.resource("chains/spx-2024-01-05.csv"));

  @Test
  void theRegistryPicksTheDedicatedCodersNotJavaSerialization() throws Exception {
    CoderRegistry registry = Pipeline.create().getCoderRegistry();
    assertThat(registry.getCoder(OptionQuoteRow.class)).isSameAs(OptionQuoteRowCoder.of());
    assertThat(registry.getCoder(SnapshotKey.class)).isSameAs(SnapshotKeyCoder.of());
    assertThat(registry.getCoder(DayKey.class)).isSameAs(DayKeyCoder.of());
    assertThat(registry.getCoder(DeadLetter.class)).isSameAs(DeadLetterCoder.of());
    assertThat(registry.getCoder(DailyExposure.class)).isSameAs(DailyExposureCoder.of());
    assertThat(registry.getCoder(ExposureSnapshot.class)).isSameAs(ExposureSnapshotCoder.of());
    assertThat(registry.getCoder(PriceBar.class)).isSameAs(PriceBarCoder.of());
    assertThat(registry.getCoder(io.zerogex.core.volatility.RealizedVolatilityReading.class))
        .isSameAs(RealizedVolatilityReadingCoder.of());
  }

  @Test
  void quoteRowsOfTheSpxChainRoundTrip() throws Exception {
    List<OptionQuoteRow> rows = OptionQuoteRow.of(SPX);
    for (OptionQuoteRow row : rows) {
      CoderProperties.coderDecodeEncodeEqual(OptionQuoteRowCoder.of(), row);
    }
    // A row with every nullable column null and one with text that needs more than one byte per char.
    CoderProperties.coderDecodeEncodeEqual(OptionQuoteRowCoder.of(),
        new OptionQuoteRow(null, Instant.EPOCH, -1.0, "X", null, null, null, null, "ÇALL", null, null, null, null,
            null, null, null, null, null, null, null, null, null));
  }

  @Test
  void snapshotsReadingsBarsKeysAndLettersRoundTrip() throws Exception {
    ExposureSnapshot snapshot = ExposureSnapshot.of(ExposureCalculator.of(ExposureConfig.defaults()).compute(SPX));
    CoderProperties.coderDecodeEncodeEqual(ExposureSnapshotCoder.of(), snapshot);
    CoderProperties.coderDecodeEncodeEqual(PriceBarCoder.of(), new PriceBar("SPX",
        Instant.parse("2024-01-05T14:30:00Z"), java.time.Duration.ofMinutes(5), 4690.5, 4701.25, 4688.0, 4697.24, 0));
    CoderProperties.coderDecodeEncodeEqual(SnapshotKeyCoder.of(), new SnapshotKey("SPX", Instant.ofEpochSecond(1, 7)));
    CoderProperties.coderDecodeEncodeEqual(DayKeyCoder.of(), new DayKey("SPX", LocalDate.of(2024, 1, 5)));
    CoderProperties.coderDecodeEncodeEqual(DeadLetterCoder.of(), new DeadLetter("stage", "x".repeat(70_000), ""));
    CoderProperties.coderDecodeEncodeEqual(DailyExposureCoder.of(), new DailyExposure("SPX", LocalDate.of(2024, 1, 5),
        Instant.parse("2024-01-07T15:52:00Z"), 4697.2402, -1.1e10, OptionalDouble.of(4734.5), OptionalDouble.empty(),
        OptionalDouble.of(4600), OptionalDouble.of(0.1234)));
    CoderProperties.coderDeterministic(SnapshotKeyCoder.of(), new SnapshotKey("SPX", Instant.EPOCH),
        new SnapshotKey("SPX", Instant.EPOCH));
  }

}
