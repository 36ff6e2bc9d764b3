package org.policydesk.knowledge.ingestion;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Writes PDFs for tests with PDFBox: text placed line by line where a layout would put it. */
public final class PdfMaker {

    /** A line of text at a position (from the top-left, in points) in a font size. */
    public record Text(float x, float top, float size, String text) {}

    private final List<List<Text>> pages = new ArrayList<>();
    private final List<Boolean> images = new ArrayList<>();
    private String title;
    private String author;
    private Calendar created;
    private String userPassword;

    public PdfMaker page(List<Text> lines) {
        pages.add(lines);
        images.add(false);
        return this;
    }

    /** A page that is a picture only, as a scanner makes one. */
    public PdfMaker scannedPage() {
        pages.add(List.of());
        images.add(true);
        return this;
    }

    public PdfMaker info(String title, String author, Calendar created) {
        this.title = title;
        this.author = author;
        this.created = created;
        return this;
    }

    public PdfMaker password(String userPassword) {
        this.userPassword = userPassword;
        return this;
    }

    public byte[] bytes() throws IOException {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
            for (int i = 0; i < pages.size(); i++) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                pdf.addPage(page);
                float height = page.getMediaBox().getHeight();
                try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                    if (images.get(i)) {
                        java.awt.image.BufferedImage scan = new java.awt.image.BufferedImage(200, 260,
                                java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
                        var image = org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory.createFromImage(pdf, scan);
                        content.drawImage(image, 50, 50, 500, 650);
                    }
                    for (Text t : pages.get(i)) {
                        content.beginText();
                        content.setFont(font, t.size());
                        content.newLineAtOffset(t.x(), height - t.top());
                        content.showText(t.text());
                        content.endText();
                    }
                }
            }
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setTitle(title);
            info.setAuthor(author);
            info.setCreationDate(created);
            if (userPassword != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + userPassword, userPassword,
                        new AccessPermission());
                policy.setEncryptionKeyLength(128);
                pdf.protect(policy);
            }
            pdf.save(out);
            return out.toByteArray();
        }
    }

    /** Lines of a column, one every {@code leading} points from {@code top}. */
    public static List<Text> column(float x, float top, float size, float leading, String... lines) {
        List<Text> texts = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isEmpty()) {
                texts.add(new Text(x, top + i * leading, size, lines[i]));
            }
        }
        return texts;
    }
}
