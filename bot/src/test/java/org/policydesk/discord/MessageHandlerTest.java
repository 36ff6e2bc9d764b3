package org.policydesk.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MessageHandlerTest {

    @Test
    void aMessageIsReadWithoutTheBotsMentionWithChannelsByNameAndOtherMarkupPlain() {
        String content = "<@!42> how many soldiers are on Iturup? see <#7> and <#8> <@99> <:hmm:123>";
        assertThat(MessageHandler.plainQuestion(content, 42, Map.of(7L, "energy")))
                .isEqualTo("how many soldiers are on Iturup? see #energy and");
        assertThat(MessageHandler.plainQuestion("<@42>", 42, Map.of())).isEmpty();
    }
}
