"""Lookup on vaults of one note per term and of short names:
- a note's own heading asking what it is ("# What is the DOM?" in DOM.md) over bullets, the
  first of which says what it is ("- The DOM (Document Object Model) is ..."): that bullet
  is the card's definition and its bracket another name ("объектная модель документа");
- a short name asked by the words it stands for in the question's language, which the notes
  never write ("what is a minimum lovable product?" for "MLP — минимально привлекательный
  продукт"; "yield to maturity" with its small word, for YTM);
- in a note written in small letters, a name and a colon over a list after a blank line
  ("middle passage:"): a heading of its points; a question's clause ("why slavery in
  americas:") is none;
- a course naming a term as it defines it ("мы определяем **моноид** - операцию ..."): a
  term;
- a short name whose whole definition is a few words: those words name it ("минимально
  жизнеспособный продукт" is MVP);
- questions whose words spell no short name of the notes stay refused;
- a title holding its name with words around it: a date ("kristallnacht 1938"), a quoted
  name and what it did ('"FLYING CASH" started in tang dynasty'), "А как же ..." (what
  about), a formula ("Рентабельность = прибыль/затраты"): the name alone is another name;
- how a thing is computed ("как считается рентабльность"): the verb asks, it names nothing;
- study words of the lexicon asked in the other language ("взрыв градиентов", "circular",
  "sponges");
- a bold name, then a spaced hyphen, in the middle of a paragraph ("... (OH). **Атомность
  спирта** - число гидроксильных групп."): a term;
- a definition naming a thing after a person ("Гидратация - реакция Кучерова, кат HgSO4"):
  that name is the card's too;
- a picture's embed that lost its "![[" ("-Pasted image 2021...png]]"): no text of a card;
- one entry per line, with a dash typed two ways and a remark typed between them ("apt
  remove – ...", "apt list выводит ...", "apt-cache depends - ..."): a term per entry, the
  remark kept; numbered arguments under a statement ("A2: ...") are no glossary.
One table row per failure class, the count per class printed."""

from __future__ import annotations

import pytest

from tests.unit.failure_tables import (
    Case,
    assert_answer,
    assert_every_class,
    cards_of,
    definitions_of,
    index_of,
)

NOTES = {
    "Web/DOM.md": (
        "---\ntags:\n  - html\n---\n\n# **What is the DOM?**\n\n- The DOM (Document Object"
        " Model) is a programming interface that represents an HTML document as a tree of"
        " objects.\n</br>\n- Think of it as a live representation of your webpage.\n- It lets"
        " JavaScript change the document's content and styling.\n\n---\n\n# **DOM Structure:"
        " Tree of Nodes**\n\n- Document node (the root)\n- Element nodes\n- Text nodes\n"
    ),
    "Web/Git.md": "# Git\n\n- Commits are snapshots of the tree.\n- Branches point at commits.\n",
    "Product/Lection 1.md": (
        "MVP — минимально жизнеспособный продукт\nMLP — минимально привлекательный продукт\n\n"
        "## Discovery\n\nDiscovery — поиск проблемы пользователя до разработки решения.\n"
    ),
    "Bonds/Yield.md": (
        "# Bond yields\n\nYields compared.\n\n- YTM — the return on a bond held until it"
        " matures, with coupons reinvested.\n- Current yield — the coupon divided by the"
        " price.\n"
    ),
    "history/cold war.md": (
        "[[1900-present]]\nus vs ussr -- the long standoff after ww2\n\nevents:\n\n"
        "- kristallnacht 1938 -- nazi attack on jewish shops and synagogues\n"
        '- "FLYING CASH" started in tang dynasty -- paper receipts merchants exchanged for'
        " coins\n- korean war 1950-53 -- first hot proxy war\n- the wall went up overnight\n"
        "- the wall fell in 1989\n- berlin airlift -- supplies flown into west berlin\n"
    ),
    "algo/Сортировки.md": (
        "# Сортировки\n\n## А как же сортировка подсчетом\n\nСортировка подсчетом считает,"
        " сколько раз встречается каждое значение.\n\n## Циклический список\n\nСвязный список, в"
        " котором последний узел ссылается на первый.\n"
    ),
    "econ/Прибыль.md": (
        "# Прибыль\n\nПрибыль — выручка за вычетом затрат.\n\n## Рентабельность ="
        " прибыль/затраты\n\nПоказатель эффективности предприятия.\n"
    ),
    "ml/Exploding Gradient.md": (
        "# Exploding Gradient\n\nGradients that grow without bound over long sequences.\n"
    ),
    "Органика/Спирты.md": (
        "# Спирты\n\nПроизводные углеводородов с группами OH. **Атомность спирта** - число"
        " гидроксильных групп. CnH(2n+1)OH\n"
    ),
    "Органика/Алкины.md": (
        "# Алкины\n\nУглеводороды с тройной связью.\n\n- Химические свойства\n\t-"
        " Гидратация - реакция Кучерова, кат HgSO4 -Pasted image 20211213144741.png]]\n\t-"
        " Гидрирование - присоединение водорода\n"
    ),
    "linux/manage-repo.md": (
        "Пакетные менеджеры\n\nПолезные команды apt:\n\napt remove – удалить пакет без"
        " изменённых вами конфигов.\napt purge – полностью удалить пакет, вместе со всеми его"
        " конфигурационными файлами;\napt autoremove – очистить ненужные пакеты;\napt list"
        " выводит список доступных пакетов, а apt list --installed - установленных\napt"
        " upgrade – обновить пакет до актуальной версии.\napt-cache depends - посмотреть"
        " зависимые пакеты.\n"
    ),
    "ethics/Realism.md": (
        "# Realism\n"
        "\n"
        "### The Combinatory Problem\n"
        "How exactly do we weigh competing interests against each other? it seems to be a"
        " purely intuitive method that cannot create any objective answers.\n"
        "\tA2: [[J.S. Mill]]: One has to treat competing claims as if they came from one d"
        "istinct person. All of the claims in the world must be from the perspective of a"
        "n amalgamated individual with all of the interests of everyone always.\n"
        "\t\tA2A2: [[Nagel]]: This is not only unimaginable (and thus unhelpful), but it en"
        "tirely ignores the separateness of persons.\n"
        "\tA2: [[Rawls]] All parties ought to act as though they were behind a [[veil of i"
        "gnorance]], and act in their own best interest given that they do not know which"
        " position they could occupy after teh veil has been lifted\n"
        "\t\tA2A2: [[Nagel]]: This denies that peoples lives as they are are not potentiali"
        "ties, but genuine actalities. This also reduces into a form of subjectivism; Wha"
        "t happens when people disagree when behind the veil?\n"
        '\tA2: [[Nagel]]: "The choice of an interpersonal weighting principle be made unde'
        "r the condition that the chooser expects to lead *all* of the lives in question,"
        " not as a single super-life ([[J.S. Mill]]), but as a set of distinct individual"
        ' lives, each of them a complete set of experiences and activity" [[The Possibili'
        "ty of Altruism]], 141\n"
    ),
    "history/atlantic slave trade.md": (
        "[[1450-1750]]\ntrans-atlantic slave trade -- the defining demographic event\n12"
        " million africans forcibly shipped to [[americas]]\n\nthe triangle:\n\n- europe ->"
        " africa: guns, textiles\n- africa -> americas: enslaved people (middle passage)\n\n"
        "middle passage:\n\n- the atlantic crossing\n- chained below decks for weeks\n-"
        " disease, starvation, suicide\n\nwhy slavery in americas:\n\n- indigenous population"
        " destroyed by disease\n- plantations need huge labor\n"
    ),
    "algo/2.Accumulate.md": (
        "# Накопление\n\nТребования к операции накопления.\n\nФактически в таком случае мы"
        " определяем **моноид** - операцию над множеством с ассоциативной бинарной операцией"
        " и нейтральным элементом.\n"
    ),
    "Зоология/Губки.md": (
        "# Губки\n\nТип Porifera: многоклеточные животные без настоящих тканей.\n\n##"
        " Оскулюм\n\nОтверстие вверху тела губки.\n"
    ),
    "Базы/СУБД.md": (
        "# СУБД\n\nСУБД — программа, которая хранит данные и отвечает на запросы к ним.\n"
    ),
}

CASES: list[Case] = [
    ("a note's own heading asking what it is, over bullets", "what is the DOM?", "DOM"),
    ("a note's own heading asking what it is, over bullets",
     "объектная модель документа это что", "DOM"),
    ("a short name asked by the words it stands for", "what is a minimum lovable product?",
     "MLP"),
    ("a short name asked by the words it stands for", "what is yield to maturity", "YTM"),
    ("a short name asked by the words it stands for",
     "что такое система управления базами данных", "СУБД"),
    ("a short name's few words of definition", "что такое минимально жизнеспособный продукт",
     "MVP"),
    ("words that spell no short name of the notes", "what is a mortgage backed security?",
     None),
    ("words that spell no short name of the notes", "что такое минимальная оплата труда",
     None),
    ("how a thing is computed", "как считается рентабльность",
     "Рентабельность = прибыль/затраты"),
    ("a study word of the lexicon in the other language", "что такое взрыв градиентов?",
     "Exploding Gradient"),
    ("a study word of the lexicon in the other language", "circular linked list?",
     "Циклический список"),
    ("a bold name, then a spaced hyphen, mid-paragraph", "что такое атомность спирта?",
     "Атомность спирта"),
    ("one entry per line, a remark between them", "чем apt purge отличается от apt remove?",
     "apt purge"),
    ("a study word of the lexicon in the other language", "what are sponges", "Губки"),
    ("a name and a colon over a list, in small letters", "what was the middle passage?",
     "middle passage"),
    ("a course naming a term as it defines it", "что такое моноид?", "моноид"),
]  # fmt: skip


@pytest.mark.parametrize(("failure", "question", "expected"), CASES)
def test_lookup_on_term_notes(failure: str, question: str, expected: str | None) -> None:
    assert_answer(index_of(NOTES, inflect=True), failure, question, expected)


def test_every_class_prints_its_count(capsys: pytest.CaptureFixture[str]) -> None:
    assert_every_class(
        index_of(NOTES, inflect=True), CASES, "lookup failure classes (term notes)", capsys
    )


def test_the_first_bullet_under_a_note_asking_what_it_is_defines_it() -> None:
    defined = definitions_of(NOTES, "Web/DOM.md")
    assert defined["DOM"].startswith("The DOM (Document Object Model) is a programming")


def test_bullets_under_a_note_heading_that_never_name_it_stay_its_facts() -> None:
    assert definitions_of(NOTES, "Web/Git.md")["Git"] == ""


def test_a_title_holding_its_name_with_words_around_it_is_named_by_the_name_too() -> None:
    aliases = {
        title: card.aliases
        for path in ("history/cold war.md", "algo/Сортировки.md", "econ/Прибыль.md")
        for title, card in cards_of(NOTES, path).items()
    }
    assert "kristallnacht" in aliases["kristallnacht 1938"]
    assert "korean war" in aliases["korean war 1950-53"]
    assert "FLYING CASH" in aliases['"FLYING CASH" started in tang dynasty']
    assert "Сортировка подсчетом" in aliases["А как же сортировка подсчетом"]
    assert "Рентабельность" in aliases["Рентабельность = прибыль/затраты"]


def test_a_picture_embed_that_lost_its_opening_is_no_text() -> None:
    defined = definitions_of(NOTES, "Органика/Алкины.md")
    assert defined["Гидратация"] == "реакция Кучерова, кат HgSO4"


def test_a_definition_naming_a_thing_after_a_person_names_the_card() -> None:
    path = "Органика/Алкины.md"
    cards = cards_of(NOTES, path)
    assert cards["Гидратация"].aliases == ("реакция Кучерова",)
    assert cards["Гидрирование"].aliases == ()


def test_entries_per_line_keep_the_remark_typed_between_them() -> None:
    path = "linux/manage-repo.md"
    cards = cards_of(NOTES, path)
    assert cards["apt remove"].definition == "удалить пакет без изменённых вами конфигов."
    assert cards["apt-cache depends"].definition == "посмотреть зависимые пакеты."
    shown = [d.text for d in cards["manage-repo"].details]
    assert any(t.startswith("apt list выводит список") for t in shown)


def test_numbered_arguments_under_a_statement_are_no_glossary() -> None:
    defined = definitions_of(NOTES, "ethics/Realism.md")
    assert "A2" not in defined
    assert defined["The Combinatory Problem"].startswith("How exactly do we weigh")


def test_a_question_clause_and_a_colon_heads_no_card() -> None:
    path = "history/atlantic slave trade.md"
    titles = list(cards_of(NOTES, path))
    assert "middle passage" in titles
    assert "why slavery in americas" not in titles
