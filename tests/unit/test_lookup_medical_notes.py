"""Lookup on exam notes and interview notes: an HTML comment under a heading, which no
reader sees ("<!-- amaurosis fugax is b:1415606587981-->"), and ox-hugo's list separator,
which keeps two lists apart; a heading over a picture and a bullet that only gives its
other name ("- aka oligodendrocytes"); a question naming the card with the adjective of
the note it sits in ("cerebellar peduncles" in "14 Cerebellum"); a Russian word the
lexicon knows that only sounds a little like a word of the notes («нефрон», not "neuron");
"цы" typed for "ци" («миграцыи»); a bold abbreviation glossed in both languages in a
bracket ("**CSRF** (англ. Cross Site Request Forgery — «межсайтовая подделка запроса»)");
a sentence giving the gist of a bold name ("Суть паттерна **Service Locator** сводится
к тому, что ..."); a formula meeting a condition that defines the underlined name after it
("$f(a,b)$ is a <u>local max</u> of $f$ if ..."); a comparison whose first side is a word
inside the second ("stable vs asymptotically stable equilibrium"); names over a blank
line and their points, as a habit ("Hardy-Weinberg Equilibrium" / "* predicts ..."); a
label of a modifier and a section word ("**Базовый синтаксис:**") over a heading's code;
two things compared under a card that only uses both words ("stack vs heap" under RAII);
a slip the notes make once too ("speceis" for species); a word clipped as people say
it where the notes write it both ways ("max" beside "maximum", "postgres" beside
"PostgreSQL"); and a Latin name in Russian prose followed by what it does ("...
в **ViewResolver**, который возвращает нужную View"). One table row per failure class,
the count per class printed."""

from __future__ import annotations

import pytest

from tests.unit.failure_tables import Case, assert_answer, assert_every_class, index_of

NOTES = {
    "Neurology/27 Retina.md": (
        "---\ndate: 2020-09-07\n---\n# 27 Retina\n\n# Pathology\n\n## Amaurosis Fugax\n\n"
        "<!-- amaurosis fugax is b:1415606587981-->\n\n- transient loss of vision in one eye"
        " from an embolus, lasting seconds to minutes.\n\n## Myopia\n\n<!-- myopia is,"
        " causes.. b:1333725022633-->\n\n![](https://example.org/myopia.jpg)\n\n- the eye"
        " focuses light in front of the retina; a negative lens corrects it\n"
    ),
    "Neurology/01 CNS Cells.md": (
        "# 01 CNS Cells\n\n# Neurons\n\n- cells that carry signals as action potentials\n\n"
        "# Oligodendroglia\n\n<!-- ignore.. b:1715846552340-->\n\n"
        "![](https://example.org/oligo.jpg)\n\n- aka oligodendrocytes\n\n# Schwann\n\n"
        "- make myelin for nerves outside the brain and spinal cord\n"
    ),
    "Neurology/14 Cerebellum.md": (
        "# 14 Cerebellum\n\n# Peduncles\n\n- three pairs of fibre bundles joining the"
        " cerebellum to the brainstem\n\n# Vermis\n\n- the midline part, which keeps the"
        " trunk balanced; cerebellar lesions there make walking unsteady\n"
    ),
    "Blog/taxonomy.md": (
        "#### Категории целей\n\n<!--list-separator-->\n\n1.  Восприятие\n\n"
        "    -   Готовность ученика воспринимать явления окружающего мира.\n\n"
        "    <!--list-separator-->\n\n    1.  Субкатегории:\n\n        -   осознание;\n"
        "        -   внимание.\n\n<!--list-separator-->\n\n2.  Реагирование\n\n"
        "    -   Активные проявления, исходящие от самого ученика.\n"
    ),
    "php/frameworks/laravel.md": (
        "# Laravel\n\n- *Миграции* — система управления версиями для базы данных, которая"
        " связывает изменения схемы с кодом.\n- *Очереди* — отложенное выполнение задач в"
        " фоне.\n"
    ),
    "ib.md": (
        "# Информационная безопасность\n\n## CSRF\n\n**CSRF** ([англ.](https://example.org)"
        " Cross Site Request Forgery — «межсайтовая подделка запроса») — вид атак на"
        " посетителей сайтов, когда от имени жертвы тайно отправляется запрос.\n"
    ),
    "architecture/styles.md": (
        "## Внедрение зависимостей\n\n- Суть паттерна **Service Locator**  сводится к тому,"
        " что объекты берут зависимости из общего реестра, а не создают их сами.\n"
        "- **Внедрение зависимости** (Dependency injection, DI) — передача классу его"
        " зависимостей снаружи.\n"
    ),
    "Calculus/Extrema.md": (
        "# Local\nLet $f(x, y)$ be defined on a region containing the point $(a,b)$\n"
        "* $f(a,b)$ is a <u>local max</u> of $f$ if $f(a,b) \\geq f(x, y)$ for all points"
        " in a disk centered at $(a,b)$\n* $f(a,b)$ is a <u>local min</u> of $f$ if"
        " $f(a,b) \\leq f(x, y)$ for all points in a disk centered at $(a,b)$\n\n# Global\n"
        "* $f(a,b)$ is a <u>global max</u> of $f$ if $f(a,b) \\geq f(x, y)$ for all $(x,y)$"
        " in the domain\n"
    ),
    "Calculus/Stability.md": (
        "# Stability\n\n## Stable\nAn equilibrium is **stable** if solutions that start"
        " near it stay near it.\n\n## Asymptotically Stable\nAn equilibrium is"
        " **asymptotically stable** if nearby solutions also approach it over time.\n"
    ),
    "evolution/README.md": (
        "# Evolution\n\n#### Theories & Effects\n\nHardy-Weinberg Equilibrium\n\n"
        "* predicts stable genotype ratios when no evolution acts\n* serves as a baseline"
        " for population genetics\n\nNeutral Theory\n\n* most"
        " mutations change no fitness and drift at random\n* polymorphism is common\n"
    ),
    "SQL/Управление базами данных.md": (
        "### **Управление базами данных**\n\n---\n\n#### **1. Создание базы данных (CREATE"
        " DATABASE)**\n\n**Базовый синтаксис:**\n```sql\nCREATE DATABASE name;\n```\n\n"
        "**Примеры:**\n```sql\nCREATE DATABASE shop;\n```\n"
    ),
    "rust/05_ownership.md": (
        "# Ownership\n\n## RAII\n\nRust enforces RAII. In addition to holding data on the"
        " stack, variables also _own_ resources allocated on the heap.\n\n### Stack\n\n"
        "Values of a size known at compile time live in the stack frame of the function.\n\n"
        "### Heap\n\nValues whose size is known only at run time are allocated on the"
        " heap.\n"
    ),
    "evolution/species.md": (
        "# Species\n\nBiological species concept\n\n* species are groups that interbreed"
        " and are isolated from other groups\n* new species arise behind reproductive"
        " barriers\n\nMorphological species concept\n\n* species told apart by their"
        " shape\n\n## Spawning\n\n* multi-speceis spawning may satiate predators\n"
    ),
    "Calculus/Tests.md": (
        "# Tests\n\n## Second Derivative Test\nAt a critical point, a positive second"
        " derivative gives a local minimum and a negative one a local maximum.\n\n## Notation"
        "\nWe write max f and min f for the largest and smallest values of f.\n"
    ),
    "Spring/Spring MVC.md": (
        "# Путь запроса в Spring MVC\n\nВсе запросы приходят в **Dispatcher Servlet**, он"
        " отдаёт запрос контроллеру. Далее диспатчер посылает имя View в **ViewResolver**,"
        " который возвращает нужную View. Ответ уходит пользователю.\n"
    ),
}

CASES: list[Case] = [
    ("an HTML comment under a heading", "amaurosis fugax?", "Amaurosis Fugax"),
    ("an HTML comment under a heading", "what is myopia", "Myopia"),
    ("an HTML comment under a heading", "what is myoppia", "Myopia"),
    ("a heading over a picture and its other name", "oligodendroglia", "Oligodendroglia"),
    ("a heading over a picture and its other name", "щдшпщвутвкщпдшф", "Oligodendroglia"),
    ("a heading over a picture and its other name", "oligodendrocytes", "Oligodendroglia"),
    ("the adjective of the note the card sits in", "cerebellar peduncles", "Peduncles"),
    ("the adjective of the note the card sits in", "cerebellar pedunlces", "Peduncles"),
    ("a known word only sounding a little like one of the notes", "что такое нефрон",
     None),
    ("a known word only sounding a little like one of the notes", "что такое нейрон",
     "Neurons"),
    ("'цы' typed for 'ци'", "миграцыи в ларавеле", "Миграции"),
    ("an abbreviation glossed in both languages", "what is cross-site request forgery",
     "CSRF"),
    ("an abbreviation glossed in both languages", "межсайтовая подделка запроса", "CSRF"),
    ("the gist of a bold name", "что такое service locator", "Service Locator"),
    ("the gist of a bold name", "service locator vs dependency injection",
     "Service Locator"),
    ("a formula meeting a condition names the term", "local max", "local max"),
    ("a formula meeting a condition names the term",
     "difference between a local max and a global max", "local max"),
    ("one side's word inside the other's", "stable vs asymptotically stable equilibrium",
     "Stable"),
    ("names over a blank line and their points", "hardy-weinberg equilibrium",
     "Hardy-Weinberg Equilibrium"),
    ("names over a blank line and their points", "neutral theory", "Neutral Theory"),
    ("a label of a modifier and a section word", "CREATE DATABASE", "Создание базы данных"),
    ("a card only using the two words compared", "stack vs heap", "Stack"),
    ("a slip the notes make once too", "biological speceis concept",
     "Biological species concept"),
    ("a clipped word beside its full one", "is this critical point a local max or min",
     "Second Derivative Test"),
    ("a Latin name in Russian prose and what it does", "ViewResovler?", "ViewResolver"),
]  # fmt: skip


@pytest.mark.parametrize(("failure", "question", "expected"), CASES)
def test_lookup_on_medical_and_interview_notes(
    failure: str, question: str, expected: str | None
) -> None:
    assert_answer(index_of(NOTES), failure, question, expected)


def test_every_class_prints_its_count(capsys: pytest.CaptureFixture[str]) -> None:
    assert_every_class(index_of(NOTES), CASES, "lookup failure classes (exam notes)", capsys)


def test_a_list_separator_keeps_its_lists_apart() -> None:
    """ox-hugo's `<!--list-separator-->` is no content, yet it ends one list before the
    next: each category keeps the sentence under it."""
    from bot.core.notes import parse_note

    path = "Blog/taxonomy.md"
    cards = {c.title: c for c in parse_note(NOTES[path], path, note="taxonomy").cards}
    assert cards["Восприятие"].definition.startswith("Готовность ученика")
    assert cards["Реагирование"].definition.startswith("Активные проявления")


def test_a_comment_shown_as_code_stays() -> None:
    from bot.core.obsidian import strip_comments

    kept = "Комментарий в HTML: `<!-- текст -->`."
    assert strip_comments(kept) == kept
    assert strip_comments("a <!-- hidden --> b") == "a" + " " * 17 + "b"
