package io.zerogex.core.exposure;

/**
 * Dealer delta, vanna and charm exposure over the contracts that have a volatility, from
 * Black-Scholes greeks at spot {@code S}, each contract counted with its dealer sign {@code s},
 * weight {@code w} (open interest or volume) and multiplier {@code m}.
 *
 * <p>Signs: positive means dealers hold (or gain) long underlying exposure. With
 * {@link DealerSignModel#LONG_CALLS_SHORT_PUTS} dealers short puts hold positive delta.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param deltaDollars dollar delta: {@code sum s * delta * w * m * S}, in dollars of underlying
 * @param vannaDollarsPerVolPoint change of dollar delta for a one-point (0.01) rise of every
 *     volatility: {@code sum s * vanna * w * m * S * 0.01}, in dollars
 * @param charmDollarsPerDay change of dollar delta over one calendar day with spot and volatility
 *     unchanged: {@code sum s * charm * w * m * S / 365}, in dollars
 */
public record GreekExposure(double deltaDollars, double vannaDollarsPerVolPoint, double charmDollarsPerDay) {
}
