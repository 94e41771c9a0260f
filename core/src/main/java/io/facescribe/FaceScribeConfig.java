package io.facescribe;

import io.soabase.recordbuilder.core.RecordBuilder;

import java.util.Optional;

import io.facescribe.analysis.AnalysisOptions;
import io.facescribe.analysis.DemographicHeads;
import io.facescribe.attributes.AttributeClassifier;
import io.facescribe.describe.DescribeOptions;
import io.facescribe.face.FaceDetector;
import io.facescribe.image.ImageLimits;
import io.facescribe.model.ModelSource;
import io.facescribe.model.ModelStore;

/**
 * How a {@link FaceScribe} is built. {@link #defaults()} never installs anything: the models must be in the
 * store already ({@link ModelStore#install(ModelSource)}, or {@code ./facescribe models install}), unless
 * {@link #withInstallFrom(ModelSource)} names where missing ones may be installed from.
 *
 * @param store        where the models are
 * @param installFrom  where to install missing models from when the {@link FaceScribe} is created; null never
 *                     installs (a missing model is then an error saying how to install it)
 * @param limits       image size limits
 * @param detection    face detector settings
 * @param demographics the heads that give gender, age, ethnicity and emotion
 * @param attributes   the heads that give the 40 CelebA attributes
 * @param analysis     default options for each image
 * @param description  default options for each description
 */
@RecordBuilder
public record FaceScribeConfig(ModelStore store, ModelSource installFrom, ImageLimits limits,
                               FaceDetector.Settings detection, DemographicHeads demographics,
                               AttributeClassifier attributes, AnalysisOptions analysis, DescribeOptions description) implements FaceScribeConfigBuilder.With {

    /** The standard store ({@code $FACESCRIBE_HOME}), no installing, the shipped heads, default options. */
    public static FaceScribeConfig defaults() {
        return new FaceScribeConfig(ModelStore.standard(), null, ImageLimits.DEFAULT, FaceDetector.Settings.defaults(),
                DemographicHeads.shipped(), AttributeClassifier.shipped(), AnalysisOptions.defaults(),
                DescribeOptions.defaults());
    }

    public Optional<ModelSource> installSource() {
        return Optional.ofNullable(installFrom);
    }
}
