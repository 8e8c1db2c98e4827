package io.zerogex.beam;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.AtomicCoder;

/**
 * Deterministic coder of {@link SnapshotKey}: the underlying as UTF-8, then the as-of instant as
 * epoch second and nano. This class is immutable and thread-safe.
 */
public final class SnapshotKeyCoder extends AtomicCoder<SnapshotKey> {

  private static final SnapshotKeyCoder INSTANCE = new SnapshotKeyCoder();

  private SnapshotKeyCoder() {
  }

  /** {@return the coder} */
  public static SnapshotKeyCoder of() {
    return INSTANCE;
  }

  @Override
  public void encode(SnapshotKey value, OutputStream outStream) throws IOException {
    DataOutputStream out = Fields.out(outStream);
    Fields.writeString(out, value.underlying());
    Fields.writeInstant(out, value.asOf());
    out.flush();
  }

  @Override
  public SnapshotKey decode(InputStream inStream) throws IOException {
    DataInputStream in = Fields.in(inStream);
    return new SnapshotKey(Fields.readString(in), Fields.readInstant(in));
  }

  /** Equal keys always encode to equal bytes. */
  @Override
  public void verifyDeterministic() {
    // Deterministic by construction: fixed field order, no maps, no floating point.
  }
}
