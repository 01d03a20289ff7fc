"""Lookup on course and published vaults: a `[!Definition]` callout under a callout of
links, a published garden's `{ #id}` lines, `;;` flashcards, a `## Definition` of a formula
and its letters, `## Theorem 2` under its term, a list opened by "X состоит из:", a sentence
with no subject of its own, two sides compared where the second leaves out the words both
share, `Introduction.md` named by its folder, a section every note repeats, a guess said of
the whole note, words of the sciences, a negating prefix, a slip on the first letter, a
function word or a name in brackets that names the subject. One table row per failure
class, the count per class printed."""

from __future__ import annotations

import pytest

from bot.core import gluedwords, ownwords, querysetting, question, strangers
from bot.core.indexdata import Index
from bot.core.notes import parse_note
from bot.core.passages import Passage, guessed_answer
from bot.core.search import lookup
from bot.core.wordmatch import near_known, resolve_word
from tests.unit.failure_tables import Case, assert_answer, assert_every_class, index_of

GARDEN_NOTE = (
    '---\n{"tags":["flashcards/bio"],"dg-publish":true}\n---\n\n# Abduction\n\n'
    "> [!Ontology]-\n> up:: [[Cards/Joint Movements|Joint Movements]]\n> down::\n\n"
    "> [!Definition] Definition\n> A movement of a limb away from the midline of the body.\n"
    "{ #5d3552}\n\n## Mentions\n\n{ .block-language-dataview}\n\n## Flashcards\n\n"
    "What is [[Cards/Abduction|Abduction]]?;;; Movement away from the midline.\n"
    "<!--SR:!2023-07-04,79,250-->\n\n"
    "Which term names a limb moving away from the midline?;;Abduction\n"
)

NOTES = {
    "CI/Pipeline setup.md": (
        "# Pipeline setup\nSet up the test workflow: install the dependencies, then run the "
        "tests on every push.\n"
    ),
    "Immunology/Innate immunity.md": "# Innate immunity\nThe defence present from birth.\n",
    "Business/Конкуренты.md": (
        "# Анализ конкурентов\n## Прямой конкурент\nКомпания, что решает ту же задачу тем же "
        "способом.\n"
    ),
    "Trees/AVL trees.md": (
        "# AVL trees\nAVL trees rebalance after every insert.\n"
        "## case B\nThe left child is heavy on its right side: rotate twice.\n"
    ),
    "ML/Clustering.md": (
        "# Clustering\nThe k-means method splits points into k groups around centroids.\n"
    ),
    "Cards/Abduction.md": GARDEN_NOTE,
    "Cards/Adduction.md": (
        "# Adduction\n\n> [!Definition] Definition\n> A movement towards the midline.\n"
    ),
    "Меры/конечная-мера.md": (
        "# Конечная мера\n## Definition\n`Пусть:`\n1. $A$ - [[алгебра|алгебра]]\n"
        "2. $\\mu$ - конечно-аддитивная мера на $A$.\n`Тогда:`\n"
        "$\\mu$ называется ***конечной*** мерой, если $\\mu(E) < \\infty$.\n"
    ),
    "Меры/алгебра.md": (
        "# Алгебра\n## Definition\n$\\mcA$ - кольцо множеств, в котором есть единица.\n"
    ),
    "Меры/верхняя-мера.md": (
        "# Верхняя мера\n## Definition\nВерхняя мера множества — нижняя грань сумм мер "
        "покрывающих его ячеек.\n\n## Theorem 2\nВерхняя мера счётно полуаддитивна на "
        "любых покрытиях ячейками.\n\n## Lemma 1\nМера ячейки не больше суммы мер покрытия.\n"
    ),
    "Сети/маршрутизация.md": (
        "1. Маршрутизация - поиск пути пакета между сетями\n"
        "2. Таблица маршрутизации состоит из:\n    1. Адреса сети\n    2. Маски\n"
        "    3. Шлюза\n3. Маршрут по умолчанию - куда уходят пакеты без явного маршрута\n"
    ),
    "Сети/ARP.md": (
        "1. ARP (Address Resolution Protocol) - протокол разрешения адресов\n"
        "2. Позволяет автоматически определить MAC-адрес компьютера по его IP-адресу\n"
        "3. Результаты работы записываются в ARP-таблицу\n"
    ),
    "Сети/MAC.md": "# MAC-адрес\n\nMAC-адрес — адрес сетевой карты на канальном уровне.\n",
    "Память/фиксированные.md": (
        "## Распределение памяти фиксированными разделами\n\n"
        "Распределение памяти фиксированными разделами — память делится на разделы "
        "неизменной величины.\n"
    ),
    "Память/переменные.md": (
        "## Распределение памяти разделами переменной величины\n\n"
        "Распределение памяти разделами переменной величины — раздел выделяется по "
        "размеру задачи.\n"
    ),
    "Web/SameSite Cookie Restrictions/Introduction.md": (
        "SameSite is a browser mechanism that limits which cross-site requests carry a "
        "cookie.\n\n- **Strict** - the cookie goes with same-site requests only.\n"
    ),
    "Web/CORS/Introduction.md": (
        "Cross-origin resource sharing lets a server allow reads from other origins.\n"
    ),
    "Kube/Scheduler.md": (
        "The scheduler watches for new pods with no node and picks a node for each of them "
        "by its free resources.\n\n## When Scheduler Implements Changes\n\n"
        "- When a new pod is created\n"
        "- When a node becomes available\n"
    ),
    "Автоматы/transition table.md": (
        "## Таблица переходов\n\nТаблица переходов — таблица, которая задаёт следующее "
        "состояние автомата по символу.\n"
    ),
    "DB/Виды пагинации.md": (
        "# Виды пагинации\n\n## Keyset Pagination (Seek Pagination)\nKeyset-пагинация "
        "ищет следующую страницу по последнему ключу.\n\n## OFFSET / LIMIT\nOFFSET "
        "пропускает строки; его реализация в базе данных читает их все подряд.\n\n"
        "## Реализация\nРеализация базы данных хранит строки в страницах.\n"
    ),
    "Ethics/Social Contract Theory.md": (
        "# Social Contract Theory\n\nMorality is what rational people would agree to.\n"
    ),
    "Pharma/Therapeutic index.md": "# Therapeutic index\nThe ratio of toxic to effective dose.\n",
    "Geo/Soil.md": (
        "# Soil\nThe top layer of the Earth's land surface.\n## alluvium\nSediment deposited "
        "by flowing water in river valleys.\n\nWater is allowed to drain through it.\n"
    ),
    "DB/Normalization.md": (
        "# Normalization\nNormalization is the process of organizing tables to reduce "
        "redundancy.\n\n# Applications\nAn application talks to the server through SQL "
        "queries.\n\n# WHERE\nWHERE filters rows before they are grouped.\n\n# HAVING\n"
        "HAVING filters groups after GROUP BY.\n"
    ),
    "Net/DNS/DNS.md": (
        "#networking\n\nDomain Name System\n\nDNS turns a domain name into an IP address.\n"
    ),
    "Net/Firewalls/Firewalls.md": (
        "A Firewall is a system that keeps unwanted traffic out of a private network, by "
        "name or by address.\n"
    ),
    "Spring/ioc-di.md": (
        "# IoC и внедрение зависимостей\n\n**Inversion of Control** — переворот "
        "ответственности: объект получает зависимости снаружи. **Dependency Injection** — "
        "конкретный механизм этого переворота: зависимости передаются через конструктор.\n"
    ),
    "Design/SOLID.md": (
        "# SOLID\n\n### D — Dependency Inversion\nМодули зависят от абстракций, а не от "
        "реализаций.\n"
    ),
    "JS/principles.md": (
        "# Принципы разработки\n\n---\n\n## KISS\n\n### _Keep It Simple, Stupid / Будь "
        "проще_\n\nПростой код понятнее сложного.\n\n## YAGNI\n\n### _You are not gonna "
        "need it / Вам это не понадобится_\n\nНе пишите код впрок.\n"
    ),
    "Сети/1_IP_address_part_1.md": (
        '[Лекция "IP-адреса"](https://youtu.be/x)\n'
        "1. На сетевом уровне используются:\n    * Локальные адреса\n    * Глобальные адреса\n"
        "2. IP-адрес - адрес узла в сети\n"
        "3. Маршрутизаторы работают с подсетями, а не с отдельными компьютерами\n"
        "4. Маска подсети показывает, где в адресе номер сети, а где номер хоста\n"
        "5. Виды масок подсети:\n    1. Десятичное представление\n    2. В виде префикса\n"
        "6. Маска подсети не обязана заканчиваться на границе октетов\n"
    ),
    "Net/VLAN.md": "# VLAN\n\nVLAN — виртуальная локальная сеть поверх одного коммутатора.\n",
    "Net/CIDR Notation.md": (
        "# CIDR Notation\n\nCIDR writes a network as an address and a prefix length.\n"
    ),
    "Bio/Mitosis.md": "# Mitosis\n\nMitosis is cell division that gives two identical cells.\n",
    "Docker/containers.md": (
        "# Контейнеры и образы\n\n## Контейнер и виртуальная машина\n\nОба дают изоляцию, "
        "но по-разному:\n\n- **Виртуальная машина** — эмулирует целый компьютер с гостевой "
        "ОС.\n- **Контейнер** — изолированный процесс на ядре хоста.\n"
    ),
    "Kube/Pod.md": "# Pod\n\nA pod is the smallest unit of work; a pod runs on a node.\n",
    "Kube/Node.md": "# Node\n\nA node is a machine that runs pods.\n",
    "Kube/Kubelet.md": (
        "# Kubelet\n\nThe kubelet on each node starts the pods given to that node.\n"
    ),
    "Stats/Contingency Tables.md": (
        "# Contingency Tables\n\nA table of counts of two categorical variables.\n"
    ),
    "Bio/Neurotransmitter.md": (
        "# Neurotransmitter\n\nA chemical that carries a signal across a synapse.\n"
    ),
}

# Five notes of one template: "Как ответить на интервью" under each.
TEMPLATE_NOTES = {
    "Java/GC.md": (
        "# Сборка мусора\n\nGC освобождает память объектов, до которых нельзя дойти.\n\n"
        "## Как ответить на интервью\nСборщик обходит граф от корней, всё недостижимое "
        "удаляет, паузы stop-the-world короткие.\n"
    ),
    "Java/Коллекции.md": (
        "# Коллекции\n\nКоллекции хранят группы объектов.\n\n"
        "## Как ответить на интервью\nArrayList быстрее по индексу, LinkedList по вставке.\n"
    ),
    "Java/Потоки.md": (
        "# Потоки\n\nПоток — единица исполнения внутри процесса.\n\n"
        "## Как ответить на интервью\nПотоки делят память процесса, гонки ловит volatile.\n"
    ),
    "Java/JVM.md": (
        "# JVM\n\nJVM исполняет байткод.\n\n"
        "## Как ответить на интервью\nJVM грузит классы, JIT компилирует горячий код.\n"
    ),
    "Java/Spring.md": (
        "# Spring\n\nSpring собирает приложение из бинов.\n\n"
        "## Как ответить на интервью\nКонтейнер Spring создаёт бины и внедряет их.\n"
    ),
}

CASES: list[Case] = [
    ("a definition callout under a callout of links", "what is abduction", "Abduction"),
    ("a definition callout under a callout of links", "adduction", "Adduction"),
    (
        "a Definition section of a formula and its letters",
        "что такое конечная мера",
        "Конечная мера",
    ),
    ("a Definition section of a formula and its letters", "алгебра", "Алгебра"),
    ("a numbered theorem is part of its term", "расскажи про верхнюю меру", "Верхняя мера"),
    ("a list introduced by 'X состоит из:'", "таблица маршрутизации", "Таблица маршрутизации"),
    (
        "a sentence with no subject says what its note is",
        "как узнать MAC-адрес компьютера по IP-адресу",
        "ARP",
    ),
    (
        "a note named Introduction is named by its folder",
        "tell me about samesite cookies",
        "SameSite Cookie Restrictions",
    ),
    ("a note named Introduction is named by its folder", "what is cors", "CORS"),
    (
        "words of subjects beyond computing",
        "что такое таблица сопряжённости",
        "Contingency Tables",
    ),
    ("words of subjects beyond computing", "что такое нейромедиатор", "Neurotransmitter"),
    ("words of subjects beyond computing", "что такое врождённый иммунитет", "Innate immunity"),
    ("words of subjects beyond computing", "what is a direct competitor", "Прямой конкурент"),
    (
        "words of subjects beyond computing",
        "что такое теория общественного договора",
        "Social Contract Theory",
    ),
    ("a line spelling out a short name names it", "domain name system", "DNS"),
    ("a line spelling out a short name names it", "что такое система доменных имён", "DNS"),
    ("a short word hyphened to a name says which one", "что такое хеш-таблица", None),
    ("a short word hyphened to a name says which one", "хеш-таблица", None),
    ("a short word hyphened to a name says which one", "таблица переходов", "Таблица переходов"),
    (
        "a later sentence's bold name and a dash",
        "Dependecy Injection это что",
        ("Dependency Injection"),
    ),
    ("a later sentence's bold name and a dash", "inversion of control", "Inversion of Control"),
    ("a short name over the heading spelling it out", "YAGNI это что", "YAGNI"),
    ("a short name over the heading spelling it out", "keep it simple stupid", "KISS"),
    ("a short name over the heading spelling it out", "kiss", "KISS"),
    (
        "the first sentence opening with the name says what it is",
        "что такое маска подсети",
        "Маска подсети показывает, где в адресе номер сети, а где номер хоста",
    ),
    (
        "a noun against an adjective and its noun",
        "контейнер vs виртуальная машина",
        "Контейнер",
    ),
    ("a letter hyphened to a word names a thing", "what is a B-tree", None),
    ("a letter hyphened to a word names a thing", "b-tree", None),
    (
        "a name in capitals the notes never write",
        "how do I set up a GitHub Actions workflow for tests?",
        None,
    ),
    (
        "a name in capitals the notes never write",
        "how do I set up the pipeline for tests?",
        "Pipeline setup",
    ),
    ("a name in capitals is typed on purpose", "what is VXLAN", None),
    ("a name in capitals is typed on purpose", "what is CIRD notation", "CIDR Notation"),
    ("two letters changed make another word", "what is meiosis?", None),
    ("two letters changed make another word", "what is mitosis", "Mitosis"),
    ("a short word retyped in the other layout is not sounded out", "что такое CQRS", None),
    (
        "three slips, the first letter among them, make another word",
        "что такое нормализация базы данных",
        None,
    ),
    (
        "three slips, the first letter among them, make another word",
        "keyset пагинация",
        ("Keyset Pagination"),
    ),
    ("a Latin '-ium' noun asked in Russian", "что такое аллювий", "alluvium"),
    ("a Greek 'eu' said as 'ев'", "терапевтический индекс", "Therapeutic index"),
    ("a negating prefix makes another word", "what is denormalization", None),
    ("a negating prefix makes another word", "normalizaton", "Normalization"),
    ("a function word in capitals is a name", "EXPLAIN query", None),
    ("a function word in capitals is a name", "what does WHERE do in a query", "WHERE"),
    (
        "two sides compared, the second leaving out the shared words",
        "в чем разница между распределением памяти фиксированными разделами и разделами "
        "переменной величины",
        "Распределение памяти фиксированными разделами",
    ),
]


def test_every_class(capsys: pytest.CaptureFixture[str]) -> None:
    assert_every_class(index_of(NOTES), CASES, "course habits", capsys)


def test_a_published_garden_reads_as_its_author_wrote() -> None:
    cards = parse_note(GARDEN_NOTE, "Cards/Abduction.md", note="Cards/Abduction").cards
    card = next(c for c in cards if c.title == "Abduction")
    assert card.definition == "A movement of a limb away from the midline of the body."
    everything = " ".join(f"{c.title} {c.definition} {[d.text for d in c.details]}" for c in cards)
    assert "{" not in everything and "block-language" not in everything
    assert "Mentions" not in [c.title for c in cards]


def test_flashcards_with_semicolon_separators() -> None:
    cards = parse_note(GARDEN_NOTE, "Cards/Abduction.md", note="Cards/Abduction").cards
    asked = {(c.title, c.definition) for c in cards if c.kind == "flashcard"}
    assert ("What is Abduction?", "Movement away from the midline.") in asked
    assert ("Movement away from the midline.", "What is Abduction?") in asked  # ;;; both ways
    assert ("Which term names a limb moving away from the midline?", "Abduction") in asked


def test_the_letters_of_a_formula_are_no_cards() -> None:
    index = index_of(NOTES)
    titles = {c.title for c in index.cards}
    assert not titles & {"A", "μ", "\\mcA"}
    assert not titles & {"Theorem 2", "Lemma 1"}  # statements about the card above
    card = next(c for c in index.cards if c.title == "Конечная мера")
    assert card.definition.startswith("Пусть: A - алгебра")
    assert "называется конечной мерой" in card.definition


def test_the_two_sides_are_shown_side_by_side() -> None:
    result = lookup(index_of(NOTES), CASES[-1][1])
    assert result.compared is not None
    assert result.compared.title == "Распределение памяти разделами переменной величины"


def test_a_section_every_note_repeats_is_part_of_its_note() -> None:
    index = index_of({**TEMPLATE_NOTES, **NOTES})
    question = "как сборщик обходит граф от корней и удаляет недостижимое"
    assert_answer(index_of(TEMPLATE_NOTES), "template section", question, "Сборка мусора")
    # Among many notes a section five of them repeat is no template.
    assert_answer(index, "a section of a few notes", question, "Как ответить на интервью")


def test_a_guess_is_said_of_the_whole_note() -> None:
    """Of passages scored within a tenth of each other, the note's own card answers a
    guess, not one of its sections, and a section every note repeats never does."""
    index = index_of({**TEMPLATE_NOTES, "Kube/Scheduler.md": NOTES["Kube/Scheduler.md"]})
    at = {c.title: i for i, c in enumerate(index.cards)}
    section, note = at["When a new pod is created"], at["Scheduler"]
    found = [Passage(position=section, score=1.0), Passage(position=note, score=0.95)]
    result = guessed_answer(index, "which component picks the node", found, 3)
    assert result.guessed and result.best is not None and result.best.title == "Scheduler"
    template = next(i for i, c in enumerate(index.cards) if c.title == "Как ответить на интервью")
    found = [Passage(position=template, score=1.0), Passage(position=at["Коллекции"], score=0.5)]
    result = guessed_answer(index, "как ответить", found, 3)
    assert result.best is not None and result.best.title == "Коллекции"


def test_labels_over_a_part_of_a_card_are_no_cards() -> None:
    text = (
        "# Subnet Mask\n\nA subnet mask splits an address into network and host.\n\n"
        "##### Key point:\nThe ones mark the network part.\n\n## Tip\nCount the ones.\n\n"
        "## Theorem 3.14\nEvery mask is a run of ones.\n\n### Proof\nBy the definition.\n\n"
        "## Difference Summary\nA mask marks the network, a prefix counts its bits.\n"
    )
    cards = parse_note(text, "Net/Subnet Mask.md", note="Net/Subnet Mask").cards
    assert [c.title for c in cards] == ["Subnet Mask"]
    said = " ".join(d.text for d in cards[0].details)
    assert "The ones mark the network part." in said and "Every mask is a run of ones." in said


def test_a_short_name_over_its_spelled_out_heading() -> None:
    cards = parse_note(NOTES["JS/principles.md"], "JS/principles.md", note="JS/principles").cards
    card = next(c for c in cards if c.title == "YAGNI")
    assert card.aliases[:2] == ("You are not gonna need it", "Вам это не понадобится")
    assert card.section == ("Принципы разработки",)
    assert card.definition == "Не пишите код впрок."


def test_a_lettered_name_the_notes_never_write() -> None:
    """ "B-tree" where the notes write only "case B" and trees: a name of its own they lack;
    "k-means" they write."""
    index = index_of(NOTES)
    assert ownwords.unwritten_lettered(index, "what is a B-tree")
    assert ownwords.unwritten_lettered(index, "t-test vs z-test")
    assert not ownwords.unwritten_lettered(index, "what is k-means")
    assert not ownwords.unwritten_lettered(index, "what is a tree")


def _question(index: Index, query: str) -> tuple[list[tuple[str, str]], list[dict[int, float]]]:
    qwords = gluedwords.join_compounds(index, question.words_of(index, query))
    return qwords, [resolve_word(index, w, raw) for w, raw in qwords]


def test_a_slip_on_the_first_letter_and_another_is_another_word() -> None:
    """ "replication" is two slips from "application", one of them its first letter: another
    word, neither read as it nor near it; "aplication" is one slip."""
    index = index_of(NOTES)
    _, resolved = _question(index, "replication")
    assert not {index.terms[t] for t in resolved[0]} & {"application", "applications"}
    assert not near_known(index, "replication")
    assert near_known(index, "aplication")


def test_a_name_in_brackets_the_notes_never_write() -> None:
    """ "... on a second server (replication)?": the bracketed word names the subject, and
    the notes lack it; a bracketed name they have is no stranger."""
    index = index_of(NOTES)
    for query, stranger in [
        ("how do I keep the tables in sync on a second server (replication)?", True),
        ("how do I filter groups (HAVING)?", False),
        ("how do I keep the tables in sync on a second server?", False),
    ]:
        qwords, resolved = _question(index, query)
        topical = querysetting.context_words(index, resolved, [w for w, _ in qwords], query)
        assert strangers.latin_stranger(index, query, qwords, resolved, topical) is stranger
