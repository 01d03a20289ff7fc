"""Lookup on words the dictionaries lack and names written as course notes write them: a
jargon plural pymorphy3 would read as a first name's case ("Триггеры" read as «Триггера»),
a tool's name with its extension misspelled ("acmee.sh", not «фсьууюыр» typed in the
other layout), a name a course brings in with "we can introduce a **slack variable**", a
worked example's callout title ("> [!example] The diet problem"), study words of the other
language ("допустимое решение", "крест", "financial"), an adjective of a noun the lexicon knows
("инвестиционный" of инвестиция), Latin and Greek plurals ("Vertices", "nuclei"), a word
clipped as people say it ("basic auth" for Basic Authentication), and a word saying which
one is meant before a kind the notes name ("a custom exception"); a paragraph opening with
its own term in italics ("_Именованные блоки_ используются ..."); a note named for what it
does with a thing its first sentence names ("... с помощью Palette" / "Библиотека Palette
определяет ..."); one of the two things a note's title names, defined in its prose
("AndroidX - это ..." in "Androidx и Support Library"); and a word of its own a few
letters off a word of the notes ("социализация", not специализация), refused.
One table row per failure class, the count per class printed."""

from __future__ import annotations

import pytest

from bot.core.notes import parse_note
from bot.morph import lemma
from tests.unit.failure_tables import Case, assert_answer, assert_every_class, index_of

TRIGGERS = (
    "Триггер -- это спецификация, согласно которой СУБД должна автоматически выполнять "
    "определенную _триггерную функцию_.\n\n"
    "### Триггерные функции\n\nТриггерные функции определяют действия, которые должны быть "
    "выполнены, когда триггер срабатывает. Триггерная функция возвращает trigger.\n\n"
    "### Управление триггерами\n\nТриггеры можно включать и отключать командой ALTER.\n"
)
ENDPOINTS = (
    "# API\n\n## Эндпоинты\n\nАдреса, по которым сервис принимает запросы клиентов.\n\n"
    "## Маршрутизация\n\nКаждый запрос сопоставляется с обработчиком по пути.\n"
)
ACMESH = (
    "---\naliases: []\n---\n# acmes.sh\n\nПростой, мощный и удобный клиент протокола ACME. "
    "Написан на shell.\n\n## Установка\n\nУстановщик скачивает скрипт acme.sh и ставит "
    "cron-задачу.\n"
)
CERTS = "# Certs\n\n## ACME\n\nПротокол автоматического выпуска сертификатов.\n"
STANDARD = (
    "# LPP In Standard Form\n\n"
    "- *Elimination of free variables*: a free variable is written as the difference of two "
    "nonnegative ones.\n"
    "- *Elimination of inequality constraints*: Given an inequality constraint "
    "$a_i^T x \\geq b_i$ we can introduce a **slack variable** $s_i$ and rewrite the "
    "constraint as:\n\n$$a_i^T x - s_i = b_i$$\n\n"
    "For the unit cube there exists a path along the edges visiting each vertex exactly once; "
    "we call such a path a **spanning path**:\n\n"
    "There is no natural distribution of problems. This is the main idea behind the concept of "
    "**smoothed analysis**: we consider the worst case of a randomly perturbed problem.\n\n"
    "We introduce a vector $y \\in \\mathbb{R}^{m}$ of **artificial variables**, and consider "
    "the auxiliary problem.\n\n"
    "The new basic simplex lies below the plane through the old one; we refer to that plane as "
    "the **dual plane**. Its distance to a point is the reduced cost.\n"
)
DEFINITION = (
    "# LPP Definition\n\nThe variables $x_1,...,x_n$ are known as **decision variables**, and "
    "a vector $x$ satisfying all of the constraints is said to be a **feasible solution**. "
    "The set of all feasible solutions is called **feasible set**.\n\n"
    "> [!example] The diet problem\n> Suppose we want to create a diet using $n$ different "
    "foods trying to reach $m$ nutrients, while minimizing the calories.\n\n"
    "## Vertices\n\nThe corners of a polyhedron: no point there lies between two others of it."
    "\n\n## Nucleus\n\nThe control centre of a cell, holding its chromosomes.\n"
)
HTPASSWD = (
    "---\naliases: []\ntags: [nginx]\n---\n# htpasswd\n\nУтилита для создания файла с "
    "логинами и паролями пользователей, который nginx читает при Basic Authentication.\n\n"
    "```\nhtpasswd -c /etc/nginx/.htpasswd user\n```\n"
)
NGINX = (
    "# Nginx\n\nВеб-сервер и обратный прокси. Конфигурация лежит в /etc/nginx.\n\n"
    "## Воркеры\n\nПроцессы, которые обрабатывают соединения клиентов.\n"
)
EXCEPTIONS = (
    "# Appendix 1 - Exceptions\n\n## Raising an Exception\n\nraise/1 takes a message and "
    "raises a RuntimeError.\n\n## Rescuing an Exception\n\ntry ... rescue catches it.\n\n"
    "## Defining Your own Exceptions\n\nAn exception is a module with defexception, listing "
    "its fields and a default message.\n\n```\ndefmodule KinectProtocolError do\n"
    '  defexception message: "Kinect protocol error", can_retry: false\nend\n```\n'
)
BANKS = (
    "# Bank fundamentals\n\n## Investment banks\n\nConcentrate on raising money for companies "
    "from private investors or in the financial markets.\n\n## Commercial banks\n\nTake "
    "deposits from savers and lend them out to households and firms.\n\n"
    "## Keynesian cross diagram\n\nPlots planned expenditure against output; equilibrium "
    "lies where the line crosses the 45 degree line.\n"
)
BLOCKS = (
    "### Структура блока PL/pgSQL\n\nБлок состоит из раздела объявлений, выполняемого раздела "
    "и раздела обработки ошибок.\n\n_Именованные блоки_ используются при создании "
    "_подпрограмм_. Эти блоки хранятся в базе данных, их вызывают по имени.\n\n"
    "_Обычно_ используется не больше трёх вложенных блоков.\n"
)
PALETTE = (
    "---\ntitle: Определение доминирующих цветов с помощью Palette\ncategories: [Android, UI]\n"
    "---\n\nБиблиотека [Palette][doc] определяет основные цвета изображения, что позволяет "
    "менять цветовую схему приложения.\n\n## Подключение библиотеки\n\nДостаточно добавить "
    "зависимость в build.gradle.\n\n## Создание палитры\n\nДля создания экземпляра `Palette` "
    "потребуется изображение в формате `Bitmap`: Palette.from(bitmap).generate().\n\n"
    "## Glide\n\nPalette можно объединить с библиотекой Glide, и тогда цвет определяется при "
    "загрузке изображения.\n\n[doc]: https://developer.android.com/palette\n"
)
SCHOOL = (
    "# Профильная специализация\n\nОбучение в старших классах по выбранному направлению: "
    "гуманитарному, естественнонаучному, техническому.\n\n## Выбор профиля\n\nУченик "
    "выбирает профиль в девятом классе.\n"
)
FIRE = (
    "# Финансовая независимость\n\nДоходы от инвестирования капитала полностью покрывают "
    "текущие расходы на жизнь в течение бессрочного периода времени.\n"
)
ANDROIDX = (
    "---\ntitle: Androidx и Support Library\n---\n\nПри разработке приложений для нескольких "
    "версий Android нужен способ использовать новые функции на старых версиях.\n\n"
    "AndroidX - это значительное улучшение первоначальной библиотеки поддержки, которая больше "
    "не поддерживается.\n\n## Полезные ссылки\n\n[AndroidX Overview](https://x.org/a) - общая "
    "информация об androidx в документации.\n"
)
NOTES = {
    "_posts/android/2020-07-24-androidx-and-support-library.md": ANDROIDX,
    "Финансы/Финансовая независимость.md": FIRE,
    "Школа/Профильная специализация.md": SCHOOL,
    "_posts/android/2021-02-09-android-palette.md": PALETTE,
    "Процедурное расширение PLpgSQL.md": BLOCKS,
    "commerce/banking/bank_fundamentals.md": BANKS,
    "Base/htpasswd.md": HTPASSWD,
    "6.Soft/nginx.md": NGINX,
    "appendix-01-exceptions.md": EXCEPTIONS,
    "Math/LPP Definition.md": DEFINITION,
    "Триггеры.md": TRIGGERS,
    "web/api.md": ENDPOINTS,
    "Base/acmesh.md": ACMESH,
    "Base/Certs.md": CERTS,
    "Math/LPP In Standard Form.md": STANDARD,
}

CASES: list[Case] = [
    ("a jargon plural the dictionary lacks", "что такое триггер", "Триггеры"),
    ("a tool's name with its extension, misspelled", "что такое acmee.sh", "acmes.sh"),
    ("a name a course introduces", "what is a slack variable?", "slack variable"),
    ("a name a course introduces", "ызфттштп зфер", "spanning path"),
    ("a name a course introduces", "smoothed analysys", "smoothed analysis"),
    ("a name a course introduces", "artifical variables", "artificial variables"),
    ("a name a course introduces", "what is the dual plane", "dual plane"),
    ("a worked example known by its name", "the diet problem?", "The diet problem"),
    ("a study word of the other language", "что такое допустимое решение", "feasible solution"),
    ("a Latin or Greek plural", "what is a vertex", "Vertices"),
    ("a study word of the other language", "what is financial independence",
     "Финансовая независимость"),
    ("an adjective of a noun the lexicon knows", "что такое инвестиционный банк",
     "Investment banks"),
    ("a study word of the other language", "что такое кейнсианский крест",
     "Keynesian cross diagram"),
    ("a paragraph opening with its own term in italics", "bvtyjdfyyst ,kjrb",
     "Именованные блоки"),
    ("a note named for what it does with a thing", "что такое Palette в андроиде",
     "Определение доминирующих цветов с помощью Palette"),
    ("another word a few letters off", "что такое социализация", None),
    ("a slip of a word of the notes", "что такое профильная спецыализация",
     "Профильная специализация"),
    ("one of two things a note's title names", "Andoridx что это", "AndroidX"),
    ("a word clipped as people say it",
     "чем сгенерировать файл с логинами и паролями для basic auth в nginx?", "htpasswd"),
    ("a word saying which one, before a kind", "how do I create a custom exception type with "
     "its own fields?", "Defining Your own Exceptions"),
    ("a Latin or Greek plural", "what are nuclei", "Nucleus"),
]  # fmt: skip


@pytest.mark.parametrize(("failure", "question", "expected"), CASES)
def test_lookup_on_guessed_words(failure: str, question: str, expected: str | None) -> None:
    assert_answer(index_of(NOTES), failure, question, expected)


def test_every_class_prints_its_count(capsys: pytest.CaptureFixture[str]) -> None:
    assert_every_class(index_of(NOTES), CASES, "lookup failure classes (guessed words)", capsys)


@pytest.mark.parametrize(
    ("word", "expected"),
    [("триггеры", "триггер"), ("эндпоинты", "эндпоинт"), ("ноды", "нода"), ("данные", "данные")],
)
def test_an_unknown_plural_is_the_plain_noun_not_a_name(word: str, expected: str) -> None:
    assert lemma(word) == expected


def test_introducing_names_only_what_follows_the_verb() -> None:
    cards = parse_note(STANDARD, "Math/LPP In Standard Form.md", note="std").cards
    slack = next(c for c in cards if c.title == "slack variable")
    assert "we can introduce a slack variable" in slack.definition
    titles = {c.title for c in cards}
    assert {"Elimination of inequality constraints", "artificial variables"} <= titles
    # "We introduce a vector $y$ of **artificial variables**": the vector is what it is.
    assert not {"vector", "a vector"} & titles


def test_a_worked_example_is_found_but_never_asked() -> None:
    cards = parse_note(DEFINITION, "Math/LPP Definition.md", note="LPP Definition").cards
    diet = next(c for c in cards if c.title == "The diet problem")
    assert diet.kind.value == "topic"
    assert not diet.definition
    assert "create a diet" in diet.details[0].text


def test_an_adverb_stressed_at_a_paragraph_start_names_nothing() -> None:
    cards = parse_note(BLOCKS, "Процедурное расширение PLpgSQL.md", note="PLpgSQL").cards
    titles = {c.title for c in cards}
    assert "Именованные блоки" in titles
    assert "Обычно" not in titles
