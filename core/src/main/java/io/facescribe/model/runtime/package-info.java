/**
 * Internal: runs a network on TensorFlow Java (sessions, tensors, warm-up). Not part of the public surface; the
 * product modules reach the networks only through {@code io.facescribe.FaceScribe}.
 */
package io.facescribe.model.runtime;
