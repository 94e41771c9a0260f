/**
 * Where faces are and what the face networks say of them. The values {@link io.facescribe.face.Box},
 * {@link io.facescribe.face.Point}, {@link io.facescribe.face.Mesh} and {@link io.facescribe.face.Detection}
 * are part of the public surface (an analysis holds them); the networks and crops ({@code FaceDetector},
 * {@code FaceMesher}, {@code EmotionClassifier}, {@code CropSampler}...) are internal, used by the analysis and
 * by the workshop.
 */
package io.facescribe.face;
