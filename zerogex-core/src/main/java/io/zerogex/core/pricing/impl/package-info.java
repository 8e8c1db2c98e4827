/**
 * Internal algorithms behind {@link io.zerogex.core.pricing}: not API. Classes here may change or
 * disappear in any release; call {@link io.zerogex.core.pricing.ImpliedVolatility} instead.
 *
 * <p>The implied volatility solver follows P. Jäckel, "Let's Be Rational", Wilmott (January
 * 2015) 40-53, revised March 2016, written from the paper: the normalised Black function
 * ({@link io.zerogex.core.pricing.impl.NormalisedBlack}), Delbourgo-Gregory rational cubic
 * interpolation ({@link io.zerogex.core.pricing.impl.RationalCubic}), the four-branch initial
 * guess ({@link io.zerogex.core.pricing.impl.LetsBeRational}) and the transformed Householder(3)
 * iterations ({@code HouseholderIteration}).
 */
package io.zerogex.core.pricing.impl;
