-- Embedded mode schema, version 4 (issue 8, "demo data a buyer would trust").
-- Demo posts are spread over a fixed span whatever their number: the spacing between two generated
-- posts is chosen at the first generation and kept, so a later top-up continues the same time line.
-- Data directories generated before this version used 61 s.
ALTER TABLE trk_generated ADD COLUMN spacing_seconds INTEGER DEFAULT 61 NOT NULL;

-- Usage is now read from the posts themselves (posts tracked per day, notifications for them), so
-- the overview's figures always agree with the Posts screen: the separate counters go.
DROP TABLE bot_usage_day;
