package org.policydesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which log lines the filter drops: any that holds a secret of the environment. */
class SecretLogFilterTest {

    @Test
    void theDatabasePasswordIsASecretWhetherSetAloneOrInsideTheUrl() {
        SecretLogFilter filter = new SecretLogFilter(SecretLogFilter.secretsOf(Map.of(
                "DISCORD_TOKEN", "MTAwMDAw.discord-token-value",
                "POLICYBOT_DATABASE_URL", "jdbc:postgresql://db:5432/bot?user=bot&password=url-password-123&ssl=true",
                "POLICYBOT_DATABASE_PASSWORD", "env-password-456")));
        assertThat(filter.holdsSecret("connecting with url-password-123")).isTrue();
        assertThat(filter.holdsSecret("auth failed for env-password-456")).isTrue();
        assertThat(filter.holdsSecret("token MTAwMDAw.discord-token-value")).isTrue();
        assertThat(filter.holdsSecret("connected to db:5432 as bot")).as("the rest of the URL is no secret").isFalse();
    }
}
