package io.facescribe.dataset;

import java.io.IOException;

/**
 * One image of a data set, before it is read.
 *
 * @param path  the input's identity: a file path as given, or {@code shard.tar#member} for a tar member
 *              (records are keyed by it, so a resumed run knows what is done)
 * @param name  the image's name inside the data set (a relative path with forward slashes), used for
 *              caption seeds, labels and export file names
 * @param bytes reads the image's bytes
 */
public record DatasetItem(String path, String name, Bytes bytes) {

    /** The bytes of an item, read when the item is processed (never held for items not in flight). */
    @FunctionalInterface
    public interface Bytes {
        byte[] read() throws IOException;
    }

    /** The file name alone (the last part of the name). */
    public String fileName() {
        int slash = name.lastIndexOf('/');
        return slash < 0 ? name : name.substring(slash + 1);
    }
}
