package io.facescribe.analysis;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The analysis of one image: its size, every face kept by the face policy, or the error that stopped it.
 *
 * @param image  the path or name the image came from
 * @param width  width in pixels after EXIF orientation (0 when the image could not be read)
 * @param height height in pixels after EXIF orientation
 * @param error  null, or what went wrong and what to do about it
 * @param faces  the faces, largest first
 * @param format the image's format (jpeg, png, ...), when it was read
 * @param millis time taken
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ImageAnalysis(String image, int width, int height, String error, List<FaceAnalysis> faces,
                            String format, long millis) {
    public ImageAnalysis {
        faces = List.copyOf(faces);
    }

    public static ImageAnalysis failed(String image, String error, long millis) {
        return new ImageAnalysis(image, 0, 0, error, List.of(), null, millis);
    }

    public boolean ok() {
        return error == null;
    }
}
