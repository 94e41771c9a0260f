/**
 * The data-set card: {@link io.facescribe.dataset.card.DatasetCard} reads the records of a built data set one at
 * a time into a {@link io.facescribe.dataset.card.CardStats} (counts only, mergeable, serializable) and writes
 * {@code card.md} with PNG charts drawn by XChart in {@code charts/}. Headless: {@code java.awt.headless} is set
 * to true when unset.
 */
package io.facescribe.dataset.card;
