package io.zerogex.examples;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code zerogex} command line. Subcommands: {@code worker} (the scheduled pipeline, see
 * {@link WorkerCommand}), {@code report} (gamma exposure report of a Cboe
 * chain, see {@link ReportCommand}), {@code dashboard} (the interactive page, see
 * {@link DashboardCommand}) and {@code backtest} (daily series on Apache Beam, see
 * {@link BacktestCommand}).
 *
 * <p>Exit codes: 0 on success, 1 when the command fails (unreadable or malformed chain, I/O
 * error; the message goes to standard error without a stack trace), 2 for invalid options.
 */
@Command(name = "zerogex", mixinStandardHelpOptions = true, version = "zerogex 0.1.0-SNAPSHOT",
    description = "Dealer gamma exposure (GEX) from option chains.",
    subcommands = {ReportCommand.class, WorkerCommand.class, DashboardCommand.class, BacktestCommand.class,
        CommandLine.HelpCommand.class})
public final class ZerogexCommand implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** Runs the command line with {@code args} and exits with its code when that is not 0. */
  public static void main(String[] args) {
    // charts are drawn off-screen; this must be set before any AWT class loads
    System.setProperty("java.awt.headless", "true");
    int code = commandLine().execute(args);
    if (code != 0) {
      System.exit(code);
    }
  }

  /**
   * The configured command line: case-insensitive option values, and failures reported as one
   * line on standard error with exit code 1 instead of a stack trace.
   */
  public static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new ZerogexCommand());
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
      PrintWriter err = cmd.getErr();
      err.println(cmd.getCommandName() + ": " + exception.getMessage());
      err.flush();
      return 1;
    });
    return commandLine;
  }

  /** Without a subcommand, prints the usage. */
  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
