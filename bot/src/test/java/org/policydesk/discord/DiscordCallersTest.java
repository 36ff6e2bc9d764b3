package org.policydesk.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.Optional;
import java.util.Set;
import org.javacord.api.entity.user.User;
import org.junit.jupiter.api.Test;
import org.policydesk.bot.Caller;

class DiscordCallersTest {

    static User user(String id) {
        return (User) Proxy.newProxyInstance(User.class.getClassLoader(), new Class<?>[] {User.class}, (proxy, method, args) ->
                switch (method.getName()) {
                    case "getIdAsString" -> id;
                    case "getName" -> "someone";
                    case "getId" -> Long.parseLong(id);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void nobodyIsAnAdminInADirectMessageWhateverRolesTheyHaveElsewhere() {
        Caller caller = new DiscordCallers(Set.of("42")).of(user("500000000000000001"), Optional.empty(), "dm-1");
        assertThat(caller.admin()).isFalse();
        assertThat(caller.conversationId()).isEqualTo("dm-1");
        assertThat(caller.userId()).isEqualTo("500000000000000001");
    }
}
