package io.zerogex.core.exposure;

/**
 * Gamma exposure at one strike, aggregated across every expiration and root kept, in the
 * report's {@link ExposureUnit}. Signed values follow the report's {@link DealerSignModel}. A
 * strike whose contracts were all dropped later (zero weight, no gamma) is listed with zero
 * exposure and its open interest.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param strike the strike, in index points or dollars
 * @param callGamma signed call exposure: {@code sum sign * gamma * weight * m * scale(spot)}
 * @param putGamma signed put exposure, same formula over puts
 * @param netGamma {@code callGamma + putGamma}
 * @param absoluteGamma {@code |callGamma| + |putGamma|}, unsigned
 * @param callOpenInterest open interest of the calls that passed the expiry, expiration, strike
 *     and minimum-OI checks (those max pain weighs), in contracts
 * @param putOpenInterest the same for the puts, in contracts
 */
public record StrikeExposure(
    double strike,
    double callGamma,
    double putGamma,
    double netGamma,
    double absoluteGamma,
    long callOpenInterest,
    long putOpenInterest) {
}
