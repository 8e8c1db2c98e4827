package io.zerogex.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class DashboardCommandTest {

  record Run(int exitCode, String out, String err) {
  }

  static Run run(String... args) {
    CommandLine commandLine = ZerogexCommand.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int code = commandLine.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void helpListsTheOptionsAndTheLoopbackDefault() {
    Run run = run("dashboard", "--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("--store").contains("--bind").contains("default 127.0.0.1").contains("--port")
        .contains("default 8050").contains("--underlyings").contains("SPX,SPY,QQQ,NDX").contains("--refresh")
        .contains("--history-days");
  }

  @Test
  void theTopCommandListsTheDashboard() {
    assertThat(run("--help").out()).contains("dashboard").contains("Serve the gamma exposure dashboard");
  }

  @Test
  void badOptionsAreRefusedBeforeAnythingStarts() {
    Run store = run("dashboard", "--store", "sqlite");
    assertThat(store.exitCode()).isEqualTo(2);
    assertThat(store.err()).contains("--store").contains("sqlite");
    Run refresh = run("dashboard", "--refresh", "0", "--port", "0");
    assertThat(refresh.exitCode()).isEqualTo(2);
    assertThat(refresh.err()).contains("--refresh").contains("must be > 0");
  }
}
