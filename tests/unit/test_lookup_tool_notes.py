"""Lookup on shapes of tool handbooks and course wikis:
- bold names typed one under another with hard line breaks, each over the line saying
  what it is, in one paragraph ("**1. Control Node (управляющий узел)**  \\nМашина, ...\\n
  **2. Managed Nodes**  \\nСерверы, ..."): a term per name, without its number;
- a glossary's bold name that links a note of its own ("- **[[Terragrunt]]** — надстройка
  ..."): a term, where a plain link with a remark is a map's entry;
- a name ending in "Vs" ("5 Vs") is no comparison, so no other card goes before it;
- a three-letter word with a doubled letter typed once ("git pul"), and a vowel written
  for another that sounds alike unstressed ("диалез" for "диализ");
- words asked in the other language ("synced folders", "cross-platform");
- a name, a dash, then the kind it is of said again ("Статический класс – класс, из
  которого ...");
- a course's "## Что такое" over a term of its own ("Исключение (exception) – событие"),
  or over one of the things its note's title lists ("Структуры и перечисления" /
  "Структура - значимый тип");
- a bold name lettered ("**C. Main Queue**");
- a word the notes themselves misspell once, typed the same way ("unowend refernce");
- a glossary note of one line that is a phrase after a comma ("Работа, выполняемая
  человеком"), which is its definition, not a list of other names;
- a Russian verb before a name ("как Роббинс определял экономику") asks about that thing,
  not another of its kind;
- a note written in small letters, a name on its own line over the bullets explaining it
  ("leaching" / "- movement and removal of dissolved matter in soil via water");
- music's and anatomy's words asked in Russian ("септаккорд", "эпикард", "роговой слой");
- another name in brackets after "or" / "или" ("quick clays (or sensitive soils)");
- a later paragraph of Russian prose: a name, a long dash, the kind of thing it is
  ("Хемосорбция — явление химического взаимодействия ..."), while "Срез — всегда ..."
  remarks on a thing;
- a bold name, the letter formulas write it with, then what it does ("**Изотонический
  коэффициент** $i$ показывает, во сколько раз ...");
- the same with a plain hyphen typed for the dash ("Убихинон - единственный небелковый
  кофермент");
- a kind after the long dash spelled like a past verb ("Прерывание — сигнал ..."), where a
  linking verb ("Отладка — стала проще") makes a remark;
- in a note written in small letters, "name: what it is" lines with the remarks under each
  in bullets, the next name typed right under a bullet ("three cell model: ..."), and an
  abbreviation's short expansion among such lines ("HP: high pressure").
One table row per failure class, the count per class printed."""

from __future__ import annotations

import pytest

from bot.core.notes import parse_note
from bot.morph import nominative
from tests.unit.failure_tables import Case, assert_answer, assert_every_class, index_of

NOTES = {
    "iac/Ansible.md": (
        "**Ansible** — это инструмент автоматизации конфигурации серверов.\n\n"
        "##  Архитектура Ansible\n"
        "**1. Control Node (управляющий узел)**  \n"
        "Машина, на которой установлен Ansible. Отсюда запускаются команды.\n"
        "**2. Managed Nodes (управляемые узлы)**  \n"
        "Серверы, к которым Ansible подключается по SSH/WinRM.\n"
        "**3. Inventory (инвентарь)**  \n"
        "Файл со списком хостов и групп, которыми управляет Ansible.  \n\n"
        "**4. Playbooks**  \n"
        "YAML-файлы, описывающие, какие задачи выполнить.\n\n"
        "| Особенность | Описание |\n|---|---|\n"
        "| Кроссплатформенность | Управляет Linux, macOS, Windows и облаками |\n"
    ),
    "iac/Terraform.md": (
        "**Terraform** — это инфраструктура как код от HashiCorp.\n\n"
        "##  Terraform в DevOps\n"
        "Terraform часто используется совместно с другими инструментами:\n"
        "- **[[Packer]]** — создание образов (AMI, Docker, и т.д.)\n"
        "- **[[Terragrunt]]** — надстройка для организации больших проектов Terraform\n"
    ),
    "iac/Vagrant.md": (
        "**Vagrant** — это инструмент для создания виртуальных машин из описания.\n\n"
        "#  **Синхронизация папок**\n\n"
        "Папка проекта на хосте видна внутри VM как /vagrant.\n"
    ),
    "iac/Index.md": (
        "# Инструменты\n\n- [[Ansible]] — конспект по настройке серверов\n"
        "- [[Vault]] — что почитать про секреты\n"
    ),
    "bigdata/5 Vs.md": (
        '---\naliases: ["5 Vs", "Five Vs"]\n---\n\n'
        "The OG Big Data framework: Volume, Velocity, Variety, Veracity and Value.\n"
    ),
    "bigdata/EA Wiki.md": (
        "# EA Wiki\n\n## Slides\n"
        "- `1 Intro.pdf` - course intro, EA, Big Data, 5 Vs\n"
        "- `5 System Design.pdf` - HTTP, DNS, cache, load balancer, frontend\n"
    ),
    "csharp/08 Классы как основа/README.md": (
        "# Классы\n\n## static Когда используется\n"
        "1. Есть методы, которые могут работать без объекта\n"
        "2. Есть набор констант, доступных в разных частях приложения\n\n"
        "Статический класс – класс, из которого нельзя создавать объекты\n"
        "```C#\nstatic class MathStatic {}\n```\n\n"
        "## Статические члены\n\nПоля и методы класса, общие для всех его объектов.\n"
    ),
    "csharp/07 Исключения и их обработка/README.md": (
        "## Что такое\n"
        "Исключение (exception) – событие, означающее, что в программе что-то\n"
        "пошло не так (возникла ошибка)\n\n"
        "### Когда могут появляться\n• Во время выполнения\n\n"
        "### Собственные исключения\n\nКлассы исключений, унаследованные от Exception.\n"
    ),
    "csharp/11 Структуры и перечисления/README.md": (
        "# Структуры и перечислени\n\n## Что такое\n"
        "Структура - значимый тип, который инкапсулирует данные и функциональность.\n"
        "Размещаются в стеке\n\n## Зачем\nцель: повысить производительность\n"
    ),
    "ios/GCD.md": (
        "# GCD\n\nGrand Central Dispatch runs tasks on queues it manages.\n\n"
        "#### ⭐ 3. Types of Dispatch Queues\n"
        "**A. Serial Queue**  \nExecutes tasks one at a time, in order.\n\n"
        "**C. Main Queue**  \nSpecial serial queue that runs on main thread → UI updates.\n"
    ),
    "ios/Memory.md": (
        "# Memory\n\n## Unowned Reference\n\n"
        "A reference that does not keep the object alive and is never nil.\n\n"
        "## Is it possible that there are two refernces to a value type\n\n"
        "No: a value type is copied.\n\n"
        "## Background State\n\nThe iOS app runs code but shows no screen.\n"
    ),
    "dm/predicates.md": (
        "# Алгебра предикатов\n\nЛогика высказываний о свойствах объектов.\n\n"
        "Предикат $P(x)$ - предложение, зависящее от переменной $x$\n"
    ),
    "econ/Труд.md": "Работа, выполняемая человеком",
    "econ/Разделение труда.md": (
        "Разбиение процесса производства на мелкие операции. Повышает производительность"
        " [[Труд|труда]]."
    ),
    "econ/Экономика.md": (
        "Наука о хозяйстве и о том, как люди распределяют блага.\n\n"
        "### Другие определения\n- [[Экономика - понятие по Роббинсу]]\n"
    ),
    "econ/Капитал.md": "Средства производства; их объём определяет выпуск товаров.",
    "econ/Смешанная экономика.md": "Экономика, где рядом работают рынок и государство.",
    "econ/Финансовая экономика.md": "Часть экономики, что изучает финансовые рынки.",
    "econ/Экономика - понятие по Роббинсу.md": (
        "Наука, изучающая поведение человека с точки зрения отношения между его целями и"
        " ограниченными средствами, допускающими альтернативное использование."
    ),
    "geo/Soil.md": (
        "soil is the outcome of **material** and **material interaction**\n"
        "- processes that make up material: addition, loss\n"
        "- processes for material interaction (chemical) - leaching\n\n"
        "addition\n- organic matter accumulation\n- inorganic matter accumulation\n\n"
        "leaching\n- movement and removal of dissolved matter in soil via water\n"
        "- e.g. leaching from upper soil - **zone of leaching** - to deeper soil\n\n"
        "quick clays (or sensitive soils)\n"
        "- honeycomb structure that allows water content to go above the liquid limit\n"
    ),
    "music/tetrads.md": (
        "---\naliases:\n  - seventh chords\n---\n"
        "Tetrads are chords of four notes: a triad with a seventh on top.\n"
    ),
    "music/chords.md": "Chord refers to three or more notes sounding together.\n",
    "music/the 12 semitones.md": (
        "---\naliases: [chromatic scale, half steps]\n---\n"
        "The twelve notes of the octave, each a half step from the next.\n"
    ),
    "anat/stratum-corneum.md": (
        '---\ntitle: "Stratum corneum"\n---\n'
        "Outermost layer of the epidermis of the skin, made of dead keratinized cells.\n"
    ),
    "chem/adsorbciya.md": (
        "# Адсорбция\n\n"
        "Адсорбция — явление межмолекулярного взаимодействия твердого тела с газом.\n\n"
        "Хемосорбция — явление химического взаимодействия твердого тела с газом на"
        " поверхности.\n\n## Селективность\n\nСорбент поглощает одни газы лучше других.\n"
    ),
    "chem/ochistka.md": (
        "# Очистка золей\n\n"
        "1. **Диализ** — примеси электролитов удаляют через мембрану.\n"
        "2. **Электродиализ** — диализ, ускоренный электрическим полем.\n"
    ),
    "chem/arrhenius.md": (
        "# Теория Аррениуса\n\n## Положения теории Аррениуса\n\n"
        "Электролиты в растворе распадаются на ионы.\n\n"
        "**Изотонический коэффициент** $i$ показывает, во сколько раз возросло число"
        " частиц за счет диссоциации:\n\n$$i = 1 + \\alpha (n - 1)$$\n"
    ),
    "mcu/periphery.md": (
        "# Работа с периферией\n\n"
        "Микроконтроллер опрашивает выводы в основном цикле.\n\n"
        "Прерывание — сигнал от внешнего устройства процессору.\n\n"
        "Отладка — стала проще с появлением SWD.\n"
    ),
    "geo/atmosphere.md": (
        "# atmosphere\n\nweather is the state of the air at a place and a time.\n\n"
        "climate is the weather over a long period of time.\n\n"
        "atmospheric circulation: a large-scale movement of air by which heat is carried\n"
        "- driven by heat and by pressure differences\n"
        "three cell model: model of how energy from the sun is moved around the atmosphere\n\n"
        "![[cells.png]]\n\n"
        "thermally direct: refers to process by which potential energy becomes kinetic\n"
        "- e.g. in buoyant convection\n"
        "thermally indirect: refers to process by which kinetic energy becomes potential\n"
        "- e.g. instability of shear flow\n"
        "HP: high pressure\nLP: low pressure\nlatitudinal angle: refers to psi\n\n"
        "notes on the cells\n- the hadley cell is the strongest one\n"
        "- the ferrel cell is weak\n- the polar cell is cold\n"
    ),
    "bio/electrons.md": (
        "# Перенос электронов\n\nЭлектроны движутся от переносчика к переносчику.\n\n"
        "Убихинон - единственный небелковый кофермент цепи.\n\nИтог - всё работает.\n"
    ),
    "go/Массивы и слайсы.md": (
        "- Срез — всегда указатель на массив, массив — значение\n"
        "- Срез может менять свой размер\n\n# Массивы\n\nДлина массива — часть его типа.\n"
    ),
    "git/sync.md": (
        "# Synchronization in git\n\n## Pull\n\n"
        "Fetches the remote branch and merges it into yours.\n\n"
        "## Push\n\nSends your commits to the remote.\n"
    ),
}

CASES: list[Case] = [
    ("bold names one under another with hard line breaks", "что такое managed nodes?",
     "Managed Nodes"),
    ("bold names one under another with hard line breaks", "инвентарь в ansible",
     "Inventory"),
    ("bold names one under another with hard line breaks", "control node?", "Control Node"),
    ("a glossary's bold name linking a note of its own", "что такое terragrunt",
     "Terragrunt"),
    ("a glossary's bold name linking a note of its own", "pakcer это что", "Packer"),
    ("a plain link with a remark is a map's entry", "что такое vault", None),
    ("a name ending in 'Vs' is no comparison", "what are the 5 Vs?", "5 Vs"),
    ("a doubled letter typed once in a short word", "what does git pul do", "Pull"),
    ("a vowel for one that sounds alike unstressed", "диалез что такое", "Диализ"),
    ("a bold name, its letter, then what it does", "что такое изотонический коэффициент",
     "Изотонический коэффициент"),
    ("words asked in the other language", "what are synced folders in Vagrant?",
     "Синхронизация папок"),
    ("words asked in the other language", "is ansible cross-platform?",
     "Кроссплатформенность"),
    ("a name, a dash, the kind it is of said again", "статический класс?",
     "Статический класс"),
    ("a bold name lettered", "what is the main queue?", "Main Queue"),
    ("a word the notes misspell once, typed the same way", "whats an unowend refernce",
     "Unowned Reference"),
    ("a one-line glossary note: a word, a comma, a phrase", "xnj nfrjt nhel", "Труд"),
    ("a Russian verb before a name", "а как Роббинс определял экономику?",
     "Экономика - понятие по Роббинсу"),
    ("a name in small letters on its own line over its bullets", "what is leaching?",
     "leaching"),
    ("a name in small letters on its own line over its bullets", "what are quick clyas?",
     "quick clays"),
    ("words asked in the other language", "что такое септаккорд?", "tetrads"),
    ("words asked in the other language", "что такое хроматическая гамма?",
     "the 12 semitones"),
    ("words asked in the other language", "что такое роговой слой кожи", "Stratum corneum"),
    ("another name in brackets after 'or'", "what are sensitive soils?", "quick clays"),
    ("a name, a long dash, the kind of thing it is, in later prose", "хемосорбция?",
     "Хемосорбция"),
    ("a name, a plain hyphen, the kind of thing it is, in later prose", "убихинон это что",
     "Убихинон"),
    ("a field line typed right under a bullet", "what is the three cell model?",
     "three cell model"),
    ("a field line typed right under a bullet", "thermally indirect?", "thermally indirect"),
    ("an abbreviation's letters spelled out, one per line", "latitudinal angle?",
     "latitudinal angle"),
    ("a name, a long dash, a kind in a past verb's letters", "что такое прерывание?",
     "Прерывание"),
]  # fmt: skip


@pytest.mark.parametrize(("failure", "question", "expected"), CASES)
def test_lookup_on_tool_notes(failure: str, question: str, expected: str | None) -> None:
    assert_answer(index_of(NOTES, inflect=True), failure, question, expected)


def test_every_class_prints_its_count(capsys: pytest.CaptureFixture[str]) -> None:
    assert_every_class(
        index_of(NOTES, inflect=True), CASES, "lookup failure classes (tool notes)", capsys
    )


def _cards(path: str) -> dict[str, str]:
    note = parse_note(NOTES[path], path, note=path.removesuffix(".md"), nominative=nominative)
    return {c.title: c.definition for c in note.cards}


def test_bold_names_under_one_another_are_a_term_each() -> None:
    cards = _cards("iac/Ansible.md")
    assert cards["Control Node"] == (
        "Машина, на которой установлен Ansible. Отсюда запускаются команды."
    )
    assert cards["Managed Nodes"] == "Серверы, к которым Ansible подключается по SSH/WinRM."
    assert cards["Playbooks"] == "YAML-файлы, описывающие, какие задачи выполнить."
    assert not any(title[:1].isdigit() for title in cards)


def test_a_map_entry_linking_a_note_is_no_term() -> None:
    assert set(_cards("iac/Index.md")) == {"Инструменты"}
    assert _cards("iac/Terraform.md")["Packer"] == "создание образов (AMI, Docker, и т.д.)"


def test_a_course_section_what_it_is_over_another_term_makes_that_term() -> None:
    cards = _cards("csharp/07 Исключения и их обработка/README.md")
    assert cards["Исключение"].startswith("событие, означающее")
    assert cards["07 Исключения и их обработка"] == ""
    assert "Что такое" not in cards
    structs = parse_note(
        NOTES["csharp/11 Структуры и перечисления/README.md"], "s.md", note="s"
    ).cards
    assert "Структура" in structs[0].aliases
    assert structs[0].definition.startswith("Структура - значимый тип")


def test_a_lettered_bold_name_loses_its_letter() -> None:
    assert set(_cards("ios/GCD.md")) >= {"Serial Queue", "Main Queue"}


def test_a_word_sharing_only_a_prefix_with_the_name_is_no_kind_of_it() -> None:
    assert set(_cards("dm/predicates.md")) == {"Алгебра предикатов"}


def test_a_remark_after_a_long_dash_names_nothing() -> None:
    assert "Срез" not in _cards("go/Массивы и слайсы.md")
    assert set(_cards("bio/electrons.md")) == {"Перенос электронов", "Убихинон"}
