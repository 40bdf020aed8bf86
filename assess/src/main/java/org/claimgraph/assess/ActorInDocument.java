package org.claimgraph.assess;

/** What one document says of an actor: the name it used, and a person's role and affiliation there. Immutable. */
public record ActorInDocument(String documentId, String actorId, String name, String role, String affiliation) {
}
