package io.facescribe.analysis;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The analysis of one image: its size, every face kept by the face policy, or the error that stopped it.
 *
 * @param image     the path or name the image came from
 * @param width     width in pixels after EXIF orientation (0 when the image could not be read)
 * @param height    height in pixels after EXIF orientation
 * @param error     null, or what went wrong and what to do about it
 * @param errorCode null, or why the image has no analysis, for callers to branch on
 * @param faces     the faces, largest first
 * @param format    the image's format (jpeg, png, ...), when it was read
 * @param millis    time taken
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ImageAnalysis(String image, int width, int height, String error, ErrorCode errorCode,
                            List<FaceAnalysis> faces, String format, long millis) {
    public ImageAnalysis {
        faces = List.copyOf(faces);
        if ((error == null) != (errorCode == null)) {
            throw new IllegalArgumentException("an error needs its code and a code its error: " + error + ", " + errorCode);
        }
    }

    /** A successful analysis. */
    public static ImageAnalysis of(String image, int width, int height, List<FaceAnalysis> faces, String format,
                                   long millis) {
        return new ImageAnalysis(image, width, height, null, null, faces, format, millis);
    }

    public static ImageAnalysis failed(String image, ErrorCode code, String error, long millis) {
        return new ImageAnalysis(image, 0, 0, error, code, List.of(), null, millis);
    }

    /** The same analysis with other faces (a filter's choice). */
    public ImageAnalysis withFaces(List<FaceAnalysis> kept) {
        return new ImageAnalysis(image, width, height, error, errorCode, kept, format, millis);
    }

    @JsonIgnore
    public boolean ok() {
        return error == null;
    }
}
