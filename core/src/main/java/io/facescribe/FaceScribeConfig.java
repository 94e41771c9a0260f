package io.facescribe;

import io.facescribe.analysis.AnalysisOptions;
import io.facescribe.analysis.DemographicHeads;
import io.facescribe.face.FaceDetector;
import io.facescribe.image.ImageLimits;
import io.facescribe.model.ModelSource;
import io.facescribe.model.ModelStore;

/**
 * How a {@link FaceScribe} is built.
 *
 * @param store         where the models are
 * @param installModels install the models on first use when they are missing
 * @param modelSource   where to install them from
 * @param limits        image size limits
 * @param detection     face detector settings
 * @param demographics  the heads that give gender, age, ethnicity and emotion
 * @param analysis      default options for each image
 */
public record FaceScribeConfig(ModelStore store, boolean installModels, ModelSource modelSource, ImageLimits limits,
                               FaceDetector.Settings detection, DemographicHeads demographics, AnalysisOptions analysis) {

    /** Standard store, install on first use (from {@code $FACESCRIBE_MODELS} or npm), shipped demographic heads. */
    public static FaceScribeConfig defaults() {
        return new FaceScribeConfig(ModelStore.standard(), true,
                ModelStore.sourceFromEnvironment().orElse(new ModelSource.Npm()), ImageLimits.DEFAULT,
                FaceDetector.Settings.defaults(), DemographicHeads.shipped(), AnalysisOptions.defaults());
    }

    public FaceScribeConfig withAnalysis(AnalysisOptions options) {
        return new FaceScribeConfig(store, installModels, modelSource, limits, detection, demographics, options);
    }

    public FaceScribeConfig withLimits(ImageLimits value) {
        return new FaceScribeConfig(store, installModels, modelSource, value, detection, demographics, analysis);
    }

    public FaceScribeConfig withDemographics(DemographicHeads value) {
        return new FaceScribeConfig(store, installModels, modelSource, limits, detection, value, analysis);
    }

    public FaceScribeConfig withStore(ModelStore value) {
        return new FaceScribeConfig(value, installModels, modelSource, limits, detection, demographics, analysis);
    }
}
