package io.facescribe.dataset.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kohya's folder name, and what a sidecar export does with the caption files of the export it replaces. */
class SidecarWriterTest {

    @TempDir
    Path dir;

    @Test
    void kohyaFolderNames() {
        ExportOptions o = ExportOptions.defaults();
        assertThat(o.kohyaFolder(null)).isEqualTo("1_face");
        assertThat(o.withKohyaRepeats(10).kohyaFolder("ohwx")).isEqualTo("10_ohwx face");
        assertThat(o.withKohyaRepeats(3).withKohyaClass("woman").kohyaFolder("sks")).isEqualTo("3_sks woman");
        assertThatThrownBy(() -> o.withKohyaRepeats(0)).hasMessageContaining("--kohya-repeats");
        assertThatThrownBy(() -> o.withKohyaClass("a/b")).hasMessageContaining("--kohya-class");
        assertThatThrownBy(() -> o.kohyaFolder("x/y")).hasMessageContaining("cannot hold /");
        assertThatThrownBy(() -> o.withCaptionExtension(".md")).hasMessageContaining("--caption-ext");
        assertThatThrownBy(() -> ExportOptions.Existing.parse("merge")).hasMessageContaining("keep, overwrite or append");
    }

    @Test
    void overwriteKeepAndAppend() throws Exception {
        Path previous = Files.createDirectories(dir.resolve("kohya/1_face"));
        Files.writeString(previous.resolve("a.txt"), "edited by hand\nA woman.\n");
        List<String> captions = List.of("A woman.", "A smiling woman.");
        assertThat(write(ExportOptions.Existing.OVERWRITE, "1_face", "a")).containsExactly("A woman.", "A smiling woman.");
        assertThat(write(ExportOptions.Existing.KEEP, "1_face", "a")).containsExactly("edited by hand", "A woman.");
        assertThat(write(ExportOptions.Existing.APPEND, "1_face", "a"))
                .containsExactly("edited by hand", "A woman.", "A smiling woman.");
        // a renamed folder still finds the file; an image with none gets the new captions
        assertThat(write(ExportOptions.Existing.KEEP, "10_ohwx face", "a")).containsExactly("edited by hand", "A woman.");
        assertThat(write(ExportOptions.Existing.KEEP, "1_face", "b")).isEqualTo(captions);
    }

    @Test
    void theCaptionExtension() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("new/1_face"));
        new SidecarWriter(ExportOptions.defaults().withCaptionExtension(".caption"), dir.resolve("kohya"))
                .write(folder, "a", List.of("A man."));
        assertThat(folder.resolve("a.caption")).hasContent("A man.");
        assertThat(folder.resolve("a.txt")).doesNotExist();
    }

    private List<String> write(ExportOptions.Existing existing, String folderName, String stem) throws Exception {
        Path folder = dir.resolve("new-" + existing + "-" + System.nanoTime()).resolve(folderName);
        Files.createDirectories(folder);
        new SidecarWriter(ExportOptions.defaults().withExisting(existing), dir.resolve("kohya"))
                .write(folder, stem, List.of("A woman.", "A smiling woman."));
        return Files.readAllLines(folder.resolve(stem + ".txt"));
    }
}
