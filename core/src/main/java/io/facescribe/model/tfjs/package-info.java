/**
 * Internal: reads TensorFlow.js graph models (topology, weight shards, float16) and fixes their graphs for
 * TensorFlow Java. Not part of the public surface.
 */
package io.facescribe.model.tfjs;
