package io.ispflow.benchmark;

import io.ispflow.benchmark.measure.LatencySummary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The Markdown report a run writes: one section per part, each line a measurement and its target. */
final class Report {

    private final StringBuilder text = new StringBuilder("# ispflow benchmark report\n");

    void section(String title) {
        text.append("\n## ").append(title).append("\n\n");
        System.out.println("== " + title);
    }

    void line(String format, Object... args) {
        String line = String.format(Locale.ROOT, format, args);
        text.append("- ").append(line).append('\n');
        System.out.println("   " + line);
    }

    void latencies(String what, LatencySummary summary) {
        line("%s: %s", what, summary.describe());
    }

    /** A measurement against its target: met or missed, said in words. */
    void target(String what, boolean met, String format, Object... args) {
        line("%s: %s (target %s)", what, String.format(Locale.ROOT, format, args), met ? "met" : "MISSED");
    }

    void table(List<String> header, List<List<String>> rows) {
        text.append("| ").append(String.join(" | ", header)).append(" |\n|");
        header.forEach(h -> text.append("---|"));
        text.append('\n');
        rows.forEach(row -> text.append("| ").append(String.join(" | ", row)).append(" |\n"));
        rows.forEach(row -> System.out.println("   " + String.join("  ", row)));
    }

    Path write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, text);
        return file;
    }

    String text() {
        return text.toString();
    }
}
