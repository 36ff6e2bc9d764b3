package org.policydesk.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.util.List;
import java.util.Map;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.slf4j.helpers.MessageFormatter;

/**
 * Drops every log event whose message, arguments or exception chain holds a secret (the Discord
 * token, an API key), whichever library logs it and at whatever level: the code is careful not to
 * log secrets, and this makes sure of it.
 */
public final class SecretLogFilter extends TurboFilter {

    /** Environment variables whose values are secrets. */
    static final List<String> SECRET_VARIABLES = List.of("DISCORD_TOKEN", "POLICYBOT_LLM_API_KEY", "OPENAI_API_KEY",
            "POLICYBOT_DATABASE_PASSWORD");
    /** A password a JDBC URL carries ("…?user=bot&password=…"). */
    private static final java.util.regex.Pattern URL_PASSWORD = java.util.regex.Pattern.compile("[?&;]password=([^&;#]+)");
    /** Shorter values would match ordinary text. */
    private static final int MIN_SECRET_LENGTH = 8;

    private final List<String> secrets;

    SecretLogFilter(List<String> secrets) {
        this.secrets = secrets.stream().filter(s -> s != null && s.strip().length() >= MIN_SECRET_LENGTH).map(String::strip).toList();
    }

    /** Installs the filter for the secrets set in this environment; nothing is installed when there are none. */
    public static void install(Map<String, String> env) {
        SecretLogFilter filter = new SecretLogFilter(secretsOf(env));
        if (filter.secrets.isEmpty() || !(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        filter.setName("secrets");
        filter.start();
        context.getTurboFilterList().removeIf(f -> "secrets".equals(f.getName()));
        context.addTurboFilter(filter);
    }

    /** The secrets set in an environment: its secret variables, and a password its database URL carries. */
    static List<String> secretsOf(Map<String, String> env) {
        List<String> secrets = new java.util.ArrayList<>(SECRET_VARIABLES.stream().map(env::get).toList());
        java.util.regex.Matcher password = URL_PASSWORD.matcher(env.getOrDefault("POLICYBOT_DATABASE_URL", ""));
        if (password.find()) {
            secrets.add(password.group(1));
        }
        return secrets;
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (level == null || !level.isGreaterOrEqual(logger.getEffectiveLevel())) {
            return FilterReply.NEUTRAL;
        }
        String message = format == null ? "" : MessageFormatter.arrayFormat(format, params).getMessage();
        if (holdsSecret(message)) {
            return FilterReply.DENY;
        }
        Throwable thrown = t != null ? t : MessageFormatter.getThrowableCandidate(params);
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (holdsSecret(String.valueOf(cause.getMessage()))) {
                return FilterReply.DENY;
            }
        }
        return FilterReply.NEUTRAL;
    }

    boolean holdsSecret(String text) {
        for (String secret : secrets) {
            if (text.contains(secret)) {
                return true;
            }
        }
        return false;
    }
}
