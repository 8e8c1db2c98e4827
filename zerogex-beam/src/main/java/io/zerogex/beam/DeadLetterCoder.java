package io.zerogex.beam;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.AtomicCoder;

/** Coder of {@link DeadLetter}: three UTF-8 strings. This class is immutable and thread-safe. */
public final class DeadLetterCoder extends AtomicCoder<DeadLetter> {

  private static final DeadLetterCoder INSTANCE = new DeadLetterCoder();

  private DeadLetterCoder() {
  }

  /** {@return the coder} */
  public static DeadLetterCoder of() {
    return INSTANCE;
  }

  @Override
  public void encode(DeadLetter value, OutputStream outStream) throws IOException {
    DataOutputStream out = Fields.out(outStream);
    Fields.writeString(out, value.stage());
    Fields.writeString(out, value.input());
    Fields.writeString(out, value.reason());
    out.flush();
  }

  @Override
  public DeadLetter decode(InputStream inStream) throws IOException {
    DataInputStream in = Fields.in(inStream);
    return new DeadLetter(Fields.readString(in), Fields.readString(in), Fields.readString(in));
  }
}
