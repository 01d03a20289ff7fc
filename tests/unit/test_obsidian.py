"""Obsidian syntax and real-vault layouts, one construct at a time (what a reader sees)."""

from __future__ import annotations

import pytest

from bot.core.altnames import split_aliases
from bot.core.models import CardKind
from bot.core.notes import parse_note
from bot.core.obsidian import highlights_as_bold
from bot.core.titles import heading
from bot.core.vault import finish


def _cards(text: str, source: str = "Linux/PID.md") -> dict[str, object]:
    note = parse_note(text, source, note=source.removesuffix(".md"))
    return {c.title: c for c in note.cards}


def test_one_note_per_term_frontmatter_callout_and_topics() -> None:
    text = (
        "---\naliases:\n  - Process ID\n  - идентификатор процесса\ntags: [linux/процессы]\n"
        "sr-due: 2024-01-01\n---\n#linux\n\n> [!note] Определение\n"
        "> **Уникальный** номер процесса в ядре. ^pid-def\n\nПодробнее в [[Сигналы|сигналах]].\n"
    )
    (card,) = _cards(text).values()
    assert card.title == "PID"
    assert card.aliases == ("Process ID", "идентификатор процесса")
    assert card.definition == "Уникальный номер процесса в ядре."
    assert [d.text for d in card.details] == ["Подробнее в сигналах."]
    assert card.topics == ("Linux", "linux/процессы", "linux")
    assert card.wikilinks == ("Сигналы",)


def test_title_from_frontmatter_and_bracketed_abbreviation() -> None:
    cards = _cards("Слой между дисками и ФС.\n", "Logical Volume Manager (LVM).md")
    assert cards["Logical Volume Manager"].aliases == ("LVM",)
    cards = _cards("---\ntitle: SUID\n---\nБит запуска от имени владельца.\n", "suid.md")
    assert list(cards) == ["SUID"]


def test_a_bold_definition_naming_the_note_defines_it() -> None:
    text = "**LVM** — слой между дисками.\n\n- **PV** (Physical Volume) — диск под LVM\n"
    cards = _cards(text, "Logical Volume Manager (LVM).md")
    assert cards["Logical Volume Manager"].definition == "слой между дисками."
    assert cards["PV"].aliases == ("Physical Volume",)
    assert "LVM" not in cards


@pytest.mark.parametrize(
    ("raw", "title", "question"),
    [
        ("## 1️⃣ Горутины", "Горутины", ""),
        ("### 3) Каналы", "Каналы", ""),
        ("## 12. Cleanup", "Cleanup", ""),
        ("## Основные опции:", "Основные опции", ""),
        ("## Что такое WaitGroup?", "WaitGroup", "Что такое WaitGroup?"),
        ("### Зачем нужен context?", "context", "Зачем нужен context?"),
        ("## What is an interface?", "interface", "What is an interface?"),
        ("## What does the term Mongo mean?", "Mongo", "What does the term Mongo mean?"),
        ("## 1.2 Continuous Delivery", "Continuous Delivery", ""),
        ("# Раздел 2: Безопасность", "Безопасность", ""),
        ("### 1). Три главные команды", "Три главные команды", ""),
        ("## [ ]Массив как объект", "Массив как объект", ""),
        ("### 5. (Дополнительно) Lift", "Lift", ""),
        (
            "## Чем отличается буферизованный канал от небуферизованного?",
            "Буферизованный канал",
            "Чем отличается буферизованный канал от небуферизованного?",
        ),
        (
            "### В чем разница между привилегированными и обыкновенными акциями?",
            "Разница между привилегированными и обыкновенными акциями",
            "В чем разница между привилегированными и обыкновенными акциями?",
        ),
        (
            "## Что такое привилегированные акции и чем они отличаются от обыкновенных?",
            "привилегированные акции",
            "Что такое привилегированные акции и чем они отличаются от обыкновенных?",
        ),
        ("## Что такое ETF и как он работает?", "ETF", "Что такое ETF и как он работает?"),
        ("### Функция потерь: Hinge Loss", "Hinge Loss", ""),
        ("### Пример: Hello World", "Пример: Hello World", ""),
        (
            "#### Определение. Совершенная дизъюнктивная форма",
            "Совершенная дизъюнктивная форма",
            "",
        ),
        ("# 22.09.2025. Лекция 3. Минимизация булевых функций", "Минимизация булевых функций", ""),
        ("## Замыкание булевых функций 10.11.2025", "Замыкание булевых функций", ""),
        ("## 10.11.2025", "10.11.2025", ""),
        (
            "## Объясните, что такое data class в Kotlin",
            "data class в Kotlin",
            "Объясните, что такое data class в Kotlin",
        ),
    ],
)
def test_heading_titles(raw: str, title: str, question: str) -> None:
    found = heading(raw.lstrip("# "))
    assert (found.title, found.question) == (title, question)


@pytest.mark.parametrize("word", ["Пример", "Важно!", "Вывод", "Примеры использования"])
def test_section_words_join_the_card_above(word: str) -> None:
    text = f"## Каналы\nКанал — труба между горутинами.\n### {word}\n```go\nch <- 1\n```\n"
    cards = _cards(text, "go.md")
    assert list(cards) == ["Каналы"]
    details = cards["Каналы"].details
    assert [(d.text, d.code) for d in details] == [
        (f"{word.rstrip('!')}:", False),
        ("ch <- 1", True),
    ]


def test_headings_nest_by_level_not_by_position() -> None:
    text = "## A\nText a.\n## B\nText b.\n### C\nText c.\n## D\nText d.\n"
    cards = _cards(text, "x.md")
    assert [(t, c.section) for t, c in cards.items()] == [
        ("x", ()),  # a note of sections answers to its name, listing them
        ("A", ()),
        ("B", ()),
        ("C", ("B",)),
        ("D", ()),
    ]
    assert cards["x"].items == ("A", "B", "D")
    assert cards["A"].parent_id == cards["x"].id


def test_a_note_opening_with_a_heading_of_another_name_keeps_its_own() -> None:
    text = "---\naliases: DOM\n---\n## Object model\nDOM — объектная модель документа.\n"
    cards = _cards(text, "DOM-дерево.md")
    assert list(cards) == ["Object model"]
    assert set(cards["Object model"].aliases) == {"DOM-дерево", "DOM"}


@pytest.mark.parametrize(
    ("line", "title", "definition"),
    [
        ("- **Опции** (например ro - только чтение) — задают режим", "Опции", "задают режим"),
        ('- Таймаут: "5s: по умолчанию" — так пишут', "Таймаут", '"5s: по умолчанию" — так пишут'),
        ("- **Health-check** — ручка /healthz", "Health-check", "ручка /healthz"),
        ("- Артефакт - результат сборки: бинарник", "Артефакт", "результат сборки: бинарник"),
        ("- `docker-compose -f` — файл конфигурации", "docker-compose -f", "файл конфигурации"),
    ],
)  # fmt: skip
def test_separators_outside_brackets_quotes_bold_and_code(
    line: str, title: str, definition: str
) -> None:
    cards = _cards(f"# Опции\n{line}\n", "x.md")
    assert cards[title].definition == definition


@pytest.mark.parametrize(
    ("title", "head", "aliases", "remark"),
    [
        ("Docker Hub (реестр)", "Docker Hub", ("реестр",), ""),
        ("Сборщик мусора (GC)", "Сборщик мусора", ("GC",), ""),
        ("Горутина (goroutine)", "Горутина", ("goroutine",), ""),
        ("Секреты (безопаснее, чем env)", "Секреты", (), "безопаснее, чем env"),
        ("Опции (например ro)", "Опции", (), "например ro"),
        ("Secure Shell (SSH)", "Secure Shell", ("SSH",), ""),
        ("Claims-Based Authorization (JWT)", "Claims-Based Authorization", (), "JWT"),
        ("Def. (Дисперсия)", "Дисперсия", (), ""),
        ("Th. (Локальная теорема Муавра-Лапласа)", "Локальная теорема Муавра-Лапласа", (), ""),
        ("Теорема (Байеса)", "Теорема Байеса", (), ""),
        ("(Дополнительно) Lift", "Lift", (), "Дополнительно"),
        ("Коэффициент детерминации R^2", "Коэффициент детерминации", ("R^2",), ""),
        ("Ошибка H_0", "Ошибка H_0", (), ""),
    ],
)
def test_brackets_are_aliases_only_when_they_name_the_term(
    title: str, head: str, aliases: tuple[str, ...], remark: str
) -> None:
    assert split_aliases(title) == (head, aliases, remark)


def test_markup_a_reader_never_sees_is_gone() -> None:
    text = (
        "Процесс <span style='color:red'>зомби</span> — ==завершился==, но %%черновик%% "
        "висит в <u>таблице</u> <font color=red>процессов</font>. ^z1\n\n"
        "- [ ] разобрать waitpid\n- [x] прочитать man\n"
    )
    (card,) = _cards(text, "Зомби.md").values()
    assert card.definition == "Процесс зомби — завершился, но висит в таблице процессов."
    assert card.items == ()


def test_a_half_typed_wikilink_reads_as_its_words() -> None:
    """ "[raw materials]]" (one opening bracket lost) shows its words; an index into an
    index ("C[A[i]] += 1") stays as written."""
    (card,) = _cards(
        "Primary sector: the production of [raw materials]] (wood, iron, coal).\n",
        "Sectors.md",
    ).values()
    assert card.definition == "the production of raw materials (wood, iron, coal)."
    (sort,) = _cards("Сортировка подсчетом увеличивает C[A[i]] на единицу.\n", "Sort.md").values()
    assert "C[A[i]]" in sort.definition


def test_tables_become_rows_or_readable_details() -> None:
    text = (
        "# nice\nМеняет приоритет.\n\n| Option | Meaning |\n|---|---|\n| `-n N` | сдвиг |\n"
        "| `-p PID` | процесс |\n\n| Уровень | Грязное | Фантомы |\n|:-:|:-:|:-:|\n"
        "| Read committed | нет | да |\n"
    )
    cards = _cards(text, "nice.md")
    assert cards["-n N"].kind is CardKind.TABLE_ROW
    assert (cards["-n N"].definition, cards["-n N"].context) == ("сдвиг", "nice")
    assert "Read committed" not in cards
    rows = [d.text for d in cards["nice"].details]
    assert rows == ["Уровень: Read committed; Грязное: нет; Фантомы: да"]


def test_code_in_list_items_glued_and_unclosed_fences() -> None:
    text = (
        "# fork\nСоздаёт копию процесса.\n```c\nint main() {\n}```\nПосле fork вызывают exec.\n"
        "- **Шаг** — сборка\n  ```bash\n  make\n  ```\n```sh\nunclosed\n"
    )
    note = parse_note(text, "fork.md")
    cards = {c.title: c for c in note.cards}
    assert [(d.text, d.code) for d in cards["fork"].details][:2] == [
        ("int main() {\n}", True),
        ("После fork вызывают exec.", False),
    ]
    assert [(d.text, d.code) for d in cards["Шаг"].details] == [("make", True)]
    assert [w.line for w in note.warnings] == [5, 11]


def test_link_only_items_are_links_and_stubs_are_not_definitions() -> None:
    moc = parse_note("# Linux\n- [[PID]]\n- [[Sticky Bit|липкий бит]]\n", "MOC.md")
    assert moc.cards == ()
    stub = "Добавь сюда заметки своими словами."
    notes = [parse_note(stub + "\n", f"{n}.md") for n in ("umask", "Порт", "Load")]
    notes.append(parse_note("Маска прав по умолчанию.\n", "mask.md"))
    cards, warnings = finish(notes)
    assert [c.title for c in cards] == ["mask"]
    assert len(warnings) == 1 and "template stub" in warnings[0].message


def test_plugin_files_have_no_cards() -> None:
    drawing = "---\nexcalidraw-plugin: parsed\n---\n==⚠ Switch to EXCALIDRAW VIEW==\n"
    drawing += "# Text Elements\nA — b ^Pc0\n"
    assert parse_note(drawing, "x.md").skipped == "excalidraw"
    board = "---\n\nkanban-plugin: basic\n\n---\n## Todo\n- [ ] a\n"
    assert parse_note(board, "b.md").skipped == "kanban"


def test_a_note_that_opens_with_a_plain_list_describes_itself() -> None:
    text = (
        "---\nsr-due: 2025-12-02\n---\n#sr-due\n\n- Создаётся по умолчанию: `docker0`\n"
        "- Все контейнеры получают IP из подсети\n- Есть NAT: наружу можно\n"
        "- DNS-имена контейнеров недоступны вне сети\n[[bridge]]\n"
    )
    (card,) = _cards(text, "Docker/bridge.md").values()
    assert (card.title, card.definition) == ("bridge", "Создаётся по умолчанию: docker0")
    assert [d.text for d in card.details] == [
        "Все контейнеры получают IP из подсети",
        "Есть NAT: наружу можно",
        "DNS-имена контейнеров недоступны вне сети",
    ]


def test_a_glossary_list_is_never_read_as_one_description() -> None:
    text = "- ls - список файлов\n- cd - сменить каталог\n- pwd - текущий каталог\n"
    cards = _cards(text, "Команды.md")
    assert set(cards) == {"Команды", "ls", "cd", "pwd"}
    # The note's own card lists its commands, so that its name finds them.
    assert cards["Команды"].items == ("ls", "cd", "pwd")
    assert not cards["Команды"].definition


def test_a_note_named_as_a_question_is_about_its_subject() -> None:
    (card,) = _cards("Уникальный адрес узла в сети.\n", "Что такое ip адрес.md").values()
    assert card.title == "ip адрес"
    assert "Что такое ip адрес" in card.aliases


def test_a_sentence_above_trailing_links_is_the_definition() -> None:
    text = "#sr-due\nЭто HTTP поверх TLS, через защищённый канал.\n[[HTTPS]]\n[[HTTP]]\n[[Сети]]\n"
    (card,) = _cards(text, "HTTPS.md").values()
    assert card.definition == "Это HTTP поверх TLS, через защищённый канал."


def test_a_purpose_section_defines_the_note() -> None:
    text = (
        "#sr-due\n# 🕰️ NTP (Network Time Protocol)\n\n## 📌 Зачем нужен\n"
        "- Синхронизировать часы между серверами\n- Для правильных логов и TLS\n"
    )
    (card,) = _cards(text, "Сети/NTP.md").values()
    assert (card.title, card.aliases) == ("NTP", ("Network Time Protocol",))
    assert card.definition == "Синхронизировать часы между серверами"


def test_properties_after_blank_lines_are_still_the_notes_properties() -> None:
    text = "\n\n---\ntags: css\naliases: Flexbox flex\n---\n### flex-basis\nБазовый размер.\n"
    note = parse_note(text, "Flexbox.md", note="Flexbox")
    assert note.aliases == ("Flexbox flex",)
    assert all("aliases" not in c.definition for c in note.cards)
    assert [c.line for c in note.cards if c.title == "flex-basis"] == [7]
    # A page that merely starts with a rule and prose keeps its text.
    prose = parse_note("\n\n---\nNote: a rule, then prose\n\n---\nmore\n", "x.md", note="x")
    assert prose.aliases == ()


def test_a_heading_naming_the_note_over_a_table_and_list_alone_keeps_the_note() -> None:
    text = (
        "### Способы вывести логи красиво\n\n| Команда | Описание |\n|---|---|\n"
        "| git log --oneline | Однострочная история |\n| git log --graph | Дерево коммитов |\n\n"
        "- `--graph` — рисует дерево\n- `--date=short` — короткая дата\n"
    )
    cards = _cards(text, "Способы вывести логи красиво.md")
    note = cards["Способы вывести логи красиво"]
    assert note.kind is CardKind.TOPIC
    assert cards["git log --oneline"].definition == "Однострочная история"
    assert cards["--graph"].definition == "рисует дерево"


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        # A highlight whose closing marks follow a space is a highlight all the same.
        ("Serialization flattens objects. ==So it is bytes and back. ==", "bytes and back."),
        # A bold left unclosed in the middle of a line.
        ("Use `%2f` (**Double-check this in the lab)", "(Double-check this in the lab)"),
    ],
)
def test_loose_highlights_and_stray_bold_marks_never_reach_the_card(text: str, shown: str) -> None:
    card = next(c for c in parse_note(f"# Term\n{text}\n", "Term.md").cards if c.title == "Term")
    assert shown in card.definition
    assert "==" not in card.definition and "**" not in card.definition


def test_a_power_operator_is_no_stray_bold() -> None:
    card = next(
        c for c in parse_note("# Power\nx = 2 ** 10 gives the tenth power\n", "Power.md").cards
    )
    assert "2 ** 10" in card.definition


def test_a_highlight_marks_a_term_as_bold_does_outside_code() -> None:
    text = "==Term== — what it is\n`a==b and c==d` stays\n```\nx ==y== z\n```\n$a==b$ and ==Next=="
    assert highlights_as_bold(text) == (
        "**Term** — what it is\n`a==b and c==d` stays\n```\nx ==y== z\n```\n$a==b$ and **Next**"
    )


def test_a_comment_inside_a_diagram_hides_nothing_after_it() -> None:
    # Mermaid writes its own comments as `%%`: inside the fence they are the diagram's text,
    # not an Obsidian comment running on over the note.
    text = (
        "```mermaid\nsequenceDiagram\n\t%% encryption and decryption\n\tAlice ->> Bob: c\n```\n\n"
        "# Introduction\n\n$\\lambda$ is known as the **security parameter**.\n\n"
        "Note %%hidden%% text.\n"
    )
    cards = _cards(text, "crypto.md")
    assert cards["security parameter"].definition == "λ is known as the security parameter."
    shown = [t for c in cards.values() for t in (c.definition, *(d.text for d in c.details))]
    assert any("Note text." in t for t in shown)
    assert not any("hidden" in t for t in shown)
