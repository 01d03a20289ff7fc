"""Lookup on more note-taking habits (Go, Java and QA notes in Russian, algorithm notes
and analyst notes): a note's map of links to its neighbours, a first bold line as its title,
bold names with a gloss, bold-led bullets under a bare label, "Complexity of X" beside X,
names said by their letters (BFS), and questions only a mention answers. One table row per
failure class, with the count per class printed."""

from __future__ import annotations

import pytest

from bot.core.notes import parse_note
from bot.core.search import Index, lookup
from bot.core.vault import finish
from bot.textview import answer_text
from bot.tg import render
from tests.unit.failure_tables import assert_answer, assert_every_class, index_of

NOTES = {
    "Go/Go-slice.md": (
        "# Слайсы\n\n**Ключи:**\n- Обратные:\n\t- [Сведения о языке Go](GO);\n"
        "\t- [Коллекции](Go-collection-types);\n- Прямые:\n\t- [Массивы](Go-array.md);\n"
        "\t- [Сортировка слайсов](Go-slice-sort.md);\n\n"
        "**Хештеги:** #Programming/Go/Slice\n\n## Основное\n\n"
        "Слайс — это массив неопределенной длины (или динамический массив).\n"
    ),
    "Go/Go-slice-sort.md": (
        "# Сортировка слайсов\n\nСортировка слайса выполняется пакетом sort, слайсы "
        "сортируются на месте.\n"
    ),
    "Go/Go-pointer.md": (
        "# Указатели в GO\n\nУказатель хранит адрес значения в памяти. Указатели в Go не "
        "поддерживают арифметику.\n"
    ),
    "Go/Go-args.md": (
        "# Аргументы с указателями\n\nФункция получает указатель и меняет значение по "
        "указателю, указатель передаётся как аргумент.\n"
    ),
    "Go/Go-bool.md": "# Логический тип в Go\n\nТип bool принимает значения true и false.\n",
    "Algo/hashing.md": (
        "# Hash Tables\n\n### Review\n- Collision Resolution\n"
        "    - __Collision:__  when two values of `k` hash to the same index\n"
        "    - __Chaining__ makes the hash table an array of linked lists at each index\n"
        "    - __Linear Probing__ is where all values are stored directly in the table "
        "array, at the next free index\n"
    ),
    "Algo/topological.md": (
        "# Topological Sort\n\n## Kahn's Topological Sort Algorithm\n"
        "Repeatedly remove a vertex with no incoming edges and append it to the order.\n\n"
        "## Complexity of Kahn's Algorithm\nIt runs in O(V + E) time.\n"
    ),
    "Algo/graphs.md": (
        "# Graphs\n\n## Graph Breadth-First Search\nVisit the neighbours first, using a "
        "queue.\n\n## Graph Depth-First Search\nGo as deep as possible first, using a stack.\n"
    ),
    "Algo/queens.md": (
        "# The N-Queens Problem\n\nPlace N queens on a board so that none attacks another.\n"
    ),
    "Java/Iterable.md": (
        "# Iterable\n\n## Разница между итераторами с fail-fast и fail-safe поведением?\n"
        "Это не отдельные типы, а характеристики разных реализаций Iterator.\n\n"
        "**Fail-fast – «БЫСТРЫЙ» итератор**. Когда коллекция изменилась после создания "
        "итератора, он падает с ошибкой без лишних разбирательств.\n\n"
        "**Fail-safe – «УМНЫЙ» итератор.** Итератор работает с копией данных и не "
        "выбрасывает исключение.\n"
    ),
    "Java/GC.md": (
        "# Сборка мусора\n\nСборщик мусора освобождает память объектов без ссылок.\n\n"
        "- Требуется синхронизировать работу GC с приложением (барьеры на чтение/запись), "
        "такой алгоритм занимает больше времени.\n"
    ),
    "Broker/Message Broker and a Publish-Subscribe.md": (
        "**Разница между брокером сообщений и системой обмена сообщениями "
        "Publish/Subscribe (Pub/Sub)**\n\n"
        "Брокеры сообщений и системы публикации/подписки представляют собой разные подходы "
        "к обмену сообщениями.\n\n## Брокер сообщений\n\n"
        "Брокер сообщений является посредником между отправителями и получателями.\n\n"
        "## Система Pub/Sub\n\nСистема Pub/Sub передает сообщения нескольким подписчикам, "
        "заинтересованным в теме. Каждое сообщение получают все подписчики темы, и брокер "
        "сообщений для этого не нужен.\n"
    ),
    "Web/HTTP.md": (
        "# HTTP\n\nHTTP — протокол передачи гипертекста.\n\n## HTTPS\n\n"
        "HTTPS — HTTP поверх шифрованного соединения TLS.\n\n## HTTP и HTTPS: отличия\n\n"
        "HTTPS шифрует трафик, HTTP передаёт его открыто.\n"
    ),
    "DB/TSQL-7. Нормализация базы данных.md": (
        "# Основы реляционной модели\n"
        "Реляционная модель данных - логическая модель данных, теория построения баз.\n\n"
        "Отношение - представление множества в теории множеств.\n\n"
        "Кортеж - строка таблицы.\n\n"
        "# Третья нормальная форма (3NF)\n"
        "Ни один не ключевой атрибут не должен зависеть от ключа транзитивно.\n"
        "![[Pasted image 20240728195746.png]]\n"
        "Транзитивная зависимость - зарплата зависит от должности, а не от человека.\n\n"
        "Ещё немного текста о третьей форме без определений.\n\n"
        "# Except\n"
        "Разность двух множеств - множество элементов первого, которых нет во втором.\n\n"
        "Денормализация - откат на форму ниже.\n"
    ),
    "DB/TSql-5. Системный каталог, агрегатные функции.md": (
        "Каталог состоит из таблиц, описывающих структуру объектов базы данных.\n\n"
        "## Агрегатные\n\nСчитают одно значение по многим строкам.\n"
    ),
    "CSS/justify.md": (
        "1. justify-content, justify-items and justify-self are three CSS properties of grid "
        "and flexbox layouts.\n"
        "2. justify-content: This property is used to align items along the main axis of a "
        "flex container.\n"
        "3. justify-items: This property is used to align items within a grid cell.\n"
        "4. Перечитать конфиги: выполнить reload после правки.\n"
    ),
    "JS/async_behavior.md": (
        "## Asynchronous behavior in javascript\n\nAsynchronous programming lets a program "
        "start a long task and stay responsive.\n\n  - setTimeout\n"
        "  The global setTimeout() method sets a timer which runs a function once it "
        "expires.\n  ```\n  setTimeout(() => {}, 1000)\n  ```\n  - setInterval\n"
        "The setInterval() method repeatedly calls a function with a fixed time delay "
        "between each call.\n"
    ),
    "DB/Схемы.md": (
        "# Схема «звезда»\n\nТаблица фактов в центре, вокруг неё таблицы измерений.\n"
    ),
    "SQL/partitioning.md": (
        "# Table Partitioning\n\nOne big table split into smaller ones.\n\n"
        "- **Partition pruning** = the query planner skips irrelevant partitions "
        "automatically\n- **Range partitioning** splits rows by ranges of a key\n\n"
        "### Query automatically uses partition pruning\n\nA filter on the key is enough.\n"
    ),
    "Sec/xss.md": (
        "# Cross-Site Scripting aka XSS\n\nВнедрение чужого скрипта в страницу сайта.\n"
    ),
    "Stats/order.md": (
        "# Порядковая статистика\n\nk-й по величине элемент отсортированной выборки.\n"
    ),
    "Linux/Потоки и файлы.md": (
        "# Потоки и файлы\n\nФайл, из которого идёт чтение, называется стандартным потоком "
        "ввода, а файл для записи — стандартным потоком вывода.\n"
    ),
    "Net/CDP & LLDP.md": (
        "# CDP & LLDP\n\nBoth discover directly connected neighbours.\n\n"
        "## CDP\n\nCisco Discovery Protocol, Cisco's own.\n\n"
        "## LLDP\n\nLink Layer Discovery Protocol, the open standard.\n"
    ),
    "Algo/Stacks, Queues, and Sets.md": (
        "# Stacks, Queues, and Sets\n\nThree containers.\n\n## Stack\n\nLast in, first "
        "out.\n\n## Queue\n\nFirst in, first out.\n\n## Set\n\nNo duplicates.\n"
    ),
    "Git/git log.md": (
        "#application/Git\n\n>[!cite]- Source\n>- [diff working tree](https://365git.example)"
        "\n\n```Bash\ngit log          # в текущей ветке\ngit log -3       # три последних\n```\n"
    ),
    "Web/DevTools.md": (
        "# Профилирование памяти\n\nВкладка Memory показывает, сколько памяти занимает "
        "страница и какой объект её удерживает.\n"
    ),
}

CASES = [
    ("a note's map of links is no card", "что такое слайс", "Слайсы"),
    ("a note's map of links is no card", "обратные", None),
    ("a kind word tied on by a preposition heads the name", "указаетли", "Указатели в GO"),
    ("a kind word tied on by a preposition heads the name", "указатели", "Указатели в GO"),
    ("an English type name in a Russian vault", "boolean type go", "Логический тип в Go"),
    ("bold-led bullets under a bare label", "what is linear probing", "Linear Probing"),
    ("bold-led bullets under a bare label", "chaining", "Chaining"),
    ("one side of a thing is not the thing", "what is kahn's algorithm",
     "Kahn's Topological Sort Algorithm"),
    ("one side of a thing is not the thing", "complexity of kahn's algorithm",
     "Complexity of Kahn's Algorithm"),
    ("a dashed compound said by its letters", "bfs", "Graph Breadth-First Search"),
    ("a dashed compound said by its letters", "что такое dfs", "Graph Depth-First Search"),
    ("a chess word in Russian", "задача о n ферзях", "The N-Queens Problem"),
    ("a bold name with its gloss over what it does", "что такое fail-fsat итератор",
     "Fail-fast"),
    ("a bold name with its gloss over what it does", "fail-safe", "Fail-safe"),
    ("a sentence holding a translation is no definition", "что такое record в java", None),
    ("a first bold line titles the note", "брокер сообщений vs pub/sub",
     "Брокер сообщений"),
    ("a secure protocol is no plural", "http vs https", "HTTP"),
    ("a secure protocol is no plural", "https", "HTTPS"),
    ("a card using the words in its text names none of them", "что такое page object", None),
    ("a note that writes its terms as dashed lines", "что такое транзитивная зависимость",
     "Транзитивная зависимость"),
    ("a note that writes its terms as dashed lines", "кортеж", "Кортеж"),
    ("a note that writes its terms as dashed lines", "except", "Except"),
    ("a course's lesson number is no part of a note's name", "нормализация базы данных",
     "Нормализация базы данных"),
    ("a note named for a few topics names each", "что такое системный каталог",
     "Системный каталог, агрегатные функции"),
    ("a property's name over what it is in a numbered list", "justify-items", "justify-items"),
    ("a property's name over what it is in a numbered list", "what is justify-content",
     "justify-content"),
    ("a step in a numbered list stays a step", "перечитать конфиги",
     "Перечитать конфиги: выполнить reload после правки."),
    ("one name over its sentence, code between the entries", "what does setInterval do",
     "setInterval"),
    ("one name over its sentence, code between the entries", "settimeout", "setTimeout"),
    ("a two-slip reading of a short unknown word is no typo", "what is the shadow dom", None),
    ("a Russian word for a shape's name", "star schema", "Схема «звезда»"),
    ("a bold name, then '=' and what it is", "what is partition pruning", "Partition pruning"),
    ("a heading naming what it is 'aka' another name", "что такое xss", "Cross-Site Scripting"),
    ("a note named for just the two things compared", "cdp vs lldp", "CDP"),
    ("a note named for just the two things compared", "чем cdp отличается от lldp",
     "CDP"),
    ("a note of three things is no answer to two of them", "stack vs queue", "Stack"),
    ("a note of code under its source's link", "гит лог", "git log"),
    ("an English question of Russian notes", "order statistic", "Порядковая статистика"),
    ("an English question of Russian notes", "what are standard streams in linux",
     "Потоки и файлы"),
]  # fmt: skip


@pytest.fixture(scope="module")
def index() -> Index:
    return index_of(NOTES)


@pytest.mark.parametrize(("failure", "question", "expected"), CASES)
def test_lookup_vault_maps(
    index: Index, failure: str, question: str, expected: str | None
) -> None:
    assert_answer(index, failure, question, expected)


def test_per_class_accuracy(index: Index, capsys: pytest.CaptureFixture[str]) -> None:
    assert_every_class(index, CASES, "lookup failure classes (maps and bold names)", capsys)


def test_a_map_of_links_leaves_its_links_and_no_cards() -> None:
    note = parse_note(NOTES["Go/Go-slice.md"], "Go/Go-slice.md", note="Go/Go-slice")
    cards, _ = finish([note])
    assert [c.title for c in cards] == ["Слайсы"]
    assert cards[0].definition.startswith("это массив неопределенной длины")


def test_a_map_under_a_definition_gives_the_card_its_links() -> None:
    text = (
        "# Массивы\n\nМассив — последовательность элементов одного типа фиксированной "
        "длины.\n\n**См. рядом:**\n- [[Go-slice]]\n- [[Go-slice-sort]]\n"
    )
    cards, _ = finish([parse_note(text, "Go/Go-array.md", note="Go/Go-array")])
    assert [c.title for c in cards] == ["Массивы"]
    assert {"Go-slice", "Go-slice-sort"} <= set(cards[0].wikilinks)


def test_a_first_bold_line_names_the_note_and_the_file_name_stays() -> None:
    path = "Broker/Message Broker and a Publish-Subscribe.md"
    note = parse_note(NOTES[path], path, note=path.removesuffix(".md"))
    own = note.cards[0]
    assert own.title == "Message Broker and a Publish-Subscribe"
    assert any(a.startswith("Разница между брокером сообщений") for a in own.aliases)
    assert own.definition.startswith("Брокеры сообщений и системы")


def test_both_sides_answer_with_the_comparing_note_offered_first(index: Index) -> None:
    result = lookup(index, "брокер сообщений vs pub/sub")
    assert result.best is not None and result.compared is not None
    assert (result.best.title, result.compared.title) == ("Брокер сообщений", "Система Pub/Sub")
    offered = [m.card.title for m in result.alternatives]
    assert offered == ["Message Broker and a Publish-Subscribe"]


def test_a_sentence_spelling_the_asked_word_still_answers() -> None:
    index = index_of({"Docker/volumes.md": (
        "# Хранение\n\n- Контейнеры могут сохранять информацию после уничтожения в томах "
        "Docker volume.\n"
    )})  # fmt: skip
    result = lookup(index, "что такое том?")
    assert result.found and result.best is not None and "томах" in result.best.definition


def test_a_question_mostly_of_things_the_notes_never_spell_gets_no_suggestions(
    index: Index,
) -> None:
    result = lookup(index, "how to set up kubernetes ingress controller with the hash table")
    assert not result.found
    assert result.suggestions == ()
    near = lookup(index, "rign hash")  # a slip of one word keeps its suggestions
    assert not near.found


def test_a_name_in_capitals_the_notes_never_spell_is_not_read_as_a_slip() -> None:
    index = index_of({
        "DB/Типы.md": (
            "# PostgreSQL\n\nСвободная СУБД с открытым кодом, хранит таблицы и индексы на "
            "диске.\n"
        ),
        "DB/Other.md": "# Индексы\n\nИндекс ускоряет поиск по таблице, wall и val.\n",
    })  # fmt: skip
    assert not lookup(index, "что такое WAL в postgresql").found
    assert lookup(index, "что такое postgresql").found


def test_both_sides_answer_with_the_note_named_for_them_offered_first(index: Index) -> None:
    result = lookup(index, "cdp vs lldp")
    assert result.best is not None and result.compared is not None
    assert (result.best.title, result.compared.title) == ("CDP", "LLDP")
    assert [m.card.title for m in result.alternatives] == ["CDP & LLDP"]
    apart = lookup(index, "stack vs queue")
    assert apart.best is not None and apart.compared is not None
    assert (apart.best.title, apart.compared.title) == ("Stack", "Queue")


def test_a_name_only_mentioned_says_where_the_notes_mention_it() -> None:
    index = index_of({
        "Python/enum.md": (
            "# Enum\n\nПеречисление: набор имён, связанных с уникальными значениями.\n\n"
            "IntEnum аналогичен Enum, но его члены также являются целыми числами.\n"
        ),
        "Python/abc.md": "# Abc\n\nАбстрактные базовые классы проверяют интерфейс.\n",
    })  # fmt: skip
    result = lookup(index, "что такое IntEnum")
    assert not result.found and result.mentioned == "IntEnum"
    assert lookup(index, "что такое IntEnum?").mentioned == "IntEnum"
    assert [c.title for c in result.suggestions] == ["Enum"]
    reply = answer_text(result)
    assert reply.startswith("Отдельной карточки про «IntEnum» нет, но конспекты упоминают")
    assert "• Enum" in reply
    texts, markup = render.answer_reply(result, "en")
    assert texts[0] == "There is no card on “IntEnum”, but the notes mention it here:"
    assert markup is not None
    assert [row[0].text for row in markup.inline_keyboard] == ["Enum"]
    # A word the notes never spell is not found, and nothing claims a mention.
    other = lookup(index, "что такое ABCMeta")
    assert not other.found and other.mentioned == ""
    assert answer_text(other).startswith("Не нашёл «что такое ABCMeta»")
