package org.policydesk.bot;

import java.io.IOException;

/**
 * A file a user attached to a command: its name, the size the front end was told, and how to
 * fetch its bytes, which is done only once the command has checked the name and size.
 */
public record Upload(String fileName, long size, Fetch fetch) {

    /** Fetches the file, failing rather than reading more than {@code atMost} bytes. */
    public interface Fetch {
        byte[] bytes(long atMost) throws IOException;
    }
}
