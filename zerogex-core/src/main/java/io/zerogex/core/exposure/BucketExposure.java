package io.zerogex.core.exposure;

/**
 * Gamma exposure of one days-to-expiry bucket, in the report's {@link ExposureUnit}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param bucket the bucket
 * @param callGamma signed call exposure
 * @param putGamma signed put exposure
 * @param netGamma {@code callGamma + putGamma}
 * @param absoluteGamma sum over contracts of the unsigned exposure
 * @param share {@code absoluteGamma} over the report's absolute total (0 when that is 0)
 */
public record BucketExposure(
    ExpiryBucket bucket,
    double callGamma,
    double putGamma,
    double netGamma,
    double absoluteGamma,
    double share) {
}
