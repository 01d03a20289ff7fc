"""Lookup on names as people write them: a heading misspelled by two swapped letters, a
Russian other name in capitals in brackets, a bold label over the definition, "Нарушение X"
beside X, a card comparing two things without their setting, names in the other language,
"Properties (props)", "X in next.js", "01.md", economics words. One table row per failure
class, the count per class printed."""

from __future__ import annotations

import pytest

from tests.unit.failure_tables import Case, assert_every_class, index_of

NOTES = {
    "TS/narrowing.md": (
        "# Type Gaurds\n\nA type guard narrows a union type inside a block with typeof or "
        "instanceof checks.\n"
    ),
    "TS/Unions.md": "# Union Types\n\nA union type says a value is one of several types.\n",
    "TS/Any.md": "# Any Type\n\nThe any type turns type checks off for a value.\n",
    "TS/Objects.md": "# Object Types\n\nAn object type lists the properties of a value.\n",
    "TS/Literals.md": "# Literal Types\n\nA literal type allows one exact value.\n",
    "Arch/принципы.md": (
        "### Принцип наименьшего знания (Закон Деметры)\n**Суть закона:**\n"
        "> *«Не разговаривай с незнакомцами»*\n\n"
        "Объект вызывает методы только своих полей, параметров и созданных им объектов.\n"
    ),
    "Arch/антипаттерны.md": (
        "# Антипаттерны\n\n"
        "### Violation of Law of Demeter (Нарушение закона Деметры)\n"
        "Клиент обращается к глубоким уровням вложенности: a.GetB().GetC().Do().\n\n"
        "### Нарушение SRP (Single Responsibility Principle)\n"
        "Класс сам управляет своим жизненным циклом.\n"
    ),
    "Arch/SOLID.md": (
        "# SOLID\n\n## Принцип единственной ответственности (Single Responsibility Principle)\n"
        "Класс должен иметь только одну причину для изменения.\n"
    ),
    "Crypto/Хэширование.md": (
        "# Хэширование (В одну сторону)\n\nПревращение данных в строку фиксированной длины.\n"
    ),
    "Linux/systemd.md": (
        "# systemd\n\n## systemctl restart\nОстанавливает и заново запускает сервис.\n\n"
        "## systemctl reload\nПеречитывает конфигурацию без остановки сервиса.\n\n"
        "## Разница restart и reload\nrestart прерывает соединения, reload — нет.\n"
    ),
    "Linux/Память.md": (
        "# Память\n\n## Swap\nSwap — это место на диске, которое продолжает RAM.\n\n"
        "## File descriptor\nFile descriptor — это номер открытого ресурса внутри процесса.\n"
    ),
    "React/props.md": (
        "# Properties (props)\n\n## Props are Immutable\nA component cannot assign to its "
        "props.\n\n## Props can be many types of data\nProps may be numbers or arrays.\n"
    ),
    "Next/routes.md": (
        "# App router\n\n## Route handlers\nA route handler answers a request with a "
        "Response.\n\n## Next.js functions that return a status code\nnotFound and redirect "
        "in a route end it with a status code.\n"
    ),
    "OS/Booting the computer.md": (
        "# Booting the computer\n\nThe firmware runs the bootloader, which loads the kernel.\n"
    ),
    # A numbered file names nothing: its first heading does.
    "angular/01.md": (
        '## Content projection with ng-content\n\n```\n<ng-content select="h3">'
        "</ng-content>\n```\n\n- get access to the projected content:\n\n```\n"
        "@ViewChild('email') email: ElementRef;\n```\n\n## View Encapsulation\n"
        "Styles stay inside the component.\n"
    ),
    "angular/lazy.md": (
        "# lazy-loading\n\nFeature modules are loaded only when their route is visited.\n"
    ),
    "angular/guards.md": "# canLoad for lazy-loaded modules\n\nA guard that stops the load.\n",
    "linux/Безопасность.md": (
        "# Безопасность\n\n## SELinux basics\nОбычные права отвечают на вопрос, кто владелец "
        "файла.\n\n## MAC\n### SELinux\nMandatory Access Control система.\n"
    ),
    "cpp/casts.md": (
        "# Приведение типов\n\n## static_cast\nПроверяемое при компиляции приведение.\n"
    ),
    "econ/Безработица.md": (
        "# Виды безработицы\n\n- **Фрикционная** - поиск новой работы.\n"
        "- **Структурная** - профессия больше не нужна.\n"
    ),
    "econ/Издержки.md": (
        "# Альтернативные издержки\n\nАльтернативные издержки - ценность лучшей упущенной "
        "возможности.\n"
    ),
    "devops/Pull и Push.md": (
        "# Системы конфигурации\n\n## Pull и Push\nСистемы настройки бывают двух типов - Pull "
        "и Push.\n\n### Pull\nАгент на сервере сам забирает конфигурацию.\n\n### Push\n"
        "Сервер управления сам рассылает конфигурацию по SSH.\n"
    ),
    "db/Принципы нормализации.md": (
        "# Принципы нормализации\n\nПравила, по которым таблицы делят при нормализации.\n"
    ),
    "db/Нормализация.md": (
        "# Нормализация\n\nНормализация - приведение таблиц к нормальным формам.\n"
    ),
    "db/Индекс.md": (
        "# Базы данных\n\n## Транзакции\nТранзакция выполняется целиком или никак.\n\n"
        "## Индекс\nИндекс ускоряет поиск строк.\n\n"
        "### B-tree\nB-tree индекс хранит ключи по порядку.\n\n"
        "### Hash\nHash индекс находит ключ по хэшу.\n"
    ),
}

CASES: list[Case] = [
    ("a heading misspelled by two swapped letters", "what are type guards", "Type Gaurds"),
    (
        "a card comparing both need not repeat their setting",
        "в чем разница между systemctl restart и reload",
        "systemctl restart",
    ),
    ("a name in the other language", "что такое своп", "Swap"),
    ("a name in the other language", "как происходит загрузка компьютера", "Booting the computer"),
    ("a word clipped in brackets is its name", "props", "Properties"),
    (
        "a numbered file is named by its first heading",
        "content projection with ng-content",
        "Content projection with ng-content",
    ),
    ("a snake_case name typed in the other layout", "ыефешс_сфые", "static_cast"),
    ("a name typed in the other layout ranks as typed", "нормализация", "Нормализация"),
    ("a name typed in the other layout ranks as typed", "yjhvfkbpfwbz", "Нормализация"),
    ("words of subjects beyond computing", "types of unemployment", "Виды безработицы"),
    ("a name in the other language", "ленивая загрузка модулей", "lazy-loading"),
    ("of names tied, the one with no words around it", "selinux", "SELinux"),
    ("of names tied, the one with no words around it", "что такое селинукс", "SELinux"),
    ("words of subjects beyond computing", "opportunity cost", "Альтернативные издержки"),
    (
        "two things compared under a card naming both",
        "pull и push модели чем отличаются",
        "Pull и Push",
    ),
    # "Индекс" over its sections "B-tree" and "Hash" does not compare them.
    ("two things compared under a card naming both", "b-tree vs hash", "B-tree"),
    ("a word clipped in brackets is its name", "зкщзы", "Properties"),
    ("a dotted name after 'in' is where", "route handlers in next.js", "Route handlers"),
    ("a name in the other language", "что такое файловый дескриптор", "File descriptor"),
    ("a heading misspelled by two swapped letters", "type guards", "Type Gaurds"),
    ("a Russian other name in capitals", "закон деметры", "Принцип наименьшего знания"),
    ("a Russian other name in capitals", "закон диметры", "Принцип наименьшего знания"),
    ("a violation of X is not X", "нарушение закона деметры", "Violation of Law of Demeter"),
    ("a violation of X is not X", "violation of law of demeter", "Violation of Law of Demeter"),
    (
        "a violation of X is not X",
        "single responsibility principle",
        "Принцип единственной ответственности",
    ),
    ("a remark in brackets is no name", "хэширование", "Хэширование"),
]


def test_every_class(capsys: pytest.CaptureFixture[str]) -> None:
    assert_every_class(index_of(NOTES), CASES, "name habits", capsys)


def test_a_bold_label_is_no_definition() -> None:
    card = next(c for c in index_of(NOTES).cards if c.title == "Принцип наименьшего знания")
    assert card.aliases[0] == "Закон Деметры"
    assert card.definition.startswith("«Не разговаривай с незнакомцами»")
    assert "Суть закона" not in card.definition
