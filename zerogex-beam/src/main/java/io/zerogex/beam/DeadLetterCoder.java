package io.zerogex.beam;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/** Coder of {@link DeadLetter}: three UTF-8 strings. This class is immutable and thread-safe. */
public final class DeadLetterCoder extends FieldCoder<DeadLetter> {

  private static final DeadLetterCoder INSTANCE = new DeadLetterCoder();

  private DeadLetterCoder() {
  }

  /** {@return the coder} */
  public static DeadLetterCoder of() {
    return INSTANCE;
  }

  @Override
  void write(DeadLetter value, DataOutputStream out) throws IOException {
    Fields.writeString(out, value.stage());
    Fields.writeString(out, value.input());
    Fields.writeString(out, value.reason());
  }

  @Override
  DeadLetter read(DataInputStream in) throws IOException {
    return new DeadLetter(Fields.readString(in), Fields.readString(in), Fields.readString(in));
  }
}
