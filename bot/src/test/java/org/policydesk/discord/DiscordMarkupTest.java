package org.policydesk.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DiscordMarkupTest {

    @Test
    void mentionsEmojiAndTimestampsBecomeNothingAndAKnownChannelItsName() {
        assertThat(DiscordMarkup.plain("<@123456789012345678> how many soldiers are on Iturup?", id -> Optional.empty()))
                .isEqualTo("how many soldiers are on Iturup?");
        assertThat(DiscordMarkup.plain("<@!42> <@&77> what about <#99> oil <:kappa:1234567> <a:wave:55>?",
                id -> id == 99 ? Optional.of("energy") : Optional.empty())).isEqualTo("what about #energy oil ?");
        assertThat(DiscordMarkup.plain("see </ask:123> at <t:1700000000:R> @everyone", id -> Optional.empty()))
                .isEqualTo("see /ask at");
        assertThat(DiscordMarkup.plain("<@123456789012345678> <:emoji:1>", id -> Optional.empty())).isEmpty();
    }
}
