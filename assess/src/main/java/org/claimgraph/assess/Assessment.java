package org.claimgraph.assess;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.claimgraph.core.InvalidInputException;

/**
 * The result of one assessment: documents with their source clusters, actors and events across
 * documents, and per event everything {@code explain} shows. Can replay itself at an earlier day.
 * Immutable, so thread-safe.
 */
public final class Assessment {
    private final Assessor assessor;
    private final List<AssessInput> inputs;
    private final LocalDate asOf;
    private final String registryVersion;
    private final String policyVersion;
    private final List<DocumentInfo> documents;
    private final List<SourceCluster> sourceClusters;
    private final List<MergedActor> actors;
    private final List<EventAssessment> assessments;

    Assessment(Assessor assessor, List<AssessInput> inputs, LocalDate asOf, String registryVersion, String policyVersion,
            List<DocumentInfo> documents, List<SourceCluster> sourceClusters, List<MergedActor> actors,
            List<EventAssessment> assessments) {
        this.assessor = assessor;
        this.inputs = List.copyOf(inputs);
        this.asOf = asOf;
        this.registryVersion = registryVersion;
        this.policyVersion = policyVersion;
        this.documents = List.copyOf(documents);
        this.sourceClusters = List.copyOf(sourceClusters);
        this.actors = List.copyOf(actors);
        this.assessments = List.copyOf(assessments);
    }

    /** The day this picture is as of; null when it uses every document. */
    public LocalDate asOfDate() {
        return asOf;
    }

    /** The same inputs assessed as of an earlier (or later) day. */
    public Assessment asOf(LocalDate day) {
        return assessor.assess(inputs, day);
    }

    public String registryVersion() {
        return registryVersion;
    }

    public String policyVersion() {
        return policyVersion;
    }

    /** The analyst overrides that were in force. */
    public java.util.Map<String, Grade> overrides() {
        return assessor.policy().overrides();
    }

    public List<DocumentInfo> documents() {
        return documents;
    }

    public List<SourceCluster> sourceClusters() {
        return sourceClusters;
    }

    public List<MergedActor> actors() {
        return actors;
    }

    public List<MergedEvent> events() {
        return assessments.stream().map(EventAssessment::event).toList();
    }

    public List<EventAssessment> assessments() {
        return assessments;
    }

    public Optional<EventAssessment> find(String eventId) {
        return assessments.stream().filter(a -> a.event().id().equals(eventId)).findFirst();
    }

    /** Everything known about one event; fails with the known ids when there is no such event. */
    public EventAssessment explain(String eventId) {
        return find(eventId).orElseThrow(() -> new InvalidInputException(eventId, "no such event; known: "
                + String.join(", ", assessments.stream().map(a -> a.event().id()).toList())));
    }

    /**
     * The picture narrowed to one event: its assessment, the documents that report it and the actors
     * those documents name, so an export can be about one attack. Fails like {@link #explain}.
     */
    public Assessment onlyEvent(String eventId) {
        EventAssessment one = explain(eventId);
        java.util.Set<String> docs = new java.util.HashSet<>();
        one.event().mentions().forEach(m -> docs.add(m.documentId()));
        List<DocumentInfo> keptDocs = documents.stream().filter(d -> docs.contains(d.id())).toList();
        java.util.Set<String> clusters = new java.util.HashSet<>();
        keptDocs.forEach(d -> clusters.add(d.sourceCluster()));
        List<MergedActor> keptActors = actors.stream()
                .filter(a -> a.documents().stream().anyMatch(d -> docs.contains(d.documentId()))).toList();
        return new Assessment(assessor, inputs, asOf, registryVersion, policyVersion, keptDocs,
                sourceClusters.stream().filter(c -> clusters.contains(c.id())).toList(), keptActors, List.of(one));
    }

    /** The merged event that one document's event became, if the document is part of this picture. */
    public Optional<MergedEvent> eventOf(String documentId, String eventId) {
        String ref = documentId + "#" + eventId;
        return events().stream().filter(e -> e.mentions().stream().anyMatch(m -> m.ref().equals(ref))).findFirst();
    }

    public Optional<DocumentInfo> document(String id) {
        return documents.stream().filter(d -> d.id().equals(id)).findFirst();
    }
}
