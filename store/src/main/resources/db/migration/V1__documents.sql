-- Documents and the spans cleaning removed from them.
-- Portable SQL: this file runs unchanged on H2 2.x and PostgreSQL. Column names avoid words that
-- either database reserves (END, VALUE, KEY, DATE, YEAR, ...), hence start_offset/end_offset.
-- Offsets are UTF-16 code units into documents.body, end exclusive.

CREATE TABLE documents (
    id           VARCHAR(71)   NOT NULL,  -- 'sha256:' + 64 lower-case hex digits
    body         TEXT          NOT NULL,  -- the text exactly as given; the id is its hash
    title        VARCHAR(2000),
    outlet       VARCHAR(500),
    published    DATE,
    url          VARCHAR(4000),
    language     VARCHAR(35),
    source       VARCHAR(4000),
    content_type VARCHAR(255),
    fetched_at   TIMESTAMP WITH TIME ZONE,
    ingested_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT documents_pk PRIMARY KEY (id)
);

CREATE INDEX documents_published_idx ON documents (published, ingested_at);
CREATE INDEX documents_outlet_idx ON documents (outlet);

CREATE TABLE removed_spans (
    document_id  VARCHAR(71)   NOT NULL,
    seq          INTEGER       NOT NULL,  -- position in Document.removed()
    start_offset INTEGER       NOT NULL,
    end_offset   INTEGER       NOT NULL,
    reason       VARCHAR(200)  NOT NULL,
    CONSTRAINT removed_spans_pk PRIMARY KEY (document_id, seq),
    CONSTRAINT removed_spans_document_fk FOREIGN KEY (document_id) REFERENCES documents (id) ON DELETE CASCADE,
    CONSTRAINT removed_spans_offsets_ck CHECK (start_offset >= 0 AND end_offset >= start_offset)
);
