/**
 * Option pricing under Black-Scholes-Merton with a continuous dividend yield, over plain
 * {@code double}s: {@link io.zerogex.core.pricing.BlackScholes} (price, greeks, gamma),
 * {@link io.zerogex.core.pricing.Greeks} (raw units, every formula documented),
 * {@link io.zerogex.core.pricing.BlackScholesBatch} (the exposure hot path over primitive arrays),
 * {@link io.zerogex.core.pricing.NormalDistribution} (tail-accurate normal distribution and error
 * functions), {@link io.zerogex.core.pricing.ImpliedVolatility} and the
 * {@link io.zerogex.core.pricing.YearFraction} time-to-expiry policies.
 *
 * <p>Numbers are {@code double}, not {@code BigDecimal}: the formulas are transcendental, their
 * inputs (volatility, rates) are known to a few digits, and double precision keeps every result
 * within about 1e-12 relative of 50-digit references at a cost of nanoseconds.
 */
package io.zerogex.core.pricing;
