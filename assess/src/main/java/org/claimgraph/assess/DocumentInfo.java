package org.claimgraph.assess;

import java.time.LocalDate;

/** A document as an assessment lists it: metadata without the text, and its source cluster. Immutable. */
public record DocumentInfo(String id, String title, String outlet, LocalDate published, String url, String sourceCluster) {
}
