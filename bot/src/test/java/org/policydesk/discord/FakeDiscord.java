package org.policydesk.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.javacord.api.DiscordApiBuilder;

/**
 * A fake Discord on loopback, for driving the real Javacord client end to end: REST is served over
 * TLS (a certificate for discord.com) behind a CONNECT proxy that the client is pointed at, and
 * the gateway is a plain WebSocket that logs the client in and can inject any dispatch. Everything
 * the client sends is recorded for assertions.
 */
final class FakeDiscord implements AutoCloseable {

    static final String APP = "100000000000000001";
    static final String BOT = "100000000000000002";
    static final String GUILD = "200000000000000001";
    static final String ADMIN_ROLE = "200000000000000002";
    static final String CHANNEL = "300000000000000001";
    static final String OWNER = "500000000000000000";
    static final String ADMIN = "500000000000000001";
    static final String MEMBER = "500000000000000002";
    static final String TOKEN = "MTAwMDAwMDAwMDAwMDAwMDAy.fake.discord-bot-token-for-tests";
    /** A second guild, which falls to shard 1 when there are two ((id >> 22) % 2), as the first falls to shard 0. */
    static final String SECOND_GUILD = "210000000000000001";
    static final String SECOND_CHANNEL = "310000000000000001";

    /** A guild the fake serves, with its one text channel. */
    record Guild(String id, String channel) {
        int shard(int shards) {
            return (int) ((Long.parseLong(id) >> 22) % shards);
        }
    }

    static final Guild FIRST = new Guild(GUILD, CHANNEL);
    static final Guild SECOND = new Guild(SECOND_GUILD, SECOND_CHANNEL);

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A request the bot sent: method, path and body. */
    record Sent(String method, String path, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }

    private final MockWebServer rest = new MockWebServer();
    /** Discord's file server for attachments (plain HTTP on loopback): what was uploaded, by path, and what was fetched. */
    private final MockWebServer cdn = new MockWebServer();
    private final java.util.Map<String, byte[]> cdnFiles = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<String> cdnFetched = new CopyOnWriteArrayList<>();
    private final MockWebServer gateway = new MockWebServer();
    private final BlockingQueue<Sent> sent = new LinkedBlockingQueue<>();
    private final List<Sent> all = new CopyOnWriteArrayList<>();
    private final java.util.Set<Sent> claimed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private final AtomicInteger sequence = new AtomicInteger();
    private final AtomicLong ids = new AtomicLong(900000000000000000L);
    private final List<String> identified = new CopyOnWriteArrayList<>();
    private final List<Integer> closeCodes = new CopyOnWriteArrayList<>();
    private final HeldCertificate certificate;
    private final List<Guild> guilds;
    /** The gateway connection of each shard, and how many shards the client said there are. */
    private final java.util.Map<Integer, WebSocket> sockets = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile int shards = 1;
    /** The guild each interaction token was issued in, so that its follow-up is answered as a message there. */
    private final java.util.Map<String, Guild> tokens = new java.util.concurrent.ConcurrentHashMap<>();

    FakeDiscord() throws IOException {
        this(List.of(FIRST));
    }

    FakeDiscord(List<Guild> guilds) throws IOException {
        this.guilds = List.copyOf(guilds);
        certificate = new HeldCertificate.Builder().addSubjectAlternativeName("discord.com").build();
        HandshakeCertificates tls = new HandshakeCertificates.Builder().heldCertificate(certificate).build();
        rest.useHttps(tls.sslSocketFactory(), true);
        rest.setDispatcher(new Dispatcher() {
            /** MockWebServer asks this, not dispatch(), whether a tunnel's CONNECT is followed by TLS. */
            @Override
            public MockResponse peek() {
                return new MockResponse().setSocketPolicy(SocketPolicy.UPGRADE_TO_SSL_AT_END);
            }

            @Override
            public MockResponse dispatch(RecordedRequest request) {
                if ("CONNECT".equals(request.getMethod())) {
                    return new MockResponse().setSocketPolicy(SocketPolicy.UPGRADE_TO_SSL_AT_END);
                }
                Sent s = new Sent(request.getMethod(), request.getPath(), request.getBody().readUtf8());
                all.add(s);
                sent.add(s);
                return answer(s);
            }
        });
        gateway.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return new MockResponse().withWebSocketUpgrade(new Gateway());
            }
        });
        cdn.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                cdnFetched.add(request.getPath());
                byte[] file = cdnFiles.get(request.getPath());
                return file == null ? new MockResponse().setResponseCode(404)
                        : new MockResponse().setBody(new okio.Buffer().write(file));
            }
        });
        rest.start();
        gateway.start();
        cdn.start();
    }

    /** Points a client builder at this fake: discord.com through the proxy, trusting its certificate. */
    /** The options of a slash command with one string option, as Discord sends them. */
    static String options(String name, String value) {
        return "[{\"name\":\"" + name + "\",\"type\":3,\"value\":" + quote(value) + "}]";
    }

    UnaryOperator<DiscordApiBuilder> transport() {
        InetSocketAddress proxy = new InetSocketAddress(rest.getHostName(), rest.getPort());
        ProxySelector selector = new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                return "discord.com".equals(uri.getHost()) ? List.of(new Proxy(Proxy.Type.HTTP, proxy)) : List.of(Proxy.NO_PROXY);
            }

            @Override
            public void connectFailed(URI uri, SocketAddress address, IOException e) {
                // Nothing to fall back to on loopback.
            }
        };
        return builder -> builder.setProxySelector(selector).setTrustAllCertificates(true);
    }

    /** The certificate the fake serves discord.com with, for a client's trust store. */
    java.security.cert.X509Certificate certificate() {
        return certificate.certificate();
    }

    /**
     * A trust store (PKCS12, password "changeit") holding only this fake's certificate, for a bot
     * process started with {@code -Djavax.net.ssl.trustStore}.
     */
    java.nio.file.Path trustStore(java.nio.file.Path file) throws java.security.GeneralSecurityException, IOException {
        java.security.KeyStore store = java.security.KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setCertificateEntry("fake-discord", certificate());
        try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(file)) {
            store.store(out, "changeit".toCharArray());
        }
        return file;
    }

    int restPort() {
        return rest.getPort();
    }

    /** Close codes of the gateway connections the client closed. */
    List<Integer> closeCodes() {
        return closeCodes;
    }

    List<String> identifyPayloads() {
        return identified;
    }

    List<Sent> everything() {
        return all;
    }

    /**
     * Waits for a request the bot sent that matches and that no earlier wait returned; requests
     * that arrive in another order than expected are kept for the waits that want them.
     */
    Sent await(Predicate<Sent> matching, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            synchronized (claimed) {
                for (Sent s : all) {
                    if (!claimed.contains(s) && matching.test(s)) {
                        claimed.add(s);
                        return s;
                    }
                }
            }
            sent.poll(100, TimeUnit.MILLISECONDS);
        }
        throw new AssertionError("the bot never sent " + what + "; it sent: " + all);
    }

    /** Sends a gateway dispatch (op 0) about the first guild to the bot. */
    void dispatch(String type, String data) {
        dispatch(FIRST, type, data);
    }

    /** Sends a gateway dispatch (op 0) to the connection of the shard the guild falls to, as Discord does. */
    void dispatch(Guild guild, String type, String data) {
        send(sockets.get(guild.shard(shards)), type, data);
    }

    private void send(WebSocket socket, String type, String data) {
        if (socket == null) {
            throw new AssertionError("no gateway connection serves that guild's shard");
        }
        socket.send("{\"op\":0,\"s\":" + sequence.incrementAndGet() + ",\"t\":\"" + type + "\",\"d\":" + data + "}");
    }

    String newId() {
        return Long.toString(ids.incrementAndGet());
    }

    // ---- what the fake answers ------------------------------------------------------------------

    private MockResponse answer(Sent s) {
        String path = s.path().replaceFirst("^/api/v\\d+", "");
        if (path.equals("/gateway") || path.equals("/gateway/bot")) {
            return json("{\"url\":\"ws://127.0.0.1:" + gateway.getPort() + "\",\"shards\":1}");
        }
        if (path.equals("/oauth2/applications/@me")) {
            return json("""
                    {"id":"%s","name":"PolicyDesk","icon":null,"description":"","bot_public":true,"bot_require_code_grant":false,
                     "owner":{"id":"%s","username":"owner","discriminator":"0001","avatar":null},"flags":0,"team":null}"""
                    .formatted(APP, OWNER));
        }
        if (s.method().equals("PUT") && path.endsWith("/commands")) {
            return json(registeredCommands(s.json()));
        }
        if (path.startsWith("/interactions/")) {
            return new MockResponse().setResponseCode(204);
        }
        if (path.startsWith("/webhooks/")) {
            if (s.method().equals("DELETE")) {
                return new MockResponse().setResponseCode(204);
            }
            Guild guild = tokens.getOrDefault(path.split("/")[3], FIRST);
            return json(message(newId(), guild.channel(), BOT, "PolicyDesk", true, "").replace(GUILD, guild.id()));
        }
        if (s.method().equals("POST") && path.matches("/channels/\\d+/messages/\\d+/threads")) {
            String parent = path.split("/")[2];
            String threadId = path.split("/")[4];
            String name = s.json().path("name").asText();
            String thread = thread(threadId, parent, name);
            dispatch("THREAD_CREATE", thread.replaceFirst("\\{", "{\"newly_created\":true,"));
            return json(thread);
        }
        if (s.method().equals("POST") && path.matches("/channels/\\d+/messages")) {
            return json(message(newId(), path.split("/")[2], BOT, "PolicyDesk", true, ""));
        }
        if (path.matches("/channels/\\d+/typing")) {
            return new MockResponse().setResponseCode(204);
        }
        return json("{}");
    }

    private static String registeredCommands(JsonNode commands) {
        StringBuilder out = new StringBuilder("[");
        int i = 0;
        for (JsonNode c : commands) {
            if (i > 0) {
                out.append(',');
            }
            var copy = ((com.fasterxml.jackson.databind.node.ObjectNode) c.deepCopy());
            copy.put("id", Long.toString(700000000000000000L + i++)).put("application_id", APP).put("version", "1")
                    .put("type", 1);
            if (!copy.has("default_member_permissions")) {
                copy.putNull("default_member_permissions");
            }
            if (!copy.has("options")) {
                copy.putArray("options");
            }
            out.append(copy);
        }
        return out.append(']').toString();
    }

    private static MockResponse json(String body) {
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
    }

    // ---- payloads -------------------------------------------------------------------------------

    static String user(String id, String name, boolean bot) {
        return """
                {"id":"%s","username":"%s","discriminator":"0001","global_name":null,"avatar":null,"bot":%s}"""
                .formatted(id, name, bot);
    }

    static String member(String id, String name, String... roles) {
        return """
                {"user":%s,"nick":null,"roles":[%s],"joined_at":"2024-01-01T00:00:00.000000+00:00","deaf":false,"mute":false,"flags":0,
                 "pending":false,"permissions":"0"}"""
                .formatted(user(id, name, false), String.join(",", java.util.Arrays.stream(roles).map(r -> "\"" + r + "\"").toList()));
    }

    static String message(String id, String channel, String author, String name, boolean bot, String content, String... mentions) {
        return """
                {"id":"%s","channel_id":"%s","guild_id":"%s","author":%s,"content":%s,"timestamp":"%s","edited_timestamp":null,
                 "tts":false,"mention_everyone":false,"mentions":[%s],"mention_roles":[],"attachments":[],"embeds":[],
                 "pinned":false,"type":0,"flags":0,"components":[]}"""
                .formatted(id, channel, GUILD, user(author, name, bot), quote(content), Instant.now(),
                        String.join(",", java.util.Arrays.asList(mentions)));
    }

    static String thread(String id, String parent, String name) {
        return """
                {"id":"%s","type":11,"guild_id":"%s","parent_id":"%s","owner_id":"%s","name":%s,"last_message_id":null,
                 "rate_limit_per_user":0,"message_count":0,"member_count":1,"flags":0,"total_message_sent":0,
                 "thread_metadata":{"archived":false,"auto_archive_duration":1440,"archive_timestamp":"%s","locked":false}}"""
                .formatted(id, GUILD, parent, BOT, quote(name), Instant.now());
    }

    private String guildCreate(Guild guild) {
        String channel = """
                {"id":"%s","type":0,"guild_id":"%s","name":"general","position":0,"permission_overwrites":[],"nsfw":false,
                 "topic":null,"last_message_id":null,"rate_limit_per_user":0,"parent_id":null,"default_auto_archive_duration":1440}"""
                .formatted(guild.channel(), guild.id());
        String everyone = """
                {"id":"%s","name":"@everyone","color":0,"hoist":false,"icon":null,"unicode_emoji":null,"position":0,
                 "permissions":"104324673","managed":false,"mentionable":false,"flags":0}""".formatted(guild.id());
        String admins = """
                {"id":"%s","name":"Admins","color":0,"hoist":false,"icon":null,"unicode_emoji":null,"position":1,
                 "permissions":"104324705","managed":false,"mentionable":false,"flags":0}""".formatted(ADMIN_ROLE);
        return """
                {"id":"%s","name":"Policy Club","icon":null,"splash":null,"discovery_splash":null,"owner_id":"%s","region":"europe",
                 "afk_channel_id":null,"afk_timeout":300,"verification_level":0,"default_message_notifications":0,
                 "explicit_content_filter":0,"roles":[%s,%s],"emojis":[],"features":[],"mfa_level":0,"application_id":null,
                 "system_channel_id":null,"system_channel_flags":0,"rules_channel_id":null,"vanity_url_code":null,"description":null,
                 "banner":null,"premium_tier":0,"premium_subscription_count":0,"preferred_locale":"en-US",
                 "public_updates_channel_id":null,"nsfw_level":0,"stickers":[],"joined_at":"2024-01-01T00:00:00.000000+00:00",
                 "large":false,"unavailable":false,"member_count":4,"voice_states":[],
                 "members":[%s,%s,%s,%s],"channels":[%s],"threads":[],"presences":[]}"""
                .formatted(guild.id(), OWNER, everyone, admins, member(OWNER, "owner"), member(ADMIN, "admin", ADMIN_ROLE),
                        member(MEMBER, "member"), "{\"user\":" + user(BOT, "PolicyDesk", true)
                                + ",\"roles\":[],\"joined_at\":\"2024-01-01T00:00:00.000000+00:00\",\"deaf\":false,\"mute\":false}",
                        channel);
    }

    /** An INTERACTION_CREATE for a slash command, from a member of the guild in #general. */
    String slashCommand(String command, String userId, String name, String roleId, String optionsJson) {
        return slashCommand(FIRST, command, userId, name, roleId, optionsJson);
    }

    /** A slash command used in the given guild's #general. */
    String slashCommand(Guild guild, String command, String userId, String name, String roleId, String optionsJson) {
        String id = newId();
        tokens.put("tok-" + id, guild);
        dispatch(guild, "INTERACTION_CREATE", """
                {"id":"%s","application_id":"%s","type":2,"data":{"id":"700000000000000000","name":"%s","type":1,"options":%s},
                 "guild_id":"%s","channel_id":"%s","channel":{"id":"%s","type":0},"member":%s,"token":"tok-%s","version":1,
                 "locale":"en-US","guild_locale":"en-US","app_permissions":"0","entitlements":[]}"""
                .formatted(id, APP, command, optionsJson, guild.id(), guild.channel(), guild.channel(),
                        roleId == null ? member(userId, name) : member(userId, name, roleId), id));
        return id;
    }

    /**
     * An INTERACTION_CREATE for a slash command with a file attached as option {@code option}, as
     * Discord sends it: the option names the attachment, resolved with its CDN URL (served by this fake).
     */
    String slashCommandWithFile(String command, String userId, String name, String roleId, String option, String fileName,
            byte[] bytes) {
        String attachmentId = newId();
        String path = "/attachments/" + CHANNEL + "/" + attachmentId + "/" + fileName;
        cdnFiles.put(cdn.url(path).encodedPath(), bytes);
        String id = newId();
        dispatch("INTERACTION_CREATE", """
                {"id":"%s","application_id":"%s","type":2,"data":{"id":"700000000000000000","name":"%s","type":1,
                 "options":[{"name":"%s","type":11,"value":"%s"}],
                 "resolved":{"attachments":{"%s":{"id":"%s","filename":%s,"size":%d,"url":"%s","proxy_url":"%s",
                   "content_type":"application/octet-stream"}}}},
                 "guild_id":"%s","channel_id":"%s","channel":{"id":"%s","type":0},"member":%s,"token":"tok-%s","version":1,
                 "locale":"en-US","guild_locale":"en-US","app_permissions":"0","entitlements":[]}"""
                .formatted(id, APP, command, option, attachmentId, attachmentId, attachmentId, quote(fileName), bytes.length,
                        cdn.url(path), cdn.url(path), GUILD, CHANNEL, CHANNEL,
                        roleId == null ? member(userId, name) : member(userId, name, roleId), id));
        return id;
    }

    /** The paths of the attachments the bot fetched from the file server. */
    List<String> cdnFetched() {
        return cdnFetched;
    }

    /** A button press on one of the bot's messages. */
    String buttonClick(String customId, String userId, String name) {
        return buttonClick(FIRST, customId, userId, name);
    }

    /** A button press on one of the bot's messages in the given guild. */
    String buttonClick(Guild guild, String customId, String userId, String name) {
        String id = newId();
        tokens.put("tok-" + id, guild);
        dispatch(guild, "INTERACTION_CREATE", """
                {"id":"%s","application_id":"%s","type":3,"data":{"custom_id":"%s","component_type":2},
                 "guild_id":"%s","channel_id":"%s","channel":{"id":"%s","type":0},"member":%s,"token":"tok-%s","version":1,
                 "locale":"en-US","guild_locale":"en-US","app_permissions":"0","entitlements":[],"message":%s}"""
                .formatted(id, APP, customId, guild.id(), guild.channel(), guild.channel(), member(userId, name), id,
                        message(newId(), guild.channel(), BOT, "PolicyDesk", true, "")));
        return id;
    }

    /** Autocomplete of a slash command option as the user types. */
    String autocomplete(String command, String option, String typed, String userId) {
        String id = newId();
        dispatch("INTERACTION_CREATE", """
                {"id":"%s","application_id":"%s","type":4,"data":{"id":"700000000000000000","name":"%s","type":1,
                 "options":[{"name":"%s","type":3,"value":%s,"focused":true}]},
                 "guild_id":"%s","channel_id":"%s","channel":{"id":"%s","type":0},"member":%s,"token":"tok-%s","version":1,
                 "locale":"en-US","guild_locale":"en-US","app_permissions":"0","entitlements":[]}"""
                .formatted(id, APP, command, option, quote(typed), GUILD, CHANNEL, CHANNEL, member(userId, "member"), id));
        return id;
    }

    /** A message a user posts in a channel (or thread), optionally mentioning the bot. */
    String userMessage(String channelId, String userId, String name, String content, boolean mentionsBot) {
        String id = newId();
        String message = message(id, channelId, userId, name, false, content, mentionsBot ? user(BOT, "PolicyDesk", true) : "");
        dispatch("MESSAGE_CREATE", message.replaceFirst("\\{", "{\"member\":{\"roles\":[],\"joined_at\":\"2024-01-01T00:00:00.000000+00:00\",\"deaf\":false,\"mute\":false},"));
        return id;
    }

    static String quote(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private final class Gateway extends WebSocketListener {
        @Override
        public void onOpen(WebSocket webSocket, Response response) {
            webSocket.send("{\"op\":10,\"d\":{\"heartbeat_interval\":41250}}");
        }

        @Override
        public void onMessage(WebSocket webSocket, String text) {
            JsonNode packet;
            try {
                packet = JSON.readTree(text);
            } catch (IOException e) {
                return;
            }
            switch (packet.path("op").asInt(-1)) {
                case 1 -> webSocket.send("{\"op\":11}");
                case 2 -> {
                    identified.add(text);
                    JsonNode shard = packet.path("d").path("shard");
                    int index = shard.isArray() ? shard.get(0).asInt() : 0;
                    shards = shard.isArray() ? shard.get(1).asInt() : 1;
                    sockets.put(index, webSocket);
                    List<Guild> served = guilds.stream().filter(g -> g.shard(shards) == index).toList();
                    String unavailable = String.join(",", served.stream().map(g -> "{\"id\":\"" + g.id() + "\",\"unavailable\":true}").toList());
                    webSocket.send(("{\"op\":0,\"s\":" + sequence.incrementAndGet() + ",\"t\":\"READY\",\"d\":{\"v\":10,\"user\":"
                            + user(BOT, "PolicyDesk", true) + ",\"session_id\":\"session-" + index + "\",\"resume_gateway_url\":\"ws://127.0.0.1:"
                            + gateway.getPort() + "\",\"guilds\":[" + unavailable + "],"
                            + (shard.isArray() ? "\"shard\":" + shard + "," : "")
                            + "\"private_channels\":[],\"application\":{\"id\":\"" + APP + "\",\"flags\":0}}}"));
                    for (Guild guild : served) {
                        send(webSocket, "GUILD_CREATE", guildCreate(guild));
                    }
                }
                default -> { }
            }
        }

        @Override
        public void onClosing(WebSocket webSocket, int code, String reason) {
            closeCodes.add(code);
            webSocket.close(code, null);
        }
    }

    @Override
    public void close() throws IOException {
        rest.shutdown();
        gateway.shutdown();
        cdn.shutdown();
    }
}
