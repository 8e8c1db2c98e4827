package io.zerogex.core.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zerogex.core.model.OptionChain;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Small hand-written tables: the accepted variants and every malformed input's message. */
class CboeQuoteTableErrorsTest {

  private static final String SPOT = "S&P 500 INDEX,Last: 4697.2402,Change:  8.5602\n";
  private static final String DATE = "\"Date: January 7, 2024 at 10:52 AM EST\",Bid: 4645.23,Ask: 4753.8999\n";
  private static final String HEADER = "Expiration Date,Calls,Last Sale,Net,Bid,Ask,Volume,IV,Delta,Gamma,"
      + "Open Interest,Strike,Puts,Last Sale,Net,Bid,Ask,Volume,IV,Delta,Gamma,Open Interest\n";
  private static final String ROW = "Fri Jan 12 2024,SPXW240112C04700000,35.5,1.2,35.1,35.9,1200,0.1234,"
      + "0.5123,0.0051,4000,4700.00,SPXW240112P04700000,31.2,-2,30.9,31.6,900,0.1301,-0.4877,0.0049,5000\n";

  private static CboeFlaggedChain read(String text) {
    return CboeQuoteTable.readTable(new StringReader(text));
  }

  @Test
  void readsAMinimalTable() {
    CboeFlaggedChain table = read("\n" + SPOT + DATE + HEADER + ROW + "\n");
    OptionChain chain = table.chain();
    assertThat(chain.size()).isEqualTo(2);
    assertThat(table.quote(0).impliedVolatility()).hasValue(0.1234);
    assertThat(table.quote(0).greeks().gamma()).hasValue(0.0051);
    assertThat(table.quote(0).mid()).hasValue(35.5);
    assertThat(table.quote(1).openInterest()).isEqualTo(5000);
    assertThat(table.flags(0)).isEmpty();
  }

  @Test
  void findsColumnsByNameNotPosition() {
    String header = "Expiration Date,Strike,Calls,Bid,Ask,Last Sale,Volume,IV,Delta,Gamma,Open Interest,"
        + "Puts,Open Interest,Gamma,Delta,IV,Volume,Last Sale,Ask,Bid\n";
    String row = "Fri Jan 12 2024,4700,SPXW240112C04700000,35.1,35.9,35.5,1200,0.1234,0.5123,0.0051,4000,"
        + "SPXW240112P04700000,5000,0.0049,-0.4877,0.1301,900,31.2,31.6,30.9\n";
    CboeFlaggedChain table = read(SPOT + DATE + header + row);
    assertThat(table.quote(0).bid()).hasValue(35.1);
    assertThat(table.quote(1).bid()).hasValue(30.9);
    assertThat(table.quote(1).ask()).hasValue(31.6);
    assertThat(table.quote(1).openInterest()).isEqualTo(5000);
    assertThat(table.quote(1).greeks().gamma()).hasValue(0.0049);
  }

  @Test
  void acceptsTheKnownDateLineForms() {
    ZoneId newYork = ZoneId.of("America/New_York");
    String older = "\"Date: February 5 2022, 8:26 PM EST\",Bid: 0\n";
    assertThat(read(SPOT + older + HEADER + ROW).chain().asOf())
        .isEqualTo(LocalDateTime.of(2022, 2, 5, 20, 26).atZone(newYork).toInstant());
    String summer = "\"Date: July 3, 2024 at 9:05 AM EDT\",Bid: 0\n";
    assertThat(read(SPOT + summer + HEADER + ROW).chain().asOf())
        .isEqualTo(LocalDateTime.of(2024, 7, 3, 9, 5).atZone(newYork).toInstant());
  }

  @Test
  void localizedMonthIsAnErrorNamingLineAndText() {
    String german = "\"Date: Januar 7, 2024 at 10:52 AM EST\",Bid: 0\n";
    assertThatThrownBy(() -> read("\n" + SPOT + german + HEADER + ROW))
        .isInstanceOf(CboeFormatException.class)
        .hasMessageContaining("line 3")
        .hasMessageContaining("date line")
        .hasMessageContaining("Januar 7, 2024")
        .hasMessageContaining("localized");
  }

  @Test
  void badDateLineIsAnError() {
    String bad = "\"Date: January 37, 2024 at 10:52 AM EST\",Bid: 0\n";
    assertThatThrownBy(() -> read("\n" + SPOT + bad + HEADER + ROW))
        .isInstanceOf(CboeFormatException.class)
        .hasMessageContaining("line 3")
        .hasMessageContaining("January 37, 2024");
    String noZone = "\"Date: January 7, 2024 at 10:52 AM\",Bid: 0\n";
    assertThatThrownBy(() -> read("\n" + SPOT + noZone + HEADER + ROW))
        .hasMessageContaining("line 3")
        .hasMessageContaining("EST, EDT or ET");
  }

  @Test
  void badNumberNamesLineFieldAndText() {
    String row = ROW.replace(",0.1301,", ",abc,");
    assertThatThrownBy(() -> read("\n" + SPOT + DATE + HEADER + ROW + row))
        .isInstanceOf(CboeFormatException.class)
        .hasMessageContaining("line 6")
        .hasMessageContaining("Puts IV")
        .hasMessageContaining("'abc'")
        .satisfies(e -> {
          CboeFormatException f = (CboeFormatException) e;
          assertThat(f.lineNumber()).isEqualTo(6);
          assertThat(f.field()).isEqualTo("Puts IV");
          assertThat(f.text()).isEqualTo("abc");
        });
    assertThatThrownBy(() -> read(SPOT + DATE + HEADER + ROW.replace(",4000,", ",40.5,")))
        .hasMessageContaining("line 4")
        .hasMessageContaining("Calls Open Interest")
        .hasMessageContaining("'40.5'");
    assertThatThrownBy(() -> read(SPOT + DATE + HEADER + ROW.replace(",35.1,", ",-35.1,")))
        .hasMessageContaining("Calls Bid")
        .hasMessageContaining("must be >= 0");
  }

  @Test
  void truncatedRowIsAnError() {
    String truncated = ROW.substring(0, ROW.indexOf(",SPXW240112P"));
    assertThatThrownBy(() -> read("\n" + SPOT + DATE + HEADER + ROW + truncated + "\n"))
        .isInstanceOf(CboeFormatException.class)
        .hasMessageContaining("line 6")
        .hasMessageContaining("expected 22 fields")
        .hasMessageContaining("found 12")
        .hasMessageContaining("truncated");
  }

  @Test
  void rowDisagreeingWithItsSymbolIsAnError() {
    assertThatThrownBy(() -> read(SPOT + DATE + HEADER + ROW.replace("Fri Jan 12 2024", "Fri Jan 19 2024")))
        .hasMessageContaining("line 4")
        .hasMessageContaining("Calls symbol")
        .hasMessageContaining("2024-01-12")
        .hasMessageContaining("2024-01-19");
    assertThatThrownBy(() -> read(SPOT + DATE + HEADER + ROW.replace("4700.00", "4705.00")))
        .hasMessageContaining("Calls symbol")
        .hasMessageContaining("4705.00");
    assertThatThrownBy(() -> read(SPOT + DATE + HEADER + ROW.replace("SPXW240112P", "SPXW240112C")))
        .hasMessageContaining("Puts symbol")
        .hasMessageContaining("is not a PUT symbol");
    assertThatThrownBy(() -> read(SPOT + DATE + HEADER + ROW.replace("Fri Jan 12 2024", "Freitag")))
        .hasMessageContaining("Expiration Date")
        .hasMessageContaining("'Freitag'");
  }

  @Test
  void emptyFileMissingHeaderAndMissingColumnAreErrors() {
    assertThatThrownBy(() -> read("")).isInstanceOf(CboeFormatException.class).hasMessageContaining("empty file");
    assertThatThrownBy(() -> read("\n\n")).hasMessageContaining("empty file");
    assertThatThrownBy(() -> read("\n" + SPOT + DATE))
        .hasMessageContaining("line 4").hasMessageContaining("file ends before the header");
    assertThatThrownBy(() -> read(SPOT + DATE + HEADER.replace(",Gamma,Open Interest\n", ",Gamma2,Open Interest\n") + ROW))
        .hasMessageContaining("line 3")
        .hasMessageContaining("'Gamma' for the puts is missing");
    assertThatThrownBy(() -> read(SPOT + DATE + HEADER))
        .hasMessageContaining("no option rows");
    assertThatThrownBy(() -> read("Symbol,Price\n" + DATE + HEADER + ROW))
        .hasMessageContaining("line 1").hasMessageContaining("'Last: <price>'");
    assertThatThrownBy(() -> read(SPOT.replace("4697.2402", "n/a") + DATE + HEADER + ROW))
        .hasMessageContaining("underlying Last").hasMessageContaining("n/a");
  }

  @Test
  void missingFileIsAnUncheckedIoError() {
    Path missing = Path.of("does-not-exist", "quotedata.csv");
    assertThatThrownBy(() -> CboeQuoteTable.read(missing))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("quotedata.csv");
  }

  @Test
  void quotedFieldsWithCommasAndEscapedQuotes() {
    String[] out = new String[4];
    assertThat(CsvLine.split("\"a,b\",\"say \"\"hi\"\"\", c ,", out)).isEqualTo(4);
    assertThat(out).containsExactly("a,b", "say \"hi\"", "c", "");
  }
}
