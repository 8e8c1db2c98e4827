package io.zerogex.beam;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.AtomicCoder;

/** Deterministic coder of {@link DayKey}: symbol as UTF-8, date as epoch day. Immutable and thread-safe. */
public final class DayKeyCoder extends AtomicCoder<DayKey> {

  private static final DayKeyCoder INSTANCE = new DayKeyCoder();

  private DayKeyCoder() {
  }

  /** {@return the coder} */
  public static DayKeyCoder of() {
    return INSTANCE;
  }

  @Override
  public void encode(DayKey value, OutputStream outStream) throws IOException {
    DataOutputStream out = Fields.out(outStream);
    Fields.writeString(out, value.symbol());
    Fields.writeDate(out, value.date());
    out.flush();
  }

  @Override
  public DayKey decode(InputStream inStream) throws IOException {
    DataInputStream in = Fields.in(inStream);
    return new DayKey(Fields.readString(in), Fields.readDate(in));
  }

  /** Equal keys always encode to equal bytes. */
  @Override
  public void verifyDeterministic() {
    // Deterministic by construction: fixed field order, no maps, no floating point.
  }
}
