"""Lookup on a student's lecture notes, typed fast:
- "what does WEIRD stand for": the letters asked about, not a refusal over "stand";
- a bold name and a hyphen typed against the capitalised sentence saying what it is
  ("**Protective Optimism**-Believe positive traits ..."): a term;
- names on their own lines over what they are, nested under a numbered entry ("2. Basic
  intelligence" / "* Fluid intelligence" / "  The ability to solve novel problems"): terms;
- headings numbered as one of several kinds ("## Mechanism 1A: Complement System"): named by
  what follows the number; a step ("Step 2: ...") keeps its heading;
- a bold label and its colon over a blank line and a list ("**Proof-of-Work:**"): a card;
- a bold name, a tilde, and its formula ("**Нечётная** ~ $f(-x)=-f(x)$"): a term;
- study words of the lexicon asked in the other language ("интеллект", "function
  composition" for «суперпозиция»);
- "как найти экстремум функции ...?" of Russian notes that never write the thing to work
  out: refused, not guessed from a passage holding "функции" and "найдётся".
One table row per failure class, the count per class printed."""

from __future__ import annotations

from bot.core import question, strangers
from bot.core.search import lookup
from bot.core.wordmatch import resolve_word
from bot.textview import answer_text
from tests.unit.failure_tables import Case, cards_of, index_of, table_tests

NOTES = {
    "psya02/03-lecture.md": (
        "# Personality\n\nHow people differ.\n\n## Culture\n\n**Temperament**: Infant's"
        " characteristic activity level, mood and attention span.\n\n**WEIRD**: Western,"
        " Educated, Industrialized, Rich, and Democratic\n* Most research on Big Five is"
        " conducted in WEIRD cultures\n"
    ),
    "psya02/07-lecture.md": (
        "# Development\n\nHow children grow.\n\n## Self-concept\n\n**Positivity"
        " bias(self-enhancement)** -Kids often describe themselves positively\n* 4-year olds"
        " almost always over-enhance\n\n**Protective Optimism**-Believe positive traits are"
        " unchangeable, and negative traits have the potential to change easily\n"
    ),
    "psya02/09-lecture.md": (
        "# Intelligence\n\nWhat tests measure.\n\n## Views of Intelligence\n\nCarroll's"
        " Three-Tiered Model:\n1. General intelligence\n   Broad level of intelligence that"
        " encompasses everything below it\n2. Basic intelligence\n   * Fluid intelligence\n"
        "     The ability to solve novel problems\n   * Crystallized intelligence\n     The"
        " things that we know (facts, names of friends)\n3. Set of specific abilities\n"
    ),
    "Immunology/Hypersensitivity.md": (
        "# Hypersensitivity\n\nImmune reactions that harm the host.\n\n## Mechanism 1A:"
        " Complement System\n\nAntibodies fix complement on the target cell.\n\n## Mechanism 3:"
        " Antibody-Dependent Cell-Mediated Cytotoxicity (ADCC)\n\nNK cells bind the Fc of IgG on"
        " a target cell and kill it.\n\n## Step 2: Platelet Aggregation\n\nPlatelets stick"
        " together at the wound.\n"
    ),
    "distsys/Lecture 19: Bitcoin.md": (
        "# Lecture 19: Bitcoin\n\nA public ledger without a trusted party.\n\n### Mining and"
        " Proof-of-Work\n\n**Mining:** The process of creating a new block.\n\n"
        "**Proof-of-Work:**\n\n- Miners must find a nonce that, hashed with the block data,"
        " gives a hash with leading zeros.\n- This ensures computational effort and prevents"
        " spam.\n"
    ),
    "mathan/Виды функций.md": (
        "#math #mathan\nЗдесь перечислены основные виды [[Функция|функций]]\n\n1. **Четная** ~"
        " $\\forall{x\\in D(f)}:f(x)=f(-x)$\n2. **Нечётная** ~ $\\forall{x\\in"
        " D(f)}:f(-x)=-f(x)$\n3. **Периодическая** ~ $\\exists{T}:\\forall{x\\in"
        " D(f)}:f(x+T)=f(x)$\n4. **Суперпозиция**\n\t1. Пусть на множестве $X$ задана функция"
        " $f$, а на множестве $Y$ функция $g$. Функция $f(g(x))$ называется суперпозицией"
        " функций $f$ и $g$.\n"
    ),
}

CASES: list[Case] = [
    ("letters asked with 'stand for'", "what does WEIRD stand for", "WEIRD"),
    ("letters asked with 'stand for'", "WEIRD, what does it stand for?", "WEIRD"),
    ("a bold name with a hyphen typed against its sentence", "protective optimism - what is it",
     "Protective Optimism"),
    ("a bold name with a hyphen typed against its sentence", "positivity bias", "Positivity bias"),
    ("names over their text nested under a numbered entry", "what is fluid intelligence?",
     "Fluid intelligence"),
    ("names over their text nested under a numbered entry", "crystallized intelligence",
     "Crystallized intelligence"),
    ("a heading numbered as one of several kinds", "what is ADCC?",
     "Antibody-Dependent Cell-Mediated Cytotoxicity"),
    ("a heading numbered as one of several kinds", "complement system", "Complement System"),
    ("a bold label and its colon over a blank line and a list", "proof of work",
     "Proof-of-Work"),
    ("a bold name, a tilde, and its formula", "что такое нечётная функция?", "Нечётная"),
    ("a bold name, a tilde, and its formula", "периодическая функция", "Периодическая"),
    ("a study word asked in the other language", "кристаллизованный интеллект",
     "Crystallized intelligence"),
    ("a study word asked in the other language", "function composition", "Суперпозиция"),
]  # fmt: skip


test_lookup_on_student_notes, test_every_class_prints_its_count = table_tests(
    NOTES, CASES, "lookup failure classes (student notes)"
)


def test_a_step_keeps_its_heading() -> None:
    titles = list(cards_of(NOTES, "Immunology/Hypersensitivity.md"))
    assert "Step 2: Platelet Aggregation" in titles
    assert "Complement System" in titles


def test_a_hyphen_typed_against_the_sentence_is_no_part_of_it() -> None:
    card = cards_of(NOTES, "psya02/07-lecture.md")["Protective Optimism"]
    assert card.definition.startswith("Believe positive traits are unchangeable")


def test_a_lead_in_label_over_a_list_names_no_card() -> None:
    """ "**Some behavioral arguments:**" over a blank line and bullets leads into them."""
    notes = {
        "neuro/faces.md": (
            "# Faces\n\n## Why Study Face Perception?\n\n- Highly salient stimulus.\n\n**Some"
            " behavioral arguments:**\n\n- Faces catch our attention.\n- Faces are processed"
            " holistically.\n"
        )
    }
    assert "Some behavioral arguments" not in cards_of(notes, "neuro/faces.md")


def test_a_thing_to_work_out_the_notes_never_name_is_a_stranger() -> None:
    """ "как найти экстремум функции ...?" of Russian notes that never write "экстремум": no
    passage holding "функции" and "найдётся" may answer it as a guess. In Russian notes an
    unknown Russian noun names a thing rather than being the asker's own wording."""
    notes = {
        "mathan/Предел функции.md": (
            "# Предел функции\n\nЧисло $A$ является пределом функции в точке $a$, если для"
            " сколь угодно малого числа найдётся такое число, что выполняется неравенство.\n"
        ),
        "mathan/Последовательность.md": (
            "# Последовательность\n\nЧисловая последовательность - это функция натурального"
            " аргумента.\n"
        ),
    }
    index = index_of(notes)

    def stranger(query: str) -> bool:
        qwords = question.words_of(index, query)
        resolved = [resolve_word(index, w, raw) for w, raw in qwords]
        return strangers.object_stranger(index, query, qwords, resolved)

    assert stranger("как найти экстремум функции двух переменных?")
    assert not stranger("как найти предел функции?")
    assert not stranger("как найти придел функции?")  # a slip of the notes' word
    assert not stranger("что такое экстремум?")  # asked of directly: refused elsewhere


def test_a_slip_of_a_word_only_mentioned_says_where_the_notes_mention_it() -> None:
    """ "WeakHashMpa", "кондициии": a slip of a word the notes only mention is named as the
    notes spell it (a Russian word in its dictionary form), with where they mention it."""
    index = index_of({
        "java/Ссылки.md": (
            "# Устаревшие ссылки\n\nКеш хранит ссылки на объекты дольше, чем нужно.\n\n"
            "Использовать `WeakHashMap` имеет смысл, только если время жизни записей кеша"
            " определяется внешними ссылками на ключ.\n"
        ),
        "hist/Анна.md": (
            "# Анна Иоановна\n\nИмператрица с 1730 года.\n\nВерховный тайный совет составил"
            " Кондиции, ограничивавшие власть императрицы; Анна их разорвала.\n"
        ),
    })  # fmt: skip
    slip = lookup(index, "WeakHashMpa зачем нужен")
    assert not slip.found and slip.mentioned == "WeakHashMap"
    assert answer_text(slip).startswith("Отдельной карточки про «WeakHashMap» нет, но конспекты")
    assert lookup(index, "что такое кондициии").mentioned == "кондиция"
    # A word no slip away from any of theirs claims no mention.
    assert lookup(index, "что такое SoftReference").mentioned == ""
