package io.zerogex.core.support;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the download time from the date line of a Cboe delayed-quote table (line 3). Cboe has
 * changed its wording over the years, so each known form is an explicit English pattern; text
 * that matches none of them (a browser-localized month name, say) is an error, never a guess.
 */
final class CboeDateLine {

  /** The Eastern time zone the table's clock reads in, whichever abbreviation it prints. */
  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  /** Abbreviations Cboe prints after the time; all mean New York wall-clock time. */
  private static final Map<String, ZoneId> ZONES = Map.of(
      "EST", NEW_YORK, "EDT", NEW_YORK, "ET", NEW_YORK);

  /** Known forms, e.g. {@code January 7, 2024 at 10:52 AM} and {@code February 5 2022, 8:26 PM}. */
  private static final List<DateTimeFormatter> FORMS = List.of(
      form("MMMM d, uuuu 'at' h:mm a"),
      form("MMMM d uuuu, h:mm a"),
      form("MMMM d, uuuu, h:mm a"),
      form("MMMM d, uuuu h:mm a"),
      form("MMM d, uuuu 'at' h:mm a"),
      form("MMM d uuuu, h:mm a"));

  private CboeDateLine() {
  }

  /**
   * Parses the first field of the date line, e.g. {@code Date: January 7, 2024 at 10:52 AM EST}.
   *
   * @param lineNumber the line's number, for error messages
   * @param text the field as read (quotes already removed)
   * @throws CboeFormatException naming the line and the text when no known form matches
   */
  static Instant parse(int lineNumber, String text) {
    String s = text.strip();
    if (!s.regionMatches(true, 0, "Date:", 0, 5)) {
      throw new CboeFormatException(lineNumber, "date line", text,
          "expected the download time, e.g. 'Date: January 7, 2024 at 10:52 AM EST'");
    }
    s = s.substring(5).strip();
    int lastSpace = s.lastIndexOf(' ');
    ZoneId zone = lastSpace < 0 ? null : ZONES.get(s.substring(lastSpace + 1).toUpperCase(Locale.ROOT));
    if (zone == null) {
      throw new CboeFormatException(lineNumber, "date line", text,
          "expected the time to end in a US Eastern zone abbreviation (EST, EDT or ET)");
    }
    String dateTime = s.substring(0, lastSpace).strip();
    for (DateTimeFormatter form : FORMS) {
      try {
        return LocalDateTime.parse(dateTime, form).atZone(zone).toInstant();
      } catch (DateTimeException e) {
        // try the next known form
      }
    }
    throw new CboeFormatException(lineNumber, "date line", text,
        "unrecognised date; expected an English month name as in 'January 7, 2024 at 10:52 AM EST'"
            + " or 'February 5 2022, 8:26 PM EST' (localized downloads are not supported)");
  }

  private static DateTimeFormatter form(String pattern) {
    return new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .appendPattern(pattern)
        .toFormatter(Locale.US)
        .withResolverStyle(ResolverStyle.STRICT);
  }
}
