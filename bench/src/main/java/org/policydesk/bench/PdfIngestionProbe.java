package org.policydesk.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.policydesk.knowledge.Document;
import org.policydesk.knowledge.ingestion.DocumentParser;
import org.policydesk.knowledge.ingestion.PassageSplitter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * How long a long PDF takes to become paragraphs and passages, and the heap it needs: a generated
 * report of the given pages (two columns on every other page, a running header, page numbers).
 */
@Command(name = "pdf", mixinStandardHelpOptions = true,
        description = "Generates a PDF of --pages pages and measures reading it into paragraphs and passages: time and peak heap.")
final class PdfIngestionProbe implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--pages", defaultValue = "300", description = "pages of the generated PDF (default: ${DEFAULT-VALUE})")
    int pages;

    @Option(names = "--runs", defaultValue = "3", description = "times it is read; the median is reported (default: ${DEFAULT-VALUE})")
    int runs;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        byte[] pdf = generate(pages, new Random(20261203));
        DocumentParser parser = new DocumentParser(5L * 1024 * 1024);
        PassageSplitter splitter = new PassageSplitter(1200);
        List<Double> millis = new ArrayList<>();
        long peak = 0;
        int paragraphs = 0;
        int passages = 0;
        for (int run = 0; run < runs; run++) {
            System.gc();
            resetPeaks();
            long start = System.nanoTime();
            Document document;
            try {
                document = parser.parse("report.pdf", pdf);
            } catch (org.policydesk.knowledge.ingestion.DocumentRejectedException e) {
                throw new IllegalStateException("the generated PDF was rejected: " + e.getMessage(), e);
            }
            passages = splitter.split(document).size();
            millis.add((System.nanoTime() - start) / 1e6);
            paragraphs = document.paragraphs().size();
            peak = Math.max(peak, peakHeap());
        }
        millis.sort(Double::compare);
        double median = millis.get(millis.size() / 2);
        out.printf(Locale.ROOT, "PDF of %d pages (%,d KB): %d paragraphs, %d passages; read in %.0f ms (median of %d), "
                + "%.0f pages/s; peak heap %d MB (the JVM's, %d MB at most)%n", pages, pdf.length / 1024, paragraphs, passages,
                median, runs, pages / (median / 1000), peak / (1024 * 1024), Runtime.getRuntime().maxMemory() / (1024 * 1024));
        out.flush();
        return 0;
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static final String[] WORDS = ("energy cooperation between Japan and Russia continued as both sides negotiated the "
            + "status of the islands while companies invested in liquefied natural gas projects in the Far East and the "
            + "governments discussed fisheries security sanctions and a peace treaty").split(" ");

    /** A report of {@code pages} pages: a running header and page number on each, two columns on every other page. */
    static byte[] generate(int pages, Random random) throws IOException {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
            for (int p = 1; p <= pages; p++) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                pdf.addPage(page);
                float height = page.getMediaBox().getHeight();
                boolean twoColumns = p % 2 == 0;
                try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                    line(content, font, 9, 72, height - 30, "Annual Report on Japan-Russia Relations");
                    line(content, font, 9, 300, height - 770, Integer.toString(p));
                    int columns = twoColumns ? 2 : 1;
                    int lineChars = twoColumns ? 38 : 85;
                    for (int c = 0; c < columns; c++) {
                        float x = 72 + c * 250;
                        float top = 80;
                        while (top < 720) {
                            int lines = 3 + random.nextInt(5);
                            for (int l = 0; l < lines && top < 720; l++) {
                                line(content, font, 10, x + (l == 0 ? 12 : 0), height - top, sentence(random, lineChars, l == lines - 1));
                                top += 13;
                            }
                            top += 8;
                        }
                    }
                }
            }
            pdf.save(out);
            return out.toByteArray();
        }
    }

    private static void line(PDPageContentStream content, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    private static String sentence(Random random, int chars, boolean last) {
        StringBuilder line = new StringBuilder();
        while (line.length() < chars) {
            line.append(line.isEmpty() ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return last ? line.append('.').toString() : line.toString();
    }
}
