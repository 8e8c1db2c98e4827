package io.zerogex.beam;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/** Deterministic coder of {@link DayKey}: symbol as UTF-8, date as epoch day. Immutable and thread-safe. */
public final class DayKeyCoder extends FieldCoder<DayKey> {

  private static final DayKeyCoder INSTANCE = new DayKeyCoder();

  private DayKeyCoder() {
  }

  /** {@return the coder} */
  public static DayKeyCoder of() {
    return INSTANCE;
  }

  @Override
  void write(DayKey value, DataOutputStream out) throws IOException {
    Fields.writeString(out, value.symbol());
    Fields.writeDate(out, value.date());
  }

  @Override
  DayKey read(DataInputStream in) throws IOException {
    return new DayKey(Fields.readString(in), Fields.readDate(in));
  }

  /** Equal keys always encode to equal bytes. */
  @Override
  public void verifyDeterministic() {
    // Deterministic by construction: fixed field order, no maps, no floating point.
  }
}
