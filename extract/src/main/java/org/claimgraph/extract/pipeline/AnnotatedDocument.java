package org.claimgraph.extract.pipeline;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.claimgraph.core.Document;
import org.claimgraph.extract.rules.Model;

/**
 * The working state of one document as it passes through the stages: CoreNLP annotation, cue hits,
 * selected sentences, and the facts found so far. Mutable and confined to one thread: each call of
 * the extractor makes its own.
 */
public final class AnnotatedDocument {
    /** How the text is cased; all-caps and all-lower text gets truecased before tagging. */
    public enum CaseProfile { MIXED, UPPER, LOWER }

    /** Kinds of cue the scan finds. */
    public enum CueType { TRIGGER, RESPONSIBILITY, MODIFIER, REPORTING, CASUALTY, ACTOR, SITE, ROLE }

    /** A cue: document token range [start, end) in sentence {@code sentence}, with its lexicon entry. */
    public record CueHit(int sentence, int start, int end, CueType type, Object payload) {
    }

    private final Document document;
    private final Annotation annotation;
    Annotation annotationRef;
    List<CoreLabel> tokens;
    List<CoreMap> sentences;
    CaseProfile caseProfile;
    List<CueHit> cues;
    BitSet selected;
    /** Sentences with an event, casualty or responsibility cue (selected = these and their neighbours). */
    BitSet hot;
    BitSet parsed = new BitSet();
    private BitSet parseable = new BitSet();
    private BitSet frameParseable = new BitSet();
    private StanfordCoreNLP parser;
    BitSet named = new BitSet();
    BitSet dated = new BitSet();
    BitSet removedTokens = new BitSet();
    private final Set<Requirement> done = EnumSet.noneOf(Requirement.class);
    private List<Model.ActorNode> actors;
    private List<Model.EventNode> events;
    private List<Model.AssertionDraft> assertions;
    private final List<Model.ActorMention> actorMentions = new ArrayList<>();
    private final List<Model.EventMention> eventMentions = new ArrayList<>();

    public AnnotatedDocument(Document document) {
        this.document = document;
        this.annotation = new Annotation(document.text());
    }

    public Document document() {
        return document;
    }

    public String text() {
        return document.text();
    }

    public Annotation annotation() {
        return annotation;
    }

    public List<CoreLabel> tokens() {
        return tokens;
    }

    public List<CoreMap> sentences() {
        return sentences;
    }

    public CaseProfile caseProfile() {
        return caseProfile;
    }

    public List<CueHit> cues() {
        return cues;
    }

    /** Sentences chosen for the expensive stages (cue sentences and their neighbours). */
    public BitSet selected() {
        return selected;
    }

    /** Sentences that got named entities and dates (ner). */
    public BitSet named() {
        return named;
    }

    /** Sentences that also got SUTime and the numeric classifiers (they may hold a number or time). */
    public BitSet dated() {
        return dated;
    }

    /**
     * Lets {@link #dependencies} parse these sentences when a rule first asks, and {@link #frameParse}
     * the wider set the frames read. Parsing is the costliest stage and runs on demand. The cue rules
     * see a parse only where they always did: they fall back to surface patterns elsewhere, and a parse
     * made for the frames must not change what they read.
     */
    void allowParsing(BitSet which, BitSet forFrames, StanfordCoreNLP dependencyParser) {
        parseable = (BitSet) which.clone();
        frameParseable = (BitSet) forFrames.clone();
        frameParseable.or(which);
        parser = dependencyParser;
    }

    /**
     * The dependency parse of a sentence, made on first use; null for a sentence the pipeline did not
     * mark parseable for the cue rules (none of its cues needs a parse).
     */
    public SemanticGraph dependencies(int sentence) {
        return parseable.get(sentence) ? parse(sentence) : null;
    }

    /** The parse of a sentence the frames may read (a deed or responsibility told there or just before), else null. */
    public SemanticGraph frameParse(int sentence) {
        return frameParseable.get(sentence) ? parse(sentence) : null;
    }

    private SemanticGraph parse(int sentence) {
        if (!parsed.get(sentence)) {
            if (parser == null) {
                return null;
            }
            BitSet one = new BitSet();
            one.set(sentence);
            parser.annotate(Stages.subset(this, one));
            parsed.set(sentence);
        }
        return sentences.get(sentence).get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
    }

    /** Sentences that were dependency-parsed (so far: parsing is on demand). */
    public BitSet parsed() {
        return parsed;
    }

    /** Token indices that lie in a removed span of the document: no fact may come from them. */
    public BitSet removedTokens() {
        return removedTokens;
    }

    public Set<Requirement> done() {
        return done;
    }

    public List<Model.ActorNode> actors() {
        return actors;
    }

    public void setActors(List<Model.ActorNode> a) {
        this.actors = a;
    }

    public List<Model.EventNode> events() {
        return events;
    }

    public void setEvents(List<Model.EventNode> e) {
        this.events = e;
    }

    public List<Model.AssertionDraft> assertions() {
        return assertions;
    }

    public void setAssertions(List<Model.AssertionDraft> a) {
        this.assertions = a;
    }

    public List<Model.ActorMention> actorMentions() {
        return actorMentions;
    }

    public List<Model.EventMention> eventMentions() {
        return eventMentions;
    }

    /** Cue hits of one type in one sentence. */
    public List<CueHit> cues(int sentence, CueType type) {
        List<CueHit> out = new ArrayList<>();
        for (CueHit h : cues) {
            if (h.sentence() == sentence && h.type() == type) {
                out.add(h);
            }
        }
        return out;
    }
}
