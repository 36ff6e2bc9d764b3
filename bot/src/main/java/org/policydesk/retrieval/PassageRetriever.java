package org.policydesk.retrieval;

import java.util.List;

/** Finds the passages that best match a query, best first. */
public interface PassageRetriever {

    List<ScoredPassage> retrieve(String query, int k);
}
