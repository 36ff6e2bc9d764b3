package org.policydesk.config;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How the bot meets Discord, and the limits it keeps.
 *
 * @param token             DISCORD_TOKEN; without it the bot runs as a console
 * @param guildId           DISCORD_GUILD_ID: register commands in this server only (instant), else globally
 * @param adminRoleIds      DISCORD_ADMIN_ROLE_IDS: roles (comma-separated ids) that may reload, besides Manage Server
 * @param askPerMinute      POLICYBOT_RATE_LIMIT_PER_MINUTE: questions per user per minute (default 6)
 * @param maxConcurrent     POLICYBOT_MAX_CONCURRENT_ANSWERS: answers worked on at once (default 4)
 * @param historyTurns      POLICYBOT_HISTORY_TURNS: earlier turns of a thread given to a follow-up (default 3)
 */
public record DiscordSettings(Secret token, String guildId, Set<String> adminRoleIds, int askPerMinute, int maxConcurrent,
        int historyTurns) {

    static DiscordSettings read(EnvReader env) {
        String roles = env.string("DISCORD_ADMIN_ROLE_IDS", "");
        Set<String> adminRoles = Arrays.stream(roles.split("[,\\s]+")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        String guild = env.string("DISCORD_GUILD_ID", "");
        if (!guild.isEmpty() && !guild.matches("\\d{1,20}")) {
            throw new ConfigurationException("DISCORD_GUILD_ID must be a server id (digits), not '" + guild + "'");
        }
        adminRoles.stream().filter(r -> !r.matches("\\d{1,20}")).findFirst().ifPresent(r -> {
            throw new ConfigurationException("DISCORD_ADMIN_ROLE_IDS must be role ids (digits), not '" + r + "'");
        });
        return new DiscordSettings(Secret.of(env.string("DISCORD_TOKEN", "")), guild, adminRoles,
                env.integer("POLICYBOT_RATE_LIMIT_PER_MINUTE", 6, 1, 1000),
                env.integer("POLICYBOT_MAX_CONCURRENT_ANSWERS", 4, 1, 256),
                env.integer("POLICYBOT_HISTORY_TURNS", 3, 0, 20));
    }

    public static DiscordSettings defaults() {
        return new DiscordSettings(Secret.none(), "", Set.of(), 6, 4, 3);
    }

    public boolean enabled() {
        return token.isPresent();
    }
}
