package org.policydesk.app;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.List;
import org.policydesk.config.Secret;

/**
 * A chat model whose replies never carry the bot's secrets: a server that echoes the API key it was
 * sent (or a document that planted the Discord token) gets the value masked before any answer,
 * summary, note or stored record can hold it.
 */
final class SecretScrubbingChatModel implements ChatModel {

    private final ChatModel delegate;
    private final List<Secret> secrets;

    SecretScrubbingChatModel(ChatModel delegate, List<Secret> secrets) {
        this.delegate = delegate;
        this.secrets = secrets.stream().filter(Secret::isPresent).toList();
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        ChatResponse response = delegate.chat(request);
        AiMessage message = response.aiMessage();
        if (message == null || message.text() == null) {
            return response;
        }
        String text = message.text();
        for (Secret secret : secrets) {
            text = secret.redact(text);
        }
        return text.equals(message.text()) ? response : response.toBuilder().aiMessage(message.withText(text)).build();
    }
}
