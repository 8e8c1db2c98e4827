package io.zerogex.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The {@code zerogex} command end to end, in-process, on the bundled SPX chain of 2024-01-05.
 * Reference numbers: total GEX -11.00 $bn per 1% and gamma flip 4,734 are the published chart
 * titles of the Perfiliev script on this chain (PROVENANCE.md of the fixture); -10.9987 $bn is the
 * independent spot-GEX reproduction in the same file.
 */
class ReportCommandTest {

  record Run(int exitCode, String out, String err) {
  }

  @BeforeAll
  static void headless() {
    System.setProperty("java.awt.headless", "true");
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
  void defaultReportPrintsTheTableAndWritesReadableCharts(@TempDir Path out) throws Exception {
    Run run = run("report", "--out", out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("ZeroGEX gamma exposure report: SPX")
        .contains("spot           4,697.24")
        .contains("2024-01-07 10:52 EST")
        .contains("net gamma          -11.00")
        .contains("calls             +111.53")
        .contains("puts              -122.53")
        .contains("zero gamma")
        .contains("Top 10 strikes by |net GEX|")
        .contains("2024-01-19")
        .contains("gex-by-strike.png")
        .contains("gamma-profile.png");
    for (String name : new String[] {ReportCharts.STRIKE_PNG, ReportCharts.PROFILE_PNG}) {
      Path png = out.resolve(name);
      assertThat(png).exists();
      BufferedImage image = ImageIO.read(png.toFile());
      assertThat(image).as(name + " decodes").isNotNull();
      assertThat(image.getWidth()).isEqualTo(1400);
      assertThat(image.getHeight()).isEqualTo(800);
      assertThat(countPixels(image, true)).as(name + " red pixels").isGreaterThan(500);
      assertThat(countPixels(image, false)).as(name + " blue pixels").isGreaterThan(500);
    }
  }

  @Test
  void perfilievModeReproducesThePublishedNumbers(@TempDir Path out) {
    Run run = run("report", "--mode", "perfiliev", "--out", out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("mode           perfiliev (Perfiliev-compatible)")
        .contains("net gamma          -11.00")
        .contains("zero gamma     4,734.");
  }

  @Test
  void jsonHoldsTheWholeReport(@TempDir Path out) throws Exception {
    Run run = run("report", "--json", "--mode", "PERFILIEV", "--out", out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("underlying").asText()).isEqualTo("SPX");
    assertThat(json.get("spot").asDouble()).isEqualTo(4697.2402);
    assertThat(json.get("asOf").asText()).isEqualTo("2024-01-07T15:52:00Z");
    assertThat(json.get("unit").asText()).isEqualTo("DOLLARS_PER_ONE_PERCENT");
    JsonNode totals = json.get("totals");
    assertThat(totals.get("netGamma").asDouble() / 1e9).isCloseTo(-10.9987, within(5e-4));
    assertThat(totals.get("callGamma").asDouble() / 1e9).isCloseTo(111.5307, within(5e-4));
    assertThat(totals.get("putGamma").asDouble() / 1e9).isCloseTo(-122.5294, within(5e-4));
    assertThat(json.get("levels").get("zeroGamma").asDouble()).isCloseTo(4734.48, within(0.01));
    assertThat(json.get("profile").get("spots")).hasSize(60);
    assertThat(json.get("profile").get("status").asText()).isEqualTo("RESOLVED");
    assertThat(json.get("byStrike").size()).isGreaterThan(100);
    assertThat(json.get("byExpiration").size()).isGreaterThan(50);
    assertThat(json.get("dataQuality").get("contractsInChain").asInt()).isEqualTo(21_038);
    assertThat(json.get("charts")).hasSize(2);
  }

  @Test
  void expirationSelectionNarrowsTheChain(@TempDir Path out) {
    Run run = run("report", "--expirations", "2024-01-19", "--out", out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("expirations    2024-01-19").contains("2024-01-19").doesNotContain("2024-01-12");
    Run none = run("report", "--expirations", "2031-01-01", "--out", out.toString());
    assertThat(none.exitCode()).isEqualTo(1);
    assertThat(none.err()).contains("selects none of the chain's 55 expirations");
    Run bad = run("report", "--expirations", "Jan-19", "--out", out.toString());
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("'Jan-19'");
  }

  @Test
  void missingChainFileIsAClearErrorWithNonZeroExit(@TempDir Path out) {
    Path missing = out.resolve("nope.csv");
    Run run = run("report", "--chain", missing.toString(), "--out", out.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--chain: no such file").contains("nope.csv");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void malformedChainFileNamesTheLine(@TempDir Path out) throws Exception {
    Path csv = out.resolve("bad.csv");
    Files.writeString(csv, "\nS&P 500 INDEX,Last: 4697.2402\n\"Date: Januar 7, 2024 at 10:52 AM EST\"\n",
        StandardCharsets.UTF_8);
    Run run = run("report", "--chain", csv.toString(), "--out", out.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("line 3").contains("Januar 7, 2024");
  }

  @Test
  void reportsAnotherChainFromAFile(@TempDir Path out) throws Exception {
    Path csv = out.resolve("spx.csv");
    try (var in = ReportCommandTest.class.getResourceAsStream(ReportCommand.BUNDLED_CHAIN)) {
      Files.copy(in, csv);
    }
    Run run = run("report", "--chain", csv.toString(), "--top", "3", "--out", out.resolve("charts").toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("chain          " + csv).contains("Top 3 strikes");
    assertThat(out.resolve("charts").resolve(ReportCharts.STRIKE_PNG)).exists();
  }

  /** Pixels clearly red (r high, g and b low) or clearly blue (b high, r low). */
  private static int countPixels(BufferedImage image, boolean red) {
    int n = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        if (red ? r > 180 && g < 90 && b < 90 : b > 160 && r < 90 && g < 140) {
          n++;
        }
      }
    }
    return n;
  }
}
