-- Users, chats, quizzes, the poll -> quiz mapping and every recorded answer.
CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    username TEXT,
    lang TEXT NOT NULL DEFAULT 'ru',
    created_at REAL NOT NULL
);

CREATE TABLE chats (
    id INTEGER PRIMARY KEY,
    type TEXT NOT NULL,
    title TEXT,
    tz TEXT,
    active INTEGER NOT NULL DEFAULT 1,
    created_at REAL NOT NULL
);

CREATE TABLE quizzes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    chat_id INTEGER NOT NULL,
    user_id INTEGER,
    kind TEXT NOT NULL DEFAULT 'quiz',
    lang TEXT NOT NULL DEFAULT 'ru',
    questions TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,
    open_seconds INTEGER,
    status TEXT NOT NULL DEFAULT 'active',
    created_at REAL NOT NULL,
    finished_at REAL
);
CREATE INDEX quizzes_chat_status ON quizzes (chat_id, status);

CREATE TABLE polls (
    poll_id TEXT PRIMARY KEY,
    quiz_id INTEGER NOT NULL REFERENCES quizzes (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    chat_id INTEGER NOT NULL,
    message_id INTEGER,
    question_id TEXT NOT NULL,
    card_id TEXT NOT NULL,
    correct TEXT NOT NULL,
    sent_at REAL NOT NULL,
    closes_at REAL,
    closed INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX polls_quiz ON polls (quiz_id, position);

CREATE TABLE answers (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    chat_id INTEGER NOT NULL,
    quiz_id INTEGER,
    poll_id TEXT,
    card_id TEXT NOT NULL,
    question_id TEXT NOT NULL,
    chosen TEXT NOT NULL,
    correct INTEGER NOT NULL,
    seconds REAL,
    points INTEGER NOT NULL DEFAULT 0,
    kind TEXT NOT NULL DEFAULT 'quiz',
    answered_at REAL NOT NULL,
    UNIQUE (poll_id, user_id)
);
CREATE INDEX answers_user ON answers (user_id, answered_at);
CREATE INDEX answers_chat ON answers (chat_id, answered_at);
CREATE INDEX answers_quiz ON answers (quiz_id);

-- Spaced repetition: one review state per user and card.
CREATE TABLE reviews (
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    card_id TEXT NOT NULL,
    ease REAL NOT NULL,
    interval_days REAL NOT NULL,
    repetitions INTEGER NOT NULL,
    lapses INTEGER NOT NULL,
    due REAL,
    last_review REAL,
    PRIMARY KEY (user_id, card_id)
);
CREATE INDEX reviews_due ON reviews (user_id, due);

-- Daily pushes.
CREATE TABLE subscriptions (
    chat_id INTEGER PRIMARY KEY,
    local_time TEXT NOT NULL,
    questions INTEGER NOT NULL DEFAULT 3,
    last_sent REAL,
    created_at REAL NOT NULL
);

-- Group competitions: one row per round; points per answer live in answers.
CREATE TABLE rounds (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    chat_id INTEGER NOT NULL,
    quiz_id INTEGER NOT NULL REFERENCES quizzes (id) ON DELETE CASCADE,
    status TEXT NOT NULL DEFAULT 'running',
    started_by INTEGER,
    started_at REAL NOT NULL,
    finished_at REAL,
    results TEXT
);
CREATE INDEX rounds_chat ON rounds (chat_id, status);
