package io.facescribe.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetInputsTest {

    @TempDir
    Path dir;

    private List<DatasetItem> items(Path... inputs) {
        try (Stream<DatasetItem> s = DatasetInputs.items(DatasetInputs.units(List.of(inputs)))) {
            return s.toList();
        }
    }

    @Test
    void aFolderIsWalkedSortedWithNamesUnderTheFolderName() throws IOException {
        Path root = Files.createDirectories(dir.resolve("set"));
        Files.createDirectories(root.resolve("b"));
        Files.write(root.resolve("b/2.jpg"), new byte[] {2});
        Files.write(root.resolve("1.PNG"), new byte[] {1});
        Files.writeString(root.resolve("readme.txt"), "x");
        List<DatasetItem> items = items(root);
        assertThat(items).extracting(DatasetItem::name).containsExactly("set/1.PNG", "set/b/2.jpg");
        assertThat(items.get(1).bytes().read()).containsExactly(2);
        assertThat(items.get(1).fileName()).isEqualTo("2.jpg");
    }

    @Test
    void aCsvListWithQuotedUnicodePathsAndAPathColumn() throws IOException {
        Files.createDirectories(dir.resolve("imgs"));
        Files.write(dir.resolve("imgs/a, b é.jpg"), new byte[] {7});
        Files.write(dir.resolve("imgs/c.jpg"), new byte[] {8});
        Path list = dir.resolve("list.csv");
        Files.writeString(list, "\uFEFFid,path\n1,\"imgs/a, b é.jpg\"\n2,imgs/c.jpg\n", StandardCharsets.UTF_8);
        List<DatasetItem> items = items(list);
        assertThat(items).extracting(DatasetItem::name).containsExactly("imgs/a, b é.jpg", "imgs/c.jpg");
        assertThat(items.get(0).bytes().read()).containsExactly(7);
        assertThat(Path.of(items.get(0).path())).isAbsolute();
    }

    @Test
    void aTextListSkipsBlankLinesAndComments() throws IOException {
        Files.write(dir.resolve("x.jpg"), new byte[] {1});
        Path list = dir.resolve("list.txt");
        Files.writeString(list, "# images\n\nx.jpg\n", StandardCharsets.UTF_8);
        assertThat(items(list)).extracting(DatasetItem::name).containsExactly("x.jpg");
    }

    @Test
    void aTarShardYieldsItsImageMembersInOrder() throws IOException {
        Path shard = dir.resolve("shard-0001.tar");
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(Files.newOutputStream(shard))) {
            add(tar, "k1.jpg", new byte[] {1, 1});
            add(tar, "k1.json", "{}".getBytes());
            add(tar, "k2.png", new byte[] {2});
        }
        List<DatasetItem> items = items(shard);
        assertThat(items).extracting(DatasetItem::path)
                .containsExactly(shard + "#k1.jpg", shard + "#k2.png");
        assertThat(items).extracting(DatasetItem::name).containsExactly("shard-0001/k1.jpg", "shard-0001/k2.png");
        assertThat(items.get(0).bytes().read()).containsExactly(1, 1);
    }

    @Test
    void aDamagedShardEndsWithAnItemThatCarriesTheError() throws IOException {
        Path shard = dir.resolve("bad.tar");
        Files.write(shard, "this is not a tar archive but it is long enough to look like a header block..."
                .repeat(10).getBytes());
        List<DatasetItem> items = items(shard);
        assertThat(items).hasSizeLessThanOrEqualTo(1);
        if (!items.isEmpty()) {
            assertThatThrownBy(() -> items.get(0).bytes().read()).hasMessageContaining("bad.tar");
        }
    }

    @Test
    void aMissingInputIsAClearError() {
        assertThatThrownBy(() -> DatasetInputs.units(List.of(dir.resolve("nowhere"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("input not found");
    }

    @Test
    void labelsAreFoundByNameOrFileName() throws IOException {
        Path csv = dir.resolve("labels.csv");
        Files.writeString(csv, "image_id,Smiling,Note\n000001.jpg,1,\"a, b\"\n", StandardCharsets.UTF_8);
        Labels labels = Labels.read(csv);
        DatasetItem item = new DatasetItem("/x/images/000001.jpg", "images/000001.jpg", () -> new byte[0]);
        assertThat(labels.of(item)).containsEntry("Smiling", "1").containsEntry("Note", "a, b");
        assertThat(labels.of(new DatasetItem("y", "other.jpg", () -> new byte[0]))).isNull();
    }

    private static void add(TarArchiveOutputStream tar, String name, byte[] bytes) throws IOException {
        TarArchiveEntry e = new TarArchiveEntry(name);
        e.setSize(bytes.length);
        tar.putArchiveEntry(e);
        tar.write(bytes);
        tar.closeArchiveEntry();
    }

}
