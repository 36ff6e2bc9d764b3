package org.policydesk.knowledge.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.policydesk.knowledge.Document;
import org.policydesk.knowledge.Paragraph;

/** Web pages read into paragraphs: the article, without the site around it; metadata from its head. */
class HtmlDocumentsTest {

    private static final DocumentParser PARSER = new DocumentParser(5_000_000);

    private static final String PAGE = """
            <!DOCTYPE html>
            <html><head>
              <meta charset="utf-8">
              <title>Improving Japan-Russia Ties | Example Institute</title>
              <meta property="og:title" content="Improving Japan-Russia Ties">
              <meta name="author" content="J. Berkshire Miller">
              <meta name="author" content="Aiko Shimizu">
              <meta property="article:published_time" content="2016-05-04T09:00:00Z">
              <meta property="og:site_name" content="Example Institute">
              <script>var tracking = "Subscribe now";</script>
              <style>p { color: red }</style>
            </head><body>
              <header><nav><a href="/">Home</a> <a href="/about">About us</a></nav></header>
              <aside>Most read: ten other stories</aside>
              <article>
                <h1>Improving Japan-Russia Ties</h1>
                <p>Japan could benefit greatly from a comprehensive renewal of ties with Russia by focusing
                   engagement on economic and <em>soft-security</em> issues.</p>
                <h2>Energy</h2>
                <p>Bilateral energy consultations were established in 2008.<br>They lagged over the years.</p>
                <ul><li>An annual energy dialogue at the minister level.</li><li>Joint wind power in the Kurils.</li></ul>
                <div>A paragraph written as a bare div, with &nbsp;odd&nbsp;spaces &amp; an entity.</div>
                <form><input value="Sign up"><button>Sign up for our newsletter</button></form>
              </article>
              <footer>© Example Institute. All rights reserved.</footer>
            </body></html>
            """;

    @Test
    void theArticleIsReadIntoParagraphsWithoutTheSiteAroundIt() throws Exception {
        Document d = PARSER.parse("miller-2016.html", PAGE.getBytes(StandardCharsets.UTF_8));
        assertThat(d.paragraphs()).extracting(Paragraph::text).containsExactly(
                "Japan could benefit greatly from a comprehensive renewal of ties with Russia by focusing engagement on economic "
                        + "and soft-security issues.",
                "Bilateral energy consultations were established in 2008. They lagged over the years.",
                "An annual energy dialogue at the minister level.",
                "Joint wind power in the Kurils.",
                "A paragraph written as a bare div, with odd spaces & an entity.");
        assertThat(d.paragraphs()).extracting(Paragraph::page).containsOnly(0);
        assertThat(d.body()).doesNotContain("Home").doesNotContain("Subscribe").doesNotContain("Most read")
                .doesNotContain("rights reserved").doesNotContain("newsletter").doesNotContain("Energy\n");
    }

    @Test
    void metadataComesFromThePagesHeadAndASidecarOverridesIt() throws Exception {
        Document d = PARSER.parse("miller-2016.html", PAGE.getBytes(StandardCharsets.UTF_8));
        assertThat(d.metadata().title()).isEqualTo("Improving Japan-Russia Ties");
        assertThat(d.metadata().authors()).containsExactly("J. Berkshire Miller", "Aiko Shimizu");
        assertThat(d.metadata().published().iso()).isEqualTo("2016-05-04");
        assertThat(d.metadata().publisher()).isEqualTo("Example Institute");
        Document overridden = PARSER.parse("miller-2016.html", PAGE.getBytes(StandardCharsets.UTF_8),
                "id: ewi-2016\noutlet: Nikkei Asian Review\n".getBytes(StandardCharsets.UTF_8));
        assertThat(overridden.id()).isEqualTo("ewi-2016");
        assertThat(overridden.metadata().outlet()).isEqualTo("Nikkei Asian Review");
        assertThat(overridden.metadata().title()).isEqualTo("Improving Japan-Russia Ties");
    }

    @Test
    void aPageInAnotherCharsetIsReadByItsMetaTagAndAPageWithoutTextIsRejected() throws Exception {
        byte[] latin1 = "<html><head><meta charset=\"iso-8859-1\"><title>Caf\u00e9</title></head><body><p>Un caf\u00e9 \u00e0 Tokyo.</p></body></html>"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThat(PARSER.parse("cafe.html", latin1).body()).isEqualTo("Un café à Tokyo.");
        byte[] empty = "<html><body><nav>Home</nav><script>x()</script></body></html>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> PARSER.parse("empty.htm", empty)).isInstanceOf(DocumentRejectedException.class)
                .hasMessageContaining("no text");
    }
}
