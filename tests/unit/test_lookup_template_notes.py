"""Lookup on notes written to a template, and on course wikis that name terms in passing:
- a `## Идентификатор` field holding the note's term alone on its line, the name in the
  other language after it ("порождающая грамматика (eng: generative grammar)"), over
  `## Определение`: the note is that term, not "Generative_Grammar" nor "Идентификатор";
- a definition in small letters under `## Определение` ("набор, совокупность объектов —
  элементов множества") is what the note is, not a term named "набор, совокупность";
- a thing asked "in" a setting the notes also have a card for ("what is a sign in
  semiotics?"): the thing's card, not the setting's;
- a bold name with another after "или" ("**Pulse-Width Modulation (PWM)**, или
  **Широтно-импульсная модуляция (ШИМ)** -- ...") under a heading of the second: one card,
  named all four ways;
- a later sentence opening with a name in code and a double hyphen ("`RS-232` -- ...");
- a name prose gives as "т.н." in any case ("служит т.н. таблица векторов прерываний",
  "(т.н. интринзиков)");
- an acronym of the lexicon typed in capitals ("ЦАП") is no slip of another ("АЦП");
- a glossary entry: its name in bold on a line, its fields on the lines below ("Def:",
  "Hook:", "Confused with:"): the entry is the term, with the "Def:" text, the fields none;
- of two cards scored alike, the one whose name holds more of the words asked ("метод
  максимального правдоподобия" over "функция правдоподобия" its text introduces);
- a note about a term named for its history and meaning ("История и значение термина
  экология"), its definition under a qualified label ("**Классическое определение:**");
- a game engine's, pharmacology's and SRE's words asked in Russian ("затухание
  громкости", "наследование скорости", "ботулотоксин", "структурированное логирование",
  "радиус поражения");
- a site exported by ox-hugo: the section number in a span inside each heading
  (`## <span class="section-num">1</span> Линейная шкала`), and a long dash typed as three
  hyphens ("**Практикум** --- учебное издание ...");
- one of several ways, numbered ("### Strategy 1: Expand-Contract"), named by the way;
- a whole bold line "**Burn Rate = How fast you're consuming error budget**", where a bold
  formula ("Attention(Q, K, V) = softmax(...)") names nothing;
- a percent typed twice ("30-70%%") opens no Obsidian comment hiding the rest of the note;
- a glossary's second name marked as the first ("__Вещь в себе__, __ноумен__ — ..."), and a
  name with its origin in brackets however long ("Парадигма (греч. "образец ...") — ...");
- a heading of three phrases, each ending in a full stop, one of them the name asked
  ("Концепция развития науки К. Поппера. Принцип фальсификации. Идея «третьего мира»").
One table row per failure class, the count per class printed."""

from __future__ import annotations

import pytest

from bot.core.notes import parse_note
from bot.morph import nominative
from tests.unit.failure_tables import Case, assert_answer, assert_every_class, index_of

NOTES = {
    "concept/Generative_Grammar.md": (
        "## Идентификатор\n\nпорождающая грамматика (eng: generative grammar)\n\n"
        "## Определение\n\nформализм генеративной лингвистики, связанный с изучением"
        " синтаксиса.\n\n### Пример\n\nG = ({a, b}, {S}, S, {S -> aSb})\n"
    ),
    "concept/Set.md": (
        "## Идентификатор\n\nмножество (eng: set)\n\n## Определение\n\n"
        "набор, совокупность каких-либо объектов — элементов этого множества\n\n"
        "## Связь с другими понятиями\n\n[элемент множества](Set_Element.md)\n"
    ),
    "concept/Semiotics.md": (
        "## Идентификатор\n\nсемиотика (eng: semiotics)\n\n## Определение\n\n"
        "наука о знаках и знаковых системах, о том, как знак несёт значение.\n"
    ),
    "concept/Sign.md": (
        "## Идентификатор\n\nзнак (eng: sign)\n\n## Определение\n\n"
        "объект, присутствие которого указывает на присутствие чего-то ещё.\n"
    ),
    "mcu/timers.md": (
        "# Таймеры\n\nВ микроконтроллере три таймера.\n\n"
        "# Широтно-импульсная модуляция\n\n"
        "**Pulse-Width Modulation (PWM)**, или **Широтно-импульсная модуляция (ШИМ)** --"
        " процесс управления мощностью путём изменения скважности импульсов.\n\n"
        "Аппарат `PWM` уже реализован в микроконтроллере.\n"
    ),
    "mcu/interfaces.md": (
        "# Интерфейс `RS-232` -- `USART`\n\n"
        "Отладочный вывод идёт через последовательный интерфейс.\n\n"
        "`USART` -- последовательный интерфейс асинхронной передачи данных. `RS-232` --"
        " асинхронный `USART` для передачи данных на большие расстояния.\n"
    ),
    "mcu/iar.md": (
        "# IAR Embedded Workbench\n\nСреда разработки для микроконтроллеров.\n\n"
        "## Включаемые файлы\n\nЭтот файл содержит набор макросов (т.н. интринзиков),"
        " которые вставляют в код особые инструкции процессора.\n\n"
        "## Прерывания\n\nДля выбора кода на каждое прерывание служит т.н. таблица"
        " векторов прерываний, в которую записываются адреса обработчиков.\n"
    ),
    "mcu/adc.md": (
        "# Аналого-цифровой преобразователь\n\n"
        "**Аналого-цифровой преобразователь (АЦП)** -- устройство, переводящее"
        " напряжение в число.\n"
    ),
    "pharm/GLOSSARY.md": (
        "# Glossary\n\n### Drug basics\n\n"
        "**Pharmacology** (`pharmacology`, L01, src: both)  \n"
        "Def: The study of the interaction of drugs with biological systems.  \n"
        "Hook: The diagram splits it in two, kinetics and dynamics.  \n"
        "Confused with: `pharmacodynamics`, `pharmacokinetics`  \n"
        "> the study of the interaction of drugs\n\n"
        "**Efficacy (intrinsic efficacy)** (`efficacy`, L02, src: both, fig: `efficacy`)  \n"
        "Def: The property of a molecule that makes the receptor change its behaviour.  \n"
        "Hook: Read on the y-axis as the height of the curve.  \n"
        "Confused with: `affinity`, `potency`  \n"
        "> Efficacy is the ability of the drug to change the receptor\n\n"
        "**Affinity** (`affinity`, L02, src: both)  \n"
        "Def: The attraction of a ligand for the receptor, how likely it binds.  \n"
        "Hook: Read on the x-axis, further left is higher affinity.  \n"
        "Confused with: `efficacy`, `potency`  \n"
        "> how tightly the drug binds\n"
    ),
    "stats/ticket13.md": (
        "# 13 Метод максимального правдоподобия для построения оценок.\n\n"
        "Суть: строится так называемая функция правдоподобия, которая зависит от"
        " параметров распределения; оценки выбирают так, чтобы она была максимальной.\n"
    ),
    "eco/История и значение термина экология.md": (
        "- **Происхождение:** Термин предложен в 1866 году биологом Эрнстом Геккелем.\n"
        "- **Классическое определение:** Наука о взаимоотношениях живых организмов между"
        " собой и со средой.\n"
        "- **Современное значение:** Экология стала междисциплинарным знанием.\n"
    ),
    "eco/Экологические факторы.md": (
        "**Экологический фактор** — любой элемент среды, действующий на организм.\n"
    ),
    "unity/02-Spatial-Audio.md": (
        "# Spatial Audio\n\n## Volume Rolloff\n\nThe shape of the falloff of loudness"
        " between Min and Max distance.\n\n## Doppler Level\n\nPitch shift of moving"
        " sources.\n"
    ),
    "unity/02-Modules.md": (
        "# Particle Modules\n\n## Inherit Velocity\n\nWhen the emitter moves, particles"
        " take some of that velocity.\n\n## Noise\n\nTurbulence added to particle paths.\n"
    ),
    "pharm/L08.md": (
        "# Neuromuscular junction\n\n## Botulinum toxin (Botox)\n\nPrevents acetylcholine"
        " release from the presynaptic terminal.\n"
    ),
    "ped/rating-scales.md": (
        '---\ntitle: "Шкалы оценивания"\n---\n\n'
        '## <span class="section-num">1</span> Линейная шкала оценивания {#линейная}\n\n'
        "Каждое задание весит одинаково, итог — сумма баллов.\n\n"
        '## <span class="section-num">2</span> Экспоненциальная шкала {#экспоненциальная}\n\n'
        "Каждый следующий уровень стоит вдвое больше предыдущего.\n"
    ),
    "ped/publications.md": (
        "# Учебные издания\n\n"
        "-   **Практикум** --- учебное издание, нацеленное на закрепление умений и навыков.\n"
        "-   **Хрестоматия** --- сборник текстов, иллюстрирующих содержание учебника.\n"
    ),
    "sre/deployment.md": (
        "# Deployment Strategies\n\nWays to ship a change safely.\n\n"
        "### Strategy 1: Expand-Contract\n\nAdd the new column, migrate readers, then drop"
        " the old one.\n\n### Strategy 2: Dual Writes\n\nWrite to both stores until the"
        " new one is trusted.\n"
    ),
    "sre/slo.md": (
        "# Error Budgets\n\n## Alerting\n\nPage on symptoms users feel.\n\n"
        "**Burn Rate = How fast you're consuming error budget**\n\n"
        "## Attention\n\n$$Attention(Q, K, V) = softmax(QK^T)V$$\n\n"
        "The divisor keeps the softmax gradients healthy.\n"
    ),
    "bio/membranes.md": (
        "# Липиды\n\n## Строение и состав мембран\n\n"
        "Липиды в составе мембраны составляют 30-70%%\n\n"
        "## Фосфолипиды\n\nВсе они являются производными фосфатидной кислоты.\n"
    ),
    "philo/Definitions.md": (
        "# Определения\n\n"
        "__Вещь в себе__, __ноумен__ — объективная вещь, не зависящая от сознания.\n\n"
        "__Вещь для нас__, __феномен__ — субъективная вещь, содержащаяся в сознании.\n"
    ),
    "philo/Lecture_20.md": (
        "# Концепция научных революций Томаса Куна\n\nКун даёт понятия:\n"
        '- Парадигма (греч. "образец склонения существительных и спряжения глаголов") —'
        " схема того, как нужно заниматься наукой.\n- Нормальная наука — работа внутри"
        " одной парадигмы.\n"
    ),
    "philo/Lecture_21.md": (
        "# Концепция развития науки К. Поппера. Принцип фальсификации. Идея «третьего мира»"
        "\n\nНаучная теория должна допускать опровержение опытом.\n"
    ),
    "philo/Lecture_18.md": (
        "# Принцип верификации\n\nТеорию проверяют опытом, и её фальсификации ждут от"
        " каждого нового наблюдения.\n"
    ),
    "sre/observability.md": (
        "# Observability\n\n## Structured Logging\n\nLogs written as key-value records a"
        " machine can query.\n\n## Blast Radius Control\n\nRun a chaos experiment on a"
        " small share of traffic first.\n"
    ),
    "stats/ticket12.md": (
        "# 12 Метод моментов для построения оценок.\n\n"
        "Моменты выборки приравнивают к моментам распределения.\n"
    ),
}

CASES: list[Case] = [
    ("a template's field naming the note's term", "что такое порождающая грамматика?",
     "порождающая грамматика"),
    ("a template's field naming the note's term", "what is generative grammar",
     "порождающая грамматика"),
    ("a template's field naming the note's term", "что такое мнжество",
     "множество"),
    ("a thing asked in a setting with a card of its own", "what is a sign in semiotics?",
     "знак"),
    ("a bold name, then another after 'или'", "что такое ШИМ", "Широтно-импульсная модуляция"),
    ("a bold name, then another after 'или'", "what is pulse-width modulation",
     "Широтно-импульсная модуляция"),
    ("a later sentence opening with a name in code", "RS-232 это что", "RS-232"),
    ("a name given as 'т.н.', in any case", "что такое интринзики", "интринзики"),
    ("a name given as 'т.н.', in any case", "что такое таблица векторов прерываний?",
     "таблица векторов прерываний"),
    ("an acronym of the lexicon typed in capitals", "что такое ЦАП", None),
    ("an acronym of the lexicon typed in capitals", "что такое АЦП",
     "Аналого-цифровой преобразователь"),
    ("a glossary's entries with the same fields", "what is efficacy?", "Efficacy"),
    ("a glossary's entries with the same fields", "what is a hook?", None),
    ("two cards alike, the name holding more words asked",
     "метод максимального правдоподобия?",
     "13 Метод максимального правдоподобия для построения оценок"),
    ("a note about a term's history and meaning", "что такое экология?", "экология"),
    ("words asked in the other language", "что такое затухание громкости с расстоянием",
     "Volume Rolloff"),
    ("words asked in the other language", "что такое наследование скорости у частиц?",
     "Inherit Velocity"),
    ("words asked in the other language", "ботулотоксин как работает?",
     "Botulinum toxin"),
    ("words asked in the other language", "что такое структурированное логирование",
     "Structured Logging"),
    ("words asked in the other language", "что такое радиус поражения в хаос-экспериментах",
     "Blast Radius Control"),
    ("a section number in a span inside a heading", "что такое линейная шкала оценивания?",
     "Линейная шкала оценивания"),
    ("a long dash typed as three hyphens", "что такое хрестоматия", "Хрестоматия"),
    ("a long dash typed as three hyphens", "что такое практикум?", "Практикум"),
    ("one of several ways, numbered", "define expand-contract migration", "Expand-Contract"),
    ("a whole bold line, a name, an equals sign, what it is", "burn rate?", "Burn Rate"),
    ("a percent typed twice", "что такое фосфолипиды", "Фосфолипиды"),
    ("a second name marked as the first", "что такое ноумен?", "Вещь в себе"),
    ("a second name marked as the first", "what is a noumenon?", "Вещь в себе"),
    ("a name with a long origin in brackets", "что такое парадигма?", "Парадигма"),
    ("a heading of three phrases", "что такое принцип фальсификации",
     "Концепция развития науки К. Поппера. Принцип фальсификации. Идея «третьего мира»"),
]  # fmt: skip


@pytest.mark.parametrize(("failure", "question", "expected"), CASES)
def test_lookup_on_template_notes(failure: str, question: str, expected: str | None) -> None:
    assert_answer(index_of(NOTES, inflect=True), failure, question, expected)


def test_every_class_prints_its_count(capsys: pytest.CaptureFixture[str]) -> None:
    assert_every_class(
        index_of(NOTES, inflect=True), CASES, "lookup failure classes (template notes)", capsys
    )


def _cards(path: str) -> dict[str, tuple[str, ...]]:
    note = parse_note(NOTES[path], path, note=path.removesuffix(".md"), nominative=nominative)
    return {c.title: c.aliases for c in note.cards}


def test_the_identifier_field_names_the_note_and_is_no_card() -> None:
    cards = _cards("concept/Generative_Grammar.md")
    assert "Идентификатор" not in cards
    assert set(cards["порождающая грамматика"]) >= {"generative grammar", "Generative_Grammar"}


def test_a_small_letter_definition_is_the_notes_own() -> None:
    assert "набор, совокупность каких-либо объектов" not in _cards("concept/Set.md")


def test_the_other_name_after_or_is_an_alias_of_one_card() -> None:
    cards = _cards("mcu/timers.md")
    assert set(cards["Широтно-импульсная модуляция"]) >= {"PWM", "ШИМ", "Pulse-Width Modulation"}
    assert "PWM" not in cards and "Pulse-Width Modulation" not in cards


def test_a_qualified_definition_label_defines_the_note() -> None:
    cards = _cards("eco/История и значение термина экология.md")
    assert "Классическое определение" not in cards
    note = parse_note(
        NOTES["eco/История и значение термина экология.md"],
        "eco/История и значение термина экология.md",
    )
    own = next(c for c in note.cards if c.title == "экология")
    assert own.definition.startswith("Наука о взаимоотношениях")


def test_a_bold_formula_names_nothing() -> None:
    cards = _cards("sre/slo.md")
    assert "Burn Rate" in cards
    assert not any(title.startswith("Attention(") for title in cards)


def test_a_glossary_entry_keeps_its_fields() -> None:
    note = parse_note(NOTES["pharm/GLOSSARY.md"], "pharm/GLOSSARY.md", note="pharm/GLOSSARY")
    titles = {c.title for c in note.cards}
    assert {"Pharmacology", "Efficacy", "Affinity"} <= titles
    assert not titles & {"Hook", "Def", "Confused with"}
    efficacy = next(c for c in note.cards if c.title == "Efficacy")
    assert efficacy.definition.startswith("The property of a molecule")
