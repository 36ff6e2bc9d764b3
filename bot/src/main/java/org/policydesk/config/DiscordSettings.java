package org.policydesk.config;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
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
 * @param shardCount        DISCORD_SHARD_COUNT: how many shards the bot's guilds are split into (default 1; Discord
 *                          requires sharding from 2,500 guilds)
 * @param shards            DISCORD_SHARDS: the shards this process logs in, as {@code 0-3} or {@code 0,2} (default all)
 */
public record DiscordSettings(Secret token, String guildId, Set<String> adminRoleIds, int askPerMinute, int maxConcurrent,
        int historyTurns, int shardCount, List<Integer> shards) {

    public DiscordSettings {
        shards = List.copyOf(shards);
    }

    /** One process owning the one shard: the default. */
    public DiscordSettings(Secret token, String guildId, Set<String> adminRoleIds, int askPerMinute, int maxConcurrent, int historyTurns) {
        this(token, guildId, adminRoleIds, askPerMinute, maxConcurrent, historyTurns, 1, List.of(0));
    }

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
        int shardCount = env.integer("DISCORD_SHARD_COUNT", 1, 1, 100_000);
        return new DiscordSettings(Secret.of(env.string("DISCORD_TOKEN", "")), guild, adminRoles,
                env.integer("POLICYBOT_RATE_LIMIT_PER_MINUTE", 6, 1, 1000),
                env.integer("POLICYBOT_MAX_CONCURRENT_ANSWERS", 4, 1, 256),
                env.integer("POLICYBOT_HISTORY_TURNS", 3, 0, 20),
                shardCount, shards(env.string("DISCORD_SHARDS", ""), shardCount));
    }

    public static DiscordSettings defaults() {
        return new DiscordSettings(Secret.none(), "", Set.of(), 6, 4, 3);
    }

    /** "0-3", "0,2,5", "4": the shards named, each below the count; empty means all of them. */
    static List<Integer> shards(String spec, int count) {
        if (spec.isBlank()) {
            return IntStream.range(0, count).boxed().toList();
        }
        java.util.TreeSet<Integer> shards = new java.util.TreeSet<>();
        for (String part : spec.split(",")) {
            String p = part.strip();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{1,6})(?:\\s*-\\s*(\\d{1,6}))?").matcher(p);
            if (!m.matches()) {
                throw new ConfigurationException("DISCORD_SHARDS must list shards as 0-3 or 0,2 (each below DISCORD_SHARD_COUNT), not '"
                        + spec + "'");
            }
            int from = Integer.parseInt(m.group(1));
            int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
            if (from > to || to >= count) {
                throw new ConfigurationException("DISCORD_SHARDS '" + spec + "' names shards outside 0-" + (count - 1)
                        + " (DISCORD_SHARD_COUNT is " + count + ")");
            }
            IntStream.rangeClosed(from, to).forEach(shards::add);
        }
        return List.copyOf(shards);
    }

    /** The shards this process owns, as a person reads them: "shard 0 of 1", "shards 0-3 of 8". */
    public String shardsDescription() {
        boolean run = shards.get(shards.size() - 1) - shards.get(0) == shards.size() - 1;
        String named = shards.size() == 1 ? "shard " + shards.get(0)
                : run ? "shards " + shards.get(0) + "-" + shards.get(shards.size() - 1)
                : "shards " + String.join(",", shards.stream().map(String::valueOf).toList());
        return named + " of " + shardCount;
    }

    /** Whether this process logs in shard 0, which registers the slash commands for all. */
    public boolean ownsFirstShard() {
        return shards.contains(0);
    }

    public boolean enabled() {
        return token.isPresent();
    }
}
