package io.facescribe.describe.trait;

/** F1: primary descriptors (age, gender, ethnicity); F2: everything else (expression, eyes, mouth, hair, ...). */
public enum TraitCategory {
    F1, F2
}
