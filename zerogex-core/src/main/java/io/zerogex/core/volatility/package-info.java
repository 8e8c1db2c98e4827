/**
 * Realized volatility: close-to-close, Parkinson, Garman-Klass, Rogers-Satchell,
 * Garman-Klass-Yang-Zhang and Yang-Zhang estimators over daily or intraday bars
 * ({@link io.zerogex.core.volatility.RealizedVolatility}, rolling in
 * {@link io.zerogex.core.volatility.RollingRealizedVolatility}), and the intraday one-hour and
 * one-day readings from 5-minute index snapshots. Log returns throughout; every result is
 * annualized with an explicit number of periods per year.
 */
package io.zerogex.core.volatility;
