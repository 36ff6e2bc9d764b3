package org.policydesk.concurrent;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Work offered to the common pool that the caller does itself if no pool thread has started it by
 * the time the caller needs the result: two pieces of work (keyword search and the vector search,
 * opening the store and loading the model) share the cores when they are idle, and under load a
 * busy pool never leaves a caller waiting for work it could do.
 */
public final class SharedTask<T> {

    private final Supplier<T> work;
    private final AtomicBoolean claimed = new AtomicBoolean();
    private final CompletableFuture<T> result = new CompletableFuture<>();

    private SharedTask(Supplier<T> work) {
        this.work = work;
    }

    public static <T> SharedTask<T> start(Supplier<T> work) {
        SharedTask<T> task = new SharedTask<>(work);
        ForkJoinPool.commonPool().execute(task::runIfUnclaimed);
        return task;
    }

    /** The result, computed here if no pool thread took the work; its exception if it failed. */
    public T join() {
        runIfUnclaimed();
        try {
            return result.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** Waits until the work is done or has failed, whichever thread does it; never throws its failure. */
    public void settle() {
        runIfUnclaimed();
        result.handle((value, failure) -> null).join();
    }

    private void runIfUnclaimed() {
        if (claimed.compareAndSet(false, true)) {
            try {
                result.complete(work.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        }
    }
}
