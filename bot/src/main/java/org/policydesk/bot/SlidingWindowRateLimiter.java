package org.policydesk.bot;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** At most {@code limit} requests per user in any sliding {@code window}, counted in this process. */
public final class SlidingWindowRateLimiter implements RateLimiter {

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

    public SlidingWindowRateLimiter(int limit, Duration window, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    @Override
    public boolean tryAcquire(String userId) {
        Instant now = clock.instant();
        Deque<Instant> times = recent.computeIfAbsent(userId, id -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(window))) {
                times.pollFirst();
            }
            if (times.size() >= limit) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }

    @Override
    public Duration retryAfter(String userId) {
        Deque<Instant> times = recent.get(userId);
        if (times == null) {
            return Duration.ZERO;
        }
        synchronized (times) {
            Instant oldest = times.peekFirst();
            return oldest == null ? Duration.ZERO : Duration.between(clock.instant(), oldest.plus(window));
        }
    }
}
