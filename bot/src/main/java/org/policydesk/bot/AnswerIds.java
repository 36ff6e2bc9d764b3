package org.policydesk.bot;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Ids of recorded answers: random, so instances never collide, and short enough for a button's custom id. */
public final class AnswerIds {

    private AnswerIds() {}

    public static String next(SecureRandom random) {
        byte[] bytes = new byte[8];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
