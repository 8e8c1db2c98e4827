package io.zerogex.core.exposure;

import java.time.LocalDate;

/**
 * Gamma exposure of one expiration date (every root and strike kept), in the report's
 * {@link ExposureUnit}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param expiration the expiration date
 * @param daysToExpiration calendar days from the as-of date (America/New_York) to expiration
 * @param bucket the days-to-expiry bucket
 * @param callGamma signed call exposure
 * @param putGamma signed put exposure
 * @param netGamma {@code callGamma + putGamma}
 * @param absoluteGamma sum over contracts of the unsigned exposure
 * @param contracts contracts of this expiration kept in the sums
 */
public record ExpirationExposure(
    LocalDate expiration,
    long daysToExpiration,
    ExpiryBucket bucket,
    double callGamma,
    double putGamma,
    double netGamma,
    double absoluteGamma,
    int contracts) {
}
