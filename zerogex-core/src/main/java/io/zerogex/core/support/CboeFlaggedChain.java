package io.zerogex.core.support;

import io.zerogex.core.model.OptionChain;
import io.zerogex.core.model.OptionQuote;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * A chain read from a Cboe delayed-quote table together with the {@link CboeQuoteFlag}s of each
 * quote, aligned by index with {@link OptionChain#quotes()}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CboeFlaggedChain {

  private static final CboeQuoteFlag[] FLAGS = CboeQuoteFlag.values();

  private final OptionChain chain;
  private final byte[] flags;

  /** Takes ownership of {@code flags}: one bit set per {@link CboeQuoteFlag} ordinal per quote. */
  CboeFlaggedChain(OptionChain chain, byte[] flags) {
    if (flags.length != chain.size()) {
      throw new IllegalArgumentException("flags length " + flags.length + " != chain size " + chain.size());
    }
    this.chain = chain;
    this.flags = flags;
  }

  /** The chain, every row of the table kept (two quotes per row: the call, then the put). */
  public OptionChain chain() {
    return chain;
  }

  /**
   * The flags of the quote at {@code quoteIndex} in {@link OptionChain#quotes()}, as an
   * unmodifiable set (empty for a fully quoted contract).
   *
   * @throws IndexOutOfBoundsException if the index is outside the chain
   */
  public Set<CboeQuoteFlag> flags(int quoteIndex) {
    int bits = flags[quoteIndex];
    EnumSet<CboeQuoteFlag> out = EnumSet.noneOf(CboeQuoteFlag.class);
    for (CboeQuoteFlag flag : FLAGS) {
      if ((bits & flag.bit()) != 0) {
        out.add(flag);
      }
    }
    return Collections.unmodifiableSet(out);
  }

  /**
   * True when the quote at {@code quoteIndex} carries {@code flag}.
   *
   * @throws IndexOutOfBoundsException if the index is outside the chain
   */
  public boolean has(int quoteIndex, CboeQuoteFlag flag) {
    return (flags[quoteIndex] & flag.bit()) != 0;
  }

  /** The number of quotes carrying {@code flag}. */
  public int count(CboeQuoteFlag flag) {
    int bit = flag.bit();
    int n = 0;
    for (byte b : flags) {
      if ((b & bit) != 0) {
        n++;
      }
    }
    return n;
  }

  /** The quote at {@code quoteIndex}, the same as {@code chain().quotes().get(quoteIndex)}. */
  public OptionQuote quote(int quoteIndex) {
    return chain.quotes().get(quoteIndex);
  }
}
