package org.policydesk.app;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A chat model with a deadline for the whole reply. The HTTP client's timeout bounds each wait for
 * bytes, so a server that sends its reply a byte a second never trips it; this bounds the call.
 */
final class DeadlineChatModel implements ChatModel {

    private final ChatModel delegate;
    private final Duration deadline;
    private final ExecutorService calls;

    DeadlineChatModel(ChatModel delegate, Duration deadline, ExecutorService calls) {
        this.delegate = delegate;
        this.deadline = deadline;
        this.calls = calls;
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        Future<ChatResponse> call = calls.submit(() -> delegate.chat(request));
        try {
            return call.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            call.cancel(true);
            throw new IllegalStateException("no whole reply within " + deadline.toSeconds() + " s", e);
        } catch (InterruptedException e) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the model", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }
}
