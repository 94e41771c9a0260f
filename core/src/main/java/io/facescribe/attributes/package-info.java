/**
 * The 40 CelebA attributes: {@link io.facescribe.attributes.AttributeFeatures} turns a face (image, mesh, crop)
 * into frozen-network, geometry and colour features; {@link io.facescribe.attributes.AttributeClassifier}
 * holds the shipped, calibrated heads ({@code heads.json}) with one caption threshold per attribute. The
 * {@code train} module rebuilds them from CelebA ({@code ./facescribe-workshop train attributes}). See
 * {@code docs/attributes.md}.
 */
package io.facescribe.attributes;
