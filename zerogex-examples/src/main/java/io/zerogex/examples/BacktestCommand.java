package io.zerogex.examples;

import io.zerogex.beam.Backtest;
import io.zerogex.beam.BigQueryBacktest;
import io.zerogex.beam.BigQueryTables;
import io.zerogex.beam.ExposureConfigSource;
import io.zerogex.bigquery.BigQueryStoreConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code zerogex backtest}: the Apache Beam backtest of {@code zerogex-beam} over a date range of
 * stored snapshots, by default on the direct runner over the bundled SPX chain. Options the
 * command does not know are Beam pipeline options ({@code --runner=DataflowRunner --project=...
 * --region=... --tempLocation=gs://...}).
 */
@Command(name = "backtest", mixinStandardHelpOptions = true,
    description = {
        "Daily series of total GEX, zero gamma, walls and realized volatility per underlying over a",
        "date range of stored snapshots, on Apache Beam (direct runner unless --runner is given).",
        "Unknown options are passed to Beam, e.g. --runner=DataflowRunner --project=P --region=R."})
final class BacktestCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--from", paramLabel = "DATE", required = true, description = "First session date, e.g. 2024-01-02.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", required = true, description = "Last session date, inclusive.")
  LocalDate to;

  @Option(names = "--chains", paramLabel = "PATTERN",
      description = "Cboe CSV files, one snapshot each (local or gs://). Default: the bundled SPX chain of 2024-01-05.")
  String chains;

  @Option(names = "--bars", paramLabel = "PATTERN",
      description = "5-minute bar CSV files: " + "symbol,bar_start,interval_nanos,open,high,low,close,volume.")
  String bars;

  @Option(names = "--bigquery-project", paramLabel = "PROJECT",
      description = "Read the zerogex-bigquery tables of this project (Storage Read API) instead of files.")
  String bigQueryProject;

  @Option(names = "--datasets", paramLabel = "OPTIONS,MARKET_DATA,ANALYTICS", split = ",",
      defaultValue = "options,market_data,analytics", description = "BigQuery datasets (default: ${DEFAULT-VALUE}).")
  List<String> datasets;

  @Option(names = "--write-bigquery",
      description = "With --bigquery-project: also append snapshots and readings to the analytics tables.")
  boolean writeBigQuery;

  @Option(names = "--mode", paramLabel = "MODE", defaultValue = "default",
      description = "Conventions: default or perfiliev (default: ${DEFAULT-VALUE}).")
  ReportMode mode;

  @Option(names = "--output", paramLabel = "PREFIX", defaultValue = "zerogex-backtest/",
      description = "Output prefix of the JSON lines files, local or gs:// (default: ${DEFAULT-VALUE}).")
  String output;

  @CommandLine.Unmatched
  List<String> beamOptions = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    PipelineOptions options = PipelineOptionsFactory.fromArgs(beamOptions.toArray(String[]::new))
        .withValidation().create();
    Pipeline pipeline = Pipeline.create(options);
    ReportMode chosen = mode;
    ExposureConfigSource config = chosen::config;
    if (bigQueryProject != null) {
      addBigQuery(pipeline, options, config);
    } else {
      Backtest.fromFiles(pipeline, from, to, chains == null ? bundledChain() : chains, bars, output, config);
    }
    pipeline.run().waitUntilFinish();
    PrintWriter out = spec.commandLine().getOut();
    Path series = Path.of(output + "daily-series.jsonl");
    if (Files.exists(series)) {
      out.println("Daily series (" + series + "):");
      Files.readAllLines(series).forEach(out::println);
    }
    Path deadLetters = Path.of(output + "dead-letters.jsonl");
    if (Files.exists(deadLetters)) {
      out.println("Dead letters: " + Files.readAllLines(deadLetters).size() + " (" + deadLetters + ")");
    }
    out.flush();
    return 0;
  }

  /** The BigQuery input: needs Beam's Google Cloud I/O, which the dataflow profile adds. */
  private void addBigQuery(Pipeline pipeline, PipelineOptions options, ExposureConfigSource config) {
    if (datasets.size() != 3) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--datasets needs three names (options, market data, analytics), got " + datasets);
    }
    try {
      Class.forName("org.apache.beam.sdk.io.gcp.bigquery.BigQueryIO");
    } catch (ClassNotFoundException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--bigquery-project needs Beam's Google Cloud"
          + " I/O on the classpath: build zerogex-examples with -Pdataflow");
    }
    BigQueryTables tables = BigQueryTables.of(BigQueryStoreConfig.builder(bigQueryProject)
        .datasets(datasets.get(0), datasets.get(1), datasets.get(2)).build());
    // The written_at of rows written back: the wall clock of the machine that launches the job.
    BigQueryBacktest.add(pipeline, tables, from, to, output, config,
        writeBigQuery ? options.getJobName() : null, Clock.systemUTC().instant());
  }

  /** The bundled chain copied to a temporary file: Beam reads files, not classpath resources. */
  private static String bundledChain() throws IOException {
    Path directory = Files.createTempDirectory("zerogex-backtest-chains");
    Path file = directory.resolve("spx-2024-01-05.csv");
    try (InputStream in = BacktestCommand.class.getResourceAsStream(ReportCommand.BUNDLED_CHAIN)) {
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
    }
    file.toFile().deleteOnExit();
    directory.toFile().deleteOnExit();
    return file.toString();
  }
}
