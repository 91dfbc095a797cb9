-- A body is stored child by child (in practice brief by brief), so an autosave that changed one brief of sixty
-- rewrites one small row instead of the whole document. The body is the doc node { "type": "doc", "content": [...] };
-- row `position` holds content[position] as JSON text.

CREATE TABLE roundup_briefs (
  roundup_id TEXT NOT NULL REFERENCES roundups (id) ON DELETE CASCADE,
  position INTEGER NOT NULL CHECK (position >= 0),
  content TEXT NOT NULL,
  PRIMARY KEY (roundup_id, position)
) STRICT;

INSERT INTO roundup_briefs (roundup_id, position, content)
SELECT roundups.id, CAST(child.key AS INTEGER), child.value
FROM roundups, json_each(roundups.body, '$.content') AS child;

ALTER TABLE roundups DROP COLUMN body;
