package io.zerogex.benchmarks;

import io.zerogex.tradier.TradierChainParser;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;

/**
 * The thread CPU time of parsing {@link TradierChainParseBenchmark}'s generated 20,000-contract
 * body, the best of many parses: on a shared machine the minimum CPU time of one thread is far
 * steadier than JMH's wall clock, which counts the time other processes hold the cores.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.zerogex.benchmarks.TradierChainParseCpuTime [PARSES]
 * </pre>
 *
 * <p>Prints the minimum over the last three quarters of the parses (the first quarter warms the
 * JIT up) in milliseconds and as contracts per second = 20,000 / minimum seconds.
 */
public final class TradierChainParseCpuTime {

  private TradierChainParseCpuTime() {
  }

  /**
   * Runs the parses and prints the result.
   *
   * @param args optionally the number of parses (default 300)
   */
  public static void main(String[] args) {
    int parses = args.length > 0 ? Integer.parseInt(args[0]) : 300;
    byte[] body = TradierChainParseBenchmark.chainBody(TradierChainParseBenchmark.CONTRACTS, TradierChainParseBenchmark.SEED)
        .getBytes(StandardCharsets.UTF_8);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long best = Long.MAX_VALUE;
    long contracts = 0;
    for (int parse = 0; parse < parses; parse++) {
      long start = threads.getCurrentThreadCpuTime();
      contracts += TradierChainParser.parse(body, "SPX").size();
      long nanos = threads.getCurrentThreadCpuTime() - start;
      if (parse >= parses / 4) {
        best = Math.min(best, nanos);
      }
    }
    if (contracts != (long) parses * TradierChainParseBenchmark.CONTRACTS) {
      throw new IllegalStateException("parsed " + contracts + " contracts in " + parses + " parses");
    }
    System.out.printf("%d-byte body, best of %d parses: %.3f ms thread CPU time, %.3fM contracts/s%n", body.length,
        parses - parses / 4, best / 1e6, TradierChainParseBenchmark.CONTRACTS / (best / 1e9) / 1e6);
  }
}
