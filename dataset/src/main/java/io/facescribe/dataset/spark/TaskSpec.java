package io.facescribe.dataset.spark;

import java.io.Serializable;

import io.facescribe.dataset.BuildOptions;
import io.facescribe.dataset.Labels;
import io.facescribe.image.ImageLimits;

/** What every executor needs to make records, shipped with each task (small: options, labels, limits). */
record TaskSpec(BuildOptions options, Labels labels, ImageLimits limits) implements Serializable {
}
