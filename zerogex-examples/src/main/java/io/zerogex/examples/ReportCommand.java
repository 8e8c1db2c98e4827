package io.zerogex.examples;

import io.zerogex.core.exposure.ExposureCalculator;
import io.zerogex.core.exposure.ExposureReport;
import io.zerogex.core.model.OptionChain;
import io.zerogex.core.support.CboeQuoteTable;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code zerogex report}: reads a Cboe delayed-quote table (by default the bundled SPX chain of
 * 2024-01-05), computes its gamma exposure with the core {@link ExposureCalculator}, prints a
 * table (or JSON) and writes two PNG charts: gamma exposure by strike and the gamma profile.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = {
        "Gamma exposure report of a Cboe delayed-quote chain: totals, zero gamma, walls,",
        "top strikes, expirations; writes gex-by-strike.png and gamma-profile.png to --out."})
final class ReportCommand implements Callable<Integer> {

  /** The classpath resource of the bundled chain (Cboe data; this module is never published). */
  static final String BUNDLED_CHAIN = "/chains/spx-2024-01-05/spx_quotedata.csv";

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--chain", paramLabel = "FILE",
      description = "Cboe delayed-quote CSV (quote_table \"Download CSV\"). Default: the bundled SPX chain of 2024-01-05.")
  Path chainFile;

  @Option(names = "--mode", paramLabel = "MODE", defaultValue = "default",
      description = "Conventions: default (production, the default) or perfiliev (the community script).")
  ReportMode mode;

  @Option(names = "--expirations", paramLabel = "DATES", defaultValue = "all",
      converter = SelectionConverter.class,
      description = "Expirations to include: all, or dates and ranges, e.g. 2024-01-08..2024-01-19,2024-02-16.")
  ExpirationSelection expirations;

  @Option(names = "--json", description = "Print the whole report as JSON instead of the table.")
  boolean json;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "zerogex-report",
      description = "Folder for the PNG charts (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--top", paramLabel = "N", defaultValue = "10",
      description = "Strikes listed by |net GEX| (default: ${DEFAULT-VALUE}).")
  int top;

  @Override
  public Integer call() throws Exception {
    if (top < 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--top must be >= 0, got " + top);
    }
    OptionChain chain = expirations.apply(loadChain());
    ExposureReport report = ExposureCalculator.of(mode.config()).compute(chain);
    List<Path> charts = ReportCharts.write(report, out);
    PrintWriter stdout = spec.commandLine().getOut();
    if (json) {
      stdout.println(ReportJson.write(ReportDocument.of(report, source(), mode, expirations, charts)));
    } else {
      stdout.print(ReportTable.format(report, source(), mode, expirations, top));
      stdout.println();
      stdout.println("Charts:");
      charts.forEach(p -> stdout.println("  " + p));
    }
    stdout.flush();
    return 0;
  }

  private String source() {
    return chainFile == null ? "bundled Cboe SPX chain, trade date 2024-01-05" : chainFile.toString();
  }

  private OptionChain loadChain() throws Exception {
    if (chainFile != null) {
      if (!Files.isRegularFile(chainFile)) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "--chain: no such file: " + chainFile.toAbsolutePath());
      }
      return CboeQuoteTable.read(chainFile);
    }
    try (InputStream in = ReportCommand.class.getResourceAsStream(BUNDLED_CHAIN)) {
      if (in == null) {
        throw new IllegalStateException("the bundled chain " + BUNDLED_CHAIN + " is missing from the classpath");
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        return CboeQuoteTable.read(reader);
      }
    }
  }

  /** Converts the {@code --expirations} text. */
  static final class SelectionConverter implements CommandLine.ITypeConverter<ExpirationSelection> {
    @Override
    public ExpirationSelection convert(String value) {
      try {
        return ExpirationSelection.parse(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }
}
