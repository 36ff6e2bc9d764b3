package org.policydesk.knowledge.ingestion;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serialises the reloads of one store across processes: a reload holds an operating-system lock on
 * a file beside the store ({@code policybot.db.reload-lock}), so two reloads never read the folder
 * and write the store interleaved, and the one that ends last has read the folder last.
 */
final class ReloadLock implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ReloadLock.class);
    private static final long POLL_MILLIS = 50;

    private final FileChannel channel;
    private final FileLock lock;

    private ReloadLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Waits for the lock for as long as another reload holds it. */
    static ReloadLock acquire(Path store) throws IOException {
        boolean said = false;
        while (true) {
            Optional<ReloadLock> lock = tryAcquire(store);
            if (lock.isPresent()) {
                return lock.get();
            }
            if (!said) {
                log.info("Another reload of {} is running; this one starts when it ends.", store.getFileName());
                said = true;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for another reload to end", e);
            }
        }
    }

    /**
     * The lock, or empty when another reload holds it. Where no lock file can be made (a read-only
     * folder), there is nothing to serialise: the store cannot be written either, and the reload says so.
     */
    static Optional<ReloadLock> tryAcquire(Path store) throws IOException {
        Path file = store.resolveSibling(store.getFileName() + ".reload-lock");
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            return Optional.of(new ReloadLock(null, null));
        }
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return Optional.of(new ReloadLock(channel, lock));
            }
        } catch (OverlappingFileLockException e) {
            // Held by another handle on the same store in this process.
        }
        channel.close();
        return Optional.empty();
    }

    @Override
    public void close() throws IOException {
        if (channel != null) {
            try {
                lock.release();
            } finally {
                channel.close();
            }
        }
    }
}
