package org.policydesk.bot;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.policydesk.answering.Turn;

/** How rows of the answers table read back, in either database's log. */
public final class InteractionRows {

    private InteractionRows() {}

    /** Rows of (question, answer), newest first as queried, as turns oldest first. */
    public static List<Turn> turnsOldestFirst(ResultSet rs) throws SQLException {
        List<Turn> turns = new ArrayList<>();
        while (rs.next()) {
            turns.add(0, new Turn(rs.getString(1), rs.getString(2)));
        }
        return turns;
    }
}
