package io.zerogex.beam;

import static org.assertj.core.api.Assertions.assertThat;

import io.zerogex.core.exposure.ExposureCalculator;
import io.zerogex.core.exposure.ExposureConfig;
import io.zerogex.core.exposure.ExposureSnapshot;
import io.zerogex.core.model.OptionChain;
import io.zerogex.core.support.CboeQuoteTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.transforms.Flatten;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files path end to end on the direct runner: Cboe CSV files -> rows -> chains -> snapshots,
 * compared with the core's {@link ExposureCalculator} run directly on each file's chain.
 */
class ChainsToExposureTest {

  @TempDir
  Path directory;

  @Test
  void snapshotsEqualTheCalculatorOnEveryFileAndBadFilesAreDeadLetters() throws IOException {
    Path spx = copy("chains/spx-2024-01-05.csv");
    Path ndx = copy("chains/ndx-2022-02-04.csv");
    // A table whose first row has a strike that is not a number: the core reader rejects the file.
    List<String> lines = new ArrayList<>(Files.readAllLines(ndx));
    lines.set(4, lines.get(4).replace(",11000.00,", ",eleven,"));
    Path bad = Files.write(directory.resolve("ndx-bad.csv"), lines);

    ExposureCalculator calculator = ExposureCalculator.of(ExposureConfig.defaults());
    List<ExposureSnapshot> expected = new ArrayList<>();
    for (Path file : List.of(spx, ndx)) {
      expected.add(ExposureSnapshot.of(calculator.compute(ChainsToExposure.canonical(CboeQuoteTable.read(file)))));
    }

    Pipeline pipeline = Pipelines.direct();
    PCollectionTuple files = pipeline.apply(ReadCboeFiles.from(directory.resolve("*.csv").toString()));
    PCollectionTuple exposure = files.get(ReadCboeFiles.ROWS).apply(ChainsToExposure.of(ExposureConfig::defaults));
    PCollection<DeadLetter> deadLetters = PCollectionList.of(files.get(ReadCboeFiles.DEAD_LETTERS))
        .and(exposure.get(ChainsToExposure.DEAD_LETTERS)).apply(Flatten.pCollections());

    PAssert.that(exposure.get(ChainsToExposure.SNAPSHOTS)).containsInAnyOrder(expected);
    PAssert.that(deadLetters).satisfies(letters -> {
      assertThat(letters).singleElement().satisfies(letter -> {
        assertThat(letter.stage()).isEqualTo("cboe-file");
        assertThat(letter.input()).endsWith("ndx-bad.csv");
        assertThat(letter.reason()).contains("line 5").contains("Strike").contains("eleven");
      });
      return null;
    });
    Pipelines.assertNoJavaSerialization(pipeline);
    pipeline.run().waitUntilFinish();
  }

  @Test
  void canonicalOrderChangesOnlyTheSummationOrder() {
    // The pipeline sums in the canonical quote order; the file order differs. Totals agree to
    // rounding (relative 1e-12), the by-strike table and the levels exactly.
    OptionChain chain = CboeQuoteTable.read(Pipelines.resource("chains/spx-2024-01-05.csv"));
    ExposureCalculator calculator = ExposureCalculator.of(ExposureConfig.defaults());
    ExposureSnapshot fileOrder = ExposureSnapshot.of(calculator.compute(chain));
    ExposureSnapshot canonical = ExposureSnapshot.of(calculator.compute(ChainsToExposure.canonical(chain)));
    assertThat(canonical.netGamma()).isCloseTo(fileOrder.netGamma(),
        org.assertj.core.data.Percentage.withPercentage(1e-10));
    assertThat(canonical.callGamma()).isCloseTo(fileOrder.callGamma(),
        org.assertj.core.data.Percentage.withPercentage(1e-10));
    assertThat(canonical.zeroGamma()).isEqualTo(fileOrder.zeroGamma());
    assertThat(canonical.callWall()).isEqualTo(fileOrder.callWall());
    assertThat(canonical.putWall()).isEqualTo(fileOrder.putWall());
    assertThat(canonical.byStrike()).hasSameSizeAs(fileOrder.byStrike());
  }

  private Path copy(String resource) throws IOException {
    return Files.copy(Pipelines.resource(resource), directory.resolve(Path.of(resource).getFileName()));
  }
}
