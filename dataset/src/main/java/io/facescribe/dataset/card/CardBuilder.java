package io.facescribe.dataset.card;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The card being assembled: Markdown text and the charts it links, by file name. */
final class CardBuilder {

    private final StringBuilder markdown = new StringBuilder();
    private final Map<String, byte[]> charts = new LinkedHashMap<>();

    CardBuilder heading(int level, String text) {
        markdown.append("#".repeat(level)).append(' ').append(text).append("\n\n");
        return this;
    }

    CardBuilder text(String paragraph) {
        markdown.append(paragraph).append("\n\n");
        return this;
    }

    CardBuilder chart(String file, String alt, byte[] png) {
        if (charts.putIfAbsent(file, png) != null) {
            throw new IllegalStateException("chart written twice: " + file);
        }
        markdown.append(Md.image(alt, file));
        return this;
    }

    CardBuilder table(List<String> header, List<List<String>> rows) {
        markdown.append(Md.table(header, rows));
        return this;
    }

    String markdown() {
        return markdown.toString();
    }

    Map<String, byte[]> charts() {
        return charts;
    }
}
