"""Lookup on interview-prep and bilingual notes: questions folded in `<details>` blocks
with the answer below, question headings in every form such notes use ("EC2 — что это?",
"Что за «dangling» образы", "Что такое и зачем нужен ARP?", "Чем CI отличается от CD?"),
a question naming where the thing lives ("ad-hoc в Ansible"), and headings written in two
languages ("Parts of Speech / Части речи"); and a question about another thing of the kind
a card names ("when did the Cold War start" beside "Start of the War"). One table row per
failure class, the count per class printed. Also notes of one maker's services ("Amazon
DynamoDB", "AWS Lambda"), and sections naming two things ("Loose Objects and Packfiles",
"The Index / Staging Area", "Reflog: Git's Safety Net")."""

from __future__ import annotations

import pytest

from bot.core import asking, titles
from tests.unit.failure_tables import Case, assert_answer, assert_every_class, index_of

NOTES = {
    # Each question folded in `<details>`, its answer below the summary; a closing tag
    # run into the next block opens the next question.
    "IaC.md": (
        "# IaC — вопросы для собеседований\n\n#devops #собес\n\n---\n\n## Ansible\n\n"
        "<details>\n<summary>Для чего нужен ad-hoc в Ansible?</summary>\n\n"
        "Быстрое выполнение одной команды на группе хостов без создания playbook.\n"
        "</details>\n\n"
        "<details>\n<summary>Что такое идемпотентность? Примеры</summary>\n\n"
        "Повторное выполнение даёт тот же результат.\n</details>\n\n"
        "## Terraform\n\n"
        "<details>\n<summary>Что такое tfstate? Зачем нужен?</summary>\n\n"
        "Хранит актуальное состояние инфраструктуры.\n</details>\n"
        "<details>\n<summary>Что такое <code>when: always</code> в GitLab CI?</summary>\n\n"
        "Задание выполняется при любом статусе предыдущих стадий.\n</details>\n"
        "<details>\n<summary>Ответ</summary>\n\nНе вопрос, а ярлык.\n</details>\n"
    ),
    "AWS.md": (
        "# AWS\n\n<details>\n<summary>Security Group — что это?</summary>\n\n"
        "Виртуальный файрвол на уровне инстанса. Только Allow-правила.\n</details>\n\n"
        "<details>\n<summary>DaemonSet — зачем?</summary>\n\n"
        "Запускает по поду на каждой ноде кластера.\n</details>\n\n"
        "<details>\n<summary>Что за «dangling» образы в <code>docker images</code>?</summary>"
        "\n\nОбразы без тега, оставшиеся после пересборки.\n</details>\n\n"
        "<details>\n<summary>Что такое и зачем нужен ARP?</summary>\n\n"
        "Протокол, который находит MAC-адрес по IP-адресу в локальной сети.\n</details>\n\n"
        "<details>\n<summary>Как устроен доступ из private subnet в интернет?</summary>\n\n"
        "NAT Gateway в публичной подсети.\n</details>\n\n"
        "<details>\n<summary>Чем CI отличается от CD?</summary>\n\n"
        "CI собирает и тестирует каждый коммит, CD доставляет сборку до окружения.\n"
        "</details>\n\n"
        "<details>\n<summary>Что такое Docker и какие инструменты Linux в основе?</summary>\n\n"
        "Платформа контейнеров на namespaces и cgroups.\n</details>\n"
    ),
    # Headings in two languages, the bold line under a section saying what it is.
    "English/Parts_of_Speech.md": (
        "# Parts of Speech / Части речи\n\n## 🎯 Что это такое?\n"
        "**Части речи** — это категории слов по их функции в предложении.\n\n"
        "## 📚 Основные\n\n### Noun / Существительное\n"
        "Название предметов, людей, мест.\n\n### Определение | Definition\n"
        "Раздел со списком правил.\n\n### Read / Write\nДва режима доступа к файлу.\n"
    ),
    "English/04_Word_Order.md": (
        "# Word Order / Порядок слов в предложении\n\n"
        "Английский порядок слов строгий: подлежащее, сказуемое, дополнение.\n"
    ),
    # Wars of one course, none of them the Cold War or the Crimean War.
    "Period 1/Thirty Years War.md": (
        "# Thirty Years War\n\nA war fought in Central Europe from 1618 to 1648 in cold"
        " winters and hot summers.\n\n"
        "## Start of the War\n\nThe Defenestration of Prague began it; Bohemian nobles"
        " fought the Habsburgs.\n"
    ),
    "Period 2/Seven Years War.md": (
        "# Seven Years War\n\nA global conflict from 1756 to 1763.\n\n"
        "## Start of the War\n\nBritain and France fought over colonies.\n"
    ),
    # One note per service of one maker; another note's table lists some of them.
    "AWS/Amazon DynamoDB.md": (
        "# Amazon DynamoDB\n\n## What you'll learn\n- What DynamoDB is\n\n"
        "## What is DynamoDB?\n\nA fully managed NoSQL key-value database.\n"
    ),
    "AWS/Amazon Elastic Container Registry (Amazon ECR).md": (
        "# Amazon Elastic Container Registry (Amazon ECR)\n\n"
        "A managed registry for container images.\n"
    ),
    "AWS/Amazon VPC (Virtual Private Cloud).md": (
        "# Amazon VPC (Virtual Private Cloud)\n\nAn isolated network inside the cloud.\n"
    ),
    "AWS/AWS Auto Scaling.md": (
        "# AWS Auto Scaling\n\nAdds and removes capacity as load changes.\n\n"
        "## What it scales\n\n| Service | What scales |\n| --- | --- |\n"
        "| DynamoDB | Read and write capacity units |\n| Lambda | Concurrency |\n"
    ),
    "AWS/AWS Lambda.md": "# AWS Lambda\n\nRuns code without servers, billed per call.\n",
    "AWS/AWS Batch.md": "# AWS Batch\n\nRuns batch jobs on managed compute.\n",
    # Sections naming two things, or a thing and a tagline.
    "Git/Internals.md": (
        "# Git Internals\n\nHow git stores what you commit.\n\n"
        "## Loose Objects and Packfiles\n\nEach object is first stored as its own"
        " compressed file; packing gathers many objects into one file with deltas.\n\n"
        "## The Index / Staging Area\n\nThe file listing what the next commit will"
        " hold.\n\n## Reflog: Git's Safety Net\n\nA log of where each branch pointed"
        " before.\n\n## Static and dynamic hooks\n\nScripts run on events.\n"
    ),
    "Haskell/Algebraic datatypes.md": (
        "# Algebraic datatypes\n\nThe datatypes are called *sum* and *product* after how"
        " their size is counted.\n\nThe *cardinality* of a datatype is the number of"
        " possible values that it defines.\n\nThe *same* of a kind is a"
        " no sentence here.\n"
    ),
    "Psy/Предвзятость подтверждения.md": (
        "---\nalias: confirmation bias\n---\n# Предвзятость подтверждения\n\n"
        "Склонность искать и замечать то, что подтверждает уже сложившееся мнение (bias).\n"
    ),
    "AWS/Amazon EC2.md": (
        "# Amazon EC2\n\nVirtual servers in the cloud.\n\n## Dedicated Hosts\n\n"
        "A physical server kept for one customer.\n"
    ),
    "History/French Revolution.md": (
        "# French Revolution\n\nThe overthrow of the monarchy in France.\n\n"
        "## The Thermidorian Reaction\n\nThe fall of Robespierre and the end of the Terror."
        "\n\n## Peace of Westphalia (1648)\n\nThe treaties that ended the Thirty Years"
        " War.\n"
    ),
    "QA/Bug-lifecycle.md": (
        "# Жизненный цикл дефекта (баги)\n\nЖизненный цикл дефекта описывает все этапы, через"
        " которые проходит дефект.\n\n## Этапы жизненного цикла дефекта\n\n"
        "Новый, назначен, исправлен, проверен, закрыт.\n"
    ),
    # A course's glossary table (name, symbol, definition), and a heading per quantity.
    "Chem/Energetics.md": (
        "# Chemical Energetics\n\n## Summary\n\n|Name|Symbol|Definition|\n|---|---|---|\n"
        "|Neutralisation Enthalpy|$\\Delta H_n$|Enthalpy change to form one mole of water|\n"
        "|Lattice Energy|$\\Delta H_\\text{LE}$|Energy to split an ionic lattice into gaseous"
        " ions|\n\n## Entropy, $S$\n\nA measure of how spread out the energy of a system"
        " is.\n\n### Enthalpy of Neutralisation, $\\Delta H_n$\n\nThe enthalpy change of a"
        " neutralisation that forms one mole of water.\n\n## Paris, France\n\nWhere the"
        " congress met.\n"
    ),
    "Product/Lection 1. JTBD.md": (
        "MVP — минимально жизнеспособный продукт\nMLP — минимально привлекательный продукт\n\n"
        "Discovery - минимизация неопределенности на старте продукта\n"
    ),
    "Java/Queue.md": (
        "# Queue\n\n## Отличия между PriorityQueue, Deque и BlockingQueue\n\n"
        "Интерфейс Queue — очередь FIFO; PriorityQueue, Deque и BlockingQueue её расширяют.\n\n"
        "### BlockingQueue\n\n- **Особенности**: блокирует поток, пока очередь пуста.\n"
        "- **Реализации**: ArrayBlockingQueue, LinkedBlockingQueue.\n"
    ),
    "Redis/Stream.md": (
        "# Stream\n\nЖурнал сообщений с группами потребителей.\n\n## Pending и XACK\n\n"
        "Каждое сообщение, доставленное через `XREADGROUP`, попадает в pending entries list"
        " (PEL) — список сообщений, которые получены, но не подтверждены.\n"
    ),
    "ML/Binary Cross-Entropy Loss.md": (
        "# Binary Cross-Entropy Loss\n\nA loss for two classes. Use Binary Cross-Entropy"
        " (BCE) when the last layer applies a sigmoid.\n"
    ),
    "Net/TCP и UDP.md": (
        "# Протоколы\n\nТранспортный уровень.\n\n### TCP и UDP\n\n#### TCP\n\n"
        "Надёжный протокол с установлением соединения.\n\n#### UDP\n\n"
        "Ненадёжный протокол без соединения.\n"
    ),
    # Sections folded under titled summaries, `##` headings inside each fold.
    "K8s/Services.md": (
        "# 📚Services ClusterIP\n\n<details>\n<summary><b>🔍Сервис-дискавери (Service Discovery)"
        "</b></summary>\n\n---\n\n## DNS имена сервисов\n\nКаждый сервис получает DNS-имя"
        " вида name.namespace.svc.cluster.local.\n\n## Практические примеры подключения\n\n"
        "Поды обращаются к сервису по короткому имени.\n\n</details>\n\n<details>\n"
        "<summary><b>📊 Квоты ресурсов</b></summary>\n\n---\n\nОграничивают суммарные CPU и"
        " память в namespace.\n\n</details>\n\n<details>\n<summary>Показать код</summary>\n\n"
        "## Манифест\n\nСервис без селектора.\n\n</details>\n"
    ),
}

CASES: list[Case] = [
    ("a question folded in <details>", "что такое идемпотентность?", "идемпотентность"),
    ("a question folded in <details>", "tfstate?", "tfstate"),
    ("a question folded in <details>", "когда выполняется when: always",
     "when: always в GitLab CI"),
    ("a question folded in <details>", "что такое ярлык", None),
    ("a question naming where the thing lives", "ad-hoc это что?", "ad-hoc в Ansible"),
    ("a question heading's trailing 'что это'", "что такое security group",
     "Security Group"),
    ("a question heading's trailing 'что это'", "daemonset", "DaemonSet"),
    ("a question heading 'что за'", "что такое dangling образы?",
     "«dangling» образы в docker images"),
    ("a question heading asking two things", "что такое ARP", "ARP"),
    ("a question heading asking two things", "что такое docker", "Docker"),
    ("a difference asked around its subject", "что такое CI", "CI"),
    ("a heading in two languages", "что такое части речи?", "Parts of Speech"),
    ("a heading in two languages", "what are parts of speech", "Parts of Speech"),
    ("a heading in two languages", "существительное?", "Noun"),
    ("a heading in two languages", "порядок слов в предложении", "Word Order"),
    ("a service named without its maker", "what is dynamodb?", "Amazon DynamoDB"),
    ("a service named without its maker", "lambda", "AWS Lambda"),
    ("a maker's name and its letters in brackets", "what is Amazon ECR?",
     "Amazon Elastic Container Registry"),
    ("a maker's name and its letters in brackets", "ECR", "Amazon Elastic Container Registry"),
    ("a name and the words its letters stand for", "virtual private cloud", "Amazon VPC"),
    ("a heading naming two things", "packfile?", "Loose Objects and Packfiles"),
    ("a heading naming two things", "what are loose objects", "Loose Objects and Packfiles"),
    ("a heading naming two things", "what is the staging area", "The Index / Staging Area"),
    ("a heading naming two things", "что такое TCP", "TCP"),
    ("a name and its tagline", "what is the reflog", "Reflog: Git's Safety Net"),
    ("a name and a remark in brackets", "what was the Peace of Westphalia",
     "Peace of Westphalia (1648)"),
    ("a name and a remark in brackets", "что такое жизненный цикл дефекта?",
     "Жизненный цикл дефекта (баги)"),
    ("a section named with an article", "thermidorian reaction?", "The Thermidorian Reaction"),
    ("an italic name in a sentence saying what it is", "what is cardinality",
     "cardinality"),
    ("a study phrase in the other language, held whole", "что такое выделенный хост",
     "Dedicated Hosts"),
    ("a study phrase in the other language, held in part", "что такое ошибка выжившего",
     None),
    ("a quantity's heading and its symbol", "what is entropy", "Entropy"),
    ("a heading named in full over a table row of the same words",
     "enthalpy of neutralisation?", "Enthalpy of Neutralisation"),
    ("lines of letters and what they stand for", "MLP это что", "MLP"),
    ("lines of letters and what they stand for", "что такое MVP", "MVP"),
    ("a heading over its own bullets, under one listing it", "что такое BlockingQueue",
     "BlockingQueue"),
    ("English words and their letters in Russian prose", "что такое PEL?", "PEL"),
    ("another thing of the kind a card names", "when did the Cold War start", None),
    ("another thing of the kind a card names", "who fought in the Crimean War", None),
    ("the thing of the kind the card names", "what started the thirty years war",
     "Thirty Years War"),
    ("the thing of the kind the card names", "how did the Seven Years War start",
     "Start of the War"),
    ("a section folded under a titled summary", "what is service discovery",
     "Сервис-дискавери"),
    ("a section folded under a titled summary", "сервис дискавери",
     "Сервис-дискавери"),
    ("a section folded under a titled summary", "rdjns htcehcjd", "Квоты ресурсов"),
    ("a section folded under a titled summary", "что такое квоты ресурсов", "Квоты ресурсов"),
    ("a section folded under a titled summary", "что такое показать код", None),
]  # fmt: skip


@pytest.mark.parametrize(("failure", "question", "expected"), CASES)
def test_lookup_on_interview_notes(failure: str, question: str, expected: str | None) -> None:
    assert_answer(index_of(NOTES), failure, question, expected)


def test_every_class_prints_its_count(capsys: pytest.CaptureFixture[str]) -> None:
    assert_every_class(index_of(NOTES), CASES, "lookup failure classes (interview notes)", capsys)


def test_headings_inside_a_titled_fold_are_its_parts() -> None:
    """`## DNS имена сервисов` inside the fold titled «Сервис-дискавери» is a part of it;
    a fold labelled "Показать код" names nothing, its heading stays where it was."""
    index = index_of(NOTES)
    dns = next(c for c in index.cards if c.title == "DNS имена сервисов")
    assert dns.section == ("Сервис-дискавери",)
    shown = next(c for c in index.cards if c.title == "Манифест")
    assert shown.section == ()
    assert not any("Показать" in c.title for c in index.cards)


def test_question_headings_name_their_subject() -> None:
    assert titles.heading("EKS — что это?").title == "EKS"
    assert titles.heading("ACID — расшифровка").title == "ACID"
    assert titles.heading("Что за «dangling» образы?").title == "«dangling» образы"
    assert titles.heading("Что такое «Docker»?").title == "Docker"
    assert asking.compared_with("Чем CI отличается от CD?") == "CD"
    # Where it lives, when that is a tool named in Latin letters; not a direction.
    assert titles.heading("Что такое роли в PostgreSQL?").aliases == ("роли",)
    assert titles.heading("Как устроен доступ из private subnet в интернет?").aliases == ()


def test_two_languages_only_across_scripts() -> None:
    both = titles.heading("Sentence Structure / Структура предложения")
    assert (both.title, both.aliases) == ("Sentence Structure", ("Структура предложения",))
    assert titles.heading("Определение | Definition").section_word
    # Two names in one language stay one heading.
    assert titles.heading("Read / Write").title == "Read / Write"
    assert titles.heading("TCP/IP").title == "TCP/IP"


def test_two_names_and_their_limits() -> None:
    cards = {c.title: c for c in index_of(NOTES).cards}
    assert cards["Loose Objects and Packfiles"].aliases == ("Loose Objects", "Packfiles")
    assert cards["The Index / Staging Area"].aliases == ("Index", "Staging Area")
    # One word, then words both share: one thing, not two names.
    assert cards["Static and dynamic hooks"].aliases == ()
    # The sides have cards of their own under it: they keep their names.
    assert cards["TCP и UDP"].aliases == ()
    assert "DynamoDB" in cards["Amazon DynamoDB"].aliases
    assert "Amazon ECR" in cards["Amazon Elastic Container Registry"].aliases
    assert "Virtual Private Cloud" in cards["Amazon VPC"].aliases
    assert "Reflog" in cards["Reflog: Git's Safety Net"].aliases
    assert "Peace of Westphalia" in cards["Peace of Westphalia (1648)"].aliases
    assert "Thermidorian Reaction" in cards["The Thermidorian Reaction"].aliases
    # English notes write "Binary Cross-Entropy (BCE)" of what their own heading names.
    assert "BCE" not in cards
    # Italics name a term only in a sentence saying what it is.
    assert "sum" not in cards and "product" not in cards
    assert cards["Amazon DynamoDB"].definition == "A fully managed NoSQL key-value database."


def test_a_glossary_table_defines_by_its_definition_column() -> None:
    cards = {c.title: c for c in index_of(NOTES).cards}
    row = cards["Lattice Energy"]
    assert row.definition == "Energy to split an ionic lattice into gaseous ions"
    assert [d.text for d in row.details] == ["Symbol: ΔH_LE"]
    assert "Entropy" in cards and "Entropy, S" not in cards
    assert "Paris, France" in cards  # a place and its country are no quantity and symbol


def test_the_label_of_a_fold_is_no_question() -> None:
    cards = {c.title for c in index_of(NOTES).cards}
    assert "Ответ" not in cards
    assert not any("<summary>" in t or "</details>" in t for t in cards)


def test_the_lexicon_is_read_once_per_lemmatizer() -> None:
    # Every index build reads the same tables: a vault reloaded is not the lexicon read anew.
    assert index_of(NOTES).spoken is index_of({"a.md": "# A\n\nA thing.\n"}).spoken
