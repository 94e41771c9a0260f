package io.facescribe.describe;

/** F1: primary descriptors (age, gender, ethnicity); F2: everything else (expression, eyes, mouth, hair, ...). */
public enum TraitCategory {
    F1, F2
}
