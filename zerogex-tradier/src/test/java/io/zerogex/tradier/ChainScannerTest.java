package io.zerogex.tradier;

import static org.assertj.core.api.Assertions.assertThat;

import io.zerogex.core.model.OptionQuote;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The byte scanner must give exactly the Jackson reader's quotes on every body it accepts, and
 * hand over (return false) on what it does not cover.
 */
class ChainScannerTest {

  private static List<OptionQuote> scanned(byte[] body) {
    ChainRows rows = new ChainRows("SPX");
    assertThat(ChainScanner.scan(body, rows)).as("the scanner reads this body").isTrue();
    return rows.finish();
  }

  private static List<OptionQuote> jackson(byte[] body) {
    ChainRows rows = new ChainRows("SPX");
    TradierChainParser.readWithJackson(body, rows);
    return rows.finish();
  }

  private static boolean scannerAccepts(String body) {
    return ChainScanner.scan(body.getBytes(StandardCharsets.UTF_8), new ChainRows("SPX"));
  }

  @Test
  void sameQuotesAsJacksonOnEveryFixture() {
    for (String name : List.of("spx/chain_2024-01-05.json", "spx/chain_2024-01-08.json", "spx/chain_2024-01-19.json",
        "spx/chain_2024-02-16.json", "docs/markets_options_chains_VXX_2019-05-17_greeks.json",
        "edge/chains_single_option_object.json", "edge/chains_empty_null.json", "legacy/chain.json")) {
      byte[] body = Fixtures.bytes(name);
      assertThat(scanned(body)).as(name).isEqualTo(jackson(body));
    }
  }

  @Test
  void numbersConvertExactlyLikeDoubleParseDouble() {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    StringBuilder body = new StringBuilder("{\"options\":{\"option\":[");
    String[] texts = new String[3000];
    for (int n = 0; n < texts.length; n++) {
      double magnitude = Math.pow(10, random.nextInt(24) - 14);
      double value = (random.nextBoolean() ? -1 : 1) * random.nextDouble() * magnitude;
      texts[n] = switch (n % 8) {
        case 0 -> Double.toString(value);
        case 1 -> String.format(Locale.ROOT, "%.6f", value);
        case 2 -> String.format(Locale.ROOT, "%.9e", value);
        case 3 -> new BigDecimal(value).toPlainString().substring(0, Math.min(24, new BigDecimal(value).toPlainString().length()));
        case 4 -> Long.toString(random.nextInt(1_000_000));
        case 6 -> String.format(Locale.ROOT, "%.16e", value);
        // Halfway between two doubles, cut to 19 digits: the hardest case for the fast conversion.
        case 7 -> new BigDecimal(value).add(new BigDecimal(Math.ulp(value) / 2))
            .round(new MathContext(19, random.nextBoolean() ? RoundingMode.UP : RoundingMode.DOWN)).toString();
        default -> String.format(Locale.ROOT, "%.2f", Math.abs(value) * 1000);
      };
      if (texts[n].endsWith(".") || texts[n].endsWith("-")) {
        texts[n] = texts[n] + "0";
      }
      body.append(n == 0 ? "" : ",").append("{\"symbol\":\"SPXW240105C04700000\",\"greeks\":{\"gamma\":")
          .append(texts[n]).append("}}");
    }
    List<OptionQuote> quotes = scanned(body.append("]}}").toString().getBytes(StandardCharsets.UTF_8));
    for (int n = 0; n < texts.length; n++) {
      assertThat(quotes.get(n).greeks().gamma().getAsDouble()).as("'%s' (seed %d)", texts[n], seed)
          .isEqualTo(Double.parseDouble(texts[n]));
    }
  }

  @Test
  void whitespaceNullsStringsAndUnknownStructures() {
    String body = """
        { "meta" : { "a" : [ 1, -2.5e3, true, false, null, "x\\"y", {"b":[]} ] } ,
          "options" : { "other":"v", "option" : [ null ,
            { "symbol" : "SPXW240105P04700000" , "bid" : "1.25" , "ask" : null , "last" : true ,
              "description" : "with \\"escapes\\" and \\u00e9" , "greeks" : null , "strike" : 4700 } ,
            { "symbol" : "null" } ] } }
        """;
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    assertThat(scanned(bytes)).isEqualTo(jackson(bytes)).hasSize(1);
    assertThat(scannerAccepts("{\"options\":\"null\"}")).isTrue();
    assertThat(scannerAccepts("{\"options\":{}}")).isTrue();
    assertThat(scannerAccepts("{\"options\":{\"option\":[]}}")).isTrue();
  }

  @Test
  void handsOverWhatItDoesNotCover() {
    assertThat(scannerAccepts("{\"options\":{\"option\":{\"symbol\":\"SPXW240105P0470\\u0030000\"}}}")).isFalse();
    assertThat(scannerAccepts("{\"options\":{\"option\":{\"symbol\":\"SPXW240105P04700000\"")).isFalse();
    assertThat(scannerAccepts("{\"fault\":{\"faultstring\":\"Datastore Error\"}}")).isFalse();
    assertThat(scannerAccepts("{\"options\":null} trailing")).isFalse();
    assertThat(scannerAccepts("{\"options\":{\"option\":{\"strike\":01}}}")).isFalse();
    assertThat(scannerAccepts("{\"options\":[1]}")).isFalse();
    // The escaped symbol still parses, through Jackson.
    assertThat(TradierChainParser.parse(
        "{\"options\":{\"option\":{\"symbol\":\"SPXW240105P0470\\u0030000\"}}}".getBytes(StandardCharsets.UTF_8), "SPX"))
        .extracting(q -> q.contract().symbol()).containsExactly("SPXW240105P04700000");
  }
}
