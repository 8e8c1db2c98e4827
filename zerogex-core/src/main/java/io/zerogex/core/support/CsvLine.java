package io.zerogex.core.support;

/**
 * Splits one CSV line into fields, honouring double quotes ({@code "a,b"} is one field and
 * {@code ""} inside quotes is a literal quote). Written by hand because it runs once per row of
 * a 10,000-row table and {@code String.split} compiles and runs a regex each time.
 */
final class CsvLine {

  private CsvLine() {
  }

  /**
   * Splits {@code line} into {@code out}, trimming spaces around unquoted fields.
   *
   * @return the number of fields in the line, which may exceed {@code out.length}; fields past
   *     the array's end are counted but not stored
   */
  static int split(String line, String[] out) {
    int count = 0;
    int n = line.length();
    int i = 0;
    while (true) {
      String field;
      if (i < n && line.charAt(i) == '"') {
        StringBuilder sb = new StringBuilder();
        i++;
        while (i < n) {
          char c = line.charAt(i);
          if (c == '"') {
            if (i + 1 < n && line.charAt(i + 1) == '"') {
              sb.append('"');
              i += 2;
              continue;
            }
            i++;
            break;
          }
          sb.append(c);
          i++;
        }
        int comma = line.indexOf(',', i);
        i = comma < 0 ? n : comma;
        field = sb.toString();
      } else {
        int comma = line.indexOf(',', i);
        int end = comma < 0 ? n : comma;
        field = line.substring(i, end).strip();
        i = end;
      }
      if (count < out.length) {
        out[count] = field;
      }
      count++;
      if (i >= n) {
        return count;
      }
      i++;
    }
  }
}
