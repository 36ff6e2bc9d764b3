package org.policydesk.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Writes a deterministic (seeded) corpus of policy-style documents, in the knowledge folder's own
 * format, for benchmarks: commentaries on the same countries, places, companies and topics as the
 * real documents, so the real questions must find their answers among close distractors.
 */
public final class CorpusGenerator {

    static final int PARAGRAPHS_PER_DOCUMENT = 50;

    private static final List<String> COUNTRIES = List.of("Japan", "Russia", "China", "South Korea", "the United States",
            "India", "Vietnam", "Mongolia", "Kazakhstan", "Germany", "France", "the United Kingdom", "Norway", "Indonesia",
            "Australia", "Canada", "Turkey", "Finland");
    private static final List<String> ORGANISATIONS = List.of("ASEAN", "APEC", "the G7", "the G20", "NATO", "the EU",
            "the UN Security Council", "the Shanghai Cooperation Organisation", "the IAEA", "the WTO", "the Arctic Council");
    private static final List<String> TOPICS = List.of("energy security", "LNG exports", "fisheries management",
            "maritime security", "cyber defence", "trade facilitation", "sanctions policy", "arms control",
            "disaster relief", "Arctic shipping", "rare earth supply chains", "nuclear non-proliferation",
            "investment screening", "food security", "climate adaptation", "port infrastructure", "visa liberalisation",
            "student exchanges", "pipeline construction", "missile defence", "border demarcation", "oil exploration",
            "renewable power", "space cooperation", "public health", "semiconductor exports", "naval exercises");
    private static final List<String> PLACES = List.of("the Sea of Okhotsk", "Vladivostok", "Hokkaido", "Sakhalin",
            "the Kuril Islands", "the Korean Peninsula", "the South China Sea", "the Arctic", "Kamchatka", "Murmansk",
            "Busan", "Niigata", "the Sea of Japan", "Khabarovsk", "Yakutia", "the Barents Sea", "Okinawa", "Magadan");
    private static final List<String> CITIES = List.of("Tokyo", "Moscow", "Beijing", "Seoul", "Washington", "Brussels",
            "Singapore", "Canberra", "Helsinki", "Ankara", "New Delhi", "Hanoi", "Ulaanbaatar", "Astana");
    private static final List<String> MECHANISMS = List.of("a joint working group", "an annual ministerial dialogue",
            "a memorandum of understanding", "a bilateral investment fund", "a confidence-building framework",
            "a trilateral summit", "a track-two dialogue", "an intergovernmental commission", "a free trade agreement",
            "a coast guard hotline", "a technology partnership", "a strategic partnership agreement");
    private static final List<String> COMPANIES = List.of("Mitsubishi", "Rosneft", "Gazprom", "Novatek", "Hitachi",
            "Toyota", "Lukoil", "Sovcomflot", "Marubeni", "Inpex", "Rosatom", "Samsung", "CNPC", "Sinopec", "Equinor",
            "Itochu", "Sumitomo", "Transneft");
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");
    private static final List<String> FIRST = List.of("Anna", "Hiroshi", "Olga", "James", "Mei", "Dmitri", "Sarah",
            "Kenji", "Elena", "Michael", "Yuki", "Pavel", "Laura", "Takeshi", "Irina", "David");
    private static final List<String> LAST = List.of("Tanaka", "Ivanova", "Smith", "Suzuki", "Petrov", "Kim", "Nakamura",
            "Sokolov", "Brown", "Watanabe", "Volkova", "Lee", "Kobayashi", "Morozov", "Garcia", "Yamamoto");
    private static final List<String> TEMPLATES = List.of(
            "{C1} and {C2} agreed in {Y} to expand cooperation on {T} through {M}.",
            "Analysts in {CITY} argue that {T} will shape relations between {C1} and {C2} over the next decade.",
            "A {N}% increase in spending on {T} was announced by {C1} after talks in {P}.",
            "{O} has repeatedly urged {C1} to address concerns about {T} near {P}.",
            "According to officials, about {K} personnel took part in exercises near {P} in {Y}.",
            "Critics warn that {M} on {T} may stall unless {C2} offers concessions on {T2}.",
            "The foreign ministry of {C1} published a report on {T} in {MON} {Y}.",
            "Investment in {T} reached ${B} billion, with {CO} leading several projects around {P}.",
            "Negotiators from {C1} and {C2} met {R} times in {Y} but reached no agreement on {T}.",
            "The proposal would establish {M} with a secretariat in {CITY} to oversee {T}.",
            "{CO} signed a contract worth ${B} billion with partners from {C2} to develop {T} in {P}.",
            "Public support in {C1} for closer ties with {C2} fell to {N}% in {Y}, a survey found.",
            "The summit in {CITY} ended with a statement on {T} and {T2} but no timetable.",
            "Observers expect {C1} to raise {T} at the next meeting of {O} in {CITY}.",
            "Since {Y}, {C1} has restricted exports related to {T}, citing national security.",
            "Fishing fleets from {C1} operate in {P} under a quota set by {M} in {Y}.",
            "A delegation led by the minister of {T} visited {P} to inspect {CO} facilities.",
            "The report recommends that {C1} link progress on {T} to a broader settlement with {C2}.");

    private CorpusGenerator() {}

    /**
     * Writes documents until the folder holds about {@code passages} passages of generated text.
     *
     * @return the number of generated passages
     */
    public static int write(Path folder, int passages, long seed) throws IOException {
        Files.createDirectories(folder);
        Random random = new Random(seed);
        int written = 0;
        for (int doc = 0; written < passages; doc++) {
            int paragraphs = Math.min(PARAGRAPHS_PER_DOCUMENT, passages - written);
            String topic = pick(random, TOPICS);
            String c1 = pick(random, COUNTRIES);
            String c2 = pick(random, COUNTRIES);
            StringBuilder text = new StringBuilder()
                    .append("---\n")
                    .append("id: gen-").append(doc).append('\n')
                    .append("title: \"").append(capitalize(topic)).append(" and ").append(strip(c1)).append('-')
                    .append(strip(c2)).append(" Relations: Report ").append(doc).append("\"\n")
                    .append("authors: [").append(pick(random, FIRST)).append(' ').append(pick(random, LAST)).append("]\n")
                    .append("published: ").append(2008 + random.nextInt(16)).append('-')
                    .append(String.format("%02d", 1 + random.nextInt(12))).append('\n')
                    .append("---\n\n");
            for (int p = 0; p < paragraphs; p++) {
                int sentences = 3 + random.nextInt(3);
                for (int s = 0; s < sentences; s++) {
                    text.append(s == 0 ? "" : " ").append(sentence(random, topic, c1, c2));
                }
                text.append("\n\n");
            }
            Files.writeString(folder.resolve(String.format("gen-%05d.md", doc)), text, StandardCharsets.UTF_8);
            written += paragraphs;
        }
        return written;
    }

    private static String sentence(Random random, String topic, String c1, String c2) {
        String template = pick(random, TEMPLATES);
        String s = template
                .replace("{C1}", random.nextInt(3) == 0 ? pick(random, COUNTRIES) : c1)
                .replace("{C2}", random.nextInt(3) == 0 ? pick(random, COUNTRIES) : c2)
                .replace("{T2}", pick(random, TOPICS))
                .replace("{T}", random.nextInt(2) == 0 ? topic : pick(random, TOPICS))
                .replace("{M}", pick(random, MECHANISMS))
                .replace("{O}", pick(random, ORGANISATIONS))
                .replace("{P}", pick(random, PLACES))
                .replace("{CITY}", pick(random, CITIES))
                .replace("{CO}", pick(random, COMPANIES))
                .replace("{MON}", pick(random, MONTHS))
                .replace("{Y}", Integer.toString(2000 + random.nextInt(25)))
                .replace("{N}", Integer.toString(5 + random.nextInt(80)))
                .replace("{K}", String.format("%,d", 100 * (1 + random.nextInt(200))))
                .replace("{R}", Integer.toString(2 + random.nextInt(20)))
                .replace("{B}", (1 + random.nextInt(30)) + "." + random.nextInt(10));
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String pick(Random random, List<String> options) {
        return options.get(random.nextInt(options.size()));
    }

    private static String strip(String country) {
        return country.replaceFirst("^the ", "").replace(' ', '-');
    }

    private static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
