package io.facescribe.dataset.spark;

import io.facescribe.FaceScribe;
import io.facescribe.FaceScribeConfig;
import io.facescribe.json.Json;
import io.facescribe.model.ModelStore;
import io.facescribe.dataset.RecordMaker;
import io.facescribe.describe.clip.ClipTokenizer;

/**
 * One analyzer per executor JVM, made on the first task and shared by every task after it (loading the
 * networks takes seconds; analysing one image, milliseconds). Models are installed on first use as
 * everywhere ({@code $FACESCRIBE_HOME}, {@code $FACESCRIBE_MODELS} or npm on the executor's machine), and so is
 * CLIP's merge table when captions have a token budget ({@code $FACESCRIBE_CLIP_BPE} or npm).
 */
final class ExecutorWorker {

    private static TaskSpec current;
    private static FaceScribe faceScribe;
    private static RecordMaker maker;

    private ExecutorWorker() {
    }

    static synchronized RecordMaker maker(TaskSpec spec) {
        if (maker == null || !spec.equals(current)) {
            if (faceScribe == null || !spec.limits().equals(current.limits())) {
                if (faceScribe != null) {
                    faceScribe.close();
                }
                // an executor installs missing models itself (from FACESCRIBE_MODELS, else npm), as the CLI does
                faceScribe = FaceScribe.create(FaceScribeConfig.defaults().withLimits(spec.limits())
                        .withInstallFrom(ModelStore.standardSource())
                        .withAnalysis(spec.options().analysis()));
            }
            if (spec.options().describe().format().maxClipTokens() > 0) {
                ClipTokenizer.install(ClipTokenizer.sourceFromEnvironment());
            }
            maker = new RecordMaker(faceScribe, spec.options(), spec.labels(), Json.mapper());
            current = spec;
        }
        return maker;
    }
}
