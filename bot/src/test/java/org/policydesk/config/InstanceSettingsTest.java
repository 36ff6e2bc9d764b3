package org.policydesk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How an instance is told which shards it owns and where the shared state is. */
class InstanceSettingsTest {

    static Settings read(Map<String, String> env) {
        return Settings.fromEnvironment(env);
    }

    @Test
    void oneProcessOwnsEveryShardUnlessToldWhichItOwns() {
        assertThat(read(Map.of()).discord().shards()).containsExactly(0);
        assertThat(read(Map.of("DISCORD_SHARD_COUNT", "4")).discord().shards()).containsExactly(0, 1, 2, 3);
        DiscordSettings some = read(Map.of("DISCORD_SHARD_COUNT", "8", "DISCORD_SHARDS", "0-3")).discord();
        assertThat(some.shardCount()).isEqualTo(8);
        assertThat(some.shards()).containsExactly(0, 1, 2, 3);
        assertThat(some.ownsFirstShard()).isTrue();
        DiscordSettings others = read(Map.of("DISCORD_SHARD_COUNT", "8", "DISCORD_SHARDS", "6, 4,5")).discord();
        assertThat(others.shards()).containsExactly(4, 5, 6);
        assertThat(others.ownsFirstShard()).as("only shard 0's process registers the commands").isFalse();
    }

    @Test
    void shardsOutsideTheCountOrWrittenWronglyAreRefusedNamingTheVariable() {
        assertThatThrownBy(() -> read(Map.of("DISCORD_SHARD_COUNT", "2", "DISCORD_SHARDS", "0-2")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("DISCORD_SHARDS").hasMessageContaining("outside 0-1");
        assertThatThrownBy(() -> read(Map.of("DISCORD_SHARDS", "first")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("DISCORD_SHARDS must list shards");
        assertThatThrownBy(() -> read(Map.of("DISCORD_SHARD_COUNT", "0"))).hasMessageContaining("DISCORD_SHARD_COUNT");
        assertThatThrownBy(() -> read(Map.of("DISCORD_SHARD_COUNT", "4", "DISCORD_SHARDS", "3-1"))).hasMessageContaining("outside");
    }

    @Test
    void theSharedDatabaseIsOptionalAndItsUrlIsASecretThatErrorsNeverQuote() {
        SharedStateSettings alone = read(Map.of()).sharedState();
        assertThat(alone.shared()).isFalse();
        assertThat(alone.instanceId()).isNotBlank();
        SharedStateSettings shared = read(Map.of("POLICYBOT_DATABASE_URL", "jdbc:postgresql://db:5432/bot?password=hunter2-long-one",
                "POLICYBOT_INSTANCE_ID", "bot-a", "POLICYBOT_SYNC_POLL_SECONDS", "5")).sharedState();
        assertThat(shared.shared()).isTrue();
        assertThat(shared.instanceId()).isEqualTo("bot-a");
        assertThat(shared.syncPoll()).isEqualTo(Duration.ofSeconds(5));
        assertThat(shared.toString()).doesNotContain("hunter2");
        assertThatThrownBy(() -> read(Map.of("POLICYBOT_DATABASE_URL", "mysql://root:hunter2@db/bot")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("POLICYBOT_DATABASE_URL")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hunter2"));
    }

    @Test
    void aProcessSaysWhichShardsItServes() {
        DiscordSettings settings = read(Map.of("DISCORD_SHARD_COUNT", "8", "DISCORD_SHARDS", "0-3")).discord();
        assertThat(settings.shardsDescription()).isEqualTo("shards 0-3 of 8");
        assertThat(read(Map.of("DISCORD_SHARD_COUNT", "8", "DISCORD_SHARDS", "1,5")).discord().shardsDescription())
                .isEqualTo("shards 1,5 of 8");
        assertThat(read(Map.of()).discord().shardsDescription()).isEqualTo("shard 0 of 1");
    }
}
