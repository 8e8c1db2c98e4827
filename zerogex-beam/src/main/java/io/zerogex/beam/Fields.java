package io.zerogex.beam;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.OptionalDouble;

/**
 * The field encodings the coders share: big-endian primitives, UTF-8 strings, instants as epoch
 * second and nano, dates as epoch day, absent values behind a presence byte. The streams are
 * wrapped, never closed: Beam owns them. Stateless.
 */
final class Fields {

  private Fields() {
  }

  static DataOutputStream out(OutputStream stream) {
    return stream instanceof DataOutputStream d ? d : new DataOutputStream(stream);
  }

  static DataInputStream in(InputStream stream) {
    return stream instanceof DataInputStream d ? d : new DataInputStream(stream);
  }

  static void writeString(DataOutputStream out, String value) throws IOException {
    // A length of -1 marks null; writeUTF is not used because it stops at 64 KiB.
    if (value == null) {
      out.writeInt(-1);
      return;
    }
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  static String readString(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length < 0) {
      return null;
    }
    byte[] bytes = new byte[length];
    in.readFully(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  static void writeInstant(DataOutputStream out, Instant value) throws IOException {
    out.writeLong(value.getEpochSecond());
    out.writeInt(value.getNano());
  }

  static Instant readInstant(DataInputStream in) throws IOException {
    long seconds = in.readLong();
    return Instant.ofEpochSecond(seconds, in.readInt());
  }

  static void writeDate(DataOutputStream out, LocalDate value) throws IOException {
    out.writeBoolean(value != null);
    if (value != null) {
      out.writeLong(value.toEpochDay());
    }
  }

  static LocalDate readDate(DataInputStream in) throws IOException {
    return in.readBoolean() ? LocalDate.ofEpochDay(in.readLong()) : null;
  }

  static void writeDouble(DataOutputStream out, Double value) throws IOException {
    out.writeBoolean(value != null);
    if (value != null) {
      out.writeDouble(value);
    }
  }

  static Double readDouble(DataInputStream in) throws IOException {
    return in.readBoolean() ? in.readDouble() : null;
  }

  static void writeLong(DataOutputStream out, Long value) throws IOException {
    out.writeBoolean(value != null);
    if (value != null) {
      out.writeLong(value);
    }
  }

  static Long readLong(DataInputStream in) throws IOException {
    return in.readBoolean() ? in.readLong() : null;
  }

  static void writeOptional(DataOutputStream out, OptionalDouble value) throws IOException {
    writeDouble(out, value.isPresent() ? value.getAsDouble() : null);
  }

  static OptionalDouble readOptional(DataInputStream in) throws IOException {
    Double value = readDouble(in);
    return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
  }
}
