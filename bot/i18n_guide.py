"""The long how-to texts of the catalogue (`bot.i18n` merges them into its tables): help by
chat type, the greeting in a new group, privacy mode, ids and access; the labels of the
progress pictures; the texts of topics; and the texts of self-checks (flashcards whose
answers are too long for a poll).

Kept apart so the main tables stay short enough to read; look strings up with `bot.i18n.t`.
"""

from __future__ import annotations

GUIDE_RU: dict[str, str] = {
    "help_group": (
        "Что я умею в группе:\n"
        "/define термин — определение из конспекта (или ответьте на моё сообщение)\n"
        "/quiz [N] — викторина; отвечать могут все, ответ засчитывается каждому\n"
        "/stop — остановить викторину (её автор или администратор) или соревнование\n"
        "/review — ваше повторение, /stats — ваш прогресс\n"
        "/top — рейтинг чата (/top season, /top chart), /weak — что команда путает\n"
        "/daily — когда ежедневная викторина, /id — ID чата и ваш\n\n"
        "Только администраторам группы:\n"
        "/compete [N] [СЕКУНДЫ] — соревнование на скорость\n"
        "/daily ЧЧ:ММ, /daily off — ежедневная викторина\n"
        "/timezone Регион/Город — часовой пояс группы (или город, или UTC+3)\n\n"
        "{privacy}"
    ),
    "privacy_on": (
        "Режим приватности включён: в группе я вижу только команды, ответы на мои "
        "сообщения и упоминания @{bot}. Вопросы вида «?термин» до меня не доходят. Чтобы "
        "они работали, выключите режим в @BotFather (/setprivacy → Disable) и добавьте "
        "меня в группу заново — или сделайте меня администратором группы."
    ),
    "privacy_off": "Спросить можно и так: «?термин» — я вижу сообщения группы.",
    "greet_group": (
        "Привет! Я учу команду по её конспектам.\n"
        "• Спросить: /define термин или ответом на моё сообщение{ask_more}.\n"
        "• Викторина: /quiz 5 — отвечать могут все.\n"
        "• Соревнование: /compete 10 20 — 10 вопросов по 20 секунд, очки за скорость.\n"
        "• Каждый день: /daily 09:30 — викторина в это время.\n"
        "Соревнования, /daily и /timezone запускают администраторы группы. "
        "/help — все команды."
    ),
    "greet_ask_more": ", а также «?термин»",
    "greet_not_allowed": (
        "Я отвечаю только своей команде, а этой группы нет в моём списке. ID группы: "
        "{chat_id} — владелец бота может добавить его в TUTOR_ALLOWED_CHATS."
    ),
    "chart_days": "Последние {days} {days_word}: {n} {answers}, верно {accuracy}%",
    "chart_answers": "ответов за день",
    "chart_accuracy": "верно, %",
    "chart_mastery": "Освоение по разделам (доля верных ответов)",
    "chart_points": "очки",
    "top_chart_week": "Рейтинг чата: эта неделя",
    "top_chart_all": "Рейтинг чата: за всё время",
    "id_private": (
        "Ваш ID: {user_id}.\n"
        "Владелец бота вписывает ID в .env: TUTOR_ADMINS — кто может /reload, "
        "TUTOR_ALLOWED_CHATS — кому бот отвечает (ID людей и групп)."
    ),
    "id_group": (
        "ID этой группы: {chat_id}. Ваш ID: {user_id}.\n"
        "Владелец бота вписывает ID в .env: TUTOR_ALLOWED_CHATS — кому бот отвечает "
        "(ID групп и людей), TUTOR_ADMINS — кто может /reload."
    ),
    "not_allowed_private": (
        "Я отвечаю только своей команде. Ваш ID: {user_id} — попросите владельца бота "
        "добавить его в TUTOR_ALLOWED_CHATS."
    ),
    "not_allowed_group": (
        "Эта группа не в списке TUTOR_ALLOWED_CHATS. ID группы: {chat_id} — "
        "попросите владельца бота добавить его."
    ),
}

GUIDE_EN: dict[str, str] = {
    "help_group": (
        "What I can do in a group:\n"
        "/define term — a definition from the notes (or reply to my message)\n"
        "/quiz [N] — a quiz; anyone may answer, every answer counts for whoever gives it\n"
        "/stop — stop the quiz (its starter or an admin) or the competition\n"
        "/review — your review, /stats — your progress\n"
        "/top — chat leaderboard (/top season, /top chart), /weak — what the team gets wrong\n"
        "/daily — when the daily quiz is, /id — the chat's id and yours\n\n"
        "Group administrators only:\n"
        "/compete [N] [SECONDS] — a speed competition\n"
        "/daily HH:MM, /daily off — the daily quiz\n"
        "/timezone Area/City — the group's time zone (or a city, or UTC+3)\n\n"
        "{privacy}"
    ),
    "privacy_on": (
        "Privacy mode is on: in a group I see only commands, replies to my messages and "
        "mentions of @{bot}. Questions like “?term” do not reach me. To make them work, "
        "disable it in @BotFather (/setprivacy → Disable) and add me to the group again — "
        "or make me a group administrator."
    ),
    "privacy_off": "You can also ask “?term” — I see the group's messages.",
    "greet_group": (
        "Hi! I tutor a team from its own notes.\n"
        "• Ask: /define term or reply to my message{ask_more}.\n"
        "• Quiz: /quiz 5 — anyone may answer.\n"
        "• Competition: /compete 10 20 — 10 questions, 20 seconds each, points for speed.\n"
        "• Every day: /daily 09:30 — a quiz at that time.\n"
        "Competitions, /daily and /timezone are for group administrators. /help lists all."
    ),
    "greet_ask_more": ", or “?term”",
    "greet_not_allowed": (
        "I only answer my own team, and this group is not on my list. The group's id: "
        "{chat_id} — the bot's owner can add it to TUTOR_ALLOWED_CHATS."
    ),
    "chart_days": "Last {days} {days_word}: {n} {answers}, {accuracy}% correct",
    "chart_answers": "answers a day",
    "chart_accuracy": "correct, %",
    "chart_mastery": "Mastery by section (share of correct answers)",
    "chart_points": "points",
    "top_chart_week": "Chat leaderboard: this week",
    "top_chart_all": "Chat leaderboard: all time",
    "id_private": (
        "Your id: {user_id}.\n"
        "The bot's owner puts ids in .env: TUTOR_ADMINS — who may /reload, "
        "TUTOR_ALLOWED_CHATS — whom the bot answers (people's and groups' ids)."
    ),
    "id_group": (
        "This group's id: {chat_id}. Your id: {user_id}.\n"
        "The bot's owner puts ids in .env: TUTOR_ALLOWED_CHATS — whom the bot answers "
        "(groups' and people's ids), TUTOR_ADMINS — who may /reload."
    ),
    "not_allowed_private": (
        "I only answer my own team. Your id: {user_id} — ask the bot's owner to add it to "
        "TUTOR_ALLOWED_CHATS."
    ),
    "not_allowed_group": (
        "This group is not in TUTOR_ALLOWED_CHATS. The group's id: {chat_id} — ask the "
        "bot's owner to add it."
    ),
}

# Topics: /topics, /topic and topic arguments.
TOPICS_RU: dict[str, str] = {
    "help_topics": (
        "/topics — темы конспектов, /topic тема — тема чата (/topic all — все конспекты)\n"
        "Тему можно указать и в команде: /quiz 5 linux, /compete 10 20 сети, /review linux, "
        "/weak linux"
    ),
    "console_help_topics": "/topics — темы, /topic тема — тема по умолчанию, /quiz [N] [тема]",
    "topic_line": "Тема: {topic}",
    "topic_unknown": "Не знаю темы «{topic}». Ближе всего: {closest}. Все темы: /topics",
    "topic_empty": "По теме «{topic}» пока нечего спрашивать. Все темы: /topics",
    "topics_title": "Темы конспектов — нажмите на тему, чтобы начать викторину по ней:",
    "topics_more": "Показаны {shown} из {total}. Найти тему: /topics слово",
    "topics_none": "В конспектах нет тем: ни папок, ни тегов. Вопросы — по всем конспектам.",
    "topic_show": (
        "Тема чата: {topic} ({cards} {cards_word}). /quiz, /review, /weak, /compete и "
        "ежедневная викторина — по ней. Сменить: /topic тема, все конспекты: /topic all"
    ),
    "topic_show_none": (
        "Тема чата не выбрана: вопросы по всем конспектам. Выбрать: /topic тема (список — "
        "/topics)."
    ),
    "topic_show_lost": (
        "Темы «{topic}» больше нет в конспектах, вопросы — по всем. Выбрать другую: /topic тема"
    ),
    "topic_set": (
        "Готово: тема чата — {topic}. /quiz, /review, /weak, /compete и ежедневная викторина "
        "теперь по ней; /topic all — снова все конспекты."
    ),
    "topic_cleared": "Готово: тема чата сброшена, вопросы — по всем конспектам.",
    "btn_topic": "{topic} · {cards}",
    "btn_again_topic": "Ещё по теме",
    "stats_topics": "По темам: {topics}",
}

TOPICS_EN: dict[str, str] = {
    "help_topics": (
        "/topics — topics of the notes, /topic name — the chat's topic (/topic all — all notes)\n"
        "Commands take a topic too: /quiz 5 linux, /compete 10 20 networking, /review linux, "
        "/weak linux"
    ),
    "console_help_topics": "/topics — topics, /topic name — the default topic, /quiz [N] [topic]",
    "topic_line": "Topic: {topic}",
    "topic_unknown": "I don't know the topic “{topic}”. Closest: {closest}. All topics: /topics",
    "topic_empty": "There is nothing to ask about “{topic}” yet. All topics: /topics",
    "topics_title": "Topics of the notes — tap one to start a quiz on it:",
    "topics_more": "Showing {shown} of {total}. Find a topic: /topics word",
    "topics_none": "The notes have no topics: no folders, no tags. Questions come from all notes.",
    "topic_show": (
        "The chat's topic: {topic} ({cards} {cards_word}). /quiz, /review, /weak, /compete and "
        "the daily quiz use it. Change it: /topic name, all notes: /topic all"
    ),
    "topic_show_none": (
        "No topic is set: questions come from all the notes. Pick one: /topic name (list: "
        "/topics)."
    ),
    "topic_show_lost": (
        "The topic “{topic}” is gone from the notes, so questions come from all of them. "
        "Pick another: /topic name"
    ),
    "topic_set": (
        "Done: the chat's topic is {topic}. /quiz, /review, /weak, /compete and the daily quiz "
        "use it now; /topic all — all the notes again."
    ),
    "topic_cleared": "Done: no topic any more, questions come from all the notes.",
    "btn_topic": "{topic} · {cards}",
    "btn_again_topic": "More on this topic",
    "stats_topics": "By topic: {topics}",
}

SELFCHECK_RU: dict[str, str] = {
    "selfcheck_title": "🧠 Самопроверка {position}/{total}",
    "selfcheck_answer": "Ответ:",
    "btn_show_answer": "Показать ответ",
    "btn_knew": "Знал",
    "btn_didnt_know": "Не знал",
    "selfcheck_knew": "✅ Знал",
    "selfcheck_didnt": "❌ Не знал",
    "selfcheck_timed_out": "⏰ Время вышло.",
    "selfcheck_recorded_knew": "Записано: знал.",
    "selfcheck_recorded_didnt": "Записано: не знал.",
    "selfcheck_closed": "Этот вопрос уже закрыт.",
    "selfcheck_not_yours": "Ответ откроет тот, кто начал викторину.",
    "selfcheck_answered": "Ваш ответ уже записан.",
    "quiz_summary_checks": "Самопроверка: знал {knew} из {total}.",
    "summary_checks_part": "самопроверка {knew}/{total}",
    "quiz_summary_only_checks": "{name}: самопроверка {knew}/{total}",
    "console_selfcheck_show": "Enter — показать ответ",
    "console_selfcheck_ask": "Знал? (д/н)",
    "console_selfcheck_yn": "Ответьте «д» (знал) или «н» (не знал).",
}

SELFCHECK_EN: dict[str, str] = {
    "selfcheck_title": "🧠 Self-check {position}/{total}",
    "selfcheck_answer": "Answer:",
    "btn_show_answer": "Show answer",
    "btn_knew": "Knew it",
    "btn_didnt_know": "Didn't know",
    "selfcheck_knew": "✅ Knew it",
    "selfcheck_didnt": "❌ Didn't know",
    "selfcheck_timed_out": "⏰ Time is up.",
    "selfcheck_recorded_knew": "Recorded: knew it.",
    "selfcheck_recorded_didnt": "Recorded: didn't know.",
    "selfcheck_closed": "This question is closed.",
    "selfcheck_not_yours": "The one who started the quiz shows the answer.",
    "selfcheck_answered": "Your answer is already recorded.",
    "quiz_summary_checks": "Self-check: knew {knew} of {total}.",
    "summary_checks_part": "self-check {knew}/{total}",
    "quiz_summary_only_checks": "{name}: self-check {knew}/{total}",
    "console_selfcheck_show": "Enter — show the answer",
    "console_selfcheck_ask": "Knew it? (y/n)",
    "console_selfcheck_yn": "Answer “y” (knew it) or “n” (didn't know).",
}
