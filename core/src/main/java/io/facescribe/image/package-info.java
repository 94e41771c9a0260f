/**
 * The image stage: decoding photos into upright 8-bit sRGB pixels.
 *
 * <ul>
 *   <li>{@link io.facescribe.image.ImageDecoder} - JPEG, PNG, GIF (first frame), BMP, WebP; format
 *       by magic bytes; {@link io.facescribe.image.ImageLimits} checked before pixel decoding;
 *       EXIF orientation applied; optional down-scaling on decode (integer source subsampling).</li>
 *   <li>{@link io.facescribe.image.DecodedImage} - the pixels plus source facts (format, original
 *       size, orientation, colour model, alpha, subsampling factor for mapping coordinates back).</li>
 *   <li>{@link io.facescribe.image.RgbImage} - immutable packed R,G,B bytes with fast accessors.</li>
 *   <li>{@link io.facescribe.image.ImageDecodeException} - checked, with a
 *       {@link io.facescribe.image.ImageDecodeException.Reason} and a message that says what to do.</li>
 * </ul>
 *
 * <p>Decisions: alpha is composited over white; grey samples are replicated to R=G=B (treated as
 * gamma-encoded, not as Java's linear CS_GRAY); 16-bit samples are rounded to 8 bits; embedded ICC
 * profiles are converted to sRGB for JPEG (TwelveMonkeys) and RGB PNG (iCCP); JPEGs whose scan
 * data ends early are rejected as corrupt instead of being returned half grey, while JPEGs that
 * only lack the final EOI marker are accepted.
 */
package io.facescribe.image;
