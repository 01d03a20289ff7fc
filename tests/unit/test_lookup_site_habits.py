"""Lookup on notes published as a site or kept as one note per service, as people write them:
- mdBook's admonish fences ('~~~admonish tip title="Prebiotic"') and MkDocs' admonitions
  ('!!! note "Fermentable"' over indented lines): callouts read as text, not code;
- a line of its own under the heading giving the thing's other name ("aka MUFA", "Also known
  as a subsidiary ledger."): that name finds the card, and the paragraph after it defines;
- "X where does it come from", "откуда берётся X": the card X, not a refusal over "come";
- "**Lower costs** --> Serverless computing is ..." under the note Serverless: the entry's
  text opens with the note's thing, so "serverless computing" asks for the note;
- a quote set apart to say what a short name is ("> SSTable (sorted-string table) — это
  ..." after a list, "> Методология - это учение ..."): a term, where a quoted remark ("> Note
  - ...", "> Best practice - ...", "> Последнее — это
  SIGSEGV", "> Глаз воспринимает свет. Ухо — давление") is none.
- "how is X different from Y?" where Y is only mentioned in X's note: X, not a refusal over
  "different";
- a table of services with a column of icons first ("| Icon | Name | Description |"): a
  card per row, named by the column after the pictures.
- an entry opening with a link to a note not written yet ("- [[Karst]] - A landscape ...",
  Obsidian's way of marking a term for later): a term; one linking a note the vault has,
  listed under "Related Notes" or in an index note ("Index.md", "Physics MOC"), points
  there and makes no card;
- a template's date stamp alone on a line ("10-04-2023 | 08:57") over the note: no
  definition.
- interview notes: "процесс под названием Zygote" names Zygote (as written: "под названием
  прикладной" is no "прикладной в"); "Как отменить корутину? Что такое ensureActive?" goes by
  ensureActive too, where "What is the evidence?" names nothing; "14) За что отвечает
  аннотация @Stable" asks about the annotation, without its question mark.
- a sentence leading into bold terms below it ("**Contractions can be graphed into three
  parts**, and have ...:" over "**Acme**: the peak ..."): a card each, where plain lines under
  one ("Кислород (O2) - оксигемоглобин") stay what it lists; "**Reference**: Dr. RPS ..."
  over a note says where it comes from, no term.
- a warning or tip titled by one word whose text opens by saying what it is ("> [!WARNING]
  Pica" / "> Pica is a craving ..."): a term, where "> [!tip] Performance" over advice stays
  advice.
One table row per failure class, the count per class printed."""

from __future__ import annotations

from bot.core.asking import asked
from bot.core.fences import admonitions_as_callouts
from bot.core.notes import parse_note
from bot.core.vault import finish
from bot.morph import nominative
from tests.unit.failure_tables import Case, cards_of, table_tests

NOTES = {
    "biochemistry/fiber.md": (
        "# Fiber\n\nFiber is the part of plant food the body cannot digest.\n\n"
        '~~~admonish tip title="Fermentable fiber"\nBroken down by gut bacteria in the large'
        " intestine; the by-products nourish colon cells.\n~~~\n\n"
        '!!! note "Viscous fiber"\n    Forms a gel with water and slows digestion down.\n\n'
        "    It can lower blood cholesterol.\n\nExamples follow below.\n"
    ),
    "biochemistry/monounsaturated-fats.md": (
        '# Monounsaturated fats\n\naka MUFA\n\n"Mono" refers to one single double bond.'
        " Triglycerides containing one unsaturated fatty acid, almost always oleic acid.\n"
    ),
    "biochemistry/cholesterol.md": (
        "# Cholesterol\n\nBuilding material for hormones and bile.\n\nLiver (80%), diet (20%).\n"
    ),
    "accounting/Subsidiary Ledger.md": (
        "# Subledger\n\nAlso known as a subsidiary ledger or sub-ledger.\n\nA ledger holding the"
        " details behind one account of the general ledger.\n"
    ),
    "compute/Serverless.md": (
        "# Serverless\n\n- A cloud-native development model to build and run applications"
        " without managing servers\n\n#### Advantages\n- **Lower costs** --> Serverless"
        " computing is generally very cost-effective\n- **Simplified scalability** -->"
        " Developers don't have to worry about policies to scale up their code\n"
    ),
    "storage/Хранилище.md": (
        "# Маршрут записи\n\n1. Запрос на запись сохраняется в лог.\n2. Данные пишутся в"
        " кэш.\n\n> SSTable (sorted-string table) — это упорядоченный список пар ключ-значение."
        "\n\n> Методология - это учение о поиске подходящих методов.\n\n> Note - scans can"
        " disrupt systems.\n\n> Best practice - every user gets a unique account.\n\n"
        "> Глаз воспринимает свет. Ухо — давление воздуха.\n\n> Последнее — это SIGSEGV.\n"
    ),
    "network/VPC.md": (
        "# VPC\n\nYour own network in the cloud.\n\n#### Connection\n\n| Icon | Name |"
        " Description |\n| --- | --- | --- |\n| ![[Internet Gateway.png]] | Internet Gateway |"
        " What makes public subnets reach the internet |\n| ![[Transit Gateway.png]] |"
        " Transit Gateway | Connecting more than two VPCs |\n"
    ),
    "art/Hellenistic.md": (
        "# Hellenistic\n\nHellenistic refers to the period that followed the conquests of"
        ' Alexander the Great. It is distinct from "Hellenic", which refers to Greece itself'
        " and its classical period.\n"
    ),
    "Geology/Sedimentary.md": (
        "________\n10-04-2023 | 08:57\nStatus: #school\nTags: #geology\n\n# Sedimentary rocks\n"
        "- [[Igneous]] - produced from hot rock melts or ash\n- [[Karst]] - A landscape"
        " resulting from dissolution of carbonate rocks like limestones\n\n## Related Notes\n"
        "- [[Stochastic Calculus]] — rate model mathematics\n"
    ),
    "Geology/Igneous.md": (
        "# Igneous rocks\n\nRocks formed when magma or lava cools and crystallises.\n"
    ),
    "android/Common.md": (
        "# Android\n\nСистема сокращает время запуска приложений, запуская при загрузке"
        " специальный процесс под названием Zygote. Он служит родителем для всех приложений."
        "\n\n#### Как отменить корутину? Что такое ensureActive?\n\nМы можем отменить job."
        "\n\nensureActive() - Если job больше не активна, бросает CancellationException.\n\n"
        "#### 14) За что отвечает аннотация @Stable\n\nПомечает тип стабильным для"
        " компилятора.\n\nТри верхних уровня OSI объединены у TCP/IP в один, под названием"
        " прикладной.\n"
    ),
    "mcn/143a-labor-components.md": (
        "**Reference**: Dr. RPS Maternal & Newborn Care (2nd ed., pp. 222–261)\n# Power\n"
        "1. **Uterine Contractions**: the primary power of labor.\n\t- **Contractions can be"
        " graphed into three parts**, and have relevant durations and intervals:\n"
        "\t\t- **Increment**: increasing contraction; the first and longest phase.\n"
        "\t\t- **Acme**: the apex, height, or peak of the uterine contractions.\n"
        "\t\t- **Decrement**: the phase of decreasing contraction.\n"
    ),
    "anatomy/Газообмен.md": (
        "# Газообмен в легких\n\n- Газы переходят через стенку альвеолы.\n\t- Перемещаясь по"
        " крови, газы образуют соединения с гемоглобином:\n\t\t- Кислород (O2) -"
        " оксигемоглобин\n\t\t- Углекислый газ (CO2) - карбгемоглобин\n"
    ),
    "mcn/122a-pregnancy-hygiene.md": (
        "# Pregnancy hygiene\n\nKeep the skin clean.\n\n>[!WARNING] Pica\n>Pica is a craving"
        " for the consumption of items not culturally defined as food.\n\n> [!tip] Performance"
        "\n> Use caching to make the pages load faster.\n\n> [!tip] Tests\n> Mocks are not enough"
        " for this service.\n"
    ),
    "compute/EC2.md": (
        "# EC2\n\nVirtual servers in the cloud, billed per second of computing time. Bills come"
        " monthly.\n"
    ),
}

CASES: list[Case] = [
    ("a callout written as mdBook's admonish fence", "fermentable fiber", "Fermentable fiber"),
    ("a callout written as MkDocs' admonition", "what is viscous fiber?", "Viscous fiber"),
    ("an 'aka' line under the heading", "what's MUFA", "Monounsaturated fats"),
    ("a term, then where it comes from", "colesterol where does it come from", "Cholesterol"),
    ("a term, then where it comes from", "откуда берется холестерин?", "Cholesterol"),
    ("an entry opening with the note's own thing", "serverless computing", "Serverless"),
    ("a quote saying what a short name is", "что такое sstable?", "SSTable"),
    ("a table with a column of icons first", "what is transit gateway?", "Transit Gateway"),
    ("an entry linking a note not written yet", "what is karst?", "Karst"),
    ("a thing named 'под названием'", "что такое Zygote?", "Zygote"),
    ("a one-word warning whose text says what it is", "pica", "Pica"),
    ("bold terms under a sentence leading into them", "what is the acme of a contraction",
     "Acme"),
    ("a later question of a heading naming a thing", "что такое ensureActive?",
     "Как отменить корутину"),
    ("a heading asking what a thing is for, no question mark", "за что отвечает @Stable?",
     "аннотация @Stable"),
    ("an entry linking a note the vault has", "igneous", "Igneous rocks"),
    ("a comparison asked with 'different from'", "how is hellenistic different from hellenic?",
     "Hellenistic"),
    ("a table with a column of icons first", "что такое транзитный шлюз", "Transit Gateway"),
    ("a quote saying what a short name is", "методология", "Методология"),
    ("an entry opening with the note's own thing", "расскажи про бессерверные вычисления",
     "Serverless"),
]  # fmt: skip


test_lookup_on_site_habits, test_every_class_prints_its_count = table_tests(
    NOTES, CASES, "lookup failure classes (site habits)"
)


def test_an_admonish_fence_and_an_mkdocs_admonition_read_as_callouts() -> None:
    text = (
        'intro\n~~~admonish tip title="Prebiotic"\nFeeds gut bacteria.\n~~~\n'
        '```admonish warning "Careful"\nNot too much.\n```\n'
        '!!! note "Fermentable"\n    Broken down by bacteria.\n\n    Second line.\nafter\n'
    )
    assert admonitions_as_callouts(text).split("\n") == [
        "intro",
        "> [!tip] Prebiotic",
        "> Feeds gut bacteria.",
        "",
        "> [!warning] Careful",
        "> Not too much.",
        "",
        "> [!note] Fermentable",
        "> Broken down by bacteria.",
        ">",
        "> Second line.",
        "after",
        "",
    ]
    # Prose exclaiming "!!!" and code about admonish stay as they are.
    kept = "Wow!!! great\n```python\nprint('admonish')\n```\n"
    assert admonitions_as_callouts(kept) == kept


def test_the_aka_line_is_no_definition() -> None:
    card = cards_of(NOTES, "biochemistry/monounsaturated-fats.md")["Monounsaturated fats"]
    assert "MUFA" in card.aliases
    assert card.definition.startswith('"Mono" refers to one single double bond')
    sub = cards_of(NOTES, "accounting/Subsidiary Ledger.md")["Subledger"]
    assert sub.definition.startswith("A ledger holding the details")
    assert {"subsidiary ledger", "sub-ledger"} <= set(sub.aliases)


def test_a_quoted_remark_is_no_term() -> None:
    titles = cards_of(NOTES, "storage/Хранилище.md")
    assert {"SSTable", "Методология"} <= set(titles)
    assert not {"Note", "Best practice", "Последнее", "Глаз воспринимает свет. Ухо"} & set(titles)


def test_an_entry_linking_a_written_note_or_a_neighbour_makes_no_card() -> None:
    parsed = [
        parse_note(NOTES[path], path, note=path.removesuffix(".md"))
        for path in ("Geology/Sedimentary.md", "Geology/Igneous.md")
    ]
    titles = [c.title for c in finish(parsed)[0]]
    assert titles.count("Karst") == 1
    assert "Igneous" not in titles  # Igneous.md says what it is
    assert "Stochastic Calculus" not in titles  # a neighbour under "Related Notes"


def test_a_date_stamp_is_no_definition() -> None:
    card = cards_of(NOTES, "Geology/Sedimentary.md")["Sedimentary"]
    assert "2023" not in card.definition


def test_names_are_taken_as_written_and_only_things_are_named() -> None:
    note = parse_note(NOTES["android/Common.md"], "a.md", note="a", nominative=nominative)
    titles = {c.title for c in note.cards}
    assert "прикладной" in titles and "прикладной в" not in titles
    evidence = asked("Are they differentiated? What is the evidence?")
    assert evidence is not None and evidence.aliases == ()


def test_plain_lines_under_a_lead_in_and_a_reference_line_make_no_terms() -> None:
    assert "Кислород" not in cards_of(NOTES, "anatomy/Газообмен.md")
    cards = cards_of(NOTES, "mcn/143a-labor-components.md")
    assert "Reference" not in cards
    assert {"Increment", "Acme", "Decrement"} <= set(cards)


def test_a_one_word_tip_over_advice_stays_advice() -> None:
    cards = cards_of(NOTES, "mcn/122a-pregnancy-hygiene.md")
    assert "Pica" in cards
    assert "Performance" not in cards and "Tests" not in cards  # what it says is of others
