package io.zerogex.examples;

import io.zerogex.core.exposure.ExposureCalculator;
import io.zerogex.core.exposure.ExposureReport;
import io.zerogex.core.model.OptionChain;
import io.zerogex.core.model.OptionQuote;
import io.zerogex.core.spi.AuthenticationException;
import io.zerogex.core.spi.MarketDataException;
import io.zerogex.core.spi.MarketDataSource;
import io.zerogex.tradier.TradierConfig;
import io.zerogex.tradier.TradierMarketDataSource;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Prints a live gamma exposure report from Tradier: {@code TradierGexReport [UNDERLYING]
 * [EXPIRATIONS]}, e.g. {@code SPX} (every expiration, the default) or
 * {@code SPX 2026-11-23..2026-12-19}. Needs {@code TRADIER_API_KEY}; uses the sandbox unless
 * {@code TRADIER_ENV=live}. Without a token it says what to set and exits with status 2.
 */
public final class TradierGexReport {

  private TradierGexReport() {
  }

  /** Runs the report against Tradier with the process environment. */
  public static void main(String[] args) {
    int status = run(args, System.getenv(), System.out, System.err, TradierMarketDataSource::new);
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * The report with injected environment, streams and source factory (tests supply a fake source).
   *
   * @return the exit status: 0 printed, 1 the source failed, 2 usage or missing settings
   */
  static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err,
      Function<TradierConfig, MarketDataSource> sources) {
    String token = environment.get(TradierConfig.ENV_TOKEN);
    if (token == null || token.isBlank()) {
      err.println(explanation());
      return 2;
    }
    if (args.length > 2) {
      err.println("usage: TradierGexReport [UNDERLYING] [EXPIRATIONS]   e.g. SPX 2026-11-23..2026-12-19");
      return 2;
    }
    String underlying = args.length > 0 ? args[0].strip().toUpperCase(Locale.ROOT) : "SPX";
    ExpirationSelection expirations;
    TradierConfig config;
    try {
      expirations = args.length > 1 ? ExpirationSelection.parse(args[1]) : ExpirationSelection.all();
      config = TradierConfig.fromEnv(environment);
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      return 2;
    }
    String source = "Tradier " + (config.isSandbox() ? "sandbox (delayed)" : "live") + ", " + underlying;
    try (MarketDataSource tradier = sources.apply(config)) {
      OptionChain chain = fetch(tradier, underlying, expirations);
      ExposureReport report = ExposureCalculator.of(ReportMode.DEFAULT.config()).compute(chain);
      out.print(ReportTable.format(report, source, ReportMode.DEFAULT, expirations, 10));
      out.flush();
      return 0;
    } catch (AuthenticationException e) {
      err.println(e.getMessage());
      err.println("The token was refused: check " + TradierConfig.ENV_TOKEN + " and that "
          + TradierConfig.ENV_ENVIRONMENT + " matches the account (sandbox tokens only work on the sandbox).");
      return 1;
    } catch (MarketDataException | IllegalArgumentException e) {
      err.println(e.getMessage());
      return 1;
    }
  }

  /** Every expiration in one concurrent fetch, or the selected ones one by one. */
  private static OptionChain fetch(MarketDataSource tradier, String underlying, ExpirationSelection expirations) {
    if (expirations.isAll()) {
      return tradier.chain(underlying);
    }
    List<OptionQuote> quotes = new ArrayList<>();
    OptionChain first = null;
    for (LocalDate date : tradier.expirations(underlying)) {
      if (expirations.contains(date)) {
        OptionChain part = tradier.chain(underlying, date);
        first = first == null ? part : first;
        quotes.addAll(part.quotes());
      }
    }
    if (first == null) {
      throw new IllegalArgumentException("none of " + underlying + "'s listed expirations is in " + expirations);
    }
    return first.withQuotes(quotes);
  }

  /** What to set when no token is configured. */
  static String explanation() {
    return String.join(System.lineSeparator(),
        "TradierGexReport prints a live gamma exposure report from Tradier and needs an access token.",
        "  " + TradierConfig.ENV_TOKEN + "   your Tradier API access token (required; a free developer account at",
        "                    developer.tradier.com gives a sandbox token with delayed data)",
        "  " + TradierConfig.ENV_ENVIRONMENT + "       sandbox (default) or live",
        "  " + TradierConfig.ENV_BASE_URL + "  optional: another HTTPS base URL (a proxy)",
        "Example: TRADIER_API_KEY=... java -cp zerogex-examples/target/zerogex.jar io.zerogex.examples.TradierGexReport SPX");
  }
}
