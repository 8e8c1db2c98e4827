package io.zerogex.beam;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zerogex.core.exposure.ExposureCalculator;
import io.zerogex.core.exposure.ExposureConfig;
import io.zerogex.core.exposure.ExposureSnapshot;
import io.zerogex.core.support.CboeQuoteTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files backtest end to end: Cboe CSV and bar CSV files in, JSON lines files out. */
class BacktestTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path directory;

  @Test
  void writesTheDailySeriesSnapshotsReadingsAndDeadLettersAsJsonLines() throws IOException {
    Path chains = Files.createDirectory(directory.resolve("chains"));
    Files.copy(Pipelines.resource("chains/spx-2024-01-05.csv"), chains.resolve("spx-2024-01-05.csv"));
    Files.copy(Pipelines.resource("chains/ndx-2022-02-04.csv"), chains.resolve("ndx-2022-02-04.csv"));
    Path bars = Files.write(directory.resolve("bars.csv"), List.of(BarCsvLines.HEADER,
        "SPX,2024-01-05T14:30:00Z,300000000000,4690,4696,4689,4695,0",
        "SPX,2024-01-05T14:35:00Z,300000000000,4695,4699,4694,4698,0",
        "SPX,2024-01-05T14:40:00Z,300000000000,4698,4699,4690,4692,x"));
    Path out = Files.createDirectory(directory.resolve("out"));

    Pipeline pipeline = Pipelines.direct();
    Backtest.fromFiles(pipeline, LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 31),
        chains.resolve("*.csv").toString(), bars.toString(), out + "/", ExposureConfig::defaults);
    Pipelines.assertNoJavaSerialization(pipeline);
    pipeline.run().waitUntilFinish();

    ExposureSnapshot spx = ExposureSnapshot.of(ExposureCalculator.of(ExposureConfig.defaults())
        .compute(ChainsToExposure.canonical(CboeQuoteTable.read(Pipelines.resource("chains/spx-2024-01-05.csv")))));
    List<String> series = Files.readAllLines(out.resolve("daily-series.jsonl"));
    assertThat(series).hasSize(1);   // the NDX snapshot of 2022 is outside the range
    JsonNode point = JSON.readTree(series.get(0));
    assertThat(point.get("underlying").asText()).isEqualTo("SPX");
    assertThat(point.get("date").asText()).isEqualTo("2024-01-05");
    assertThat(point.get("net_gamma").asDouble()).isEqualTo(spx.netGamma());
    assertThat(point.get("zero_gamma").asDouble()).isEqualTo(spx.zeroGamma().getAsDouble());
    assertThat(point.get("call_wall").asDouble()).isEqualTo(spx.callWall().getAsDouble());
    assertThat(point.get("put_wall").asDouble()).isEqualTo(spx.putWall().getAsDouble());
    // Two 5-minute returns, ln(4695/4690) and ln(4698/4695), over two covered slots, annualized
    // with 252 x 78 slots a year (computed here from the formula, not by the core).
    double r1 = Math.log(4695.0 / 4690.0);
    double r2 = Math.log(4698.0 / 4695.0);
    assertThat(point.get("realized_volatility").asDouble())
        .isCloseTo(Math.sqrt((r1 * r1 + r2 * r2) * 252 * 78 / 2), org.assertj.core.data.Offset.offset(1e-12));

    List<String> letters = Files.readAllLines(out.resolve("dead-letters.jsonl"));
    assertThat(letters).singleElement().satisfies(line -> {
      JsonNode letter = JSON.readTree(line);
      assertThat(letter.get("stage").asText()).isEqualTo("bar-line");
      assertThat(letter.get("reason").asText()).isEqualTo("volume 'x' is not a whole number");
    });
    assertThat(lines(out, "exposure")).hasSize(1);
    assertThat(JSON.readTree(lines(out, "exposure").get(0)).get("by_strike")).hasSize(spx.byStrike().size());
    assertThat(lines(out, "realized-volatility")).hasSize(1);
  }

  private static List<String> lines(Path directory, String prefix) throws IOException {
    try (var files = Files.list(directory)) {
      return files.filter(f -> f.getFileName().toString().startsWith(prefix)).flatMap(f -> {
        try {
          return Files.readAllLines(f).stream();
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).toList();
    }
  }
}
