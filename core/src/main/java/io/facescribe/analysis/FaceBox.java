package io.facescribe.analysis;

/** A face's box in the original image's pixels (integers, clipped to the image). */
public record FaceBox(int x, int y, int width, int height) {
}
