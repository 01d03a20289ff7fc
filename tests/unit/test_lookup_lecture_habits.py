"""Lookup on lecture notes of several subjects, written as students write them:
- a Russian heading giving a thing's other name in brackets, one noun in small letters
  ("Равносильность (эквиваленция)") or a word and whom it is named after ("(штрих
  Шеффера)"): that name finds the card; a part of the text ("(продолжение)") or an
  adjective ("(логические)") stays a remark;
- "what is X" where a section of the note X is headed "how to identify X": the note;
- "X vs Y, how do they differ?": the comparison, not a refusal over "differ";
- "**Agglutination** is when ..." nested under a term's bullet: a term of its own, where
  "**SYN** Client -> Server" under a term stays one of its settings;
- a command and what to put after it ("traceroute ip_адрес - ..."), or commands listed
  with commas ("useradd, userdel - ..."): the command alone finds the card;
- prose naming with a label ("получили название инкапсуляция", "используется понятие —
  датаграмма", "носит название «ленивая загрузка»"): the name, in the nominative;
- a paragraph of its own reading "Poka-yoke - error proofing. ...": a term, where a field
  ("keywords: ...") or two things said alike ("Ощущение и восприятие — ...") is none;
- a thing described to learn its name ("how do you call a consonant that is a stop plus a
  fricative?", "what's the name for ...", "как называется ..."): not a card named only by
  the question's own words ("Consonants", the kind described), nor a refusal as if "what's"
  asked for a definition;
- the words of many fields' terms asked in the other language ("офорт" for "etching"):
  the lexicon's study words of music, linguistics, medicine, law, ...;
- a sentence describing a thing and naming it in bold as it closes ("..., the
  **holophrastic phase**."): a term; a bold word with the sentence going on is none;
- a kind of idea asked after its name and never written so ("the poverty of the stimulus
  argument"): the name, not a refusal over "argument";
- a bold name with its dash typed inside the bold ("**Within Subjects Design—**Comparison
  ...", which CommonMark leaves unclosed, or "**Random Assignment—** using ..."): a term;
- "X vs Y, which one do I need?": both sides compared;
- code asked with its namespace that the notes never write ("std::optional" where they
  only say «опциональный»): refused, not answered by the Russian word's card;
- "Самое главное - ..." opening a paragraph: a remark, no term.
One table row per failure class, the count per class printed."""

from __future__ import annotations

from bot.core.altnames import split_aliases
from bot.core.search import lookup
from tests.unit.failure_tables import Case, answer, cards_of, index_of, table_tests

NOTES = {
    "matlog/Логика.md": (
        "# Логические операции\n\nОперации над высказываниями.\n\n### 6. Равносильность"
        " (эквиваленция)\n\nA ~ B истинно, когда A и B равны.\n\n### 7. Обратная конъюнкция"
        " И-НЕ (штрих Шеффера)\n\nA | B ложно, только когда оба истинны.\n\n### Сущность"
        " вывода (продолжение)\n\nВывод строится по правилам.\n"
    ),
    "Garden/form.md": (
        "The form or structure of a piece is its skeleton, the general shape of the piece.\n\n"
        "# how to identify the form of a piece\nThe form is the first element to be noticed"
        " when analysing a new piece of music, whether on paper or by ear.\n"
    ),
    "Garden/Major triad.md": (
        "A major triad is a chord of a root, a major third and a perfect fifth.\n"
    ),
    "Garden/minor triad.md": (
        "A minor triad is a chord of a root, a minor third and a perfect fifth.\n"
    ),
    "Garden/triads.md": (
        "Triads are chords of three notes stacked in thirds: the major triad, the minor"
        " triad, the diminished triad and the augmented triad.\n"
    ),
    "Garden/diminished triad.md": (
        "A diminished triad is a minor triad with its fifth lowered, two minor thirds.\n"
    ),
    "Art/printmaking.md": (
        "Ways to print an image.\n\n# etching\nAn intaglio technique: acid bites the drawn"
        " lines into a metal plate, which is then inked and pressed.\n"
    ),
    "ling/13-acquisition.md": (
        "# Acquisition\n\nHow children learn language.\n\n#### Meaning\nChildren start to use"
        " single words to convey a whole idea or action, the **holophrastic phase**.\n\n"
        "### The poverty of the stimulus\n- Input is not informative enough for learners to"
        " figure out every aspect of the language.\n- Absence of negative evidence.\n\n"
        "#### Cache\nThe cell keeps its own copy, the **buffer**, and reads it first.\n"
    ),
    "hci/3.6-evaluation.md": (
        "# Evaluation\n\nGetting user feedback.\n\n### Designing Empirical Evaluation\n\n"
        "Treatments are what a participant does during the experiment.\n\n**Between Subject"
        " Design—**comparison of data from one group to participants in another group.\n\n"
        "**Within Subjects Design—**Comparison within one group experiencing every treatment."
        "\n\n**Random Assignment—** using random choice to decide who gets which treatment.\n"
    ),
    "hci/3.4-users.md": (
        "# Users\n\n## Personas\n\nCharacters that represent our users.\n\n## User"
        " Profiles\n\nMany kinds of users, described by their traits.\n"
    ),
    "cpp/Аллокаторы.md": (
        "# Аллокаторы\n\nАллокатор выделяет память для контейнера.\n\n## Allocator Aware"
        " контейнеры\n\nКонтейнер получает аллокатор опциональным параметром и возвращает его"
        " значение через get_allocator.\n\n## Move-семантика\n\n`std::move` превращает"
        " выражение в rvalue, чтобы объект можно было переместить.\n"
    ),
    "ling/morphology.md": (
        "# Morphology\n\nHow words are built.\n\n### How languages build words\n"
        "- **Non-concatenative** morphology builds words by modifying a root.\n"
        "- **Concatenative** morphology builds words by attaching affixes to a root\n"
        "  - **Agglutination** is when each affix attaches to a root one by one.\n"
        "  - **Fusion** is when affixes fuse together before attaching to a root.\n\n"
        "### Handshake\n- **TCP handshake** opens a connection\n"
        "  - **SYN** Client -> Server\n"
    ),
    "hci/everyday-things-ch5.md": (
        "# Human error\n\nPeople err; design for it.\n\n### Jidoka - Toyota\n\nJidoka is"
        " automation with a slight human touch.\n\nPoka-yoke - error proofing. Add simple"
        " fixtures, jigs, or devices to constrain operations until\nthey are correct.\n\n"
        "Ощущение и восприятие — непосредственные образы мира.\n\nkeywords: error, slip,"
        " mistake\n"
    ),
    "linux/cron.md": (
        "# cron\n\nДемон, который запускает команды по расписанию.\n\nСтрока crontab — пять"
        " полей времени и команда:\n\n    */5 * * * * /opt/backup.sh\n\nОкружение у cron почти"
        " пустое.\n\nКлассический пример — `/tmp`: писать туда могут все.\n"
    ),
    "os/sockets.md": (
        "# Networking\n\nHow processes talk.\n\n## Socket\n\nA socket is an endpoint for"
        " communication, identified by an IP address concatenated with a port number.\n"
    ),
    "linux/utils.md": (
        "# Сетевые утилиты\n\nЧем смотреть сеть.\n\n"
        "traceroute ip_адрес - утилита для отслеживания маршрута пакетов до узла.\n\n"
        "nslookup домен - отправить запрос DNS серверу на преобразование имени в IP.\n\n"
        "useradd, userdel, usermod - низкоуровневые утилиты для работы с пользователями.\n"
    ),
    "linux/Сети.md": (
        "# Модель OSI\n\nСемь уровней.\n\nСамое главное - нельзя перескакивать с уровня на"
        " уровень. Такие процессы получили название инкапсуляция (с верхнего на нижний) и"
        " деинкапсуляция (с нижнего на верхний).\n\nИнформацию транспортного уровня называют"
        " сегментами. Для протокола UDP используется понятие — датаграмма.\n\nПодгрузку"
        " данных по мере надобности обычно носит название «ленивая загрузка».\n"
    ),
}

CASES: list[Case] = [
    ("a Russian heading's other name in brackets", "что такое эквиваленция?", "Равносильность"),
    ("what is X, led by a how-to section of the note X", "what is the form of a piece?", "form"),
    ("a term said to be something, nested under a term", "agglutination", "Agglutination"),
    ("a term said to be something, nested under a term", "what is fusion?", "Fusion"),
    ("a paragraph of its own: a name, a dash, what it is", "what does poka-yoke mean",
     "Poka-yoke"),
    ("a thing described, its name asked: 'what's the name for'",
     "what's the name for a communication endpoint made of an IP address plus a port number?",
     "Socket"),
    ("a term of another field asked in the other language", "что такое офорт?", "etching"),
    ("a sentence describing a thing, then naming it in bold as it closes",
     "holophrastic phase", "holophrastic phase"),
    ("a kind word the notes never write after the name", "what is the poverty of the stimulus"
     " argument?", "The poverty of the stimulus"),
    ("a bold name with its dash typed inside the bold", "within subjects design",
     "Within Subjects Design"),
    ("a bold name with its dash typed inside the bold", "random assignment", "Random Assignment"),
    ("code the notes never write, asked with its namespace",
     "что возвращает std::optional, если значения нет?", None),
    ("code the notes never write, asked with its namespace", "что такое std::move?",
     "Move-семантика"),
    ("prose naming with a label", "что такое инкапсуляция?", "инкапсуляция"),
    ("prose naming with a label", "датаграмма", "датаграмма"),
    ("prose naming with a label", "ленивая загрузка", "ленивая загрузка"),
]  # fmt: skip


test_lookup_on_lecture_habits, test_every_class_prints_its_count = table_tests(
    NOTES, CASES, "lookup failure classes (lecture habits)"
)


def test_a_bracket_of_the_texts_part_or_an_adjective_stays_a_remark() -> None:
    assert split_aliases("Сущность вывода (продолжение)") == ("Сущность вывода", (), "продолжение")
    assert split_aliases("3 Аксиомы (логические)") == ("3 Аксиомы", (), "логические")
    assert split_aliases("Оператор суперпозиции (подстановки)")[1] == ()


def test_a_setting_under_a_term_stays_one_of_its_details() -> None:
    titles = cards_of(NOTES, "ling/morphology.md")
    assert "SYN" not in titles
    assert "Agglutination" in titles


def test_a_paragraph_opening_with_a_remark_names_no_term() -> None:
    assert "Самое главное" not in cards_of(NOTES, "linux/Сети.md")


def test_a_word_and_whom_it_is_named_after_is_another_name() -> None:
    card = cards_of(NOTES, "matlog/Логика.md")["Обратная конъюнкция И-НЕ"]
    assert card.aliases == ("штрих Шеффера",)


def test_two_things_asked_how_they_differ_are_shown_side_by_side() -> None:
    result = lookup(index_of(NOTES), "major triad vs minor triad, how do they differ?")
    assert result.best is not None and result.best.title == "Major triad"
    assert result.compared is not None and result.compared.title == "minor triad"


def test_a_command_goes_by_its_own_name_without_what_follows_it() -> None:
    """The reply names "traceroute"; inline search by "userdel" starts with it."""
    cards = cards_of(NOTES, "linux/utils.md")
    assert cards["traceroute ip_адрес"].aliases == ("traceroute",)
    assert cards["nslookup домен"].aliases == ("nslookup",)
    assert cards["useradd, userdel, usermod"].aliases == ("useradd", "userdel", "usermod")
    assert lookup(index_of(NOTES), "traceruote").best.title == "traceroute ip_адрес"  # type: ignore[union-attr]


def test_a_field_or_two_things_said_alike_is_no_dashed_term() -> None:
    titles = cards_of(NOTES, "hci/everyday-things-ch5.md")
    assert "Poka-yoke" in titles
    assert "keywords" not in titles
    assert "Ощущение и восприятие" not in titles
    titles = cards_of(NOTES, "linux/cron.md")
    assert "Классический пример" not in titles  # a label
    assert "Строка crontab" not in titles  # a lead-in to the block below


def test_a_thing_described_is_not_the_kind_the_question_names() -> None:
    """ "how do you call a consonant that is ...": the card «Consonants» is named by the
    question's own words, its note «Phonetics» more general still; the kind below answers."""
    notes = {
        "ling/phonetics.md": (
            "## Phonetics\n\nThe study of speech sounds.\n\n### Consonants\nConsonants are stops,"
            " fricatives, affricates and glides: sounds made with the airflow obstructed.\n\n"
            "### Manner of articulation\n- **Stops**: complete obstruction of the airflow\n"
            "- **Fricatives**: partial obstruction of the airflow, causing turbulence\n"
            "- **Affricates**: a stop plus a fricative\n- **Glides**: semi-vowels\n"
        ),
        "os/sockets.md": NOTES["os/sockets.md"],
    }
    question = "how do you call a consonant that is a stop plus a fricative?"
    assert answer(index_of(notes), question) == "Affricates"


def test_a_bold_word_in_a_sentence_that_goes_on_names_no_term() -> None:
    assert "buffer" not in cards_of(NOTES, "ling/13-acquisition.md")


def test_which_one_do_i_need_compares_both() -> None:
    result = lookup(index_of(NOTES), "personas vs user profiles, which one do I need?")
    assert result.best is not None and result.best.title == "Personas"
    assert result.compared is not None and result.compared.title == "User Profiles"
