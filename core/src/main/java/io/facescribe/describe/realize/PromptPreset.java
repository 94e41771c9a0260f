package io.facescribe.describe.realize;

import io.facescribe.describe.trait.Slot;
import io.facescribe.describe.trait.Trait;
import io.facescribe.describe.trait.TraitBag;

/**
 * The prompts the LLM realizer sends. {@code {f1}}, {@code {f2}} and {@code {notes}} are replaced by the bag's
 * traits.
 */
public enum PromptPreset {

    /** Ours: a short caption that uses every trait and adds none. */
    DEFAULT("You write short, factual captions of photos of faces.",
            "Write one or two plain sentences describing a person who is: {f1}. Features: {f2}.{notes} "
                    + "Mention every listed item, in any order, with synonyms if you like. Do not add anything "
                    + "that is not listed: no clothes, background, hair length, eye colour or personality. Answer "
                    + "with the caption only.",
            null),

    /**
     * The structure of the prompt of text2face (F1 as the person's characteristics, F2 as attributes, no
     * elaboration, synonyms allowed, nothing added, nothing repeated, photo notes appended), in our words.
     */
    TEXT2FACE(null,
            "Describe briefly a person with these characteristics: {f1}. Their attributes are: {f2}. Join the "
                    + "characteristics into one coherent description; synonyms are welcome, additions are not. "
                    + "Use every characteristic once and do not restate these instructions.{notes}",
            "Tarasiou, M., Moschoglou, S., Deng, J., Zafeiriou, S. (2024). Improving face generation quality and "
                    + "prompt following with synthetic captions. Section 2.2 (Language Fusion).");

    private final String system;
    private final String user;
    private final String citation;

    PromptPreset(String system, String user, String citation) {
        this.system = system;
        this.user = user;
        this.citation = citation;
    }

    /** The system message, or null for none. */
    public String system() {
        return system;
    }

    /** Where the prompt comes from, or null for ours. */
    public String citation() {
        return citation;
    }

    /** The user message for a bag. */
    public String user(TraitBag bag) {
        java.util.List<String> f2 = new java.util.ArrayList<>();
        java.util.List<String> notes = new java.util.ArrayList<>();
        for (Trait t : bag.f2()) {
            (t.slot() == Slot.NOTE ? notes : f2).add(t.phrase());
        }
        String noteText = notes.isEmpty() ? "" : " The image is " + String.join(" and ", notes) + ".";
        return user.replace("{f1}", String.join(", ", bag.f1().stream().map(Trait::phrase).toList()))
                .replace("{f2}", f2.isEmpty() ? "none" : String.join(", ", f2)).replace("{notes}", noteText);
    }
}
