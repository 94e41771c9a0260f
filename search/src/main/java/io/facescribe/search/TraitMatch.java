package io.facescribe.search;

/**
 * How one trait of a query fared on one face.
 *
 * @param trait       what was asked, as the trait table names it ({@code eyeglasses}, {@code not eyeglasses},
 *                    {@code age 0-13})
 * @param said        the query's words for it
 * @param probability how probable it is on this face, or null when the face was not measured for it
 */
public record TraitMatch(String trait, String said, Double probability) {
}
