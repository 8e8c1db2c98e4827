package io.zerogex.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zerogex.core.model.OptionQuote;
import io.zerogex.tradier.TradierChainParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parsing a Tradier chains response of 20,000 contracts (about the whole SPX chain) into option
 * quotes; the score is contracts per second. The body is generated in {@link #generate()} with a
 * fixed seed, row by row in the shape of the 2024 recorded responses (every field, greeks object
 * with full-precision greeks and 6-decimal volatilities, epoch-millisecond dates), SPX and SPXW
 * roots over 40 expirations. The peer is Jackson's own
 * tree model reading the same bytes without building any quote.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TradierChainParseBenchmark {

  /** Contracts in the generated response. */
  public static final int CONTRACTS = 20_000;
  /** The generator seed of the benchmark body. */
  static final long SEED = 20240105L;

  private byte[] body;
  private final ObjectMapper mapper = new ObjectMapper();

  /** Builds the response body once. */
  @Setup
  public void generate() {
    body = chainBody(CONTRACTS, SEED).getBytes(StandardCharsets.UTF_8);
    List<OptionQuote> check = TradierChainParser.parse(body, "SPX");
    if (check.size() != CONTRACTS) {
      throw new IllegalStateException("generated " + check.size() + " contracts, expected " + CONTRACTS);
    }
  }

  /** The adapter's parser (byte scanner, Jackson streaming fallback), building every quote. */
  @Benchmark
  @OperationsPerInvocation(CONTRACTS)
  public List<OptionQuote> tradierChainParser() {
    return TradierChainParser.parse(body, "SPX");
  }

  /** Peer: Jackson data binding into a tree, no quotes built. */
  @Benchmark
  @OperationsPerInvocation(CONTRACTS)
  public JsonNode jacksonTree() throws IOException {
    return mapper.readTree(body);
  }

  /** A chains body of {@code contracts} rows in Tradier's documented shape. */
  static String chainBody(int contracts, long seed) {
    Random random = new Random(seed);
    double spot = 4697.24;
    StringBuilder out = new StringBuilder(contracts * 1100).append("{\"options\":{\"option\":[");
    LocalDate first = LocalDate.of(2024, 1, 5);
    int perExpiration = contracts / 40;
    for (int i = 0; i < contracts; i++) {
      LocalDate expiration = first.plusDays(7L * (i / perExpiration));
      boolean monthly = expiration.getDayOfMonth() >= 15 && expiration.getDayOfMonth() <= 21;
      int slot = i % perExpiration;
      String root = monthly && slot < perExpiration / 2 ? "SPX" : "SPXW";
      boolean call = slot % 2 == 0;
      double strike = 3000 + 5 * ((slot / 2) % 500);
      double iv = 0.12 + 0.3 * Math.pow(strike / spot - 1, 2) + 0.01 * random.nextDouble();
      double price = Math.max(0.05, (call ? spot - strike : strike - spot) * 0.5 + 20 * random.nextDouble());
      double bid = Math.round(price * 95) / 100.0;
      double ask = Math.round(price * 105) / 100.0;
      String symbol = String.format(Locale.ROOT, "%s%02d%02d%02d%c%08d", root, expiration.getYear() % 100,
          expiration.getMonthValue(), expiration.getDayOfMonth(), call ? 'C' : 'P', (long) (strike * 1000));
      if (i > 0) {
        out.append(',');
      }
      out.append("{\"symbol\":\"").append(symbol).append("\",\"description\":\"").append(root).append(' ')
          .append(expiration).append(" $").append(strike).append(call ? " Call" : " Put")
          .append("\",\"exch\":\"Z\",\"type\":\"option\",\"last\":").append(bid)
          .append(",\"change\":null,\"volume\":").append(random.nextInt(5000))
          .append(",\"open\":null,\"high\":null,\"low\":null,\"close\":null,\"bid\":").append(bid)
          .append(",\"ask\":").append(ask).append(",\"underlying\":\"SPX\",\"strike\":").append(strike)
          .append(",\"greeks\":{\"delta\":").append(call ? random.nextDouble() : -random.nextDouble())
          .append(",\"gamma\":").append(random.nextDouble() * 0.01)
          .append(",\"theta\":").append(-random.nextDouble() * 2)
          .append(",\"vega\":").append(random.nextDouble() * 5)
          .append(",\"rho\":").append(random.nextDouble())
          .append(",\"phi\":").append(-random.nextDouble())
          .append(",\"bid_iv\":").append(round6(iv - 0.004)).append(",\"mid_iv\":").append(round6(iv))
          .append(",\"ask_iv\":").append(round6(iv + 0.004)).append(",\"smv_vol\":").append(Math.round(iv * 1000) / 1000.0)
          .append(",\"updated_at\":\"2024-01-05 15:59:59\"},\"change_percentage\":null,\"average_volume\":0")
          .append(",\"last_volume\":1,\"trade_date\":1704488399000,\"prevclose\":").append(bid)
          .append(",\"week_52_high\":0.0,\"week_52_low\":0.0,\"bidsize\":").append(random.nextInt(100))
          .append(",\"bidexch\":\"C\",\"bid_date\":1704488400000,\"asksize\":").append(random.nextInt(100))
          .append(",\"askexch\":\"C\",\"ask_date\":1704488400000,\"open_interest\":").append(random.nextInt(20000))
          .append(",\"contract_size\":100,\"expiration_date\":\"").append(expiration)
          .append("\",\"expiration_type\":\"").append(root.equals("SPX") ? "standard" : "weeklys")
          .append("\",\"option_type\":\"").append(call ? "call" : "put")
          .append("\",\"root_symbol\":\"").append(root).append("\"}");
    }
    return out.append("]}}").toString();
  }

  /** Implied volatilities arrive with 6 decimals, greeks with full double precision (as recorded). */
  private static double round6(double value) {
    return Math.round(value * 1e6) / 1e6;
  }
}
