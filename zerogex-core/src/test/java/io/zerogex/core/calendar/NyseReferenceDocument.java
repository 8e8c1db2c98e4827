package io.zerogex.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the published NYSE dates out of {@code calendar/nyse.md} (a copy of the project's
 * shared reference), so that tests use the file's dates rather than retyped ones. Every
 * "Wed Jan 1" style date is checked against its weekday while parsing.
 */
final class NyseReferenceDocument {

  private static final Pattern WEEKDAY_DATE = Pattern.compile(
      "\\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\\d{1,2})\\b");
  private static final Pattern MONTH_DATE = Pattern.compile(
      "\\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\\d{1,2})\\b");
  private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
  /** 2001-09-11…14 (a range of days) or 2012-10-29/30 (two days). */
  private static final Pattern ISO_DATE_WITH_DAYS =
      Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})(?:…(\\d{2})|/(\\d{2}))?");
  private static final List<String> MONTHS =
      List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");

  final List<String> lines;

  private NyseReferenceDocument(List<String> lines) {
    this.lines = lines;
  }

  static NyseReferenceDocument load() {
    try (InputStream in = NyseReferenceDocument.class.getResourceAsStream("/calendar/nyse.md")) {
      assertThat(in).as("calendar/nyse.md on the test classpath").isNotNull();
      return new NyseReferenceDocument(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Holiday table rows: holiday name to the dates of that row, across the table's years. */
  Map<String, List<LocalDate>> holidayTable() {
    int header = indexOfLineStartingWith("| Holiday |");
    List<Integer> years = tableYears(lines.get(header));
    Map<String, List<LocalDate>> rows = new LinkedHashMap<>();
    for (int i = header + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
      String[] cells = cells(lines.get(i));
      List<LocalDate> dates = new ArrayList<>();
      for (int c = 1; c < cells.length; c++) {
        dates.addAll(weekdayDates(cells[c], years.get(c - 1)));
      }
      rows.put(cells[0], dates);
    }
    return rows;
  }

  /** Early-close table: year to its early-close dates. */
  Map<Integer, TreeSet<LocalDate>> earlyCloseTable() {
    int header = indexOfLineStartingWith("| 2024 |");
    List<Integer> years = tableYears(lines.get(header));
    String[] cells = cells(lines.get(header + 2));
    Map<Integer, TreeSet<LocalDate>> byYear = new LinkedHashMap<>();
    for (int c = 0; c < cells.length; c++) {
      byYear.put(years.get(c), new TreeSet<>(weekdayDates(cells[c], years.get(c))));
    }
    return byYear;
  }

  /**
   * The line that starts with {@code prefix}, joined with the lines that continue it (up to a
   * blank line, the next bullet, table or heading).
   */
  String paragraph(String prefix) {
    int i = indexOfLineStartingWith(prefix);
    StringBuilder text = new StringBuilder(lines.get(i));
    for (int j = i + 1; j < lines.size() && !lines.get(j).isBlank()
        && !lines.get(j).matches("^(- |\\||#).*"); j++) {
      text.append(' ').append(lines.get(j).strip());
    }
    return text.toString();
  }

  /** Dates such as {@code Jan 17} in {@code text}, all in {@code year}. */
  static List<LocalDate> monthDates(String text, int year) {
    List<LocalDate> dates = new ArrayList<>();
    Matcher m = MONTH_DATE.matcher(text);
    while (m.find()) {
      dates.add(LocalDate.of(year, MONTHS.indexOf(m.group(1)) + 1, Integer.parseInt(m.group(2))));
    }
    return dates;
  }

  /** Dates such as {@code Mon Jul 3} in {@code text}, each checked against its weekday. */
  static List<LocalDate> weekdayDates(String text, int year) {
    List<LocalDate> dates = new ArrayList<>();
    Matcher m = WEEKDAY_DATE.matcher(text);
    while (m.find()) {
      LocalDate date = LocalDate.of(year, MONTHS.indexOf(m.group(2)) + 1, Integer.parseInt(m.group(3)));
      assertThat(shortName(date.getDayOfWeek())).as("weekday written for %s", date).isEqualTo(m.group(1));
      dates.add(date);
    }
    return dates;
  }

  /** ISO dates in {@code text}. */
  static List<LocalDate> isoDates(String text) {
    List<LocalDate> dates = new ArrayList<>();
    Matcher m = ISO_DATE.matcher(text);
    while (m.find()) {
      dates.add(LocalDate.parse(m.group()));
    }
    return dates;
  }

  /** ISO dates in {@code text}, expanding {@code 2001-09-11…14} and {@code 2012-10-29/30}. */
  static List<LocalDate> isoDatesWithRanges(String text) {
    List<LocalDate> dates = new ArrayList<>();
    Matcher m = ISO_DATE_WITH_DAYS.matcher(text);
    while (m.find()) {
      LocalDate first = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3)));
      dates.add(first);
      if (m.group(4) != null) {
        for (int d = first.getDayOfMonth() + 1; d <= Integer.parseInt(m.group(4)); d++) {
          dates.add(first.withDayOfMonth(d));
        }
      } else if (m.group(5) != null) {
        dates.add(first.withDayOfMonth(Integer.parseInt(m.group(5))));
      }
    }
    return dates;
  }

  private int indexOfLineStartingWith(String prefix) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(prefix)) {
        return i;
      }
    }
    throw new AssertionError("nyse.md has no line starting with '" + prefix + "'");
  }

  private static List<Integer> tableYears(String header) {
    List<Integer> years = new ArrayList<>();
    for (String cell : cells(header)) {
      if (cell.matches("\\d{4}")) {
        years.add(Integer.parseInt(cell));
      }
    }
    return years;
  }

  private static String[] cells(String row) {
    String inner = row.strip();
    inner = inner.substring(1, inner.length() - 1);
    String[] cells = inner.split("\\|");
    for (int i = 0; i < cells.length; i++) {
      cells[i] = cells[i].strip();
    }
    return cells;
  }

  private static String shortName(DayOfWeek day) {
    return day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
  }
}
