package org.policydesk.bot;

import java.time.Duration;

/** How many costly requests a user may make in a while: counted in this process, or across instances. */
public interface RateLimiter {

    /** Counts a request and says whether it is allowed; if not, {@link #retryAfter} says when. */
    boolean tryAcquire(String userId);

    /** How long until the user may ask again. */
    Duration retryAfter(String userId);
}
