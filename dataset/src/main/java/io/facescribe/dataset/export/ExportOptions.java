package io.facescribe.dataset.export;

import io.soabase.recordbuilder.core.RecordBuilder;

import java.util.Locale;

/**
 * How exports name their folders and write caption sidecar files.
 *
 * @param kohyaRepeats     the repeats in kohya's {@code N_name} folder (sd-scripts repeats each image N times
 *                         per epoch)
 * @param kohyaClass       the class word of that folder: {@code 10_ohwx face} with the trigger {@code ohwx}, or
 *                         {@code 1_face} without one
 * @param captionExtension the extension of caption sidecar files, {@code .txt} or {@code .caption}
 * @param existing         what happens to a caption file that an earlier export already wrote (or a person
 *                         edited) for the same image
 */
@RecordBuilder
public record ExportOptions(int kohyaRepeats, String kohyaClass, String captionExtension, Existing existing)
        implements ExportOptionsBuilder.With, java.io.Serializable {

    /** What a sidecar export does with a caption file already there for an image. */
    public enum Existing {
        /** leave the file as it is */
        KEEP,
        /** replace it with the new captions */
        OVERWRITE,
        /** add the new captions it does not hold yet, one per line, after its own */
        APPEND;

        public static Existing parse(String s) {
            try {
                return valueOf(s.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--existing is keep, overwrite or append, not " + s);
            }
        }
    }

    public ExportOptions {
        if (kohyaRepeats < 1) {
            throw new IllegalArgumentException("--kohya-repeats must be 1 or more, got " + kohyaRepeats);
        }
        if (kohyaClass == null || kohyaClass.isBlank() || kohyaClass.contains("/") || kohyaClass.contains("\\")) {
            throw new IllegalArgumentException("--kohya-class must be a word or words without / or \\, got "
                    + kohyaClass);
        }
        kohyaClass = kohyaClass.strip();
        if (!captionExtension.equals(".txt") && !captionExtension.equals(".caption")) {
            throw new IllegalArgumentException("--caption-ext is .txt or .caption, not " + captionExtension);
        }
    }

    /** One repeat, class {@code face}, {@code .txt} sidecars that replace earlier ones: the exports as they were. */
    public static ExportOptions defaults() {
        return new ExportOptions(1, "face", ".txt", Existing.OVERWRITE);
    }

    /** kohya's folder name: {@code <repeats>_<trigger> <class>}, or {@code <repeats>_<class>} without a trigger. */
    public String kohyaFolder(String trigger) {
        if (trigger != null && (trigger.contains("/") || trigger.contains("\\"))) {
            throw new IllegalArgumentException("a trigger that names kohya's folder cannot hold / or \\: " + trigger);
        }
        return kohyaRepeats + "_" + (trigger == null ? kohyaClass : trigger + " " + kohyaClass);
    }
}
