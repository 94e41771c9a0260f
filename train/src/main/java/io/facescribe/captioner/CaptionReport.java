package io.facescribe.captioner;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.facescribe.describe.realize.CaptionerModel;

/** docs/captions.md: the learned captioner against people's descriptions, beside the built-in realizer and two baselines. */
public final class CaptionReport {

    private CaptionReport() {
    }

    public static String markdown(CaptionEvaluation.Result r, CaptionerModel model, String command) {
        return markdown(r, model, command, null);
    }

    /** With the styles section ({@link StyleReport}), or without it when null. */
    public static String markdown(CaptionEvaluation.Result r, CaptionerModel model, String command, String styles) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Captions against people's descriptions\n\n");
        sb.append("Written by `").append(command).append("` (").append(String.format(Locale.ROOT, "%.0f", r.seconds()))
                .append(" s). Do not edit by hand.\n\n");
        sb.append("**Data.** The Face2Text v1.0 human descriptions of CelebA faces (`face2text/captions.jsonl`: "
                + "5,442 descriptions of 3,899 faces by 4 people; the images are not here). **Split**, fixed and "
                + "by image: ").append(DescriptionSplit.STATEMENT).append(". Validation: ").append(r.images())
                .append(" faces, ").append(r.descriptions()).append(" descriptions. The learned realizer ")
                .append("(`--realizer learned`) is counted on the training faces only (`./facescribe-workshop train captioner`).\n\n");
        sb.append("**Scoring.** One caption per face, references = all of that face's descriptions (1 or 2), scored "
                + "with seeds 0 to " + (CaptionEvaluation.SEEDS - 1) + " and averaged (the human baselines draw their description "
                + "with the same seeds), "
                + "the project's metrics (PTB tokenisation; BLEU, METEOR, ROUGE-L and CIDEr-D as pycocoevalcap "
                + "computes them; CIDEr-D's document frequencies from these references). *Invented*: share of "
                + "captions in which the guard reads a trait the face's bag does not hold (or something no analysis "
                + "measures); for the human baselines, the bag is that of the face being described, so a "
                + "description of another face counts as inventing whatever differs. *Fallback*: share of learned "
                + "captions the guard rejected and the built-in realizer replaced. *Words*: mean caption length.\n\n");
        sb.append("## From the traits the descriptions state (text side)\n\n");
        sb.append("Each realizer gets the traits the caption reader reads from the face's own descriptions (as "
                + "FaceGemma generated its training captions from CelebA labels): every stated trait of the trait "
                + "table, the first of a group when two people disagree, an age word as the years it allows.\n\n");
        table(sb, r.stated());
        verdict(sb, r.stated());
        sb.append("\n## From CelebA labels (what people leave out)\n\n");
        sb.append("The ").append(r.labelledImages()).append(" validation faces that have all 40 CelebA labels. Each "
                + "realizer gets the bag the composer gives a face measured exactly as its labels say (gender from "
                + "Male, about 27 years when Young else about 50, happy when Smiling, each attribute through the same "
                + "reliability and consistency rules as a measured face): far more than people say, so the learned "
                + "realizer must pick what a person would mention. This is the nearest we can come here to "
                + "`describe --realizer learned` on the images. The nearest-neighbour baseline is a description of "
                + "the labelled training face whose 40 labels differ least. Few faces: read the figures as rough.\n\n");
        table(sb, r.labelled());
        verdict(sb, r.labelled());
        sb.append("\n## Against FaceGemma\n\n");
        sb.append("FaceGemma (2024) reports BLEU-1 0.364, BLEU-2 0.235, BLEU-3 0.151, BLEU-4 0.099 and METEOR 0.355 "
                + "for a fine-tuned 2B PaliGemma that sees the image. The settings differ: its references are "
                + "FaceAttDB captions that an LLM (Llama 3 70B) wrote from the 40 CelebA labels and human captions, "
                + "five per image, on its own 2,000-image split; ours are the raw Face2Text descriptions, one or two "
                + "per face, written freely by people, who mention eye colour, nose, lips and more that no trait of "
                + "ours covers. It reports no CIDEr-D or ROUGE-L, and its tokenisation and METEOR version are not "
                + "stated. Figures on different references are not comparable; the table above compares systems on "
                + "the same references.\n\n");
        if (styles != null) {
            sb.append(styles);
        }
        sb.append("## Examples (validation faces, from CelebA labels)\n\n```\n");
        for (String e : r.examples()) {
            sb.append(e).append('\n');
        }
        sb.append("```\n\n## The model\n\n");
        Object counts = model.provenance().get("counts");
        sb.append("`core/src/main/resources/io/facescribe/describe/captioner.json`: ")
                .append(model.phrases().values().stream().mapToInt(List::size).sum()).append(" phrases for ")
                .append(model.phrases().size()).append(" trait frames, ")
                .append(model.hairWords().values().stream().mapToInt(List::size).sum()).append(" hair words, ")
                .append(model.ageWords().size()).append(" age words, mention rates for ")
                .append(model.mention().size()).append(" traits; counts ").append(counts).append(".\n\n");
        sb.append("How often people say a trait when it is there (the plan's probabilities before sharpening):\n\n");
        sb.append("| trait | said |\n|---|---:|\n");
        model.mention().entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> sb.append("| ").append(e.getKey()).append(" | ")
                        .append(String.format(Locale.ROOT, "%.2f", e.getValue())).append(" |\n"));
        return sb.toString();
    }

    /** The targets: learned CIDEr-D at least 2.5x the built-in's and above the nearest neighbour's. */
    private static void verdict(StringBuilder sb, List<CaptionEvaluation.Row> rows) {
        if (rows.size() < 5) {
            return;
        }
        double builtin = rows.get(0).scores().get("CIDEr");
        double learned = rows.get(1).scores().get("CIDEr");
        double nearest = rows.get(4).scores().get("CIDEr");
        sb.append(String.format(Locale.ROOT, "%nLearned (no-invented) CIDEr-D is %.2f\u00d7 the built-in realizer's "
                + "(target 2.5\u00d7: %s) and %s the nearest-neighbour baseline's (%.3f vs %.3f); it invents %s.%n",
                learned / builtin, learned >= 2.5 * builtin ? "met" : "not met", learned > nearest ? "above" : "below",
                learned, nearest, rows.get(1).invented() == 0 ? "nothing" : String.format(Locale.ROOT, "in %.1f%% of captions",
                        100 * rows.get(1).invented())));
    }

    private static void table(StringBuilder sb, List<CaptionEvaluation.Row> rows) {
        sb.append("| captions | faces | BLEU-1 | BLEU-2 | BLEU-3 | BLEU-4 | METEOR | ROUGE-L | CIDEr-D | invented | fallback | words |\n");
        sb.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (CaptionEvaluation.Row row : rows) {
            sb.append("| ").append(row.system()).append(" | ").append(row.images());
            for (String k : CaptionEvaluation.KEYS) {
                sb.append(" | ").append(String.format(Locale.ROOT, "%.3f", row.scores().get(k)));
            }
            sb.append(" | ").append(String.format(Locale.ROOT, "%.1f%%", 100 * row.invented()))
                    .append(" | ").append(String.format(Locale.ROOT, "%.1f%%", 100 * row.fallback()))
                    .append(" | ").append(String.format(Locale.ROOT, "%.1f", row.words())).append(" |\n");
        }
    }
}
