package io.zerogex.core.exposure;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What went into a report: contracts used and dropped (with the reason for each) and where
 * their gamma came from.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param contractsInChain every quote of the chain
 * @param contractsUsed contracts kept in the spot sums
 * @param vendorGamma contracts kept whose gamma is the vendor's
 * @param modelGamma contracts kept whose gamma is Black-Scholes from a volatility
 * @param solvedVolatility contracts whose volatility was solved from the mid price
 * @param profileContracts contracts with a volatility, the ones the gamma profile re-prices
 *     (kept contracts without one contribute 0 to the profile)
 * @param dropped each dropped contract with its reason, in chain order
 */
public record DataQuality(
    int contractsInChain,
    int contractsUsed,
    int vendorGamma,
    int modelGamma,
    int solvedVolatility,
    int profileContracts,
    List<DroppedContract> dropped) {

  /**
   * Copies the list.
   *
   * @param contractsInChain every quote of the chain
   * @param contractsUsed contracts kept in the spot sums
   * @param vendorGamma contracts kept whose gamma is the vendor's
   * @param modelGamma contracts kept whose gamma is Black-Scholes
   * @param solvedVolatility contracts whose volatility was solved from the mid price
   * @param profileContracts contracts the profile re-prices
   * @param dropped each dropped contract with its reason
   */
  public DataQuality {
    dropped = List.copyOf(dropped);
  }

  /** {@return the number of dropped contracts for each reason (reasons with none are absent)} */
  public Map<DropReason, Integer> droppedByReason() {
    Map<DropReason, Integer> out = new EnumMap<>(DropReason.class);
    for (DroppedContract d : dropped) {
      out.merge(d.reason(), 1, Integer::sum);
    }
    return out;
  }

  /** {@return the share of kept contracts whose gamma is the vendor's (0 when none are kept)} */
  public double vendorGammaCoverage() {
    return contractsUsed == 0 ? 0 : (double) vendorGamma / contractsUsed;
  }
}
