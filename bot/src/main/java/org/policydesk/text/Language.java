package org.policydesk.text;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The language a short text is written in, as far as its script and its commonest words tell:
 * enough to know that a question is not in English, and which language to say so in.
 */
public enum Language {
    ENGLISH("English", null),
    JAPANESE("Japanese", "言語モデルが設定されていないため、英語の質問にしかお答えできません。"),
    RUSSIAN("Russian", "Без языковой модели я могу отвечать только на вопросы на английском языке."),
    CHINESE("Chinese", "未配置语言模型时，我只能回答英文问题。"),
    KOREAN("Korean", "언어 모델이 없으면 영어 질문에만 답할 수 있습니다."),
    FRENCH("French", "Sans modèle de langue, je ne peux répondre qu'aux questions posées en anglais."),
    GERMAN("German", "Ohne Sprachmodell kann ich nur Fragen auf Englisch beantworten."),
    SPANISH("Spanish", "Sin un modelo de lenguaje solo puedo responder preguntas en inglés."),
    OTHER("the language of the question", null),
    UNKNOWN("English", null);

    private final String englishName;
    private final String cannotAnswer;

    Language(String englishName, String cannotAnswer) {
        this.englishName = englishName;
        this.cannotAnswer = cannotAnswer;
    }

    /** The language's name in English, for a prompt: "Japanese". */
    public String englishName() {
        return englishName;
    }

    /** Whether a question in this language needs translating for the English documents. */
    public boolean isForeign() {
        return this != ENGLISH && this != UNKNOWN;
    }

    /** "Without a language model I can only answer questions in English", in this language, if at hand. */
    public Optional<String> cannotAnswerWithoutModel() {
        return Optional.ofNullable(cannotAnswer);
    }

    private static final Set<String> ENGLISH_WORDS = Set.of("the", "of", "and", "to", "in", "is", "are", "was", "were", "what",
            "who", "when", "where", "why", "how", "which", "did", "does", "do", "a", "an", "on", "for", "with", "about", "from",
            "between", "many", "much", "japan", "russia", "whats", "has", "have", "will", "would", "can", "could", "it", "they",
            "this", "that", "by", "at", "as");
    private static final Map<Language, Set<String>> LATIN_WORDS = Map.of(
            FRENCH, Set.of("le", "la", "les", "des", "du", "est", "et", "que", "qui", "quel", "quelle", "quels", "pourquoi",
                    "comment", "avec", "pour", "dans", "entre", "sur", "une", "un", "ont", "sont", "combien", "où"),
            GERMAN, Set.of("der", "die", "das", "und", "ist", "sind", "wer", "was", "wann", "warum", "wie", "welche", "mit",
                    "zwischen", "von", "zu", "den", "dem", "ein", "eine", "haben", "hat", "wurde", "auf", "nicht"),
            SPANISH, Set.of("el", "la", "los", "las", "de", "del", "y", "es", "son", "qué", "que", "quién", "cuándo", "dónde",
                    "por", "para", "con", "entre", "una", "un", "cómo", "cuál", "cuántos", "cuántas", "sobre", "japón", "rusia"));

    public static Language detect(String text) {
        int letters = 0;
        int latin = 0;
        int cyrillic = 0;
        int kana = 0;
        int han = 0;
        int hangul = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            letters++;
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            switch (script) {
                case LATIN -> latin++;
                case CYRILLIC -> cyrillic++;
                case HIRAGANA, KATAKANA -> kana++;
                case HAN -> han++;
                case HANGUL -> hangul++;
                default -> { }
            }
        }
        if (letters == 0) {
            return UNKNOWN;
        }
        if (latin * 2 < letters) {
            if (kana > 0) {
                return JAPANESE;
            }
            if (han > 0) {
                return han * 2 >= letters ? CHINESE : JAPANESE;
            }
            if (cyrillic * 2 >= letters) {
                return RUSSIAN;
            }
            if (hangul * 2 >= letters) {
                return KOREAN;
            }
            return OTHER;
        }
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        int english = 0;
        Language best = null;
        int bestCount = 0;
        for (Map.Entry<Language, Set<String>> e : LATIN_WORDS.entrySet()) {
            int count = 0;
            for (String w : words) {
                if (e.getValue().contains(w) && !ENGLISH_WORDS.contains(w)) {
                    count++;
                }
            }
            if (count > bestCount) {
                best = e.getKey();
                bestCount = count;
            }
        }
        for (String w : words) {
            if (ENGLISH_WORDS.contains(w)) {
                english++;
            }
        }
        // A foreign word or two in an English question (a name, "hikiwake") does not make it foreign.
        return best != null && bestCount >= 2 && bestCount > english ? best : ENGLISH;
    }
}
