package io.facescribe.workshop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Shared by the workshop commands: where the development data is, where the source checkout is (the shipped files
 * and docs they rebuild live there, so their default paths hold only in one), and writing a file atomically.
 */
final class DevelopmentRun {

    /** Set by the {@code facescribe-workshop} launcher to the checkout it lives in. */
    static final String CHECKOUT_PROPERTY = "facescribe.checkout";

    private DevelopmentRun() {
    }

    static Path dataDir(Path given) {
        if (given != null) {
            return given;
        }
        String env = System.getenv("FACESCRIBE_DATA");
        return env != null && !env.isBlank() ? Path.of(env) : Path.of("../shared/datasets");
    }

    /**
     * The FaceScribe source checkout: the launcher's, else the first folder upward from the working directory that
     * holds the parent pom beside core/ and train/; empty when run outside one.
     */
    static Optional<Path> checkout() {
        String property = System.getProperty(CHECKOUT_PROPERTY);
        if (property != null && !property.isBlank() && isCheckout(Path.of(property))) {
            return Optional.of(Path.of(property).toAbsolutePath().normalize());
        }
        return checkoutAbove(Path.of(""));
    }

    /** The first folder from {@code start} upward that is a FaceScribe source checkout. */
    static Optional<Path> checkoutAbove(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (isCheckout(dir)) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }

    private static boolean isCheckout(Path dir) {
        return Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("core/src/main/resources"))
                && Files.isRegularFile(dir.resolve("train/pom.xml"));
    }

    /**
     * The path an option names: the one given, else {@code inCheckout} under the source checkout. Outside a
     * checkout the option is required (a usage error names it).
     */
    static Path inCheckout(Path given, String inCheckout, String option, CommandSpec spec) {
        if (given != null) {
            return given;
        }
        return checkout().map(root -> root.resolve(inCheckout)).orElseThrow(() -> new CommandLine.ParameterException(
                spec.commandLine(), "give " + option + ": its default (" + inCheckout
                        + ") is in a FaceScribe source checkout, and this is not run in one"));
    }

    /** An optional report: none when the option says 'none', else as {@link #inCheckout}. */
    static Optional<Path> report(String given, String inCheckout, String option, CommandSpec spec) {
        if ("none".equals(given)) {
            return Optional.empty();
        }
        return Optional.of(inCheckout(given == null ? null : Path.of(given), inCheckout, option, spec));
    }

    static void write(Path file, String text) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".tmp", ".part");
            Files.writeString(tmp, text);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
