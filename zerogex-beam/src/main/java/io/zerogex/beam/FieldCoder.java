package io.zerogex.beam;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.AtomicCoder;

/**
 * A coder that writes its value's fields to a {@link DataOutputStream} in a fixed order (the
 * encodings of {@code Fields}): subclasses say which fields, this class wraps and flushes Beam's
 * streams, which it never closes. Immutable and thread-safe.
 *
 * @param <T> the encoded type
 */
abstract class FieldCoder<T> extends AtomicCoder<T> {

  /** Writes the fields of {@code value}. */
  abstract void write(T value, DataOutputStream out) throws IOException;

  /** Reads the fields written by {@link #write}. */
  abstract T read(DataInputStream in) throws IOException;

  @Override
  public final void encode(T value, OutputStream outStream) throws IOException {
    DataOutputStream out = Fields.out(outStream);
    write(value, out);
    out.flush();
  }

  @Override
  public final T decode(InputStream inStream) throws IOException {
    return read(Fields.in(inStream));
  }
}
