package io.facescribe.dataset.card;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.style.Styler;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders the card's charts to PNG bytes with XChart (headless). */
final class Charts {

    static final int WIDTH = 1000;
    static final int HEIGHT = 560;
    private static final String NONE = "(none)";
    private static final Color[] HEAT = {new Color(0xffffff), new Color(0xc6dbef), new Color(0x4a90c8)};

    private Charts() {
    }

    /** One series of bars. Empty data is drawn as a single "(none)" bar of 0. */
    static byte[] bars(String title, String xTitle, String yTitle, List<String> categories, List<? extends Number> values)
            throws IOException {
        Map<String, List<? extends Number>> series = new LinkedHashMap<>();
        series.put(yTitle, values);
        return groupedBars(title, xTitle, yTitle, categories, series, false);
    }

    /** Several series of bars over the same categories, side by side or stacked. */
    static byte[] groupedBars(String title, String xTitle, String yTitle, List<String> categories,
                              Map<String, ? extends List<? extends Number>> series, boolean stacked) throws IOException {
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                .xAxisTitle(xTitle).yAxisTitle(yTitle).build();
        var styler = chart.getStyler();
        styler.setLegendVisible(series.size() > 1);
        styler.setLegendPosition(Styler.LegendPosition.OutsideE);
        styler.setStacked(stacked);
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotGridVerticalLinesVisible(false);
        styler.setXAxisLabelRotation(longestLabel(categories) > 6 || categories.size() > 12 ? 60 : 0);
        styler.setYAxisMin(0.0);
        if (categories.isEmpty()) {
            chart.addSeries(yTitle, List.of(NONE), List.of(0));
        } else {
            series.forEach((name, values) -> chart.addSeries(name, new ArrayList<>(categories), new ArrayList<>(values)));
        }
        return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
    }

    /** A heat map of percentages: columns are groups, rows are attributes; each cell shows its value. */
    static byte[] heatmap(String title, List<String> columns, List<String> rows, double[][] percent) throws IOException {
        List<String> cols = columns.isEmpty() ? List.of(NONE) : columns;
        int height = Math.max(HEIGHT, 140 + 24 * rows.size());
        HeatMapChart chart = new HeatMapChartBuilder().width(Math.max(WIDTH, 240 + 90 * cols.size())).height(height)
                .title(title).build();
        var styler = chart.getStyler();
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setShowValue(true);
        styler.setHeatMapValueDecimalPattern("0");
        styler.setMin(0);
        styler.setMax(100);
        styler.setRangeColors(HEAT);
        styler.setLegendVisible(true);
        styler.setLegendPosition(Styler.LegendPosition.OutsideE);
        styler.setValueFontColor(Color.BLACK);
        List<Number[]> cells = new ArrayList<>();
        // XChart draws the first row at the bottom: reverse, so the card's first row is on top
        List<String> ys = new ArrayList<>(rows);
        java.util.Collections.reverse(ys);
        for (int c = 0; c < columns.size(); c++) {
            for (int r = 0; r < rows.size(); r++) {
                cells.add(new Number[] {c, rows.size() - 1 - r, percent[c][r]});
            }
        }
        if (cells.isEmpty()) {
            cells.add(new Number[] {0, 0, 0});
        }
        chart.addSeries("% of faces", new ArrayList<>(cols), rows.isEmpty() ? List.of(NONE) : ys, cells);
        return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
    }

    private static int longestLabel(List<String> labels) {
        return labels.stream().mapToInt(String::length).max().orElse(0);
    }
}
