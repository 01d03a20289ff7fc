-- Self-checks: a flashcard whose answer is too long for a poll is asked as a message and the
-- learner says whether they knew it. Such answers move spaced repetition only, so every
-- score (leaderboards, streaks, accuracy, best results, weak spots) leaves them out.
ALTER TABLE answers ADD COLUMN selfcheck INTEGER NOT NULL DEFAULT 0;
