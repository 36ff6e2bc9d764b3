package org.policydesk.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.ServerSocket;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.policydesk.config.ConfigurationException;
import org.policydesk.config.DiscordSettings;
import org.policydesk.config.Secret;

/** Without a way to Discord, starting the bot fails in one line that names the cause, never the token. */
class DiscordUnreachableIT {

    static final String TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4.unreachable.test-token";

    @Test
    void aDiscordThatCannotBeReachedIsSaidInOneLineWithoutTheToken() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        InetSocketAddress nowhere = new InetSocketAddress("127.0.0.1", closed);
        ProxySelector selector = new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                return List.of(new Proxy(Proxy.Type.HTTP, nowhere));
            }

            @Override
            public void connectFailed(URI uri, SocketAddress address, IOException e) {
                // Nothing else to try.
            }
        };
        DiscordSettings settings = new DiscordSettings(Secret.of(TOKEN), "", Set.of(), 10, 2, 3);
        long started = System.nanoTime();
        assertThatThrownBy(() -> DiscordBot.connect(null, settings, b -> b.setProxySelector(selector)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("Discord cannot be reached")
                .hasMessageNotContaining(TOKEN)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThat((System.nanoTime() - started) / 1e9).as("seconds to fail").isLessThan(30);
    }
}
