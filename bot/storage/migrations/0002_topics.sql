-- Topics (issue #13): a chat's default topic and the topic each quiz was asked on.
-- Both hold a topic's folded key (`linux/процессы`); NULL means all the notes.
ALTER TABLE chats ADD COLUMN topic TEXT;
ALTER TABLE quizzes ADD COLUMN topic TEXT;
