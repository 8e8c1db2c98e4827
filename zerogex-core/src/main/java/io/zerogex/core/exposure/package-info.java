/**
 * Dealer gamma exposure: spot totals, tables by strike, expiration and days-to-expiry bucket,
 * walls, max pain, the gamma profile and its zero-gamma level, and delta, vanna and charm
 * exposure, every convention explicit in {@link io.zerogex.core.exposure.ExposureConfig}.
 */
package io.zerogex.core.exposure;
