-- A body is stored child by child (in practice brief by brief), so an autosave that changed one brief of sixty
-- rewrites one small row instead of the whole document. The body is the doc node { "type": "doc", "content": [...] };
-- row `position` holds content[position].

CREATE TABLE roundup_briefs (
  roundup_id text COLLATE "C" NOT NULL REFERENCES roundups (id) ON DELETE CASCADE,
  position integer NOT NULL CHECK (position >= 0),
  content jsonb NOT NULL,
  PRIMARY KEY (roundup_id, position)
);

INSERT INTO roundup_briefs (roundup_id, position, content)
SELECT roundups.id, (child.ordinality - 1)::integer, child.value
FROM roundups CROSS JOIN LATERAL jsonb_array_elements(roundups.body -> 'content') WITH ORDINALITY AS child (value, ordinality);

ALTER TABLE roundups DROP COLUMN body;
