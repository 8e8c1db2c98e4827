package io.zerogex.core.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.zerogex.core.model.OptionChain;
import io.zerogex.core.model.OptionQuote;
import io.zerogex.core.model.OptionRight;
import io.zerogex.core.model.Settlement;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Reads the two real Cboe downloads kept as test fixtures. Expected counts, spots and dates are
 * the file facts in each fixture's PROVENANCE.md (counted independently of this code with
 * Python's csv module); the first rows are checked against the raw text of the file.
 */
class CboeQuoteTableTest {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  static Path fixture(String name) {
    try {
      return Path.of(CboeQuoteTableTest.class.getResource("/chains/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void spxFileFacts() {
    OptionChain chain = CboeQuoteTable.read(fixture("spx-2024-01-05/spx_quotedata.csv"));
    assertThat(chain.underlying()).isEqualTo("SPX");
    assertThat(chain.spot()).isEqualTo(4697.2402);
    assertThat(chain.asOf()).isEqualTo(LocalDateTime.of(2024, 1, 7, 10, 52).atZone(NEW_YORK).toInstant());
    assertThat(chain.size()).isEqualTo(21_038);
    assertThat(chain.expirations()).hasSize(55);
    assertThat(chain.expirations().first()).isEqualTo(LocalDate.of(2024, 1, 5));
    assertThat(chain.expirations().last()).isEqualTo(LocalDate.of(2029, 12, 21));
    Map<String, Long> rowsByRoot = chain.quotes().stream()
        .filter(q -> q.contract().right() == OptionRight.CALL)
        .collect(Collectors.groupingBy(q -> q.contract().root(), TreeMap::new, Collectors.counting()));
    assertThat(rowsByRoot).containsExactly(Map.entry("SPX", 3_278L), Map.entry("SPXW", 7_241L));
    assertThat(chain.quotes().stream().filter(q -> q.openInterest() > 0).count()).isEqualTo(15_756);
    assertThat(chain.quotes().stream().filter(q -> q.contract().root().equals("SPX"))
        .allMatch(q -> q.contract().settlement() == Settlement.AM)).isTrue();
  }

  /**
   * Spot GEX from the vendor gamma of the parsed quotes: sum of gamma x OI x 100 x S^2 x 0.01
   * over calls minus the same over puts. Expected: PROVENANCE.md "Independent reproduction"
   * (-10.9987 $bn; calls +111.5307, puts -122.5294), which agrees with the published
   * "Total Gamma: $-11.00 Bn". Computed here directly, not with the exposure engine, so it
   * checks that every row's gamma and open interest landed on the right contract.
   */
  @Test
  void spxSpotGexFromVendorGammaMatchesReference() {
    OptionChain chain = CboeQuoteTable.read(fixture("spx-2024-01-05/spx_quotedata.csv"));
    double spot = chain.spot();
    double calls = 0;
    double puts = 0;
    for (OptionQuote q : chain.quotes()) {
      double gex = q.greeks().gamma().getAsDouble() * q.openInterest() * q.contract().multiplier()
          * spot * spot * 0.01;
      if (q.contract().isCall()) {
        calls += gex;
      } else {
        puts -= gex;
      }
    }
    assertThat(calls / 1e9).isCloseTo(111.5307, within(5e-5));
    assertThat(puts / 1e9).isCloseTo(-122.5294, within(5e-5));
    assertThat((calls + puts) / 1e9).isCloseTo(-10.9987, within(5e-5));
  }

  /**
   * Raw text of lines 5 and 6:
   * {@code Fri Jan 05 2024,SPXW240105C01200000,3499.25,-1.1,3492.4,3501.3,1,0,0,0,24,1200.00,
   * SPXW240105P01200000,0.05,0.025,0,0.05,2,0,0,0,0} and
   * {@code Fri Jan 05 2024,SPXW240105C01400000,3294.7,-5.75,3292.2,3301.1,1,0,0,0,5,1400.00,
   * SPXW240105P01400000,0,0,0,0.05,0,0,0,0,0}.
   */
  @Test
  void spxFirstRowsMatchTheRawText() {
    CboeFlaggedChain table = CboeQuoteTable.readTable(fixture("spx-2024-01-05/spx_quotedata.csv"));
    OptionQuote call = table.quote(0);
    assertThat(call.contract().symbol()).isEqualTo("SPXW240105C01200000");
    assertThat(call.contract().strike()).isEqualTo(1200.0);
    assertThat(call.contract().expiration()).isEqualTo(LocalDate.of(2024, 1, 5));
    assertThat(call.last()).hasValue(3499.25);
    assertThat(call.bid()).hasValue(3492.4);
    assertThat(call.ask()).hasValue(3501.3);
    assertThat(call.volume()).isEqualTo(1);
    assertThat(call.openInterest()).isEqualTo(24);
    assertThat(call.impliedVolatility()).isEmpty();
    assertThat(call.greeks().delta()).hasValue(0.0);
    assertThat(call.greeks().gamma()).hasValue(0.0);
    assertThat(table.flags(0)).containsExactlyInAnyOrder(CboeQuoteFlag.ZERO_IV, CboeQuoteFlag.ZERO_GAMMA);

    OptionQuote put = table.quote(1);
    assertThat(put.contract().symbol()).isEqualTo("SPXW240105P01200000");
    assertThat(put.contract().right()).isEqualTo(OptionRight.PUT);
    assertThat(put.last()).hasValue(0.05);
    assertThat(put.bid()).isEmpty();
    assertThat(put.ask()).hasValue(0.05);
    assertThat(put.mid()).isEmpty();
    assertThat(put.volume()).isEqualTo(2);
    assertThat(put.openInterest()).isZero();
    assertThat(table.flags(1)).containsExactlyInAnyOrder(
        CboeQuoteFlag.NO_BID, CboeQuoteFlag.ZERO_IV, CboeQuoteFlag.ZERO_GAMMA);

    OptionQuote secondPut = table.quote(3);
    assertThat(secondPut.contract().strike()).isEqualTo(1400.0);
    assertThat(secondPut.last()).isEmpty();
    assertThat(table.has(3, CboeQuoteFlag.NO_LAST_SALE)).isTrue();
  }

  /**
   * Last line of the SPX file: {@code Fri Dec 21 2029,SPX291221C08000000,0,0,92.9,253.5,0,0.1539,
   * 0.2307,0.0002,0,8000.00,SPX291221P08000000,0,0,1915.7,2265.5,0,0.1488,-0.8058,0.0002,0}.
   */
  @Test
  void spxLastRowMatchesTheRawText() {
    OptionChain chain = CboeQuoteTable.read(fixture("spx-2024-01-05/spx_quotedata.csv"));
    OptionQuote call = chain.quotes().get(chain.size() - 2);
    OptionQuote put = chain.quotes().get(chain.size() - 1);
    assertThat(call.contract().symbol()).isEqualTo("SPX291221C08000000");
    assertThat(call.contract().settlement()).isEqualTo(Settlement.AM);
    assertThat(call.impliedVolatility()).hasValue(0.1539);
    assertThat(call.greeks().delta()).hasValue(0.2307);
    assertThat(call.greeks().gamma()).hasValue(0.0002);
    assertThat(put.impliedVolatility()).hasValue(0.1488);
    assertThat(put.greeks().delta()).hasValue(-0.8058);
    assertThat(put.bid()).hasValue(1915.7);
    assertThat(put.ask()).hasValue(2265.5);
  }

  /**
   * Flag counts, counted independently with Python's csv module over the raw file (a column
   * equal to 0, calls and puts together): 1,328 zero bids, 132 zero asks, 5,469 zero last sales,
   * 1,046 zero IVs, 5,445 zero gammas. Rows with zero IV or gamma are kept (21,038 contracts).
   */
  @Test
  void spxFlagCounts() {
    CboeFlaggedChain table = CboeQuoteTable.readTable(fixture("spx-2024-01-05/spx_quotedata.csv"));
    assertThat(table.count(CboeQuoteFlag.NO_BID)).isEqualTo(1_328);
    assertThat(table.count(CboeQuoteFlag.NO_ASK)).isEqualTo(132);
    assertThat(table.count(CboeQuoteFlag.NO_LAST_SALE)).isEqualTo(5_469);
    assertThat(table.count(CboeQuoteFlag.ZERO_IV)).isEqualTo(1_046);
    assertThat(table.count(CboeQuoteFlag.ZERO_GAMMA)).isEqualTo(5_445);
    assertThat(table.chain().quotes().stream().filter(q -> q.impliedVolatility().isEmpty()).count())
        .isEqualTo(1_046);
  }

  /**
   * NDX file facts from its PROVENANCE.md; the first row (line 5) is
   * {@code Mon Feb 07 2022,NDXP220207C11000000,0,0,3657.4,3683.2,0,2.075,0.9996,0,0,11000.00,
   * NDXP220207P11000000,1.35,0,0,0.1,0,1.0499,-0.0003,0,2}.
   */
  @Test
  void ndxFileFactsAndOlderDateLine() {
    CboeFlaggedChain table = CboeQuoteTable.readTable(fixture("ndx-2022-02-04/ndx_quotedata.csv"));
    OptionChain chain = table.chain();
    assertThat(chain.underlying()).isEqualTo("NDX");
    assertThat(chain.spot()).isEqualTo(14694.3506);
    assertThat(chain.asOf()).isEqualTo(LocalDateTime.of(2022, 2, 5, 20, 26).atZone(NEW_YORK).toInstant());
    assertThat(chain.size()).isEqualTo(18_386);
    assertThat(chain.expirations()).hasSize(34);
    assertThat(chain.quotes().stream().map(q -> q.contract().root()).distinct())
        .containsExactlyInAnyOrder("NDXP", "NDX");

    OptionQuote call = table.quote(0);
    assertThat(call.contract().symbol()).isEqualTo("NDXP220207C11000000");
    assertThat(call.contract().settlement()).isEqualTo(Settlement.PM);
    assertThat(call.impliedVolatility()).hasValue(2.075);
    assertThat(call.greeks().delta()).hasValue(0.9996);
    assertThat(call.last()).isEmpty();
    assertThat(table.flags(0)).containsExactlyInAnyOrder(CboeQuoteFlag.NO_LAST_SALE, CboeQuoteFlag.ZERO_GAMMA);
    OptionQuote put = table.quote(1);
    assertThat(put.last()).hasValue(1.35);
    assertThat(put.bid()).isEmpty();
    assertThat(put.ask()).hasValue(0.1);
    assertThat(put.impliedVolatility()).hasValue(1.0499);
    assertThat(put.greeks().delta()).hasValue(-0.0003);
    assertThat(put.openInterest()).isEqualTo(2);
  }
}
