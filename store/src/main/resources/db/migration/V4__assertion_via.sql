-- An assertion about a group that follows from one about a member the evidence names ("accused
-- Colonel X", X being in the army): the member's actor_id in the same document; null otherwise.
ALTER TABLE assertions ADD COLUMN via_actor VARCHAR(100);
