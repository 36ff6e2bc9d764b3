package org.policydesk.knowledge.ingestion;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDF's text with PDFBox: every word with where it stands on its page, then paragraphs rebuilt
 * from that layout ({@link PdfLayout}); metadata from the document information (title, author,
 * creation date).
 */
final class PdfTextExtractor {

    /** Larger than a text document may be: a PDF carries fonts and images besides its text. */
    static final long MAX_BYTES = 50L * 1024 * 1024;
    static final int MAX_PAGES = 2_000;

    /** Titles that programs write into a PDF's information, not its author: the page's own title is better. */
    private static final java.util.regex.Pattern MADE_UP_TITLE = java.util.regex.Pattern.compile(
            "(?i)microsoft (word|powerpoint) - .*|untitled.*|document\\d*|.*\\.(docx?|pdf|indd|tex|odt|rtf)|title");

    private PdfTextExtractor() {}

    static ExtractedText extract(byte[] bytes) throws DocumentRejectedException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            if (!pdf.getCurrentAccessPermission().canExtractContent()) {
                throw new DocumentRejectedException("the PDF's permissions forbid copying its text; ask for a copy that allows it");
            }
            if (pdf.getNumberOfPages() > MAX_PAGES) {
                throw new DocumentRejectedException("the PDF has " + pdf.getNumberOfPages() + " pages (at most " + MAX_PAGES + ")");
            }
            WordCollector collector = new WordCollector();
            collector.collect(pdf);
            List<PdfLayout.Page> pages = collector.pages;
            if (pages.stream().allMatch(p -> p.words().isEmpty())) {
                throw new DocumentRejectedException("the PDF has no text layer (a scanned document?); run it through OCR first");
            }
            List<ExtractedText.Block> blocks = new ArrayList<>();
            for (PdfLayout.Paragraph p : PdfLayout.paragraphs(pages)) {
                blocks.add(new ExtractedText.Block(p.text(), p.page()));
            }
            Map<String, Object> fields = fields(pdf.getDocumentInformation());
            if (!fields.containsKey("title")) {
                String shown = PdfLayout.title(pages);
                if (!shown.isEmpty()) {
                    fields.put("title", shown);
                }
            }
            return new ExtractedText(fields, blocks);
        } catch (InvalidPasswordException e) {
            throw new DocumentRejectedException("the PDF is encrypted with a password; add a copy without one");
        } catch (IOException e) {
            throw new DocumentRejectedException("not a readable PDF (" + e.getMessage() + ")");
        }
    }

    /** The document information as front-matter fields; what it leaves blank is left out. */
    private static Map<String, Object> fields(PDDocumentInformation info) {
        Map<String, Object> fields = new LinkedHashMap<>();
        if (info == null) {
            return fields;
        }
        if (info.getTitle() != null && !info.getTitle().isBlank() && !MADE_UP_TITLE.matcher(info.getTitle().strip()).matches()) {
            fields.put("title", info.getTitle().strip());
        }
        if (info.getAuthor() != null && !info.getAuthor().isBlank()) {
            fields.put("authors", List.of(info.getAuthor().split("\\s*(?:;|,|\\band\\b|&)\\s*")).stream()
                    .map(String::strip).filter(a -> !a.isEmpty()).toList());
        }
        Calendar created = info.getCreationDate();
        if (created != null) {
            fields.put("published", LocalDate.ofInstant(created.toInstant(), ZoneOffset.UTC).toString());
        }
        return fields;
    }

    /** Collects each page's words with their positions, writing no text. */
    private static final class WordCollector extends PDFTextStripper {
        final List<PdfLayout.Page> pages = new ArrayList<>();
        private List<PdfLayout.Word> words;

        WordCollector() throws IOException {
            setSortByPosition(true);
        }

        void collect(PDDocument pdf) throws IOException {
            writeText(pdf, Writer.nullWriter());
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            words = new ArrayList<>();
        }

        @Override
        protected void endPage(PDPage page) throws IOException {
            PDRectangle box = page.getCropBox();
            boolean turned = page.getRotation() % 180 != 0;
            pages.add(new PdfLayout.Page(turned ? box.getHeight() : box.getWidth(), turned ? box.getWidth() : box.getHeight(),
                    words));
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            if (positions.isEmpty() || text.isBlank()) {
                return;
            }
            TextPosition first = positions.get(0);
            TextPosition last = positions.get(positions.size() - 1);
            float size = 0;
            for (TextPosition p : positions) {
                size = Math.max(size, p.getFontSizeInPt());
            }
            words.add(new PdfLayout.Word(text.strip(), first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(),
                    first.getYDirAdj(), size > 0 ? size : first.getHeightDir()));
        }
    }
}
