-- The facts extracted from one document (claimgraph-extraction/1), one row set per document.
-- Every list keeps its order in a seq column so the stored Extraction is rebuilt exactly.
-- Ids of actors, events and assertions are local to a document, so keys are (document_id, id).
-- References inside an extraction (partOf, event, holder, suspect) are not foreign keys on
-- purpose: holder may be 'author', and an extractor's dangling reference should be stored and
-- visible rather than make the whole document unsaveable. They are indexed for cross-document
-- queries (events by country, assertions by actor).
-- Nullable record components are nullable columns; where a record itself may be null or hold
-- only nulls (CountRange, Perpetrators), a has_* flag keeps the two apart.

CREATE TABLE extractions (
    document_id        VARCHAR(71)   NOT NULL,
    format             VARCHAR(100),
    extractor_version  VARCHAR(200),
    extracted_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    -- The extraction's own document header, which normally repeats the documents row but is
    -- kept as written so the round trip is exact.
    header_title       VARCHAR(2000),
    header_published   VARCHAR(10),    -- ISO date as a string, as in the JSON
    header_outlet      VARCHAR(500),
    header_url         VARCHAR(4000),
    header_language    VARCHAR(35),
    CONSTRAINT extractions_pk PRIMARY KEY (document_id),
    CONSTRAINT extractions_document_fk FOREIGN KEY (document_id) REFERENCES documents (id) ON DELETE CASCADE
);

CREATE TABLE extraction_removed_spans (
    document_id  VARCHAR(71)   NOT NULL,
    seq          INTEGER       NOT NULL,
    start_offset INTEGER       NOT NULL,
    end_offset   INTEGER       NOT NULL,
    reason       VARCHAR(200)  NOT NULL,
    CONSTRAINT extraction_removed_spans_pk PRIMARY KEY (document_id, seq),
    CONSTRAINT extraction_removed_spans_fk FOREIGN KEY (document_id) REFERENCES extractions (document_id) ON DELETE CASCADE
);

CREATE TABLE actors (
    document_id   VARCHAR(71)   NOT NULL,
    actor_id      VARCHAR(100)  NOT NULL,
    seq           INTEGER       NOT NULL,
    name          VARCHAR(1000),
    kind          VARCHAR(40),    -- ActorKind JSON name, e.g. 'armed-group'
    part_of       VARCHAR(100),   -- another actor_id of the same document
    role          VARCHAR(1000),
    affiliation   VARCHAR(1000),
    registry_key  VARCHAR(200),
    CONSTRAINT actors_pk PRIMARY KEY (document_id, actor_id),
    CONSTRAINT actors_seq_uq UNIQUE (document_id, seq),
    CONSTRAINT actors_extraction_fk FOREIGN KEY (document_id) REFERENCES extractions (document_id) ON DELETE CASCADE
);

CREATE INDEX actors_registry_key_idx ON actors (registry_key);
CREATE INDEX actors_name_idx ON actors (name);

CREATE TABLE actor_aliases (
    document_id  VARCHAR(71)   NOT NULL,
    actor_id     VARCHAR(100)  NOT NULL,
    seq          INTEGER       NOT NULL,
    alias        VARCHAR(1000) NOT NULL,
    CONSTRAINT actor_aliases_pk PRIMARY KEY (document_id, actor_id, seq),
    CONSTRAINT actor_aliases_actor_fk FOREIGN KEY (document_id, actor_id) REFERENCES actors (document_id, actor_id) ON DELETE CASCADE
);

CREATE INDEX actor_aliases_alias_idx ON actor_aliases (alias);

CREATE TABLE actor_mentions (
    document_id  VARCHAR(71)   NOT NULL,
    actor_id     VARCHAR(100)  NOT NULL,
    seq          INTEGER       NOT NULL,
    start_offset INTEGER       NOT NULL,
    end_offset   INTEGER       NOT NULL,
    CONSTRAINT actor_mentions_pk PRIMARY KEY (document_id, actor_id, seq),
    CONSTRAINT actor_mentions_actor_fk FOREIGN KEY (document_id, actor_id) REFERENCES actors (document_id, actor_id) ON DELETE CASCADE,
    CONSTRAINT actor_mentions_offsets_ck CHECK (start_offset >= 0 AND end_offset >= start_offset)
);

CREATE TABLE events (
    document_id        VARCHAR(71)   NOT NULL,
    event_id           VARCHAR(100)  NOT NULL,
    seq                INTEGER       NOT NULL,
    kind               VARCHAR(40),    -- EventKind JSON name
    subtype            VARCHAR(100),
    event_date         VARCHAR(10),    -- ISO 8601 cut to the supported precision: 2024, 2024-01, 2024-01-03
    date_precision     VARCHAR(10),    -- DatePrecision JSON name
    place              VARCHAR(1000),
    site               VARCHAR(1000),
    country            VARCHAR(200),
    has_killed         BOOLEAN       NOT NULL,
    killed_min         INTEGER,
    killed_max         INTEGER,
    has_injured        BOOLEAN       NOT NULL,
    injured_min        INTEGER,
    injured_max        INTEGER,
    has_perpetrators   BOOLEAN       NOT NULL,
    perpetrator_count  INTEGER,
    perpetrators_captured BOOLEAN,
    perpetrator_nationality VARCHAR(200),
    CONSTRAINT events_pk PRIMARY KEY (document_id, event_id),
    CONSTRAINT events_seq_uq UNIQUE (document_id, seq),
    CONSTRAINT events_extraction_fk FOREIGN KEY (document_id) REFERENCES extractions (document_id) ON DELETE CASCADE
);

CREATE INDEX events_country_idx ON events (country, event_date);

CREATE TABLE event_mentions (
    document_id  VARCHAR(71)   NOT NULL,
    event_id     VARCHAR(100)  NOT NULL,
    seq          INTEGER       NOT NULL,
    start_offset INTEGER       NOT NULL,
    end_offset   INTEGER       NOT NULL,
    CONSTRAINT event_mentions_pk PRIMARY KEY (document_id, event_id, seq),
    CONSTRAINT event_mentions_event_fk FOREIGN KEY (document_id, event_id) REFERENCES events (document_id, event_id) ON DELETE CASCADE,
    CONSTRAINT event_mentions_offsets_ck CHECK (start_offset >= 0 AND end_offset >= start_offset)
);

CREATE TABLE assertions (
    document_id     VARCHAR(71)   NOT NULL,
    assertion_id    VARCHAR(100)  NOT NULL,
    seq             INTEGER       NOT NULL,
    event_id        VARCHAR(100),   -- an event_id of the same document
    holder          VARCHAR(100),   -- an actor_id of the same document, or 'author'
    suspect         VARCHAR(100),   -- an actor_id of the same document
    kind            VARCHAR(40),    -- AssertionKind JSON name
    certainty       VARCHAR(20),    -- Certainty JSON name
    channel         VARCHAR(1000),  -- as the extractor gives it (an outlet actor id or name)
    assertion_date  VARCHAR(10),
    evidence_start  INTEGER,        -- null when the assertion has no evidence
    evidence_end    INTEGER,
    evidence_text   TEXT,
    CONSTRAINT assertions_pk PRIMARY KEY (document_id, assertion_id),
    CONSTRAINT assertions_seq_uq UNIQUE (document_id, seq),
    CONSTRAINT assertions_extraction_fk FOREIGN KEY (document_id) REFERENCES extractions (document_id) ON DELETE CASCADE,
    CONSTRAINT assertions_evidence_ck CHECK ((evidence_start IS NULL AND evidence_end IS NULL)
        OR (evidence_start >= 0 AND evidence_end >= evidence_start))
);

CREATE INDEX assertions_event_idx ON assertions (document_id, event_id);
CREATE INDEX assertions_holder_idx ON assertions (holder);
CREATE INDEX assertions_suspect_idx ON assertions (suspect);
