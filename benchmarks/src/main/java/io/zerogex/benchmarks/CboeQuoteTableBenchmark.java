package io.zerogex.benchmarks;

import io.zerogex.core.model.OptionChain;
import io.zerogex.core.support.CboeQuoteTable;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parsing the 1.6 MB, 10,519-row SPX 2024-01-05 Cboe delayed-quote table (resource
 * chains/spx-2024-01-05, see its PROVENANCE.md) from text already in memory, so disk I/O is not
 * measured. {@code cboeQuoteTable} builds the full validated chain (21,038 quotes with contracts,
 * vendor greeks and flags); the {@code splitBaseline} is the least any reader must do: split every
 * line on commas with {@link String#split(String)} and parse its numbers, building no objects.
 * Run: {@code java -jar benchmarks/target/benchmarks.jar CboeQuoteTableBenchmark -f 1 -wi 2 -i 3 -r 1 -w 1}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class CboeQuoteTableBenchmark {

  private String text;

  /** Loads the table's text once. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    try (InputStream in = CboeQuoteTableBenchmark.class.getResourceAsStream(
        "/chains/spx-2024-01-05/spx_quotedata.csv")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** ZeroGEX: the whole table to a validated {@link OptionChain}. */
  @Benchmark
  public OptionChain cboeQuoteTable() {
    return CboeQuoteTable.read(new StringReader(text));
  }

  /** Baseline: {@code String.split} on every row and {@code Double.parseDouble} on its numbers. */
  @Benchmark
  public double splitBaseline() throws IOException {
    double sum = 0;
    try (BufferedReader reader = new BufferedReader(new StringReader(text))) {
      String line;
      int lineNumber = 0;
      while ((line = reader.readLine()) != null) {
        if (++lineNumber <= 4 || line.isEmpty()) {
          continue;
        }
        String[] fields = line.split(",");
        for (int i = 2; i < fields.length; i++) {
          if (i != 12) {
            sum += Double.parseDouble(fields[i]);
          }
        }
      }
    }
    return sum;
  }
}
