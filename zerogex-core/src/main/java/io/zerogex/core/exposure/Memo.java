package io.zerogex.core.exposure;

import java.util.function.Supplier;

/** A value computed at most once, on first request, safely shared between threads. */
final class Memo<T> implements Supplier<T> {

  private final Supplier<T> compute;
  private volatile T value;

  Memo(Supplier<T> compute) {
    this.compute = compute;
  }

  @Override
  public T get() {
    T v = value;
    if (v == null) {
      synchronized (this) {
        v = value;
        if (v == null) {
          v = compute.get();
          value = v;
        }
      }
    }
    return v;
  }
}
