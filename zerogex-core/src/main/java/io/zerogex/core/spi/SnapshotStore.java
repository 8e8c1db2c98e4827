package io.zerogex.core.spi;

import io.zerogex.core.exposure.ExposureReport;
import io.zerogex.core.exposure.ExposureSnapshot;
import io.zerogex.core.model.OptionChain;
import io.zerogex.core.model.PriceBar;
import io.zerogex.core.volatility.RealizedVolatilityReading;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Storage SPI: where the engine keeps option-chain snapshots, price bars, exposure summaries
 * and realized volatility readings, and what it and the dashboard read back.
 *
 * <p>Every implementation has exactly these semantics (the compatibility kit in core's test-jar,
 * {@code SnapshotStoreContractTest}, checks them):
 * <ul>
 *   <li><b>Keys.</b> A chain is keyed by (underlying, as-of) and each of its quotes by
 *       (underlying, as-of, contract symbol); a bar by (symbol, start, interval); an exposure
 *       snapshot by (underlying, as-of), replaced whole by a rewrite; a realized
 *       volatility reading by (symbol, as-of, window).
 *   <li><b>Idempotent upserts.</b> Writing a value whose key is stored replaces the stored value
 *       with the written one; writing the same value twice leaves the store as after one write.
 *       A chain write upserts the chain's spot and each of its quotes; quotes stored earlier for
 *       the same (underlying, as-of) and absent from the new write are kept, so the stored chain
 *       is the union of every write for its key, the latest write winning per contract.
 *   <li><b>Atomic per call.</b> A write is all or nothing: when it fails nothing of it is
 *       visible and everything stored before it is intact; readers never see part of a write.
 *   <li><b>Precision.</b> Instants are kept to the microsecond: writes truncate any finer part
 *       ({@link StoredValues#instant(Instant)}), and so do reads: an as-of or range end given to
 *       a read is truncated the same way. Doubles, strings and every other value round-trip
 *       exactly; text is stored verbatim (quotes, backslashes, tabs, non-ASCII) except that it
 *       must be well-formed UTF-16 without U+0000 ({@link StoredValues#text(String, String)}).
 *   <li><b>Names.</b> Chain underlyings are upper case (as {@link OptionChain} normalizes them);
 *       the {@code underlying} argument of a read is stripped and upper-cased the same way.
 *       Bar and reading symbols are stored and matched verbatim.
 *   <li><b>Order.</b> A chain's quotes come back in ascending order of contract symbol
 *       ({@link String#compareTo}); lists come back ascending by time (readings with equal
 *       as-of: one hour before one day).
 *   <li><b>Ranges</b> are half-open {@code [fromInclusive, toExclusive)}; an empty range gives an
 *       empty list; {@code fromInclusive} after {@code toExclusive} is bad input.
 *   <li><b>Bad input</b> throws before anything is written: a null argument (or null list
 *       element) {@link NullPointerException} naming it, as {@code Arguments.notNull} does; a
 *       blank name, two quotes of one contract in a chain,
 *       two bars with one key in a call, text a store cannot hold)
 *       {@link IllegalArgumentException} naming the argument and its value. A failure of the store itself throws {@link StorageException}.
 * </ul>
 *
 * <p>Implementations are thread-safe: concurrent writers and readers need no outside locking.
 */
public interface SnapshotStore extends AutoCloseable {

  /**
   * Stores a chain snapshot: its spot under (underlying, as-of) and each quote under
   * (underlying, as-of, contract symbol), as one atomic upsert.
   *
   * @throws NullPointerException if the chain is null
   * @throws IllegalArgumentException if the chain holds two quotes of one contract symbol or
   *     text the store cannot keep
   */
  void writeChain(OptionChain chain);

  /**
   * Stores bars, each under (symbol, start, interval), as one atomic upsert. An empty list
   * writes nothing.
   *
   * @throws NullPointerException if the list or a bar is null
   * @throws IllegalArgumentException if two bars share a key
   */
  void writeBars(List<PriceBar> bars);

  /**
   * Stores {@link ExposureSnapshot#of(ExposureReport)} of the report under (underlying, as-of),
   * replacing any snapshot stored under that key.
   *
   * @throws NullPointerException if the report is null
   */
  void writeExposure(ExposureReport report);

  /**
   * Stores a realized volatility reading with every component, including its data issues in
   * order, under (symbol, as-of, window).
   *
   * @throws NullPointerException if the reading is null
   * @throws IllegalArgumentException if the reading holds text the store cannot keep
   */
  void writeRealizedVolatility(RealizedVolatilityReading reading);

  /** The stored chain of the underlying with the latest as-of, if any. */
  Optional<OptionChain> latestChain(String underlying);

  /** The stored chain of the underlying at exactly {@code asOf} (truncated to microseconds), if any. */
  Optional<OptionChain> chain(String underlying, Instant asOf);

  /** The as-of instants of the underlying's stored chains in the range, ascending. */
  List<Instant> chainTimes(String underlying, Instant fromInclusive, Instant toExclusive);

  /** The latest as-of of the underlying's stored chains, if any (gap detection). */
  Optional<Instant> latestChainTime(String underlying);

  /** The symbol's stored bars of exactly this interval starting in the range, ascending by start. */
  List<PriceBar> bars(String symbol, Duration interval, Instant fromInclusive, Instant toExclusive);

  /** The latest start of the symbol's stored bars of this interval, if any (gap detection). */
  Optional<Instant> latestBarStart(String symbol, Duration interval);

  /** The stored exposure snapshot of the underlying with the latest as-of, if any. */
  Optional<ExposureSnapshot> latestExposure(String underlying);

  /** The underlying's stored exposure snapshots with as-of in the range, ascending (history). */
  List<ExposureSnapshot> exposures(String underlying, Instant fromInclusive, Instant toExclusive);

  /**
   * The symbol's stored readings with as-of in the range, ascending by as-of and, for equal
   * as-of, one hour before one day.
   */
  List<RealizedVolatilityReading> realizedVolatility(String symbol, Instant fromInclusive, Instant toExclusive);

  /** Every underlying with a chain or an exposure snapshot stored, in no particular order (unmodifiable). */
  Set<String> underlyings();

  /** Releases the store's resources; the store must not be used afterwards. */
  @Override
  void close();
}
