package io.facescribe.cli;

import picocli.CommandLine;

/** {@code --version}: the version in the jar's manifest. */
public final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"FaceScribe " + (v == null ? "development" : v)};
    }
}
