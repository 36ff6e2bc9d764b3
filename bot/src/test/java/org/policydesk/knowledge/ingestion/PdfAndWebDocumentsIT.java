package org.policydesk.knowledge.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policydesk.TestSupport;
import org.policydesk.app.PolicyDesk;
import org.policydesk.bot.Caller;
import org.policydesk.bot.Command;
import org.policydesk.bot.CommandRequest;
import org.policydesk.bot.Reply;

/**
 * A PDF and a web page in the knowledge folder beside the Markdown documents, through the real
 * reload, SQLite store and embedding model: they load, answer, and a PDF's citation gives its page.
 */
class PdfAndWebDocumentsIT {

    @TempDir
    Path dir;

    @Test
    void aPdfAndAWebPageLoadAnswerAndThePdfIsCitedByPage() throws Exception {
        Path knowledge = TestSupport.copyOfKnowledge(dir);
        List<PdfMaker.Text> page1 = PdfMaker.column(72, 100, 11, 14,
                "Arctic shipping grew as the ice retreated, and Japanese",
                "buyers began to take cargoes along the northern coast.");
        List<PdfMaker.Text> page2 = new ArrayList<>(PdfMaker.column(72, 100, 11, 14,
                "Insurance costs stayed high for ships without ice class.",
                "",
                "The Northern Sea Route carried 36 million tonnes of",
                "cargo in 2023, most of it liquefied gas from Yamal."));
        page2.add(new PdfMaker.Text(300, 770, 9, "2"));
        Files.write(knowledge.resolve("arctic-2024.pdf"), new PdfMaker().page(page1).page(page2).info("Draft", "Cy Analyst", null).bytes());
        Files.writeString(knowledge.resolve("arctic-2024.pdf.yaml"), "title: Arctic Shipping Outlook\npublished: 2024-02\n");
        Files.writeString(knowledge.resolve("brief.html"), """
                <html><head><title>Sakhalin Brief</title><meta name="author" content="Di Reporter">
                <meta name="citation_publication_date" content="2023/11/20"></head>
                <body><nav>Menu</nav><main><h1>Sakhalin Brief</h1>
                <p>Sakhalin Energy shipped its 2,000th cargo of liquefied natural gas in November 2023.</p></main></body></html>
                """);
        Files.writeString(knowledge.resolve("orphan.pdf.yaml"), "title: Nothing\n");

        PolicyDesk desk = TestSupport.desk(TestSupport.settings(knowledge, dir.resolve("kb.db")));
        try {
            Caller member = new Caller("42", "member", false, null);
            Reply about = desk.commands().execute(member, CommandRequest.of(Command.ABOUT));
            assertThat(about.body()).contains("Arctic Shipping Outlook — Cy Analyst, February 2024")
                    .contains("Sakhalin Brief — Di Reporter, 20 November 2023");
            Reply reload = desk.commands().execute(Caller.console(), CommandRequest.of(Command.RELOAD));
            assertThat(reload.body()).contains("orphan.pdf.yaml").contains("unsupported file type")
                    .doesNotContain("arctic-2024.pdf.yaml");

            Reply answer = desk.commands().execute(member, TestSupport.asking("How much cargo did the Northern Sea Route carry in 2023?"));
            assertThat(answer.kind()).as(answer.body()).isEqualTo(Reply.Kind.ANSWER);
            assertThat(answer.body()).contains("36 million tonnes");
            assertThat(answer.sources()).first().satisfies(c -> {
                assertThat(c.reference()).isEqualTo("Arctic Shipping Outlook (February 2024), p. 2, ¶2");
                assertThat(c.text()).startsWith("The Northern Sea Route carried 36 million tonnes of cargo in 2023");
            });

            Reply web = desk.commands().execute(member, TestSupport.asking("How many LNG cargoes had Sakhalin Energy shipped by November 2023?"));
            assertThat(web.body()).as(web.body()).contains("2,000th cargo");
            assertThat(web.sources()).first().satisfies(c -> assertThat(c.reference()).isEqualTo("Sakhalin Brief (20 November 2023), ¶1"));
        } finally {
            desk.close();
        }
        assertThat(Files.readString(knowledge.resolve("arctic-2024.pdf.yaml"), StandardCharsets.UTF_8)).contains("Arctic");
    }
}
