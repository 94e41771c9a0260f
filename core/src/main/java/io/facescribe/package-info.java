/**
 * FaceScribe's library: {@link io.facescribe.FaceScribe} built from a {@link io.facescribe.FaceScribeConfig}
 * analyses, describes and answers questions about the faces of a photo; everything it returns is an immutable value.
 *
 * <h2>The public surface</h2>
 * What applications, the command line, the HTTP service and the data-set builder use:
 * <ul>
 *   <li>{@code io.facescribe}: the entry point, its configuration, {@link io.facescribe.OptionException};</li>
 *   <li>{@code image}: decoding and its limits; {@code analysis}: what was measured ({@code FaceAnalysis},
 *       {@code ImageAnalysis}) and how ({@code AnalysisOptions}); {@code attributes}, {@code looks}: the values
 *       an analysis holds; the values {@code face.Box}, {@code face.Point}, {@code face.Mesh} and
 *       {@code face.Detection};</li>
 *   <li>{@code describe}: {@code Describer}, {@code DescribeOptions}, {@code RealizerChoice}, {@code Caption};
 *       its parts {@code describe.trait} (the trait table), {@code describe.guard} (the caption reader and guard),
 *       {@code describe.realize} (realizers and trainer formats), {@code describe.style} (styles);</li>
 *   <li>{@code qa}: questions and answers; {@code batch}: many images at once; {@code json}: the JSON forms;
 *       {@code model}: installing and verifying the networks ({@code ModelStore}).</li>
 * </ul>
 *
 * <h2>Internals</h2>
 * {@code model.runtime} and {@code model.tfjs} (running TensorFlow.js graphs on TensorFlow Java) and the networks
 * of {@code face} ({@code FaceDetector}, {@code FaceMesher}, {@code EmotionClassifier}, crops...) are internal: the
 * workshop (training and benchmarks) may use them, the product modules may not. {@code ProductBoundaryTest} in the
 * command line's tests checks this.
 */
package io.facescribe;
