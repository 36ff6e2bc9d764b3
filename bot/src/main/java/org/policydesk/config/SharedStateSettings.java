package org.policydesk.config;

import java.time.Duration;

/**
 * Where several instances of the bot keep what they share. Without a database each instance keeps
 * its own conversation log and rate limits in its SQLite file (the default).
 *
 * @param databaseUrl POLICYBOT_DATABASE_URL, a {@code jdbc:postgresql://…} URL (it may carry the
 *                    password, so it is a secret)
 * @param user        POLICYBOT_DATABASE_USER, unless the URL names one
 * @param password    POLICYBOT_DATABASE_PASSWORD, unless the URL carries one
 * @param instanceId  POLICYBOT_INSTANCE_ID, how this instance is named in the shared tables (default: host and process)
 * @param syncPoll    POLICYBOT_SYNC_POLL_SECONDS, how often the knowledge base's generation is checked besides
 *                    the notifications (default 30)
 */
public record SharedStateSettings(Secret databaseUrl, String user, Secret password, String instanceId, Duration syncPoll) {

    static SharedStateSettings read(EnvReader env) {
        String url = env.string("POLICYBOT_DATABASE_URL", "");
        if (!url.isEmpty() && !url.startsWith("jdbc:postgresql:")) {
            // The value may hold a password: name the variable, never echo it.
            throw new ConfigurationException("POLICYBOT_DATABASE_URL must be a PostgreSQL JDBC URL (jdbc:postgresql://HOST:PORT/DATABASE)");
        }
        return new SharedStateSettings(Secret.of(url), env.string("POLICYBOT_DATABASE_USER", ""),
                Secret.of(env.string("POLICYBOT_DATABASE_PASSWORD", "")),
                env.string("POLICYBOT_INSTANCE_ID", defaultInstanceId()),
                Duration.ofSeconds(env.integer("POLICYBOT_SYNC_POLL_SECONDS", 30, 1, 3600)));
    }

    public static SharedStateSettings none() {
        return new SharedStateSettings(Secret.none(), "", Secret.none(), defaultInstanceId(), Duration.ofSeconds(30));
    }

    /** Whether the instances share a database. */
    public boolean shared() {
        return databaseUrl.isPresent();
    }

    private static String defaultInstanceId() {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            host = "host";
        }
        return host + "-" + ProcessHandle.current().pid();
    }
}
