package io.facescribe.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/** The images named on a command line: files as given, folders walked recursively for image files. */
public final class ImageFiles {

    public static final Set<String> IMAGE_EXTENSIONS = Set.of("jpg", "jpeg", "png", "bmp", "gif", "webp");

    private ImageFiles() {
    }

    /** A lazily walked, sorted stream of paths (files named directly are kept whatever their extension). */
    public static Stream<Path> expand(List<Path> paths) {
        return paths.stream().flatMap(ImageFiles::expandOne);
    }

    private static Stream<Path> expandOne(Path path) {
        if (!Files.isDirectory(path)) {
            return Stream.of(path);
        }
        try {
            return Files.walk(path).filter(Files::isRegularFile).filter(ImageFiles::looksLikeImage).sorted();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read folder " + path, e);
        }
    }

    public static boolean looksLikeImage(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && IMAGE_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
