package io.facescribe.search;

import java.util.List;

/**
 * One image as the index holds it: an image with no face is held too, so that it is not analysed again.
 *
 * @param path   the file's absolute path
 * @param sha256 the hash of its bytes (finds it again when it moves)
 * @param faces  its faces, largest first
 */
public record IndexedImage(String path, String sha256, List<IndexedFace> faces) {
    public IndexedImage {
        faces = List.copyOf(faces);
    }

    public IndexedImage withPath(String other) {
        return new IndexedImage(other, sha256, faces);
    }
}
