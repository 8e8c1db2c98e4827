package io.zerogex.beam;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * Deterministic coder of {@link SnapshotKey}: the underlying as UTF-8, then the as-of instant as
 * epoch second and nano. This class is immutable and thread-safe.
 */
public final class SnapshotKeyCoder extends FieldCoder<SnapshotKey> {

  private static final SnapshotKeyCoder INSTANCE = new SnapshotKeyCoder();

  private SnapshotKeyCoder() {
  }

  /** {@return the coder} */
  public static SnapshotKeyCoder of() {
    return INSTANCE;
  }

  @Override
  void write(SnapshotKey value, DataOutputStream out) throws IOException {
    Fields.writeString(out, value.underlying());
    Fields.writeInstant(out, value.asOf());
  }

  @Override
  SnapshotKey read(DataInputStream in) throws IOException {
    return new SnapshotKey(Fields.readString(in), Fields.readInstant(in));
  }

  /** Equal keys always encode to equal bytes. */
  @Override
  public void verifyDeterministic() {
    // Deterministic by construction: fixed field order, no maps, no floating point.
  }
}
