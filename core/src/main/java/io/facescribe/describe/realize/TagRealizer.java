package io.facescribe.describe.realize;

import io.facescribe.describe.trait.TraitTable;

import io.facescribe.describe.trait.Slot;
import io.facescribe.describe.trait.Trait;
import io.facescribe.describe.trait.TraitBag;
import io.facescribe.describe.trait.TraitDefinition;

import java.util.ArrayList;
import java.util.List;

/**
 * Captions as tag lists: each trait of the bag as a short phrase, in the bag's order, comma-separated ("woman,
 * 34 years old, white, smiling, eyes closed, blond hair, glasses"). A trait's tag is its phrase from the
 * {@link TraitTable} as the composer states it, without an article; the gender tag is "girl"/"boy" under 18, as
 * in sentences. Deterministic; thread-safe.
 */
public final class TagRealizer implements Realizer {

    private final CaptionFormat.TagStyle style;

    public TagRealizer(CaptionFormat.TagStyle style) {
        this.style = style;
    }

    @Override
    public String name() {
        return "tags";
    }

    @Override
    public String realize(TraitBag bag, long seed) {
        List<String> tags = new ArrayList<>();
        for (Trait t : bag.all()) {
            String tag = tag(t, bag);
            tags.add(style == CaptionFormat.TagStyle.UNDERSCORES ? tag.replace(' ', '_') : tag);
        }
        return String.join(", ", tags);
    }

    /** One trait's tag. */
    public static String tag(Trait t, TraitBag bag) {
        TraitDefinition d = t.definition();
        if (d.slot() == Slot.GENDER) {
            boolean young = !Double.isNaN(bag.years()) && bag.years() < 18;
            return young && !d.nouns().isEmpty() ? d.nouns().get(0) : t.phrase();
        }
        return withoutArticle(t.phrase());
    }

    private static String withoutArticle(String phrase) {
        for (String article : List.of("a ", "an ", "the ")) {
            if (phrase.startsWith(article)) {
                return phrase.substring(article.length());
            }
        }
        return phrase;
    }
}
