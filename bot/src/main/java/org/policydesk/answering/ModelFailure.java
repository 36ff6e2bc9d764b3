package org.policydesk.answering;

import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.TimeoutException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;

/**
 * Says what went wrong with a language-model call in words fit for a reader and a log line: never
 * the exception's message, which can quote a request, a response body or a key.
 */
public final class ModelFailure {

    private ModelFailure() {}

    public static String describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException || t instanceof SocketTimeoutException || t instanceof HttpTimeoutException) {
                return "it did not answer in time";
            }
            if (t instanceof ConnectException || t instanceof UnknownHostException) {
                return "it could not be reached";
            }
            if (t instanceof AuthenticationException) {
                return "it refused the credentials";
            }
            if (t instanceof RateLimitException) {
                return "it is rate-limiting requests";
            }
            if (t instanceof HttpException http) {
                int status = http.statusCode();
                return status == 401 || status == 403 ? "it refused the credentials (HTTP " + status + ")"
                        : status == 429 ? "it is rate-limiting requests (HTTP 429)"
                        : "it failed (HTTP " + status + ")";
            }
        }
        return "it failed (" + failure.getClass().getSimpleName() + ")";
    }
}
