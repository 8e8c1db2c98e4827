package io.zerogex.tradier;

import static org.assertj.core.api.Assertions.assertThat;

import io.zerogex.core.model.OptionQuote;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded property test: on generated chain bodies in the documented row shape, with the quirks
 * mixed in (rows in another key order, missing fields, null, "null", numbers as strings, extra and
 * long keys, whitespace, a single object instead of the array), the byte scanner must accept the
 * body and give exactly the quotes of the general Jackson reader. Rows mostly repeat one key
 * order, so the remembered-order path is taken and left again many times per body.
 */
class ChainScannerPropertyTest {

  private static final String[] KEPT_NUMBERS = {"last", "volume", "bid", "ask", "strike", "open_interest", "contract_size"};

  @Test
  void scannerGivesTheGeneralReadersQuotesOnPerturbedBodies() {
    long seed = System.nanoTime();
    System.out.println("ChainScannerPropertyTest seed " + seed);
    Random random = new Random(seed);
    for (int body = 0; body < 60; body++) {
      boolean pretty = random.nextInt(5) == 0;
      int rows = 1 + random.nextInt(200);
      double perturbation = random.nextInt(3) == 0 ? 0 : random.nextDouble() * 0.3;
      StringBuilder out = new StringBuilder("{\"options\":{\"option\":");
      boolean single = rows == 1 && random.nextBoolean();
      out.append(single ? "" : "[");
      for (int row = 0; row < rows; row++) {
        out.append(row == 0 ? "" : pretty ? ",\n  " : ",").append(row(random, perturbation, pretty));
      }
      String text = out.append(single ? "" : "]").append("}}").toString();
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      ChainRows scanned = new ChainRows("SPX");
      assertThat(ChainScanner.scan(bytes, scanned)).as("seed %d body %d accepted:%n%s", seed, body, text).isTrue();
      ChainRows general = new ChainRows("SPX");
      TradierChainParser.readWithJackson(bytes, general);
      List<OptionQuote> expected = general.finish();
      assertThat(scanned.finish()).as("seed %d body %d:%n%s", seed, body, text).isEqualTo(expected);
    }
  }

  /** One option row as the recorded responses order it, perturbed with probability {@code p} per field. */
  private static String row(Random random, double p, boolean pretty) {
    boolean call = random.nextBoolean();
    String root = random.nextBoolean() ? "SPX" : "SPXW";
    int day = 1 + random.nextInt(28);
    int strike = 3000 + 5 * random.nextInt(400);
    String expiration = String.format(Locale.ROOT, "2024-%02d-%02d", 1 + random.nextInt(12), day);
    String symbol = String.format(Locale.ROOT, "%s24%s%02d%c%08d", root, expiration.substring(5, 7), day,
        call ? 'C' : 'P', strike * 1000L);
    List<String[]> fields = new ArrayList<>();
    fields.add(new String[] {"symbol", quoted(symbol)});
    fields.add(new String[] {"description", "\"" + root + " \\\"" + expiration + "\\\" \\u00e9\""});
    fields.add(new String[] {"exch", "\"Z\""});
    fields.add(new String[] {"type", "\"option\""});
    fields.add(new String[] {"last", price(random)});
    fields.add(new String[] {"change", "null"});
    fields.add(new String[] {"volume", Integer.toString(random.nextInt(5000))});
    fields.add(new String[] {"bid", price(random)});
    fields.add(new String[] {"ask", price(random)});
    fields.add(new String[] {"underlying", "\"SPX\""});
    // The fields may disagree with the symbol, so a field read under the wrong key shows.
    fields.add(new String[] {"strike", (strike + random.nextInt(3)) + (random.nextBoolean() ? ".0" : ".5")});
    fields.add(new String[] {"greeks", greeks(random, p, pretty)});
    fields.add(new String[] {"change_percentage", "null"});
    fields.add(new String[] {"bidsize", Integer.toString(random.nextInt(100))});
    fields.add(new String[] {"bid_date", "1704488400000"});
    fields.add(new String[] {"open_interest", Integer.toString(random.nextInt(20000))});
    fields.add(new String[] {"contract_size", "100"});
    fields.add(new String[] {"expiration_date", quoted(random.nextBoolean() ? expiration : "2025-06-20")});
    fields.add(new String[] {"expiration_type", root.equals("SPX") ? "\"standard\"" : "\"weeklys\""});
    fields.add(new String[] {"option_type", call ? "\"call\"" : "\"put\""});
    fields.add(new String[] {"root_symbol", quoted(random.nextBoolean() ? root : "SPXPM")});
    perturb(random, p, fields);
    return object(fields, pretty);
  }

  private static String greeks(Random random, double p, boolean pretty) {
    if (random.nextDouble() < p / 4) {
      return random.nextBoolean() ? "null" : "\"null\"";
    }
    List<String[]> fields = new ArrayList<>();
    fields.add(new String[] {"delta", number(random)});
    fields.add(new String[] {"gamma", number(random)});
    fields.add(new String[] {"theta", number(random)});
    fields.add(new String[] {"vega", number(random)});
    fields.add(new String[] {"rho", number(random)});
    fields.add(new String[] {"phi", number(random)});
    fields.add(new String[] {"bid_iv", volatility(random)});
    fields.add(new String[] {"mid_iv", volatility(random)});
    fields.add(new String[] {"ask_iv", volatility(random)});
    fields.add(new String[] {"smv_vol", volatility(random)});
    fields.add(new String[] {"updated_at", "\"2024-01-05 15:59:59\""});
    perturb(random, p, fields);
    return object(fields, pretty);
  }

  /** Drops, nulls, stringifies and reorders fields, and adds unknown ones, each with probability about p. */
  private static void perturb(Random random, double p, List<String[]> fields) {
    for (int k = fields.size() - 1; k >= 0; k--) {
      double draw = random.nextDouble();
      if (draw < p / 4) {
        fields.remove(k);
      } else if (draw < p / 2) {
        // null, "null", blank, or a number sent as a string
        fields.get(k)[1] = switch (random.nextInt(4)) {
          case 0 -> "null";
          case 1 -> "\"null\"";
          case 2 -> "\" \"";
          default -> fields.get(k)[1].matches("-?[0-9].*") ? quoted(fields.get(k)[1]) : fields.get(k)[1];
        };
      } else if (draw < 3 * p / 4) {
        String key = random.nextBoolean() ? "a_key_longer_than_twenty_four_bytes" : fields.get(k)[0] + "x";
        fields.add(k, new String[] {key, random.nextBoolean() ? "[1,{\"bid\":2}]" : "{}"});
      }
    }
    if (random.nextDouble() < p) {
      Collections.shuffle(fields, random);
    } else if (random.nextDouble() < p && fields.size() > 1) {
      Collections.swap(fields, random.nextInt(fields.size()), random.nextInt(fields.size()));
    }
  }

  private static String object(List<String[]> fields, boolean pretty) {
    StringBuilder out = new StringBuilder("{");
    for (int k = 0; k < fields.size(); k++) {
      out.append(k == 0 ? "" : ",").append(pretty ? "\n    " : "").append('"').append(fields.get(k)[0])
          .append(pretty ? "\": " : "\":").append(fields.get(k)[1]);
    }
    return out.append(pretty ? "\n  }" : "}").toString();
  }

  private static String quoted(String text) {
    return "\"" + text + "\"";
  }

  /** Prices as Tradier sends them: 0, cents, or an integer. */
  private static String price(Random random) {
    return switch (random.nextInt(4)) {
      case 0 -> "0.0";
      case 1 -> Integer.toString(random.nextInt(300));
      default -> BigDecimal.valueOf(random.nextInt(500_000), 2).toPlainString();
    };
  }

  private static String volatility(Random random) {
    return random.nextInt(6) == 0 ? "0.0" : BigDecimal.valueOf(random.nextInt(2_000_000), 6).toPlainString();
  }

  /** Greeks: full-precision doubles (Double.toString, with and without exponent), long digit strings, -0.0. */
  private static String number(Random random) {
    double value = (random.nextBoolean() ? -1 : 1) * random.nextDouble() * Math.pow(10, random.nextInt(12) - 9);
    return switch (random.nextInt(6)) {
      case 0 -> "-0.0";
      case 1 -> new BigDecimal(value).toPlainString().substring(0, Math.min(23, new BigDecimal(value).toPlainString().length()))
          .replaceAll("[.-]$", "");
      case 2 -> String.format(Locale.ROOT, "%.17e", value);
      default -> Double.toString(value);
    };
  }
}
