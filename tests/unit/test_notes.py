"""The note parser on the seed note and on notes of other shapes."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.models import CardKind
from bot.core.notes import card_id, parse_note
from bot.morph import nominative

ROOT = Path(__file__).resolve().parents[2]
SEED_TEXT = (ROOT / "tests" / "fixtures" / "seed" / "notes" / "docker.md").read_text(
    encoding="utf-8"
)


def _cards(text: str, source: str = "notes/x.md") -> dict[str, object]:
    return {c.title: c for c in parse_note(text, source).cards}


def test_seed_terms_definitions_and_lines() -> None:
    note = parse_note(SEED_TEXT, "notes/docker.md")
    cards = {c.title: c for c in note.cards}
    assert note.tags == ("docker",)
    image = cards["Docker image"]
    assert image.definition == "это неизменяемый образ, из которого разворачивается контейнер"
    assert image.section == ("Theory",)
    assert image.source == "notes/docker.md"
    assert SEED_TEXT.splitlines()[image.line - 1].lstrip().startswith("* **Docker image**")
    assert [d.text for d in image.details][:2] == [
        "Это шаблон, по которому создают контейнеры",
        "Похож на слоеный пирог:",
    ]
    assert image.details[2].depth == 1
    assert cards["Docker Network"].definition == "виртуальная локальная сеть"


def test_seed_sub_terms_lists_and_facts_are_cards() -> None:
    cards = {c.title: c for c in parse_note(SEED_TEXT, "notes/docker.md").cards}
    network = cards["Docker Network"]
    for driver in ("bridge", "host", "none"):
        assert cards[driver].section == ("Theory", "Docker Network")
        assert cards[driver].parent_id == network.id
    assert network.items == ("bridge", "host", "none")
    cli = cards["Docker CLI"]
    assert cli.items == (
        "docker ps",
        "docker run",
        "docker image",
        "docker container",
        "docker volume",
    )
    assert cli.links[0].url == "https://docs.docker.com/engine/reference/commandline/ps/"
    hub = cards["Docker Hub"]
    assert hub.aliases == ("реестр",)
    assert "Yandex Container Registry" in hub.items
    facts = [c for c in cards.values() if c.kind is CardKind.FACT]
    assert len(facts) == 5
    assert all(f.section == ("Workflow",) for f in facts)
    assert any("/var/lib/docker/containers" in f.title for f in facts)


def test_images_and_embeds_are_skipped() -> None:
    cards = parse_note(SEED_TEXT, "notes/docker.md").cards
    text = " ".join(c.title + c.definition + " ".join(d.text for d in c.details) for c in cards)
    assert "png" not in text and "webp" not in text and "![" not in text


def test_ids_are_stable_when_other_text_changes() -> None:
    before = {c.title: c.id for c in parse_note(SEED_TEXT, "notes/docker.md").cards}
    edited = SEED_TEXT.replace("виртуальная локальная сеть", "виртуальная сеть между контейнерами")
    edited = "# Intro\nНовый абзац в начале.\n\n" + edited
    after = {c.title: c.id for c in parse_note(edited, "notes/docker.md").cards}
    assert before["Docker Network"] == after["Docker Network"]
    assert before["Docker image"] == after["Docker image"] == card_id("docker", "Docker image")


@pytest.mark.parametrize(
    ("text", "title", "definition"),
    [
        ("- Term - its definition", "Term", "its definition"),
        ("- Term: its definition", "Term", "its definition"),
        ("* **Term** — its definition", "Term", "its definition"),
        ("+ __Term__: its definition", "Term", "its definition"),
        ("1. `term` — its definition", "term", "its definition"),
        ("- **Term:** its definition", "Term", "its definition"),
        # A formula, then the name it goes by: the name is the term.
        ("- $M = y_{i} x_{i}$ - отступ (margin)", "отступ", "M = y_i x_i"),
        ("- $\\alpha = 5\\%$ - допустимая ошибка", "допустимая ошибка", "α= 5%"),
        ("- $E_{x}(y - \\mu)^2$ - смещение - отклонение", "смещение", "E_x(y - μ)^2 — отклонение"),
        # A statement about a formula names nothing: the formula stays the term.
        ("- $H_0$ - объект не выброс", "H_0", "объект не выброс"),
        ("- $\\xi_i$ - это гиперпараметр", "ξ_i", "это гиперпараметр"),
        ("- $w_0$ - инициализируем начальный вес", "w_0", "инициализируем начальный вес"),
        # Code before a short definition is a name, not a formula.
        ("- `ls` - список файлов", "ls", "список файлов"),
    ],
)
def test_term_bullet_styles(text: str, title: str, definition: str) -> None:
    cards = parse_note(f"# Section\n{text}\n", "n.md").cards
    assert cards[0].title == title
    assert cards[0].definition == definition


def test_nested_levels_with_spaces_and_tabs() -> None:
    text = (
        "- **A** — first\n    - detail one\n        - deeper\n\t- detail two\n- **B** — second\n"
    )
    cards = {c.title: c for c in parse_note(text, "n.md").cards}
    assert [(d.text, d.depth) for d in cards["A"].details] == [
        ("detail one", 0),
        ("deeper", 1),
        ("detail two", 0),
    ]
    assert cards["B"].definition == "second"


def test_code_spans_links_and_emphasis_are_cleaned() -> None:
    text = "- **Run** — start with `docker run` and read [the docs](https://example.org/run).\n"
    card = parse_note(text, "n.md").cards[0]
    assert card.definition == "start with docker run and read the docs."
    assert card.links[0].url == "https://example.org/run"


def test_heading_with_prose_is_a_card() -> None:
    text = (
        "# Kubernetes\n## Pod\nThe smallest deployable unit: containers\nthat share a network.\n"
    )
    cards = parse_note(text, "k8s.md").cards
    assert [(c.title, c.section) for c in cards] == [("Pod", ("Kubernetes",))]
    assert cards[0].definition == "The smallest deployable unit: containers that share a network."


def test_heading_over_a_record_of_labelled_fields() -> None:
    text = (
        "# Техники тест-дизайна\n\nТехники делят на три категории.\n\n"
        "## 6. **Тестирование парных значений (Pairwise Testing)**\n\n"
        "**Тип:** Техника черного ящика  \n"
        "**Описание:** Тестирование всех пар значений входных параметров.\n\n"
        "### Основные характеристики:\n"
        "- **Цель:** Минимизация количества тестов.\n"
        "- **Применение:** Проверка взаимодействия параметров.\n\n---\n"
    )
    cards = parse_note(text, "Test-design-techniques.md").cards
    assert [c.title for c in cards] == ["Техники тест-дизайна", "Тестирование парных значений"]
    pairwise = cards[1]
    assert pairwise.aliases == ("Pairwise Testing",)
    assert pairwise.definition == "Тестирование всех пар значений входных параметров."
    details = [d.text for d in pairwise.details]
    assert "Тип: Техника черного ящика" in details
    assert "Цель: Минимизация количества тестов." in details


def test_a_sentence_opening_with_a_marked_name_introduces_it() -> None:
    text = (
        "# Kafka\n\nKafka — брокер сообщений.\n\n- Консьюмеры\n"
        "    - отмечают сообщения с помощью оффсетов. __Оффсет__ (Offset) – это номер "
        "сообщения в партиции\n\n# Парадоксы\n\nУ тяжелых хвостов большие выбросы\n"
        "==Median of means== используется для оценки среднего\n"
    )
    cards = {c.title: c for c in parse_note(text, "kafka.md").cards}
    assert cards["Оффсет"].aliases == ("Offset",)
    assert cards["Оффсет"].definition == "Оффсет (Offset) – это номер сообщения в партиции"
    assert cards["Median of means"].definition == (
        "Median of means используется для оценки среднего"
    )


def test_a_marked_name_in_the_other_language_is_the_sections_alias() -> None:
    text = "# Heap\n\nJVM имеет кучу. **Куча** - это область данных времени выполнения.\n"
    cards = parse_note(text, "areas.md").cards
    assert [c.title for c in cards] == ["Heap"]
    assert "Куча" in cards[0].aliases


def test_a_note_heading_over_one_section_still_names_the_note() -> None:
    text = (
        "# CQRS\n\n## Команда\n\n- это запрос к системе на выполнение действия\n"
        "- Команды имеет смысл делать идемпотентными\n\n## Запрос\n"
    )
    cards = parse_note(text, "arch/pattern.cqrs.md").cards
    note = cards[0]
    assert (note.title, note.kind, note.items) == ("CQRS", CardKind.TOPIC, ("Команда",))
    assert cards[1].title == "Команда"


def test_a_note_named_with_a_bracketed_alias_is_named_without_it() -> None:
    text = (
        "# Основные данные\nСловарь — изменяемая коллекция пар ключ-значение.\n\n"
        "# Операции со словарями\n## Создание\n```python\nexm = dict()\n```\n"
    )
    note = parse_note(text, "Area/Python/005_Словарь (dict).md").cards[0]
    assert (note.title, note.kind) == ("Словарь", CardKind.TOPIC)
    assert "dict" in note.aliases


def test_note_with_only_prose_defines_its_own_name() -> None:
    note = parse_note("Just a line of prose.\n\n![[picture.png]]\n", "empty.md")
    assert [(c.title, c.kind, c.definition) for c in note.cards] == [
        ("empty", CardKind.TERM, "Just a line of prose.")
    ]
    assert parse_note("", "blank.md").cards == ()
    assert parse_note("![[only-an-image.png]]\n", "img.md").cards == ()


def test_unclosed_code_block_runs_to_the_end_with_a_warning() -> None:
    note = parse_note("# A\n- **X** — y\n```bash\necho\n- **Z** — z\n", "notes/broken.md")
    assert [str(w) for w in note.warnings] == [
        "notes/broken.md:3: code block is not closed: it runs to the end of the note"
    ]
    assert [c.title for c in note.cards] == ["X"]


def test_front_matter_and_tags() -> None:
    note = parse_note("---\naliases: [x]\n---\n#git #vcs\n- **Commit** — a snapshot\n", "git.md")
    assert note.tags == ("git", "vcs")
    assert note.cards[0].title == "Commit"


def test_a_question_folded_over_its_answer_is_a_card_with_that_answer() -> None:
    """Interview notes: "1. Question?" over `<details><summary>Ответ</summary>`, the answer
    below. The card is named by the first question's subject and reads the answer, never
    the "Ответ" label."""
    text = (
        "## Docker\n\n1. Что такое Docker? В чем отличие контейнера от образа?\n\n"
        "<details>\n  <summary>Ответ</summary>\n\n"
        "Docker - платформа для запуска приложений в контейнерах.\n\n"
        "Образ - шаблон приложения из слоев только для чтения.\n\n"
        "Контейнер - запущенный образ с верхним слоем для записи.\n\n</details>\n\n"
        "2. За что отвечает kube-proxy?\n<details>\n<summary>Ответ</summary>\n\n"
        "Связь между сервисами на разных нодах.\n\n</details>\n"
    )
    cards = {c.title: c for c in parse_note(text, "q.md").cards}
    assert cards["Docker"].definition == "платформа для запуска приложений в контейнерах."
    assert cards["Образ"].definition == "шаблон приложения из слоев только для чтения."
    assert cards["Контейнер"].definition.startswith("запущенный образ")
    assert cards["kube-proxy"].definition == "Связь между сервисами на разных нодах."
    assert not any("Ответ" in d.text for c in cards.values() for d in c.details)


def test_an_answer_written_right_under_its_summary_label_is_read() -> None:
    """No blank line between `<summary>Ответ</summary>` and the answer: GitHub shows the
    answer as text (CommonMark keeps it as raw HTML); the card reads it all the same, and
    the note gets no warning about code fences it does not have."""
    text = (
        "## Linux\n\n1. Что такое LA? В каких единицах измеряется?\n<details>\n"
        "  <summary>Ответ</summary>\n"
        "LA (load average) -- средняя нагрузка на систему за 1, 5 и 15 минут.\n"
        "</details>\n\n2. Что будет если на сервере LA = 100?\n<details>\n"
        "  <summary>Ответ</summary>\n  Сервисы будут работать медленнее.\n</details>\n"
    )
    note = parse_note(text, "q.md")
    cards = {c.title: c for c in note.cards}
    assert cards["LA"].aliases == ("load average",)
    assert cards["LA"].definition == "средняя нагрузка на систему за 1, 5 и 15 минут."
    assert cards["Что будет если на сервере LA = 100"].definition == (
        "Сервисы будут работать медленнее."
    )
    assert note.warnings == ()


def test_the_answer_to_a_difference_question_defines_both_sides() -> None:
    """ "Чем отличается TCP от UDP?" answered with "TCP – ..." and "UDP – ...": UDP is a card
    of its own, not a remark on TCP's; a closing remark stays a remark."""
    text = (
        "## Сети\n\n7. Чем отличается TCP от UDP? Что лучше?\n\n<details>\n"
        "  <summary>Ответ</summary>\n\n"
        "TCP – транспортный протокол, предварительно устанавливающий соединение.\n\n"
        "UDP – транспортный протокол, передающий датаграммы без установки соединения.\n\n"
        "Нельзя сказать, что TCP лучше UDP.\n\n</details>\n"
    )
    cards = {c.title: c for c in parse_note(text, "q.md").cards}
    assert cards["UDP"].definition == (
        "транспортный протокол, передающий датаграммы без установки соединения."
    )
    assert cards["TCP"].definition.startswith("транспортный протокол, предварительно")
    assert [d.text for d in cards["TCP"].details] == ["Нельзя сказать, что TCP лучше UDP."]


NAMED_AS_SENTENCES_END = [
    (
        "Неконтролируемое дублирование широковещательного сигнала называется "
        "широковещательным штормом",
        "широковещательный шторм",
        (),
        "Неконтролируемое дублирование",
    ),
    (
        "Домен размещают на DNS-сервере домена первого уровня. Такой процесс называется "
        "делегированием.",
        "делегирование",
        (),
        "Домен размещают",
    ),
    (
        "Роутер корректирует фазу и амплитуду антенн. Такая технология известна как Beamforming.",
        "Beamforming",
        (),
        "Роутер корректирует",
    ),
    (
        "При потере пакета уменьшается так называемое окно перегрузки (Congestion Window).",
        "окно перегрузки",
        ("Congestion Window",),
        "При потере пакета",
    ),
    (
        "Такие механизмы называются системами обнаружения вторжений (IDS).",
        "системы обнаружения вторжений",
        ("IDS",),
        "Такие механизмы",
    ),
    ("A connected graph with no cycles is called a tree.", "tree", (), "A connected graph"),
    (
        "Если значения упорядочены по возрастанию, то этот ряд называется **вариационным**.",
        "вариационный ряд",
        (),
        "Если значения",
    ),
    (
        "Гипотеза называется простой, если она точно задаёт закон распределения.",
        "простая гипотеза",
        (),
        "Гипотеза называется простой",
    ),
    (
        "![](https://latex.codecogs.com/svg.latex?W_{0}) - критической областью называется "
        "множество значений критерия, при которых "
        "гипотезу отвергают.",
        "критическая область",
        (),
        "Критической областью называется множество",
    ),
    ("Есть журнал изменений. Он называется Binary Log.", "Binary Log", (), "Есть журнал"),
    (
        "Note: AI hallucination refers to instances where a model generates false facts.",
        "AI hallucination",
        (),
        "AI hallucination refers to",
    ),
    (
        "Файрволл (или Брандмауэр, сетевой экран) получил название от кирпичной стены.",
        "Файрволл",
        ("Брандмауэр", "сетевой экран"),
        "Файрволл (или Брандмауэр",
    ),
    (
        "Под маршрутизацией понимается процесс выбора пути для пакетов.",
        "маршрутизация",
        (),
        "Под маршрутизацией понимается",
    ),
]


@pytest.mark.parametrize(("prose", "title", "aliases", "opens"), NAMED_AS_SENTENCES_END)
def test_a_name_lecture_prose_gives_as_its_sentence_ends_is_a_card(
    prose: str, title: str, aliases: tuple[str, ...], opens: str
) -> None:
    """Lecture notes name what a sentence has described as it ends ("... называется
    широковещательным штормом"): a card under that name in its dictionary form, the
    sentence (and the one before it, when "такой" or "он" points back) its definition."""
    text = f"# Лекция 4\n\nВводный абзац лекции о сетях.\n\n{prose}\n"
    cards = {c.title: c for c in parse_note(text, "l.md", nominative=nominative).cards}
    assert title in cards, sorted(cards)
    assert cards[title].aliases == aliases
    assert cards[title].definition.startswith(opens)


@pytest.mark.parametrize(
    "prose",
    [
        "Файл называется так же, как и класс.",
        "Если значения упорядочены, то называется вариационным.",
        "Объект преобразуется обратно, это называется автоупаковкой и автораспаковкой.",
        "This refers to the case below.",
        "Файл (или каталог) удаляется командой rm.",
    ],
)
def test_prose_naming_no_noun_or_two_things_makes_no_card(prose: str) -> None:
    text = f"# Лекция\n\nВводный абзац лекции.\n\n{prose}\n"
    titles = [c.title for c in parse_note(text, "l.md", nominative=nominative).cards]
    assert titles == ["Лекция"]


@pytest.mark.parametrize(
    ("prose", "alias"),
    [
        ("Дома его обычно называют роутером.", "роутер"),
        ("Обычно называется origin.", "origin"),
        ("Если это так, то оценка называется несмещенной.", "несмещённая оценка"),
    ],
)
def test_a_name_prose_gives_the_section_itself_is_its_other_name(prose: str, alias: str) -> None:
    """ "Дома его обычно называют роутером" under "# Маршрутизатор": another name of the
    thing the section is about, not a card of its own."""
    title = "Понятие несмещенности оценки" if "оценка" in prose else "Маршрутизатор"
    text = f"# {title}\n\nУстройство, которое пересылает пакеты между сетями.\n{prose}\n"
    cards = parse_note(text, f"{title}.md", nominative=nominative).cards
    # "Понятие несмещенности оценки": the label dropped, the name in the nominative.
    named = "Несмещенность оценки" if "оценка" in prose else title
    assert [c.title for c in cards] == [named]
    assert alias in cards[0].aliases


def test_a_short_name_over_its_own_bullets_in_an_outline_is_a_card() -> None:
    """Notes kept as bullets: "- Cold start" among remarks, what it is in the bullets under
    it. A list of groups alone ("- Линейные" / "- Нелинейные") stays the card's text."""
    text = (
        "### Concurrency\n- Can scale very easily up to 1000 executions\n"
        "- Cold start\n    - on first instance the init handler is executed\n"
        "    - if init is large, the first request takes long\n"
    )
    cards = {c.title: c for c in parse_note(text, "Lambda.md").cards}
    assert "Cold start" in cards
    assert cards["Cold start"].definition.startswith("on first instance the init handler")
    assert "Cold start" in cards["Concurrency"].items
    grouped = (ROOT / "tests/fixtures/vaults/mixed/Структуры данных.md").read_text("utf-8")
    assert "Линейные" not in {c.title for c in parse_note(grouped, "Структуры данных.md").cards}


def test_a_title_centred_in_html_still_answers_to_the_file_name() -> None:
    """`specificity.md` opening with `<div align="center">` around "# Специфичность" and
    its navigation links: the card is named by the heading and answers to the file name."""
    text = (
        '<div align="center">\n\n# Специфичность\n\n[Главная](https://example.org/)\n|\n'
        "[Карта](/roadmap/README.md)\n\n</div>\n\n---\n\n"
        "**Специфичность (приоритет)** — это набор правил, которые определяют, какой стиль "
        "будет применен к элементу.\n"
    )
    card = parse_note(text, "theory/css/specificity.md").cards[0]
    assert card.title == "Специфичность"
    assert "specificity" in card.aliases


def test_a_bold_name_explained_in_brackets_is_a_card() -> None:
    """ "based on **Kerckhoff's principle** (should be secure even if everything except the
    key is public)": the brackets say what the name is; a short bracket is another name."""
    text = (
        "## Cryptosystem Components\n- A cryptosystem is a five-tuple (P, C, K, E, D)\n"
        "- Central to security, based on **Kerckhoff’s principle** (should be secure even if "
        "everything about the system except the key is public knowledge)\n"
        "- Often used with **AES** (a cipher)\n"
    )
    cards = {c.title: c for c in parse_note(text, "Cryptography.md").cards}
    assert cards["Kerckhoff’s principle"].definition == (
        "Should be secure even if everything about the system except the key is public knowledge"
    )
    assert "AES" not in cards


def test_a_formula_alone_is_no_definition() -> None:
    """A section of bullets, then its formulas on lines of their own: the first bullet says
    what it is, not "E_k: P→C"."""
    text = (
        "## Cryptosystem Components\n- A cryptosystem is a five-tuple (P, C, K, E, D)\n"
        "- Central to security\n\n$$E_{k}:P\\to C,k\\in K$$\n$$D_{k}:C\\to P,k\\in K$$\n"
    )
    card = parse_note(text, "Cryptography.md").cards[0]
    assert card.definition.startswith("A cryptosystem is a five-tuple")


def test_a_line_of_other_names_and_a_metadata_definition() -> None:
    """A pattern catalogue note: its definition in the metadata, a line of its other names
    under it, the catalogue's word before its name."""
    text = (
        "---\nОпределение: Позволяет сохранять и восстанавливать прошлые состояния объектов.\n"
        "Тип:\n  - Поведенческий\n---\nХранитель, Memento\n### Проблема\n\n"
        "Редактор должен уметь отменять действия.\n"
    )
    card = parse_note(text, "GoF/GoF Снимок.md").cards[0]
    assert card.title == "GoF Снимок"
    assert card.definition == "Позволяет сохранять и восстанавливать прошлые состояния объектов."
    assert {"Снимок", "Хранитель", "Memento"} <= set(card.aliases)


def test_a_line_opened_bold_and_never_closed_is_a_heading() -> None:
    text = (
        "***Конструкторы\n\nКонструкторы вызываются при создании объекта.\n\n"
        "***Ключевое слово this\n\n"
        "Ключевое слово this представляет ссылку на текущий экземпляр класса.\n"
    )
    cards = {c.title: c for c in parse_note(text, "Классы.md").cards}
    assert cards["Ключевое слово this"].definition.startswith("Ключевое слово this представляет")
    assert cards["Конструкторы"].definition == "Конструкторы вызываются при создании объекта."
    assert not any("*" in c.title for c in cards.values())


def test_a_tldr_section_defines_the_note_named_first_in_its_heading() -> None:
    text = (
        '---\ntitle: UDP\naliases: ["User Datagram Protocol"]\n---\n'
        "# UDP — User Datagram Protocol (RFC 768)\n\n## TL;DR\n"
        "Минимальный транспортный протокол без соединения.\n\n## Заголовок\nВосемь байт.\n"
    )
    card = parse_note(text, "20-protocols/UDP.md").cards[0]
    assert card.title == "UDP"
    assert "User Datagram Protocol" in card.aliases
    assert card.definition == "Минимальный транспортный протокол без соединения."
