package io.zerogex.core.exposure;

import io.zerogex.core.model.OptionContract;

/**
 * A contract of the chain left out of the exposure sums, and why.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param contract the contract
 * @param reason the first check it failed
 */
public record DroppedContract(OptionContract contract, DropReason reason) {
}
