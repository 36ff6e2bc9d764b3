package org.policydesk.concurrent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SharedTaskTest {

    @Test
    void theWorkRunsExactlyOnceWhoeverGetsToItFirst() {
        AtomicInteger runs = new AtomicInteger();
        for (int i = 0; i < 2_000; i++) {
            int n = i;
            SharedTask<Integer> task = SharedTask.start(() -> {
                runs.incrementAndGet();
                return n * 2;
            });
            assertThat(task.join()).isEqualTo(n * 2);
        }
        assertThat(runs.get()).isEqualTo(2_000);
    }

    @Test
    void aFailureReachesTheCallerAsItWasThrown() {
        SharedTask<String> task = SharedTask.start(() -> {
            throw new IllegalStateException("keyword search failed");
        });
        task.settle();
        assertThatThrownBy(task::join).isInstanceOf(IllegalStateException.class).hasMessage("keyword search failed");
    }

    @Test
    void aCallerDoesTheWorkItselfWhenEveryPoolThreadIsBusy() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch busy = new CountDownLatch(ForkJoinPool.getCommonPoolParallelism());
        List<SharedTask<Boolean>> blockers = new ArrayList<>();
        for (int i = 0; i < ForkJoinPool.getCommonPoolParallelism(); i++) {
            blockers.add(SharedTask.start(() -> {
                busy.countDown();
                try {
                    return release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }));
        }
        try {
            assertThat(busy.await(10, TimeUnit.SECONDS)).as("every pool thread is held").isTrue();
            Thread caller = Thread.currentThread();
            SharedTask<Thread> task = SharedTask.start(Thread::currentThread);
            assertThat(task.join()).isSameAs(caller);
        } finally {
            release.countDown();
            blockers.forEach(SharedTask::settle);
        }
    }
}
