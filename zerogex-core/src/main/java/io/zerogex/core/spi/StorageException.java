package io.zerogex.core.spi;

/** A snapshot store failed to read or write; nothing partial of the failed write is visible. */
public class StorageException extends ZeroGexException {

  private static final long serialVersionUID = 1L;

  /** An exception with a message. */
  public StorageException(String message) {
    super(message);
  }

  /** An exception with a message and a cause. */
  public StorageException(String message, Throwable cause) {
    super(message, cause);
  }
}
