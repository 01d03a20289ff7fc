-- Self-checks: a flashcard whose answer is too long for a poll is asked as a message and the
-- learner says whether they knew it. Nobody checks such an answer, so no score counts it
-- (points, leaderboards, answer counts, accuracy, streaks, best results); what it says about
-- the card still counts for spaced repetition and weak spots.
ALTER TABLE answers ADD COLUMN selfcheck INTEGER NOT NULL DEFAULT 0;
