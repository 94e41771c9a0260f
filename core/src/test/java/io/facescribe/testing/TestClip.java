package io.facescribe.testing;

import io.facescribe.describe.clip.ClipTokenizer;

/**
 * CLIP's merge table for tests: installed on first use into {@code $FACESCRIBE_HOME} (default
 * {@code ~/.cache/facescribe}) from {@code $FACESCRIBE_CLIP_BPE} (a tarball or folder) or with npm, as
 * {@code ./facescribe} does.
 */
public final class TestClip {

    private TestClip() {
    }

    public static synchronized ClipTokenizer tokenizer() {
        ClipTokenizer.install(ClipTokenizer.sourceFromEnvironment());
        return ClipTokenizer.standard();
    }
}
