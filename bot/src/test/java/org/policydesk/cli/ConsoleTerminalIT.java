package org.policydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policydesk.TestSupport;

/**
 * The console in a real pseudo-terminal (util-linux {@code script} gives the process one): keys
 * are typed as a terminal sends them, in its application cursor mode.
 */
class ConsoleTerminalIT {

    @TempDir
    Path dir;

    @Test
    void arrowKeysEditTheLineAndRecallTheHistory() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "util-linux script gives the console a terminal");
        Path db = dir.resolve("kb.db");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String command = String.join(" ", List.of(quote(java), "-cp", quote(System.getProperty("java.class.path")),
                "org.policydesk.Main", quote("--knowledge=" + TestSupport.knowledgeDir()), quote("--db=" + db)));
        ProcessBuilder builder = new ProcessBuilder("/usr/bin/script", "-qfec", command, "/dev/null").redirectErrorStream(true);
        builder.environment().put("TERM", "xterm");
        Process console = builder.start();
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        Thread reader = new Thread(() -> {
            try (InputStream in = console.getInputStream()) {
                in.transferTo(new OutputStream() {
                    @Override
                    public synchronized void write(int b) {
                        synchronized (seen) {
                            seen.write(b);
                        }
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        synchronized (seen) {
                            seen.write(b, off, len);
                        }
                    }
                });
            } catch (Exception ignored) {
                // The process ended.
            }
        });
        reader.start();
        try (OutputStream keys = console.getOutputStream()) {
            await(seen, "PolicyDesk console", 1);
            type(keys, "how many soldiers on itu");
            type(keys, "\033OD\033OD\033OD");   // three times left arrow
            type(keys, "XY\r");
            await(seen, "== how many soldiers on XYitu ==", 1);
            type(keys, "\033OA\r");               // up arrow: the last question again
            await(seen, "== how many soldiers on XYitu ==", 2);
            type(keys, "/quit\r");
            assertThat(console.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            console.destroyForcibly();
        }
        String output;
        synchronized (seen) {
            output = seen.toString(StandardCharsets.UTF_8);
        }
        assertThat(output).doesNotContain("[D").doesNotContain("[A");
        assertThat(console.exitValue()).isZero();
    }

    @Test
    void aReloadShowsWhatItIsDoingOnOneLineOfTheTerminal() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "util-linux script gives the command a terminal");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String command = String.join(" ", List.of(quote(java), "-cp", quote(System.getProperty("java.class.path")),
                "org.policydesk.Main", "reload", quote("--knowledge=" + TestSupport.knowledgeDir()),
                quote("--db=" + dir.resolve("fresh.db"))));
        ProcessBuilder builder = new ProcessBuilder("/usr/bin/script", "-qfec", command, "/dev/null").redirectErrorStream(true);
        builder.environment().put("TERM", "xterm");
        Process reload = builder.start();
        byte[] output = reload.getInputStream().readAllBytes();
        assertThat(reload.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String shown = new String(output, StandardCharsets.UTF_8);
        assertThat(shown).contains("Reloading: embedding passages 0/37").contains("embedding passages 37/37")
                .contains("\r\033[K").contains("Reloaded: 2 added");
    }

    private static void type(OutputStream keys, String text) throws Exception {
        keys.write(text.getBytes(StandardCharsets.UTF_8));
        keys.flush();
        Thread.sleep(300);
    }

    private static void await(ByteArrayOutputStream seen, String text, int times) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            String output;
            synchronized (seen) {
                output = seen.toString(StandardCharsets.UTF_8);
            }
            if (output.split(java.util.regex.Pattern.quote(text), -1).length - 1 >= times) {
                return;
            }
            Thread.sleep(100);
        }
        synchronized (seen) {
            throw new AssertionError("never saw " + times + " × “" + text + "”; the terminal showed:\n" + seen.toString(StandardCharsets.UTF_8));
        }
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
