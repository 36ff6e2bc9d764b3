package org.policydesk.knowledge.ingestion;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * A web page's text with jsoup: the main content (its article or main element, else the body)
 * without navigation, headers, footers, scripts and forms, as paragraphs at block boundaries;
 * metadata from the title and the usual meta tags (Open Graph, Highwire citation, Dublin Core).
 */
final class HtmlTextExtractor {

    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "ul", "ol", "blockquote", "section", "article", "main",
            "h1", "h2", "h3", "h4", "h5", "h6", "pre", "table", "tr", "td", "th", "dd", "dt", "dl", "figcaption", "address", "hr");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final String NOT_CONTENT = "script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, "
            + "button, select, [hidden], [aria-hidden=true], [role=navigation], [role=banner], [role=contentinfo]";
    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    private HtmlTextExtractor() {}

    static ExtractedText extract(byte[] bytes) throws DocumentRejectedException {
        org.jsoup.nodes.Document page;
        try {
            // The charset is read from the page (its BOM or meta tag), else taken as UTF-8.
            page = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
        } catch (IOException e) {
            throw new DocumentRejectedException("not a readable web page (" + e.getMessage() + ")");
        }
        Map<String, Object> fields = fields(page);
        Element root = page.selectFirst("article");
        if (root == null) {
            root = page.selectFirst("main, [role=main]");
        }
        if (root == null) {
            root = page.body();
        }
        root.select(NOT_CONTENT).remove();
        List<ExtractedText.Block> blocks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean[] inHeading = {false};
        root.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    current.append(text.text());
                } else if (node instanceof Element element) {
                    if (element.normalName().equals("br")) {
                        current.append(' ');
                    } else if (BLOCKS.contains(element.normalName())) {
                        flush(current, blocks, inHeading[0]);
                        inHeading[0] = HEADINGS.contains(element.normalName());
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                    flush(current, blocks, inHeading[0]);
                    inHeading[0] = false;
                }
            }
        });
        flush(current, blocks, inHeading[0]);
        return new ExtractedText(fields, blocks);
    }

    /** A block of text becomes a paragraph; a heading is metadata of the page's outline, not one. */
    private static void flush(StringBuilder current, List<ExtractedText.Block> blocks, boolean heading) {
        String text = current.toString().replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
        if (!text.isEmpty() && !heading) {
            blocks.add(new ExtractedText.Block(text, 0));
        }
        current.setLength(0);
    }

    private static Map<String, Object> fields(org.jsoup.nodes.Document page) {
        Map<String, Object> fields = new LinkedHashMap<>();
        String title = firstContent(page, "meta[name=citation_title]", "meta[property=og:title]", "meta[name=\"dc.title\"]");
        if (title.isEmpty()) {
            title = page.title().strip();
        }
        if (title.isEmpty()) {
            Element h1 = page.selectFirst("h1");
            title = h1 == null ? "" : h1.text().strip();
        }
        if (!title.isEmpty()) {
            fields.put("title", title);
        }
        List<String> authors = new ArrayList<>();
        for (Element meta : page.select("meta[name=citation_author], meta[name=author], meta[property=article:author], "
                + "meta[name=\"dc.creator\"]")) {
            String name = meta.attr("content").strip();
            if (!name.isEmpty() && !name.startsWith("http") && !authors.contains(name)) {
                authors.add(name);
            }
        }
        if (!authors.isEmpty()) {
            fields.put("authors", authors);
        }
        String date = firstContent(page, "meta[name=citation_publication_date]", "meta[property=article:published_time]",
                "meta[name=\"dc.date\"]", "meta[name=date]");
        if (date.isEmpty()) {
            Element time = page.selectFirst("time[datetime]");
            date = time == null ? "" : time.attr("datetime");
        }
        Matcher m = DATE.matcher(date.replace('/', '-'));
        if (m.lookingAt()) {
            fields.put("published", m.group());
        }
        String publisher = firstContent(page, "meta[name=citation_publisher]", "meta[property=og:site_name]");
        if (!publisher.isEmpty()) {
            fields.put("publisher", publisher);
        }
        return fields;
    }

    private static String firstContent(org.jsoup.nodes.Document page, String... selectors) {
        for (String selector : selectors) {
            Element e = page.selectFirst(selector);
            if (e != null && !e.attr("content").isBlank()) {
                return e.attr("content").strip();
            }
        }
        return "";
    }
}
