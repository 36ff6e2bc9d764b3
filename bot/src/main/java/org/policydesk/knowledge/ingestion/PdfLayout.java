package org.policydesk.knowledge.ingestion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Rebuilds paragraphs from the words of a PDF's pages and where they stand: words into lines, a
 * page's lines into one or two columns read in order, running headers, footers and page numbers
 * dropped, lines joined into paragraphs (across line ends, hyphenated words mended), and a
 * paragraph that runs on over a column or page break kept whole, on the page it starts.
 */
final class PdfLayout {

    /** A word as the PDF places it: left and right edge, baseline (from the top of the page), font size. */
    record Word(String text, float x0, float x1, float baseline, float size) {}

    /** A page: its height and its words in any order. */
    record Page(float width, float height, List<Word> words) {}

    /** A run of words on one baseline with no wide gap: a line, or a column's part of one. */
    record Line(String text, float x0, float x1, float baseline, float size) {}

    /** A paragraph and the page (1-based) it starts on. */
    record Paragraph(String text, int page) {}

    /** The top and bottom share of a page where running headers, footers and page numbers sit. */
    private static final float MARGIN_SHARE = 0.08f;
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)^(?:page\\s*)?[-–—(\\[]?\\s*(?:\\d{1,4}|[ivxlc]{1,7})\\s*[-–—)\\]]?(?:\\s*(?:of|/)\\s*\\d{1,4})?$");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;\"”’)\\]]$");

    private PdfLayout() {}

    /** The document's paragraphs in reading order; headings (short lines in a larger font) are left out. */
    static List<Paragraph> paragraphs(List<Page> pages) {
        List<List<Line>> ordered = new ArrayList<>();
        for (Page page : pages) {
            ordered.add(readingOrder(page, lines(page.words())));
        }
        dropRunningLines(pages, ordered);
        float body = bodySize(ordered);
        List<Paragraph> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int currentPage = 0;
        Line previous = null;
        for (int p = 0; p < ordered.size(); p++) {
            for (Line line : ordered.get(p)) {
                boolean heading = line.size() > body * 1.15f && !SENTENCE_END.matcher(line.text()).find()
                        && line.text().split("\\s+").length <= 12;
                if (heading) {
                    flush(current, currentPage, paragraphs);
                    previous = null;
                    continue;
                }
                boolean starts = previous == null || startsParagraph(previous, line, current);
                if (starts && !current.isEmpty()) {
                    flush(current, currentPage, paragraphs);
                }
                if (current.isEmpty()) {
                    currentPage = p + 1;
                    current.append(line.text());
                } else {
                    join(current, line.text());
                }
                previous = line;
            }
        }
        flush(current, currentPage, paragraphs);
        return paragraphs;
    }

    /**
     * The title the first page shows: its line in the largest font, with the lines right under it
     * in that font, when that font is larger than the body's; empty otherwise.
     */
    static String title(List<Page> pages) {
        List<List<Line>> all = new ArrayList<>();
        pages.forEach(p -> all.add(lines(p.words())));
        float body = bodySize(all);
        List<Line> first = all.stream().filter(l -> !l.isEmpty()).findFirst().orElse(List.of());
        float largest = (float) first.stream().mapToDouble(Line::size).max().orElse(0);
        if (largest <= body * 1.15f) {
            return "";
        }
        List<Line> sorted = new ArrayList<>(first);
        sorted.sort(Comparator.comparingDouble(Line::baseline));
        StringBuilder title = new StringBuilder();
        Line previous = null;
        for (Line l : sorted) {
            boolean titleFont = Math.abs(l.size() - largest) < 0.5f;
            if (titleFont && (previous == null || l.baseline() - previous.baseline() <= largest * 1.6f)) {
                title.append(title.isEmpty() ? "" : " ").append(l.text());
                previous = l;
            } else if (previous != null) {
                break;
            }
        }
        return title.toString().strip();
    }

    /**
     * Whether a line opens a new paragraph: after a wider gap than a line's, or indented, or after
     * a short line that ends a sentence. A line that goes on from one ending mid-sentence (lower
     * case after no sentence end) never does, across a column or a page break alike.
     */
    private static boolean startsParagraph(Line previous, Line line, StringBuilder current) {
        boolean continues = !SENTENCE_END.matcher(current).find() && !line.text().isEmpty()
                && Character.isLowerCase(line.text().codePointAt(0));
        if (continues) {
            return false;
        }
        boolean sameColumn = Math.abs(line.x0() - previous.x0()) < previous.size() * 6 && line.baseline() > previous.baseline();
        if (!sameColumn) {
            // A new column or page: the paragraph goes on only if it stopped mid-sentence.
            return SENTENCE_END.matcher(current).find();
        }
        float gap = line.baseline() - previous.baseline();
        if (gap > previous.size() * 1.75f) {
            return true;
        }
        if (line.x0() > previous.x0() + previous.size() * 0.9f) {
            return true;
        }
        // A paragraph's last line stops short of the next line's right edge, after its last sentence.
        return SENTENCE_END.matcher(previous.text()).find() && previous.x1() < line.x1() - previous.size() * 2;
    }

    /** Appends a line to a paragraph: "coopera-" + "tion" is one word again, any other line end a space. */
    private static void join(StringBuilder paragraph, String next) {
        int last = paragraph.length() - 1;
        boolean hyphenated = paragraph.charAt(last) == '-' && last > 0 && Character.isLetter(paragraph.charAt(last - 1))
                && !next.isEmpty() && Character.isLowerCase(next.codePointAt(0));
        if (hyphenated) {
            paragraph.setLength(last);
            paragraph.append(next);
        } else {
            paragraph.append(' ').append(next);
        }
    }

    private static void flush(StringBuilder current, int page, List<Paragraph> paragraphs) {
        String text = current.toString().replaceAll("\\s+", " ").strip();
        if (!text.isEmpty()) {
            paragraphs.add(new Paragraph(text, page));
        }
        current.setLength(0);
    }

    /** Words into lines: those on one baseline, split where a gap is wider than a column gutter can be narrow. */
    static List<Line> lines(List<Word> words) {
        List<Word> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingDouble(Word::baseline).thenComparingDouble(Word::x0));
        List<List<Word>> rows = new ArrayList<>();
        for (Word w : sorted) {
            List<Word> row = rows.isEmpty() ? null : rows.get(rows.size() - 1);
            if (row != null && Math.abs(row.get(0).baseline() - w.baseline()) <= Math.max(1f, w.size() * 0.3f)) {
                row.add(w);
            } else {
                rows.add(new ArrayList<>(List.of(w)));
            }
        }
        List<Line> lines = new ArrayList<>();
        for (List<Word> row : rows) {
            row.sort(Comparator.comparingDouble(Word::x0));
            List<Word> run = new ArrayList<>();
            for (Word w : row) {
                if (!run.isEmpty()) {
                    Word last = run.get(run.size() - 1);
                    if (w.x0() - last.x1() > Math.max(last.size(), w.size()) * 1.5f) {
                        lines.add(line(run));
                        run = new ArrayList<>();
                    }
                }
                run.add(w);
            }
            lines.add(line(run));
        }
        return lines;
    }

    private static Line line(List<Word> run) {
        StringBuilder text = new StringBuilder();
        float size = 0;
        for (Word w : run) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(w.text());
            size = Math.max(size, w.size());
        }
        return new Line(text.toString().strip(), run.get(0).x0(), run.get(run.size() - 1).x1(), run.get(0).baseline(), size);
    }

    /**
     * A page's lines in reading order. Two columns, when the page has them (lines on both sides of
     * a gutter that no line of either column crosses), are read left then right, with lines that
     * span the page above them first and those below them last; otherwise top to bottom.
     */
    static List<Line> readingOrder(Page page, List<Line> lines) {
        float middle = page.width() / 2;
        List<Line> left = new ArrayList<>();
        List<Line> right = new ArrayList<>();
        List<Line> spanning = new ArrayList<>();
        for (Line l : lines) {
            if (l.x1() <= middle + page.width() * 0.05f && l.x0() < middle) {
                left.add(l);
            } else if (l.x0() >= middle - page.width() * 0.05f) {
                right.add(l);
            } else {
                spanning.add(l);
            }
        }
        float leftEdge = (float) left.stream().mapToDouble(Line::x1).max().orElse(0);
        float rightEdge = (float) right.stream().mapToDouble(Line::x0).min().orElse(page.width());
        boolean columns = left.size() >= 3 && right.size() >= 3 && leftEdge < rightEdge
                && right.stream().filter(l -> l.x0() < middle + page.width() * 0.1f).count() >= 2;
        List<Line> ordered = new ArrayList<>();
        if (!columns) {
            ordered.addAll(lines);
            ordered.sort(Comparator.comparingDouble(Line::baseline).thenComparingDouble(Line::x0));
            return ordered;
        }
        float top = (float) Math.min(left.stream().mapToDouble(Line::baseline).min().orElse(0),
                right.stream().mapToDouble(Line::baseline).min().orElse(0));
        Comparator<Line> down = Comparator.comparingDouble(Line::baseline);
        spanning.stream().filter(l -> l.baseline() < top).sorted(down).forEach(ordered::add);
        left.stream().sorted(down).forEach(ordered::add);
        right.stream().sorted(down).forEach(ordered::add);
        spanning.stream().filter(l -> l.baseline() >= top).sorted(down).forEach(ordered::add);
        return ordered;
    }

    /**
     * Drops page numbers and running headers and footers: lines in the top or bottom margin that
     * are a page number, or that recur (digits aside) on at least two pages and two fifths of them.
     */
    private static void dropRunningLines(List<Page> pages, List<List<Line>> ordered) {
        Map<String, Integer> recurring = new HashMap<>();
        for (int p = 0; p < pages.size(); p++) {
            Page page = pages.get(p);
            ordered.get(p).stream().filter(l -> inMargin(page, l)).map(PdfLayout::shape).distinct()
                    .forEach(s -> recurring.merge(s, 1, Integer::sum));
        }
        int often = Math.max(2, (int) Math.ceil(pages.size() * 0.4));
        for (int p = 0; p < pages.size(); p++) {
            Page page = pages.get(p);
            ordered.get(p).removeIf(l -> inMargin(page, l)
                    && (PAGE_NUMBER.matcher(l.text()).matches() || recurring.getOrDefault(shape(l), 0) >= often));
        }
    }

    private static boolean inMargin(Page page, Line line) {
        return line.baseline() < page.height() * MARGIN_SHARE || line.baseline() > page.height() * (1 - MARGIN_SHARE);
    }

    /** A line's text with its numbers blurred, so "Page 3" and "Page 4" are one running line. */
    private static String shape(Line line) {
        return line.text().toLowerCase(Locale.ROOT).replaceAll("\\d+", "#").replaceAll("\\s+", " ").strip();
    }

    /** The commonest font size of the text, weighted by length: a heading is larger than it. */
    private static float bodySize(List<List<Line>> pages) {
        Map<Float, Integer> bySize = new HashMap<>();
        pages.forEach(lines -> lines.forEach(l -> bySize.merge(Math.round(l.size() * 2) / 2f, l.text().length(), Integer::sum)));
        return bySize.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(10f);
    }
}
