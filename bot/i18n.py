"""Every user-facing string, one catalogue per language (Russian default, English)."""

from __future__ import annotations

from typing import Any

from bot.i18n_guide import (
    GUIDE_EN,
    GUIDE_RU,
    SELFCHECK_EN,
    SELFCHECK_RU,
    TOPICS_EN,
    TOPICS_RU,
)

RU: dict[str, str] = {
    "start": (
        "Привет, {name}! Я учу команду по её собственным конспектам.\n\n"
        "• Спросите термин: «что такое образ?» — даже с опечаткой или в другой раскладке.\n"
        "• /quiz — короткая викторина, /review — повторение, /stats — ваш прогресс.\n"
        "• /top — рейтинг чата, /daily 09:30 — викторина каждый день.\n"
        "В группе: /define термин или ответ на моё сообщение; /help там расскажет больше."
    ),
    "help": (
        "Что я умею:\n"
        "/define термин — определение из конспекта (в личке можно просто написать вопрос)\n"
        "/quiz [N] — викторина из N вопросов (по умолчанию 5, максимум 20), /stop — остановить\n"
        "/review — повторить карточки, которые пора повторить\n"
        "/stats — ваш прогресс, /top — рейтинг (/top season — прошлый сезон)\n"
        "/daily ЧЧ:ММ — ежедневная викторина, /daily off — отключить\n"
        "/timezone Регион/Город — часовой пояс (или город, или UTC+3)\n"
        "/weak — в чём вы ошибаетесь чаще всего\n"
        "/id — ваш ID, /forgetme — удалить мои данные\n"
        "Соревнования (/compete) — в группе: добавьте меня в чат команды."
    ),
    "console_help": (
        "Консольный чат. Напишите вопрос — я найду определение в конспекте.\n"
        "/quiz [N] — викторина (отвечайте номером варианта), /stop — остановить её\n"
        "/review — повторение, /stats — прогресс, /top — рейтинг\n"
        "/help — эта справка, /quit, Ctrl-D или Ctrl-C — выход"
    ),
    "not_found": "Не нашёл «{query}» в конспектах.",
    "not_found_suggest": "В конспектах есть, например:",
    "mentioned": "Отдельной карточки про «{name}» нет, но конспекты упоминают это здесь:",
    "guessed": "Похоже, речь об этом:",
    "nothing_close": (
        "Ничего похожего там нет. Напишите термин из конспектов (например, «что такое …»), "
        "а /quiz начнёт викторину."
    ),
    "chatter": "Я отвечаю по конспектам: напишите термин, например «что такое …», или /quiz.",
    "empty_question": "Напишите, какой термин объяснить: например, /define образ",
    "section": "Раздел: {section} · {note}",
    "note_place": "Заметка: {note}",
    "also": "См. также:",
    "btn_selftest": "Проверить себя",
    "btn_similar": "Похожее: {title}",
    "quiz_start": "Викторина: {n} {questions}. Отвечайте в опросах!",
    "quiz_summary": "Итог: {correct}/{total}. Лучший результат: {best}/{best_total}.",
    "quiz_summary_group": "Итоги викторины:",
    "quiz_summary_line": "{name}: {correct}/{total}",
    "quiz_no_answers": "Никто не ответил.",
    "quiz_perfect": "Без ошибок — отлично!",
    "quiz_missed": "Ошибки в: {titles}",
    "btn_retry": "Повторить ошибки",
    "btn_again": "Ещё викторина",
    "quiz_busy": "Викторина уже идёт — ответьте на текущий вопрос или дождитесь конца.",
    "quiz_bad_n": "Число вопросов — от 1 до {max}: например, /quiz 5",
    "quiz_empty": "В конспектах пока нечего спрашивать.",
    "quiz_expired": "Эта викторина уже закончилась.",
    "stats_empty": "Вы ещё не отвечали. Начните с /quiz!",
    "stats": (
        "📊 Ваш прогресс\n"
        "Ответов: {answered}, верно: {correct} ({accuracy}%)\n"
        "Дней подряд: {streak} (рекорд: {best_streak})\n"
        "Верных ответов подряд: {answer_streak} (рекорд: {best_answer_streak})"
    ),
    "stats_strong": "Сильные стороны: {titles}",
    "stats_weak": "Больше всего ошибок: {titles}",
    "top_title": "🏆 Рейтинг чата",
    "top_week": "Эта неделя:",
    "top_all": "За всё время:",
    "top_line": "{place}. {name} — {points} {points_word} ({correct}/{answered})",
    "top_empty": "Пока никто не набрал очков. Начните с /quiz!",
    "top_season_title": "🏅 Прошлый сезон ({season})",
    "top_season_empty": "В прошлом сезоне очков не было.",
    "forget_confirm": "Удалить все ваши ответы, статистику и прогресс? Это нельзя отменить.",
    "btn_forget_yes": "Да, удалить",
    "btn_forget_no": "Отмена",
    "forget_done": "Готово: ваши данные удалены.",
    "forget_cancel": "Хорошо, ничего не удаляю.",
    "not_yours": "Эта кнопка не для вас.",
    "stale_button": "Кнопка устарела.",
    "error": "Что-то пошло не так. Попробуйте ещё раз чуть позже.",
    "slow_down": "Не так быстро — подождите несколько секунд и спросите снова.",
    "admins_only": "Это могут делать только администраторы чата.",
    "owners_only": "Эта команда только для владельцев бота.",
    "daily_on": "Ежедневная викторина: в {time} ({tz}), вопросов: {n}.",
    "daily_topic": "Тема: {topic} (сменить: /topic).",
    "daily_off": "Ежедневная викторина выключена. Включить: /daily 09:30",
    "daily_set": "Готово: викторина каждый день в {time} ({tz}).",
    "daily_stopped": "Ежедневная викторина отключена.",
    "daily_bad": "Укажите время как ЧЧ:ММ, например /daily 09:30, или /daily off.",
    "daily_push": "☀️ Ежедневная викторина: {n} {questions}.",
    "tz_set": "Часовой пояс чата: {tz}.",
    "tz_show": (
        "Часовой пояс чата: {tz}. Изменить: /timezone Регион/Город (Europe/Moscow), "
        "город (/timezone Москва) или смещение (/timezone UTC+3)."
    ),
    "tz_bad": (
        "Не знаю такого часового пояса. Напишите регион и город (/timezone Europe/Moscow), "
        "город (/timezone Москва) или смещение (/timezone UTC+3)."
    ),
    "compete_group_only": "Соревнования проходят в группах.",
    "compete_bad": "Формат: /compete [вопросов 1–30] [секунд 5–600], например /compete 10 20",
    "compete_running": "Соревнование уже идёт. /stop — закончить.",
    "compete_start": (
        "🏁 Соревнование! {n} {questions}, по {seconds} с на каждый.\n"
        "Быстрый верный ответ — до 1000 очков, серия — бонус до +500."
    ),
    "compete_none": "Сейчас нет соревнования.",
    "compete_standings": "После вопроса {pos}/{total}: {line}",
    "compete_nobody": "пока никто не набрал очков",
    "compete_results": "🏆 Итоги соревнования",
    "compete_podium": "{medal} {name} — {points} {points_word} ({correct}/{asked})",
    "compete_accurate": "🎯 Самый точный: {name} ({correct}/{answered})",
    "compete_no_players": "Никто не ответил — попробуем в другой раз!",
    "compete_interrupted": "Соревнование прервано перезапуском бота. Итоги на момент остановки:",
    "weak_title": "Команда чаще всего ошибается в:",
    "weak_line": "• {title} — ошибок {wrong} из {answered}",
    "weak_none": "Ошибок пока нет — или ответов мало. Начните с /quiz!",
    "btn_weak_quiz": "Викторина по слабым местам",
    "reload_ok": "Конспекты перечитаны: заметок {notes}, карточек {cards}.",
    "reload_failed": "Конспекты не перечитаны, работаю со старыми. Ошибки:\n{errors}",
    "chart_caption": "Ваш прогресс за 30 дней",
    "top_chart_caption": "Рейтинг чата",
    "unknown_command": "Не знаю такой команды. /help — список команд.",
    # --- first hour of a new team (issue #14) ---
    "console_resume": "Продолжаем вашу викторину: вопрос {position} из {total}.",
    "console_quiz_start": (
        "Викторина: {n} {questions}. Отвечайте номером варианта; /stop — закончить."
    ),
    "console_stop_none": "Сейчас викторины нет. /quiz — начать.",
    "console_bad_option": "Ответьте номером варианта: от 1 до {n}.",
    "when_today": "сегодня в {time}",
    "when_tomorrow": "завтра в {time}",
    "when_date": "{date} в {time}",
    "review_nothing_yet": (
        "Повторять пока нечего: вы ещё не отвечали на вопросы. Начните с /quiz — "
        "карточки, в которых вы ошибётесь, вернутся на повторение."
    ),
    "review_next": "Повторять пока нечего. Следующее повторение — {when}. А пока — /quiz.",
    "quiz_busy_group": (
        "Сейчас идёт викторина ({owner}, вопрос {position} из {total}). Отвечайте в ней — "
        "ответ засчитывается каждому. Остановить её может {owner} или администратор: "
        "/stop или кнопка ниже."
    ),
    "quiz_busy_own": (
        "У вас уже идёт викторина: вопрос {position} из {total}. Ответьте на него "
        "или остановите её: /stop."
    ),
    "quiz_busy_console": (
        "Викторина уже идёт: вопрос {position} из {total}. Ответьте номером варианта "
        "или остановите её: /stop."
    ),
    "quiz_stopped": "Викторина остановлена.",
    "quiz_summary_perfect": "{name}: {correct}/{total} — без ошибок!",
    "quiz_missed_of": "Ошибки у {name}: {titles}",
    "quiz_timed_out": "⏰ Время вышло. Правильный ответ: {answer}",
    "btn_stop_quiz": "Остановить викторину",
    "stop_none": "Сейчас нечего останавливать: викторины и соревнования нет.",
    "stop_not_yours": "Остановить викторину может тот, кто её начал, или администратор чата.",
    "stats_due": "Пора повторить: {due} {cards} — /review",
    "stats_next": "Повторять сейчас нечего; следующее повторение — {when}.",
    "compete_no_points": "Верных ответов не было, очков никто не набрал. Участвовали: {players}.",
    **GUIDE_RU,
    **TOPICS_RU,
    **SELFCHECK_RU,
}

EN: dict[str, str] = {
    "start": (
        "Hi, {name}! I tutor a team from its own study notes.\n\n"
        "• Ask for a term: “what is an image?” — typos and the wrong keyboard layout are fine.\n"
        "• /quiz — a short quiz, /review — spaced review, /stats — your progress.\n"
        "• /top — chat leaderboard, /daily 09:30 — a quiz every day.\n"
        "In groups: /define term or reply to my message; /help there tells more."
    ),
    "help": (
        "What I can do:\n"
        "/define term — a definition from the notes (in private chat just ask)\n"
        "/quiz [N] — a quiz of N questions (default 5, at most 20), /stop — stop it\n"
        "/review — review the cards that are due\n"
        "/stats — your progress, /top — leaderboard (/top season — last season)\n"
        "/daily HH:MM — a daily quiz, /daily off — stop it\n"
        "/timezone Area/City — your time zone (or a city, or UTC+3)\n"
        "/weak — what you get wrong most\n"
        "/id — your id, /forgetme — delete my data\n"
        "Competitions (/compete) happen in groups: add me to your team's chat."
    ),
    "console_help": (
        "Console chat. Type a question and I will find the definition in the notes.\n"
        "/quiz [N] — a quiz (answer with the option number), /stop — stop it\n"
        "/review — review, /stats — progress, /top — leaderboard\n"
        "/help — this help, /quit, Ctrl-D or Ctrl-C — exit"
    ),
    "not_found": "I could not find “{query}” in the notes.",
    "not_found_suggest": "Did you mean:",
    "mentioned": "There is no card on “{name}”, but the notes mention it here:",
    "guessed": "This looks like what you mean:",
    "nothing_close": (
        "Nothing close to it there. Type a term from the notes (e.g. “what is …”), "
        "or /quiz for a quiz."
    ),
    "chatter": "I answer from the notes: type a term, e.g. “what is …”, or /quiz.",
    "empty_question": "Tell me which term to explain, e.g. /define image",
    "section": "Section: {section} · {note}",
    "note_place": "Note: {note}",
    "also": "Related:",
    "btn_selftest": "Test yourself",
    "btn_similar": "Related: {title}",
    "quiz_start": "Quiz: {n} {questions}. Answer in the polls!",
    "quiz_summary": "Result: {correct}/{total}. Best result: {best}/{best_total}.",
    "quiz_summary_group": "Quiz results:",
    "quiz_summary_line": "{name}: {correct}/{total}",
    "quiz_no_answers": "Nobody answered.",
    "quiz_perfect": "No mistakes — well done!",
    "quiz_missed": "Missed: {titles}",
    "btn_retry": "Retry the missed ones",
    "btn_again": "Another quiz",
    "quiz_busy": "A quiz is already running — answer the current question or wait for the end.",
    "quiz_bad_n": "The number of questions is 1 to {max}, e.g. /quiz 5",
    "quiz_empty": "There is nothing to ask about in the notes yet.",
    "quiz_expired": "This quiz has already finished.",
    "stats_empty": "You have not answered anything yet. Start with /quiz!",
    "stats": (
        "📊 Your progress\n"
        "Answers: {answered}, correct: {correct} ({accuracy}%)\n"
        "Days in a row: {streak} (record: {best_streak})\n"
        "Correct answers in a row: {answer_streak} (record: {best_answer_streak})"
    ),
    "stats_strong": "Strongest: {titles}",
    "stats_weak": "Most mistakes: {titles}",
    "top_title": "🏆 Chat leaderboard",
    "top_week": "This week:",
    "top_all": "All time:",
    "top_line": "{place}. {name} — {points} {points_word} ({correct}/{answered})",
    "top_empty": "Nobody has points yet. Start with /quiz!",
    "top_season_title": "🏅 Last season ({season})",
    "top_season_empty": "Nobody scored last season.",
    "forget_confirm": "Delete all your answers, stats and progress? This cannot be undone.",
    "btn_forget_yes": "Yes, delete",
    "btn_forget_no": "Cancel",
    "forget_done": "Done: your data is deleted.",
    "forget_cancel": "OK, nothing deleted.",
    "not_yours": "This button is not for you.",
    "stale_button": "This button has expired.",
    "error": "Something went wrong. Please try again a bit later.",
    "slow_down": "Not so fast — wait a few seconds and ask again.",
    "admins_only": "Only chat administrators can do this.",
    "owners_only": "This command is for the bot's owners only.",
    "daily_on": "Daily quiz: at {time} ({tz}), questions: {n}.",
    "daily_topic": "Topic: {topic} (change it: /topic).",
    "daily_off": "The daily quiz is off. Turn it on: /daily 09:30",
    "daily_set": "Done: a quiz every day at {time} ({tz}).",
    "daily_stopped": "The daily quiz is off.",
    "daily_bad": "Give the time as HH:MM, e.g. /daily 09:30, or /daily off.",
    "daily_push": "☀️ Daily quiz: {n} {questions}.",
    "tz_set": "Chat time zone: {tz}.",
    "tz_show": (
        "Chat time zone: {tz}. Change it: /timezone Area/City (Europe/London), "
        "a city (/timezone London) or an offset (/timezone UTC+1)."
    ),
    "tz_bad": (
        "Unknown time zone. Give an area and city (/timezone Europe/London), "
        "a city (/timezone London) or an offset (/timezone UTC+1)."
    ),
    "compete_group_only": "Competitions take place in groups.",
    "compete_bad": "Usage: /compete [questions 1–30] [seconds 5–600], e.g. /compete 10 20",
    "compete_running": "A competition is already running. /stop ends it.",
    "compete_start": (
        "🏁 Competition! {n} {questions}, {seconds} s each.\n"
        "A fast correct answer earns up to 1000 points, a streak up to +500."
    ),
    "compete_none": "No competition is running.",
    "compete_standings": "After question {pos}/{total}: {line}",
    "compete_nobody": "no points yet",
    "compete_results": "🏆 Competition results",
    "compete_podium": "{medal} {name} — {points} {points_word} ({correct}/{asked})",
    "compete_accurate": "🎯 Most accurate: {name} ({correct}/{answered})",
    "compete_no_players": "Nobody answered — let's try another time!",
    "compete_interrupted": "The competition was interrupted by a restart. Results so far:",
    "weak_title": "The team gets these wrong most:",
    "weak_line": "• {title} — {wrong} wrong of {answered}",
    "weak_none": "No mistakes yet — or too few answers. Start with /quiz!",
    "btn_weak_quiz": "Quiz the weak spots",
    "reload_ok": "Notes reloaded: {notes} notes, {cards} cards.",
    "reload_failed": "Notes not reloaded, the previous ones stay in use. Errors:\n{errors}",
    "chart_caption": "Your progress over 30 days",
    "top_chart_caption": "Chat leaderboard",
    "unknown_command": "Unknown command. /help lists them.",
    # --- first hour of a new team (issue #14) ---
    "console_resume": "Continuing your quiz: question {position} of {total}.",
    "console_quiz_start": "Quiz: {n} {questions}. Answer with the option number; /stop ends it.",
    "console_stop_none": "No quiz is running. /quiz starts one.",
    "console_bad_option": "Answer with an option number from 1 to {n}.",
    "when_today": "today at {time}",
    "when_tomorrow": "tomorrow at {time}",
    "when_date": "{date} at {time}",
    "review_nothing_yet": (
        "Nothing to review yet: you have not answered any questions. Start with /quiz — "
        "the cards you get wrong come back for review."
    ),
    "review_next": "Nothing to review now. The next review is due {when}. Meanwhile: /quiz.",
    "quiz_busy_group": (
        "A quiz is running ({owner}, question {position} of {total}). Answer in it — "
        "every answer counts for whoever gives it. {owner} or an administrator can stop it: "
        "/stop or the button below."
    ),
    "quiz_busy_own": (
        "Your quiz is still running: question {position} of {total}. Answer it or stop "
        "the quiz: /stop."
    ),
    "quiz_busy_console": (
        "A quiz is running: question {position} of {total}. Answer with the option number "
        "or stop it: /stop."
    ),
    "quiz_stopped": "Quiz stopped.",
    "quiz_summary_perfect": "{name}: {correct}/{total} — no mistakes!",
    "quiz_missed_of": "{name} missed: {titles}",
    "quiz_timed_out": "⏰ Time is up. The right answer: {answer}",
    "btn_stop_quiz": "Stop the quiz",
    "stop_none": "Nothing to stop: no quiz or competition is running.",
    "stop_not_yours": "Only the one who started the quiz or a chat administrator can stop it.",
    "stats_due": "Due for review now: {due} {cards} — /review",
    "stats_next": "Nothing due now; the next review is {when}.",
    "compete_no_points": "No correct answers, so no points this time. Played: {players}.",
    **GUIDE_EN,
    **TOPICS_EN,
    **SELFCHECK_EN,
}

CATALOGUES = {"ru": RU, "en": EN}

# The command menu Telegram shows next to the message field (set at start-up; which chats
# show which commands: bot.tg.menus).
COMMAND_MENU = {
    "ru": [
        ("define", "Определение термина из конспекта"),
        ("quiz", "Викторина: /quiz 5"),
        ("review", "Повторить карточки по расписанию"),
        ("stats", "Мой прогресс"),
        ("top", "Рейтинг чата"),
        ("daily", "Ежедневная викторина: /daily 09:30"),
        ("timezone", "Часовой пояс чата"),
        ("compete", "Соревнование в группе"),
        ("stop", "Остановить викторину или соревнование"),
        ("weak", "Слабые места команды"),
        ("topics", "Темы конспектов"),
        ("topic", "Тема чата: /topic linux"),
        ("id", "Мой ID и ID чата"),
        ("forgetme", "Удалить мои данные"),
        ("help", "Что умеет бот"),
    ],
    "en": [
        ("define", "Define a term from the notes"),
        ("quiz", "A quiz: /quiz 5"),
        ("review", "Review the cards that are due"),
        ("stats", "My progress"),
        ("top", "Chat leaderboard"),
        ("daily", "Daily quiz: /daily 09:30"),
        ("timezone", "The chat's time zone"),
        ("compete", "A group competition"),
        ("stop", "Stop the quiz or the competition"),
        ("weak", "The team's weak spots"),
        ("topics", "Topics of the notes"),
        ("topic", "The chat's topic: /topic linux"),
        ("id", "My id and the chat's id"),
        ("forgetme", "Delete my data"),
        ("help", "What the bot can do"),
    ],
}

_PLURALS = {
    "ru": {
        "questions": ("вопрос", "вопроса", "вопросов"),
        "cards": ("карточка", "карточки", "карточек"),
        "answers": ("ответ", "ответа", "ответов"),
        "days": ("день", "дня", "дней"),
        "points": ("очко", "очка", "очков"),
    },
    "en": {
        "questions": ("question", "questions", "questions"),
        "cards": ("card", "cards", "cards"),
        "answers": ("answer", "answers", "answers"),
        "days": ("day", "days", "days"),
        "points": ("point", "points", "points"),
    },
}


def language(code: str | None) -> str:
    """Russian by default; English for English-speaking users."""
    return "en" if code and code.lower().startswith("en") else "ru"


def plural(lang: str, word: str, n: int) -> str:
    one, few, many = _PLURALS[lang][word]
    if lang == "en":
        return one if n == 1 else many
    if n % 10 == 1 and n % 100 != 11:
        return one
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return few
    return many


def t(lang: str, key: str, **values: Any) -> str:
    """The string `key` in `lang`, formatted with `values`."""
    catalogue = CATALOGUES.get(lang, RU)
    return catalogue.get(key, RU[key]).format(**values)
