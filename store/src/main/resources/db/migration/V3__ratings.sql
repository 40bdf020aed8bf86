-- Analysts' source-reliability overrides (`claimgraph rate ACTOR GRADE`), by actor key: a registry
-- key, or kind:folded-name for actors outside the registry. Grades are Admiralty letters A-F.
CREATE TABLE reliability_overrides (
    actor_key   VARCHAR(500)  NOT NULL,
    grade       CHAR(1)       NOT NULL,
    note        VARCHAR(2000),
    rated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT reliability_overrides_pk PRIMARY KEY (actor_key),
    CONSTRAINT reliability_overrides_grade_ck CHECK (grade IN ('A', 'B', 'C', 'D', 'E', 'F'))
);
