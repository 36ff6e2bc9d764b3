package org.policydesk.knowledge.ingestion;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.policydesk.knowledge.Document;
import org.policydesk.knowledge.DocumentMetadata;
import org.policydesk.knowledge.Paragraph;
import org.policydesk.knowledge.PublicationDate;

/**
 * Turns the bytes of a document file into a {@link Document}: a Markdown or plain-text file with
 * optional YAML front matter for the metadata, or a PDF or web page with the metadata it states
 * and a sidecar file's; then the body cleaned into paragraphs. Rejects what it cannot trust with a
 * reason an admin can act on.
 */
public final class DocumentParser {

    /** Bump when parsing or cleaning changes, so stored documents are re-ingested. */
    static final String PIPELINE_VERSION = "6";

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    private static final Pattern MARKDOWN_ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!$|~>])");
    private static final Pattern HEADING_MARK = Pattern.compile("^#{1,6}\\s");
    private static final Pattern BOILERPLATE = Pattern.compile(
            "(?i)^(click|tap) here to (read|continue|see)\\b.*|^(read|continue reading) (the full|more|on)\\b.{0,80}$");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final long maxBytes;

    public DocumentParser(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The largest document file accepted, in bytes. */
    public long maxBytes() {
        return maxBytes;
    }

    /** Titles and other metadata are shown with every citation and copied into every passage's context. */
    static final int MAX_TITLE_CHARS = 300;
    static final int MAX_FIELD_CHARS = 300;
    static final int MAX_AUTHORS = 20;

    /** The kinds of file a document may be, by name. */
    enum Format {
        TEXT(".md", ".markdown", ".txt"), PDF(".pdf"), HTML(".html", ".htm");

        private final List<String> extensions;

        Format(String... extensions) {
            this.extensions = List.of(extensions);
        }

        /** The format of a file name, if it is a document's. */
        static java.util.Optional<Format> of(String fileName) {
            String lower = fileName.toLowerCase(Locale.ROOT);
            return java.util.Arrays.stream(values()).filter(f -> f.extensions.stream().anyMatch(lower::endsWith)).findFirst();
        }

        /** The document extension a file name ends with (in lower case), if any. */
        static java.util.Optional<String> extensionOf(String fileName) {
            String lower = fileName.toLowerCase(Locale.ROOT);
            return java.util.Arrays.stream(values()).flatMap(f -> f.extensions.stream()).filter(lower::endsWith).findFirst();
        }

        /** Every extension a document may have, for messages. */
        static String listing() {
            return String.join(", ", java.util.Arrays.stream(values()).flatMap(f -> f.extensions.stream()).toList());
        }
    }

    /** The name of the file that may give a PDF or web page its metadata: "report.pdf" has "report.pdf.yaml". */
    public static String sidecarOf(String fileName) {
        return fileName + SIDECAR_SUFFIX;
    }

    static final String SIDECAR_SUFFIX = ".yaml";

    /** The largest file of this format accepted, in bytes: a PDF carries fonts and images besides its text. */
    public long maxBytes(String fileName) {
        return Format.of(fileName).filter(f -> f == Format.PDF).isPresent() ? Math.max(maxBytes, PdfTextExtractor.MAX_BYTES) : maxBytes;
    }

    public Document parse(String fileName, byte[] bytes) throws DocumentRejectedException {
        return parse(fileName, bytes, null);
    }

    /**
     * Parses a document file. A PDF or a web page takes its metadata from the file itself (PDF
     * information, the page's title and meta tags), each field overridden by its sidecar file
     * ({@code sidecar}: YAML with the fields of front matter), when there is one.
     */
    public Document parse(String fileName, byte[] bytes, byte[] sidecar) throws DocumentRejectedException {
        if (bytes.length > maxBytes(fileName)) {
            throw new DocumentRejectedException("file is too large (" + bytes.length + " bytes; the limit is " + maxBytes(fileName) + ")");
        }
        Format format = Format.of(fileName).orElse(Format.TEXT);
        if (format == Format.TEXT) {
            return parseText(fileName, bytes);
        }
        ExtractedText extracted = format == Format.PDF ? PdfTextExtractor.extract(bytes) : HtmlTextExtractor.extract(bytes);
        Map<String, Object> fields = new java.util.LinkedHashMap<>(extracted.fields());
        if (sidecar != null) {
            fields.putAll(readFrontMatter(normalize(decode(sidecar))));
        }
        String title = string(fields.get("title"));
        List<ExtractedText.Block> blocks = new ArrayList<>();
        for (ExtractedText.Block block : extracted.paragraphs()) {
            String text = block.text().replaceAll("\\s+", " ").strip();
            if (text.isEmpty() || BOILERPLATE.matcher(text).matches() || blocks.isEmpty() && text.equalsIgnoreCase(title)) {
                continue;
            }
            int last = blocks.size() - 1;
            if (last >= 0 && isBrokenParagraph(blocks.get(last).text(), text)) {
                blocks.set(last, new ExtractedText.Block(blocks.get(last).text() + " " + text, blocks.get(last).page()));
            } else {
                blocks.add(new ExtractedText.Block(text, block.page()));
            }
        }
        if (blocks.isEmpty()) {
            throw new DocumentRejectedException("the document has no text");
        }
        return assemble(metadata(fileName, fields, title.isEmpty() ? titleFromFileName(fileName) : title), blocks);
    }

    private Document parseText(String fileName, byte[] bytes) throws DocumentRejectedException {
        if (bytes.length > maxBytes) {
            throw new DocumentRejectedException("file is too large (" + bytes.length + " bytes; the limit is " + maxBytes + ")");
        }
        String text = normalize(decode(bytes));
        if (looksBinary(text)) {
            throw new DocumentRejectedException("not a text file (it holds control characters)");
        }
        String frontMatter = null;
        String body = text;
        if (text.startsWith("---\n")) {
            int close = text.indexOf("\n---", 3);
            if (close < 0) {
                throw new DocumentRejectedException("bad front matter: the opening '---' has no closing '---'");
            }
            frontMatter = text.substring(4, close);
            int bodyStart = text.indexOf('\n', close + 1);
            body = bodyStart < 0 ? "" : text.substring(bodyStart + 1);
        }
        Map<String, Object> fields = frontMatter == null ? Map.of() : readFrontMatter(frontMatter);

        List<String> blocks = blocks(body);
        String title = string(fields.get("title"));
        if (title.isEmpty()) {
            title = titleLine(blocks);
        }
        if (title.isEmpty()) {
            title = titleFromFileName(fileName);
        }
        dropLeadingTitle(blocks, title);
        List<String> paragraphs = clean(blocks);
        if (paragraphs.isEmpty()) {
            throw new DocumentRejectedException("the document has no text");
        }

        return assemble(metadata(fileName, fields, title), paragraphs.stream().map(t -> new ExtractedText.Block(t, 0)).toList());
    }

    /** The document's metadata from its fields (front matter, or a file's own and its sidecar's), checked. */
    private static DocumentMetadata metadata(String fileName, Map<String, Object> fields, String title) throws DocumentRejectedException {
        String id = string(fields.get("id"));
        if (id.isEmpty()) {
            id = idFromFileName(fileName);
        } else if (!ID.matcher(id).matches()) {
            throw new DocumentRejectedException("bad front matter: id '" + id
                    + "' must be lower-case letters, digits, '.', '_' or '-' (at most 64)");
        }
        PublicationDate published;
        try {
            published = PublicationDate.parse(string(fields.get("published")));
        } catch (IllegalArgumentException e) {
            throw new DocumentRejectedException("bad front matter: " + e.getMessage());
        }
        List<String> authors = authors(fields);
        String publisher = string(fields.get("publisher"));
        String outlet = string(fields.get("outlet"));
        if (title.length() > MAX_TITLE_CHARS) {
            throw new DocumentRejectedException("bad front matter: the title is " + title.length() + " characters (at most "
                    + MAX_TITLE_CHARS + ")");
        }
        if (authors.size() > MAX_AUTHORS || authors.stream().anyMatch(a -> a.length() > MAX_FIELD_CHARS)
                || publisher.length() > MAX_FIELD_CHARS || outlet.length() > MAX_FIELD_CHARS) {
            throw new DocumentRejectedException("bad front matter: authors (at most " + MAX_AUTHORS + "), publisher and outlet"
                    + " must each be at most " + MAX_FIELD_CHARS + " characters");
        }
        return new DocumentMetadata(id, title, authors, publisher, outlet, published, fileName);

    }

    /** Numbers the paragraphs (and, in a paged document, each page's) and joins them into the body. */
    private static Document assemble(DocumentMetadata metadata, List<ExtractedText.Block> paragraphs) {
        StringBuilder joined = new StringBuilder();
        List<Paragraph> numbered = new ArrayList<>();
        StringBuilder pages = new StringBuilder();
        int page = 0;
        int onPage = 0;
        for (ExtractedText.Block paragraph : paragraphs) {
            if (!joined.isEmpty()) {
                joined.append("\n\n");
            }
            int start = joined.length();
            joined.append(paragraph.text());
            onPage = paragraph.page() == page ? onPage + 1 : 1;
            page = paragraph.page();
            numbered.add(new Paragraph(numbered.size() + 1, start, joined.length(), paragraph.text(), page, page > 0 ? onPage : 0));
            pages.append(page).append(',');
        }
        String cleanBody = joined.toString();
        boolean paged = numbered.stream().anyMatch(p -> p.page() > 0);
        return new Document(metadata, cleanBody, numbered, hash(metadata, paged ? cleanBody + "\u0000" + pages : cleanBody));
    }

    private static String decode(byte[] bytes) throws DocumentRejectedException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new DocumentRejectedException("not valid UTF-8 text (save the file as UTF-8)");
        }
    }

    private static String normalize(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        t = t.replace("\r\n", "\n").replace('\r', '\n');
        return Normalizer.normalize(t, Normalizer.Form.NFC);
    }

    private static boolean looksBinary(String text) {
        long controls = text.chars().filter(c -> c < 0x20 && c != '\n' && c != '\t' && c != '\f').count();
        return text.indexOf('\0') >= 0 || controls > Math.max(8, text.length() / 1000);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> readFrontMatter(String yaml) throws DocumentRejectedException {
        try {
            Object parsed = YAML.readValue(yaml.isBlank() ? "{}" : yaml, Object.class);
            if (parsed == null) {
                return Map.of();
            }
            if (!(parsed instanceof Map)) {
                throw new DocumentRejectedException("bad front matter: expected 'key: value' lines");
            }
            return (Map<String, Object>) parsed;
        } catch (JsonProcessingException e) {
            String detail = e.getOriginalMessage().lines().findFirst().orElse("unreadable");
            throw new DocumentRejectedException("bad front matter: " + detail);
        }
    }

    private static List<String> authors(Map<String, Object> fields) {
        Object value = fields.containsKey("authors") ? fields.get("authors") : fields.get("author");
        if (value instanceof List<?> list) {
            return list.stream().map(DocumentParser::string).filter(s -> !s.isEmpty()).toList();
        }
        String single = string(value);
        return single.isEmpty() ? List.of() : List.of(single.split("\\s*(?:;|\\band\\b)\\s*"));
    }

    private static String string(Object value) {
        if (value == null || value instanceof Map || value instanceof List) {
            return "";
        }
        // A field is shown in every citation: no control or format character gets that far.
        return value.toString().replaceAll("[\\p{Cc}\\p{Cf}&&[^\\u200D]]", " ").replaceAll("\\s+", " ").strip();
    }

    /** Blank-line separated blocks, each with its lines joined; headings kept as "# text". */
    private static List<String> blocks(String body) {
        List<String> blocks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : body.split("\n", -1)) {
            String trimmed = line.strip();
            boolean heading = heading(trimmed) != null;
            if (trimmed.isEmpty() || heading) {
                flush(current, blocks);
                if (heading) {
                    blocks.add(trimmed);
                }
                continue;
            }
            if (!current.isEmpty()) {
                current.append(' ');
            }
            current.append(trimmed);
        }
        flush(current, blocks);
        return blocks;
    }

    private static void flush(StringBuilder current, List<String> blocks) {
        if (!current.isEmpty()) {
            blocks.add(current.toString());
            current.setLength(0);
        }
    }

    /**
     * The title a file without front matter gives itself: its first heading, or a first block that
     * reads like a title (short, not a sentence). Empty when the file starts with plain prose.
     */
    private static String titleLine(List<String> blocks) {
        if (blocks.isEmpty()) {
            return "";
        }
        String first = blocks.get(0);
        String heading = heading(first);
        if (heading != null) {
            return heading;
        }
        boolean titleLike = first.length() <= 150 && ".!?:;,".indexOf(first.charAt(first.length() - 1)) < 0;
        return titleLike ? first : "";
    }

    private static String titleFromFileName(String fileName) {
        String base = fileName.replaceAll("\\.[A-Za-z0-9]+$", "").replaceAll("[-_]+", " ").strip();
        return base.isEmpty() ? "Untitled" : Character.toUpperCase(base.charAt(0)) + base.substring(1);
    }

    /** The title is metadata, not a paragraph: drop it where the body repeats it at the top. */
    private static void dropLeadingTitle(List<String> blocks, String title) {
        if (blocks.isEmpty()) {
            return;
        }
        String heading = heading(blocks.get(0));
        String first = heading != null ? heading : blocks.get(0);
        if (first.equalsIgnoreCase(title)) {
            blocks.remove(0);
        }
    }

    private static List<String> clean(List<String> blocks) {
        List<String> paragraphs = new ArrayList<>();
        for (String block : blocks) {
            if (heading(block) != null) {
                continue;
            }
            String text = MARKDOWN_ESCAPE.matcher(block).replaceAll("$1").replaceAll("\\s+", " ").strip();
            if (text.isEmpty() || BOILERPLATE.matcher(text).matches()) {
                continue;
            }
            int last = paragraphs.size() - 1;
            if (last >= 0 && isBrokenParagraph(paragraphs.get(last), text)) {
                paragraphs.set(last, paragraphs.get(last) + " " + text);
            } else {
                paragraphs.add(text);
            }
        }
        return paragraphs;
    }

    /** A paragraph that stops mid-sentence and a next one that starts in lower case were one paragraph. */
    private static boolean isBrokenParagraph(String previous, String next) {
        char end = previous.charAt(previous.length() - 1);
        return ".!?:;\"”’)]".indexOf(end) < 0 && Character.isLowerCase(next.charAt(0));
    }

    /**
     * The text of a Markdown heading line ("## Title ##" gives "Title"), or null if the line is not
     * one. Read without a backtracking pattern: a heading with thousands of spaces inside costs
     * linear time.
     */
    static String heading(String line) {
        if (!HEADING_MARK.matcher(line).lookingAt() || line.indexOf('\n') >= 0) {
            return null;
        }
        int start = 0;
        while (start < line.length() && line.charAt(start) == '#') {
            start++;
        }
        int end = line.length();
        while (end > start && Character.isWhitespace(line.charAt(end - 1))) {
            end--;
        }
        int hashes = end;
        while (hashes > start && line.charAt(hashes - 1) == '#') {
            hashes--;
        }
        if (hashes < end && (hashes == start || Character.isWhitespace(line.charAt(hashes - 1)))) {
            end = hashes;
        }
        return line.substring(start, end).strip();
    }

    /** Lower-case text reduced to letters, digits, '.', '_' and '-', the others runs of '-', none at either end. */
    static String slug(String lower) {
        return lower.replaceAll("[^a-z0-9._-]+", "-").replaceAll("^[-._]+|[-._]+$", "");
    }

    static String idFromFileName(String fileName) {
        String base = fileName.replaceAll("\\.[A-Za-z0-9]+$", "").toLowerCase(Locale.ROOT);
        String id = slug(base);
        if (id.length() > 64) {
            id = id.substring(0, 64);
        }
        if (id.isEmpty()) {
            // "日本.md" and "Россия.md" have no Latin letters to name them by: their names' hashes tell them apart.
            return "document-" + java.util.HexFormat.of().formatHex(Sha256.of(base), 0, 4);
        }
        return id;
    }

    private static String hash(DocumentMetadata metadata, String body) {
        String canonical = String.join("\u0000", PIPELINE_VERSION, metadata.id(), metadata.title(),
                String.join(";", metadata.authors()), metadata.publisher(), metadata.outlet(),
                metadata.published().iso(), metadata.published().label(), body);
        return HexFormat.of().formatHex(Sha256.of(canonical));
    }
}
