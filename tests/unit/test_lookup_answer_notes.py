"""Lookup on interview-style answer notes ("## Вопрос: X" / "## Простой ответ"), prose that
introduces a quoted term, entries typed one per line, long questions in the user's own
words, and names heard across languages: one table row per failure class, with the right
answer or an honest "not found", and the count per class printed."""

from __future__ import annotations

import pytest

from bot.core import comparisons, search
from bot.core.lexicon import translations
from bot.core.models import CardKind
from bot.core.notes import parse_note
from bot.core.search import Index, lookup
from bot.core.text import fold
from bot.core.wordmatch import resolve_word
from bot.textview import answer_text, card_text, distinct_titles
from tests.unit.failure_tables import answer, index_of, tally

NOTES = {
    "DB/09_внешние_ключи.md": (
        "## Вопрос: Внешние ключи\n\n## Простой ответ\n"
        "- Гарантируют, что ссылка указывает на существующую строку.\n"
        "- Могут каскадно удалять связанные строки.\n\n"
        "Пример\n```sql\nALTER TABLE orders ADD FOREIGN KEY (user_id) REFERENCES users;\n```\n\n"
        "## Ответ\n\nОграничение целостности между двумя таблицами.\n"
    ),
    "DB/16_join.md": (
        "## Вопрос: Виды соединений\n\n## Простой ответ\n"
        "- Соединение склеивает строки двух таблиц по условию.\n\n"
        "## Ответ\n\nINNER берёт пересечение, LEFT добавляет все строки левой таблицы.\n"
    ),
    "DB/Составной индекс.md": (
        "# Составной индекс\n\nИндекс по нескольким столбцам сразу.\n\n"
        "**Правило левого префикса** (leftmost prefix rule) гласит: индекс помогает только "
        "условиям на столбцы слева направо.\n"
    ),
    "React/Rendering.md": (
        "Rendering walks the component tree and collects the desired changes.\n\n"
        "React compares the new tree with the page. This comparing is what the team calls "
        "“reconciliation”.\n\n"
        "Then React starts a phase called “commit”, during which it applies the changes to "
        "the DOM.\n"
    ),
    "React/UseReducer.md": (
        "Use a reducer for state that changes in many related ways.\n\n"
        "_State_: The snapshot the component renders from.\n"
        "Dispatch Function: A function that sends an action to the reducer.\n"
    ),
    "React/UseEffect.md": (
        "**Handling side effects with useEffect**\n\n"
        "The second argument lists the dependencies. With an empty list the effect runs only "
        "once, when the component is mounted.\n"
    ),
    "React/Object Destructuring.md": (
        "Destructuring takes the fields of an object into variables of their own.\n"
    ),
    "C/Static.md": (
        "# static\n\nПеременная static внутри функции сохраняет значение между вызовами "
        "функции и не обнуляется.\n"
    ),
    "Net/Прокси.md": (
        "Прокси — посредник между клиентом и сервером. Обратный прокси принимает запросы "
        "вместо сервера и настраивается перед приложением.\n"
    ),
    "Net/Модели.md": (
        "# Сетевые модели\n\n"
        "### Стек протоколов TCP/IP — это набор правил передачи данных, на котором работает "
        "интернет\n\nОсновные уровни: прикладной, транспортный, сетевой, канальный.\n"
    ),
    "DB/Шардирование.md": (
        "# Шардирование\n\nДанные раскладываются по разным серверам.\n\n"
        "## Ключ шардирования\n- Определяет, на каком сервере лежит строка.\n"
        "- Цель: частые запросы затрагивают минимум серверов.\n\n"
        "## Способы\n- Sequential Scan — чтение таблицы подряд.\n- Hash — по остатку.\n"
    ),
    "Net/TCP и UDP.md": (
        "### TCP и UDP\n\n#### TCP (Transmission Control Protocol)\n\n"
        "- **Надёжный**, с установлением соединения.\n"
        "- Использует трёхэтапное рукопожатие для установки соединения:\n\n"
        "1. SYN\n2. SYN-ACK\n3. ACK\n\n"
        "#### UDP (User Datagram Protocol)\n\n- **Ненадёжный**, без установления соединения.\n"
        "- Применяется там, где важна скорость: DNS, игры.\n"
        "- **Заголовок UDP**: всего 8 байт.\n"
    ),
    "Linux/Команды.md": (
        "### Команды для поиска\n\n"
        "**locate - Поиск файлов по заранее построенной базе данных**\n\n"
        "**find - Поиск файлов по свойствам прямо на диске**\n"
    ),
    "Test/Tests.md": (
        "## Unit Tests\n\nA unit test checks one function alone.\n\n"
        "## Integration Tests\n\nAn integration test checks several parts together.\n"
    ),
    "DB/12_уровни_изоляции.md": (
        "# Уровни изоляции и аномалии\n"
        "- Read Committed: нет грязных чтений, есть неповторяемые.\n"
        "- Serializable: как последовательное выполнение транзакций.\n"
    ),
    "Arch/Теорема СAP.md": (
        "Теорема СAP: распределённая система не может одновременно гарантировать "
        "согласованность, доступность и устойчивость к разделению.\n"
    ),
    "DB/explain.md": "# explain\n\nПоказывает план выполнения запроса без его выполнения.\n",
    "Net/HTTP.md": (
        "### Важные заголовки\n- `Content-Type` — тип данных в теле.\n"
        "- `Content-Length` — размер тела.\n\n"
        "**Query String**\nДанные на сервер можно передавать через строку запроса после "
        "знака вопроса в адресе.\n"
    ),
    "Arch/Требования.md": (
        "## Функциональные требования\n\nЧто система должна делать.\n\n"
        "## Нефункциональные требования\n\nКак хорошо она это делает: задержка, "
        "доступность, масштаб.\n"
    ),
    "React/UseRef.md": "Refs give access to a DOM node rendered by a component.\n",
    "Net/MX.md": "MX — запись DNS, которая называет почтовый сервер домена.\n",
    "Stats/Bayes' Rule.md": "Bayes' rule updates a probability with new evidence.\n",
    "Stats/Errors.md": (
        "## Type I Error (α)\n\nRejecting a null hypothesis that is true: a false positive.\n\n"
        "## Type II Error (β)\n\nKeeping a null hypothesis that is false: a false negative.\n"
    ),
    "Stats/Tails.md": (
        "## One-tailed test\n\nLooks for an effect in one direction only.\n\n"
        "## Two-tailed test\n\nLooks for an effect in either direction.\n"
    ),
    "Go/Паттерны.md": (
        "# Порождающие паттерны\n- **Singleton**\n  Обеспечивает создание только одного "
        "экземпляра класса.\n- **Builder (Строитель)**\n  Позволяет создавать сложные объекты "
        "пошагово.\n# Поведенческие паттерны\n- **Observer (Наблюдатель)**\n  Один объект "
        "подписывается на события другого объекта.\n"
    ),
    "Net/Firewall.md": (
        "### Types\n- **Packet Filtering** blocks traffic by address and port.\n"
        "- **Stateful Inspection** `dynamic filtering`\n  only allows responses from "
        "established connections.\n"
    ),
    "DB/21_виды_бд.md": (
        "# Типы хранилищ\n- Колоночные (ClickHouse) — аналитика.\n- Графовые (Neo4j) — связи.\n"
    ),
    "AWS/ECS and ECR.md": (
        "#### ECS (Elastic Container Service)\n- Launch docker container on EC2\n"
        "- AWS starts and stops each container for you\n\n"
        "#### ECR\n- Elastic Container Registry\n- Private docker image registry in aws\n"
    ),
    "Python/005_1.0_Методы словаря.md": (
        "## Метод (.setdefault)\n### Для словарей\nПолучает значение по ключу или добавляет "
        "его при отсутствии.\n\n## Метод (.pop)\n### Для списков\nУдаляет элемент по индексу."
        "\n### Для словарей\nУдаляет ключ и возвращает значение.\n"
    ),
    "Python/Функции.md": (
        "# Функция (enumerate)\n## Общие сведения\nДаёт индекс и значение элемента при "
        "переборе.\n\n# Функция (zip)\n## Общие сведения\nСклеивает несколько "
        "последовательностей попарно.\n"
    ),
    "Net/TLS.md": (
        "### TLS Handshake\n- Client sends **Client Hello** to the server with\n"
        "  - **TLS Version** the highest it supports\n"
        "  - **Cipher Suites** can be several, in the order the client prefers\n"
        "  - **Random Number** of 256 bits\n"
    ),
    "Net/Subnet Mask.md": "Subnet Mask tells which part of an address is the network.\n",
    "Net/File.md": "A file holds bytes under a name.\n",
    "Sec/Encryption.md": (
        "### Symmetric Encryption\nBoth sides share one secret key to encrypt and decrypt.\n\n"
        "### Asymmetric Encryption\nA public key encrypts and only its private key decrypts.\n"
    ),
    "AWS/IAM.md": (
        "# IAM\nWho may do what in the account.\n\n"
        "##### Roles for services\n- A service acting for a user gets a role that says what "
        "it may do\n\n"
        "## Shared responsibility model for IAM\n\n"
        "| Who | Manages |\n|---|---|\n"
        "| Infrastructure | Users, groups, roles of services, policies |\n"
        "| Customer | Own data and its encryption |\n"
    ),
    "Algo/Рюкзак.md": (
        "# Задача о рюкзаке\n\nИз набора предметов выбрать те, чей суммарный вес не больше "
        "вместимости, а суммарная ценность максимальна. Решается динамическим "
        "программированием по весу.\n"
    ),
    "Algo/Жадные.md": (
        "# Жадные алгоритмы\n\nНа каждом шаге берут лучший сейчас вариант: например, "
        "предметы по убыванию ценности за единицу веса.\n"
    ),
    "OS/Shared Memory.md": (
        "# Shared Memory\n\nProcesses cooperate through common memory. It is harder to set up "
        "and does not work across computers.\n"
    ),
    "OS/Bursts.md": (
        "## Bounding\nA process that mostly waits for I/O is considered **I/O-bound**. One that "
        "mostly computes is considered **CPU-bound**.\n\n"
        "## Termination\n- A process ends by calling exit, and its parent collects the status\n"
        "  - Children whose parent never waits for them are called **zombies**\n"
        "- The parent may also kill a child with a signal\n"
    ),
    "Dist/Distributed Systems.md": (
        "# Distributed Systems\n\nEach node runs its own process and talks over the network.\n"
    ),
    "JS/Терминология.md": (
        "# Терминология сборки\n\n## Сборка\n\nПроцесс превращения исходников в продукт.\n\n"
        "## Транспиляция\n\n+ Преобразование программы с одного языка на другой того же "
        "уровня (TypeScript → JavaScript).\n\n+ Перевод кода с новой версии языка на старую "
        "(ES6 → ES5).\n"
    ),
    "JS/Функции.md": (
        "## Аргументы функций\n\n+ Псевдомассив `arguments` (массивоподобный объект)\n\n"
        "Содержит все параметры, переданные при вызове; в стрелочных функциях его нет.\n\n"
        "+ Оставшиеся параметры\n\nСобирают лишние аргументы в настоящий массив.\n"
    ),
    "JS/Операторы.md": (
        "## `?.` – оператор опциональной последовательности (optional chaining)\n\n"
        "Возвращает undefined, если слева null или undefined.\n\n"
        "## `??` – оператор нулевого слияния (nullish coalescing)\n\n"
        "Берёт правое значение, только если левое null или undefined.\n"
    ),
    "JS/Тип Symbol.md": (
        "# Тип Symbol\n\nУникальный идентификатор, ключ свойства объекта.\n\n"
        "### Кейс три\n\nВ тип Symbol включены well known symbols: имена особых свойств.\n"
    ),
    "OS/Allocation.md": (
        "## Contiguous Allocation\nEach file takes one run of neighbouring disk blocks.\n\n"
        "## Linked Allocation\nEach block of a file points to the next one.\n"
    ),
    "OS/Virtual Machines.md": "# Virtual Machines\n\nA guest system running on a hypervisor.\n",
    "Go/Линковка.md": (
        "# Статическая компиляция/линковка\n\nВсе библиотеки попадают в один бинарник.\n"
    ),
    "Net/Балансировка.md": (
        "### Алгоритмы балансировки\n"
        "1. Round Robin\nЗапросы идут на серверы по кругу, по одному на каждый.\n"
        "2. Least Request\nЗапрос уходит на сервер с наименьшим числом активных соединений.\n"
        "3. Ring Hash\nСервер выбирается по хешу ключа на кольце хешей.\n"
    ),
    "Cache/Вытеснение.md": (
        "### Политики вытеснения\n"
        "1. <u>LRU (по умолчанию в Redis)</u>\n"
        "Вытесняется ключ, к которому дольше всего не обращались.\n"
        "**Плюсы:**\n- Просто\n- Быстро\n\n"
        "2. <u>LFU</u>\nВытесняется ключ, к которому обращались реже всего.\n"
        "- Считает обращения к ключу\n\n"
        "3. TTL Eviction\nВытесняются ключи с истёкшим сроком жизни.\n"
    ),
    "K8s/Контроллеры.md": (
        "## Контроллеры\n- **ReplicaSets** — наборы одинаковых подов\n\n"
        "## ReplicaSet\nОбъект, который держит заданное число копий пода.\n"
    ),
    "Trees/Binary Trees - Subtrees.md": (
        "A subtree is a node together with all of its descendants; most tree problems "
        "reduce to solving each subtree.\n"
    ),
    "Trees/Binary Trees - Terminology.md": (
        "- **Subtree**: a node and its descendants, see the subtrees note.\n"
        "- **Leaf**: a node without children.\n"
    ),
    "Search/Backtracking - Overview.md": (
        "Exhaustive search generates every candidate, then checks each one.\n\n"
        "## Backtracking\nBacktracking abandons a path as soon as it cannot lead to an "
        "answer.\n"
    ),
    "Go/Garbage Collection.md": (
        "# Garbage Collection\nСборщик мусора освобождает память, на которую больше нет "
        "ссылок.\n\n## Фазы\nСначала помечает живые объекты, затем очищает остальные.\n\n"
        "## Оптимизация\nЧтобы снизить нагрузку, реже выделяйте память и переиспользуйте "
        "буферы.\n"
    ),
    "Go/Профилирование.md": (
        "# Профилирование\npprof показывает, где программа тратит время и память.\n\n"
        "## Нагрузка\nПод нагрузкой снимайте профиль несколько минут.\n\n"
        "## sync.Pool\nПул объектов снижает нагрузку на сборщик мусора.\n"
    ),
    "K8s/Service types.md": (
        "## ClusterIP\nThe default: a virtual address reachable only inside the cluster.\n\n"
        "## ExternalName\nIn Kubernetes, an ExternalName is a special type of Service that "
        "allows you to map a Kubernetes service name to an external DNS name. It does not "
        "create a cluster IP or endpoints.\n\n"
        "## Service\nGives a set of pods one stable name and address in the cluster.\n\n"
        "## NodePort\nOpens one port on every node for outside HTTP traffic.\n\n"
        "## Headless Service\nA service without a cluster IP: DNS returns the pods' own "
        "addresses, and clients point at each pod.\n"
    ),
    "DSA/Dynamic Programming.md": (
        "## Memoization: the fix for repeated states\nStore each answer the first time it is "
        "computed.\n\n## Adding memoization\nWrap the function with a cache of its arguments."
        "\n\n## Why the window is O(n)\nNo — this is **amortized analysis**. The inner loop "
        "runs n times in total over the whole run.\n"
    ),
    "K8s/Pods.md": "# Pod\n\nСамая маленькая единица кластера: один или несколько контейнеров.\n",
    "K8s/Deployment.md": (
        "# Deployment\n\nОписывает желаемое состояние подов и обновляет их по шагам.\n"
    ),
    "K8s/Control Plane.md": (
        "## Control Plane (Master Node) - управляющие узлы\n\nУзлы, где работают API-сервер, "
        "etcd и планировщик.\n\n"
        "- **[K-12-7-Persistent-Volume-Claims](K-12-7-Persistent-Volume-Claims.md)** — "
        "следующая тема\n"
    ),
    "K8s/Persistent Volumes.md": (
        "# Persistent Volumes\n\nТома кластера, которые живут дольше пода.\n\n"
        "| Контроллер | Что делает |\n|---|---|\n| PersistentVolume | Управление хранилищем |\n"
        "| ReplicaSet | Держит нужное число подов |\n"
    ),
    "K8s/Labels.md": (
        "## Labels and Selectors\n\nLabels tag objects; selectors pick objects by their labels, "
        "and a service finds its pods so.\n\n## Селекторы\n\nВыбирают объекты по labels: "
        "`app=web`.\n"
    ),
    "Arch/Виды приложений.md": (
        "**Data Intensive** (IO BOUND нагрузка в основном)\n- Сохраняем большие данные\n"
        "- Запоминаем результаты тяжёлых операций\n\n"
        "**Compute intensive** (CPU BOUND)\n- Считаем много формул\n- Обходим графы\n"
    ),
    "K8s/Headless.md": (
        "## Headless Service\n\nA service without a cluster IP: DNS returns the pods' own "
        "addresses.\n"
    ),
    "Hardware/Закон Мура.md": (
        "Закон Мура — число транзисторов на кристалле удваивается каждые два года.\n"
    ),
}

CASES = [
    ("a 'Вопрос: X' heading answered below it", "что такое внешние ключи", "Внешние ключи"),
    ("a 'Вопрос: X' heading answered below it", "виды соединений", "Виды соединений"),
    (
        "a bold term with its bracket, then a verb",
        "правило левого префикса",
        "Правило левого префикса",
    ),
    ("a quoted term the prose names", "what is reconciliation in react", "reconciliation"),
    ("a quoted term the prose names", "what's the commit phase", "commit"),
    ("entries typed one per line", "dispatch function is what exactly?", "Dispatch Function"),
    (
        "a long question in the user's own words",
        "how can my effect fire just once right when the component gets mounted",
        "Handling side effects with useEffect",
    ),
    (
        "a long question in the user's own words",
        "как добиться чтобы мой счётчик внутри функции не обнулялся "
        "между её вызовами в большом цикле программы",
        "static",
    ),
    (
        "a Latin name the notes never spell, asked in Russian",
        "как настроить nginx чтобы он принимал запросы вместо сервера",
        None,
    ),
    ("a heading that states a definition", "что такое стек TCP/IP", "Стек протоколов TCP/IP"),
    ("a labelled bullet under a heading", "what is a sharding key?", "Ключ шардирования"),
    ("asked in the other language", "последовательное сканирование", "Sequential Scan"),
    ("a heading over bullets said of it", "что такое tcp", "TCP"),
    ("a heading over bullets said of it", "трёхэтапное рукопожатие", "TCP"),
    ("a heading over bullets said of it", "udp", "UDP"),
    ("a bold line 'name - definition'", "locate?", "locate"),
    (
        "an English comparison",
        "how is a unit test different from an integration test?",
        "Unit Tests",
    ),
    (
        "an English comparison",
        "what's the difference between integration tests and unit tests?",
        "Integration Tests",
    ),
    (
        "a note's opening heading that widens its name",
        "уровни изоляции",
        "Уровни изоляции и аномалии",
    ),
    ("a word typed in two alphabets", "теорма CAP?", "Теорема СAP"),
    ("a card named by a function word", "что такое explain в постгресе", "explain"),
    ("a bold first line over its explanation", "Query String что это", "Query String"),
    (
        "a negation asked in the other language",
        "what are non-functional requirements",
        "Нефункциональные требования",
    ),
    ("the parts of a camel-case name", "what are refs in react", "UseRef"),
    ("a word read in the other layout keeps its length", "VRRP это что", None),
    ("a Russian -изация for an English -ing", "деструктуризация объекта", "Object Destructuring"),
    ("a name heard as written", "правило байеса", "Bayes' Rule"),
    ("an English possessive", "what is Moore's law", "Закон Мура"),
    (
        "a comparison whose sides share words",
        "how is a one-tailed test different from a two-tailed test?",
        "One-tailed test",
    ),
    (
        "a comparison whose sides share words",
        "difference between type I and type II error?",
        "Type I Error (α)",
    ),
    ("a bold name over its explanation in a bullet", "что такое паттерн наблюдатель?", "Observer"),
    ("a bold name over its explanation in a bullet", "singleton", "Singleton"),
    ("a note's name when no card is named so", "firewall", "Firewall"),
    ("a note's name when no card is named so", "ашкуцфдд", "Firewall"),
    ("a heading over the whole note names it", "типы хранилищ", "Типы хранилищ"),
    ("bullets that spell out the heading's name", "what is ECR", "ECR"),
    ("bullets that spell out the heading's name", "elastic container registry", "ECR"),
    ("bullets that speak of the heading's name", "ECS", "ECS"),
    ("a kind word over its name in brackets", "метод setdefualt", "setdefault"),
    ("a kind word over its name in brackets", "pop", "pop"),
    ("a kind word over its name in brackets", "функция enumerate", "enumerate"),
    ("a kind word over its name in brackets", "zip?", "zip"),
    ("a bold name opening a nested bullet", "what are cipehr suites in tls", "Cipher Suites"),
    ("the other layout over a sound-alike", "ыгитуе ьфыл", "Subnet Mask"),
    (
        "a Russian -ичный for an English -ic",
        "что такое симметричное шифрование",
        "Symmetric Encryption",
    ),
    ("a Russian -ичный for an English -ic", "асимметричное шифрование", "Asymmetric Encryption"),
    (
        "a long question whose rare words one card holds",
        "у нас склад и грузовик: как хитро подобрать предметы чтобы влезли по вместимости "
        "кузова и дали побольше ценности",
        "Задача о рюкзаке",
    ),
    (
        "a long question whose rare words one card holds",
        "как написать join двух таблиц на sql с группировкой по весу",
        None,
    ),
    (
        "a long question mostly about things the notes never name",
        "how to set up a kubernetes ingress",
        None,
    ),
    ("a term a definition introduces in bold", "what does cpu-bound mean", "CPU-bound"),
    ("a term a bullet introduces in bold", "what are zombies?", "zombies"),
    ("a letter more in front is another word", "inode", None),
    ("bullets that say what kind of thing the heading is", "транспиляция это что", "Транспиляция"),
    (
        "a bullet of its own over paragraphs is a heading",
        "псевдомассив arguments",
        "Псевдомассив arguments",
    ),
    (
        "a bullet of its own over paragraphs is a heading",
        "оставшиеся параметры",
        "Оставшиеся параметры",
    ),
    ("the other name in a heading's gloss", "optional chaining", "?."),
    ("a card named by symbols alone", "что такое ??", "??"),
    ("a kind word before the name", "symbol", "Тип Symbol"),
    (
        "a comparison with what is asked said after it",
        "contiguous allocation vs linked allocation, whats the diff",
        "Contiguous Allocation",
    ),
    ("asked in the other language", "что такое виртуальная машина", "Virtual Machines"),
    (
        "asked in the other language",
        "what is static linking in go",
        "Статическая компиляция/линковка",
    ),
    ("a numbered name over its explanation", "rign hash", "Ring Hash"),
    ("a numbered name over its explanation", "least request", "Least Request"),
    ("numbered names split apart by unindented text", "что такое lfu", "LFU"),
    ("numbered names split apart by unindented text", "ttl eviction", "TTL Eviction"),
    ("numbered names split apart by unindented text", "lru это", "LRU"),
    ("a setting is no part of the name asked", "что такое replicaset в k8s", "ReplicaSet"),
    ("a note of a series named by the rest of its name", "subtree", "Binary Trees - Subtrees"),
    ("a note of a series named by the rest of its name", "leaf", "Leaf"),
    ("an overview note over its own heading", "backtracking", "Backtracking - Overview"),
    (
        "a question whose words the sections of one note share",
        "как снизить нагрузку от сборщика мусора",
        "Garbage Collection",
    ),
    (
        "a long question saying two words of a card's name among many rare ones",
        "how to point an in-cluster service name at an external db hostname",
        "ExternalName",
    ),
    ("a heading naming a term, then what it is", "what is memoization", "Memoization"),
    (
        "a term the prose introduces as 'this is'",
        "what is amortized analysis?",
        "amortized analysis",
    ),
    ("a Russian word heard as a card's name", "что такое под в кубере", "Pod"),
    ("a numeronym names the setting", "что такое Deployment в k8s", "Deployment"),
    (
        "a name glossed in the other alphabet after a hyphen",
        "что такое control plane",
        "Control Plane",
    ),
    (
        "a card of its own over a table row on a tie",
        "что такое persistent volume?",
        "Persistent Volumes",
    ),
    ("asked in the other language", "безголовый сервис это как?", "Headless Service"),
    ("two things asked together", "lables и селекторы", "Labels and Selectors"),
    (
        "a bold name with a remark over what it does",
        "Data Intensive это что?",
        "Data Intensive",
    ),
    (
        "a card the words name over a table row using them",
        "what are IAM roles for services",
        "Roles for services",
    ),
]


@pytest.fixture(scope="module")
def index() -> Index:
    return index_of(NOTES)


@pytest.mark.parametrize(("failure", "question", "expected"), CASES)
def test_each_failure_class(index: Index, failure: str, question: str, expected: str) -> None:
    assert answer(index, question) == expected, failure


def test_accuracy_per_failure_class_is_printed(index: Index) -> None:
    right, total = tally(index, CASES, "answer notes: right per failure class")
    assert right == total


def test_an_answer_section_defines_the_asked_heading() -> None:
    note = parse_note(NOTES["DB/09_внешние_ключи.md"], "DB/09_внешние_ключи.md")
    card = note.cards[0]
    assert (card.title, card.kind) == ("Внешние ключи", CardKind.TERM)
    assert card.definition == "Гарантируют, что ссылка указывает на существующую строку."
    # "Пример" over the code labels it; it is no definition and no card.
    assert "Пример" not in [c.title for c in note.cards]


def test_lines_of_one_paragraph_are_a_glossary_only_when_written_alike() -> None:
    glossary = parse_note(NOTES["React/UseReducer.md"], "React/UseReducer.md")
    assert {c.title: c.definition for c in glossary.cards if c.parent_id} == {
        "State": "The snapshot the component renders from.",
        "Dispatch Function": "A function that sends an action to the reducer.",
    }
    prose = parse_note(
        "# PID\n\nНомер процесса в системе.\n\n"
        "Первый процесс в системе — init, у него PID 1.\n"
        "Номера выдаются по кругу: после pid_max счёт начинается заново.\n",
        "PID.md",
    )
    assert [c.title for c in prose.cards] == ["PID"]


def test_two_extra_letters_in_a_short_word_are_no_typo() -> None:
    index = index_of({"n.md": "# Loops\n\nRun the body for each item of the list.\n"})
    assert "each" not in {index.terms[t] for t in resolve_word(index, "search", "search")}
    assert "each" in {index.terms[t] for t in resolve_word(index, "eaech", "eaech")}


def test_two_letters_swapped_in_a_short_word_are_a_typo_in_a_big_vault() -> None:
    # "lnik" shares no pair of letters with "link": found among many words of its length too.
    filler = " ".join(f"w{a}{b}x" for a in "abcdefghij" for b in "abcdefghij")
    index = index_of({"n.md": f"# Soft link\n\nA link to a path.\n\n{filler}\n"})
    assert "link" in {index.terms[t] for t in resolve_word(index, "lnik", "lnik")}


def test_one_slip_in_a_long_english_word_is_that_word_unless_it_may_be_another() -> None:
    index = index_of(
        {
            "n.md": "# Cronjobs\n\nThe crontab of spanning jobs and their routes.\n",
            "ru.md": "# Шифрование\n\nСимметричное быстрое. Асимметричное медленное.\n",
        }
    )

    def read(word: str) -> dict[str, float]:
        return {index.terms[t]: s for t, s in resolve_word(index, word, word).items()}

    assert read("cronjbos")["cronjob"] >= 0.95  # two letters swapped
    assert read("crontb")["crontab"] >= 0.95  # a letter left out
    # One letter for another: maybe another word (a word of the lexicon, read as typed).
    assert read("scanning").get("spanning", 0.0) < 0.9
    assert read("router").get("route", 0.0) < 0.9  # a letter more at the end: another word
    # Nor is a letter in front, in any length: "asymmetric" is no "симметричный".
    assert not {"симметричный", "симметричное"} & set(read("asymmetric"))


def test_a_heading_that_states_a_definition_gives_it() -> None:
    card = next(
        c for c in parse_note(NOTES["Net/Модели.md"], "Net/Модели.md").cards if "TCP" in c.title
    )
    assert card.title == "Стек протоколов TCP/IP"
    assert card.definition.startswith("это набор правил передачи данных")


def test_a_note_titled_by_its_opening_heading_lists_its_terms() -> None:
    note = parse_note(NOTES["DB/12_уровни_изоляции.md"], "DB/12_уровни_изоляции.md")
    card = note.cards[0]
    assert (card.title, card.kind) == ("Уровни изоляции и аномалии", CardKind.TOPIC)
    assert "12_уровни_изоляции" in card.aliases
    assert card.items == ("Read Committed", "Serializable")
    reply = card_text(card)
    assert "• Read Committed\n• Serializable" in reply


def test_an_escaped_hash_is_a_literal_one() -> None:
    text = (
        "## Условная компиляция\n\n### \\#ifdef / \\#endif\nПроверяет, определён ли макрос.\n"
        "```cpp\n\\#define X\n```\n\n### \\#include\nВставляет файл. Тег #cpp в тексте.\n"
    )
    note = parse_note(text, "C/Препроцессор.md")
    cards = {c.title: c for c in note.cards}
    assert cards["#ifdef / #endif"].definition == "Проверяет, определён ли макрос."
    assert cards["#ifdef / #endif"].details[0].text == "\\#define X"  # code stays as typed
    assert "#include" in cards
    assert note.tags == ("cpp",)  # an unescaped one is still a tag


def test_a_word_typed_in_two_alphabets_is_read_in_the_one_it_mostly_uses() -> None:
    assert fold("Теорема СAP") == "теорема cap"  # a Cyrillic "С" in CAP
    assert fold("кoнтейнер") == "контейнер"  # a Latin "o" in a Russian word
    assert fold("dockerом") == "dockerом"  # a Russian ending on an English name stays


def test_a_label_opening_a_definition_is_not_part_of_it() -> None:
    note = parse_note(
        "# Многопоточность\n\nЧто это? Техника, при которой приложение создаёт несколько "
        "потоков.\n",
        "Java/Многопоточность.md",
    )
    assert note.cards[0].definition == (
        "Техника, при которой приложение создаёт несколько потоков."
    )


def test_suggestions_name_each_card_once_and_tell_alike_titles_apart() -> None:
    index = index_of(
        {
            "DB/Виды индексов.md": (
                "# Виды индексов\n- Hash — точные совпадения без диапазонов.\n"
                "- B-Tree — диапазоны и сортировка.\n\n"
                "## Ещё раз\n- Hash — быстрый поиск по равенству.\n"
            ),
            "DB/Партиционирование.md": (
                "# Партиционирование\n- HASH — строки по остатку от хеша ключа.\n"
            ),
        }
    )
    result = lookup(index, "rign hash")
    reply = answer_text(result)
    assert not result.found
    assert [c.title for c in result.suggestions].count("Hash") == 1  # one per note
    assert "• Hash (Виды индексов)" in reply
    assert "• HASH (Партиционирование)" in reply


def test_an_answer_heading_over_subsections_alone_adds_no_empty_label() -> None:
    text = NOTES["DB/09_внешние_ключи.md"] + "\n## Примеры\n\n### Первый\n\nТекст.\n"
    note = parse_note(text, "k.md")
    assert "Примеры:" not in [d.text for d in note.cards[0].details]


def test_qualified_sections_make_the_card_of_the_heading_above() -> None:
    note = parse_note(
        NOTES["Python/005_1.0_Методы словаря.md"], "Python/005_1.0_Методы словаря.md"
    )
    cards = {c.title: c for c in note.cards}
    assert "Для словарей" not in cards and "Для списков" not in cards
    pop = cards["pop"]
    assert pop.aliases == ("Метод .pop",)
    assert pop.definition == "Удаляет элемент по индексу."
    assert card_text(pop).splitlines()[1:3] == [
        "• Для словарей:",
        "  • Удаляет ключ и возвращает значение.",
    ]
    # The file's chapter numbers are no part of the note's name.
    assert cards["Методы словаря"].items == ("setdefault", "pop")


def test_a_note_of_loose_cards_gets_a_card_listing_them() -> None:
    note = parse_note(NOTES["Net/Firewall.md"], "Net/Firewall.md")
    first = note.cards[0]
    assert (first.title, first.kind) == ("Firewall", CardKind.TOPIC)
    assert first.items == ("Packet Filtering", "Stateful Inspection")
    assert {c.title: c.definition for c in note.cards[1:]} == {
        "Packet Filtering": "blocks traffic by address and port.",
        "Stateful Inspection": "dynamic filtering only allows responses from established "
        "connections.",
    }
    listed = parse_note(NOTES["DB/21_виды_бд.md"], "DB/21_виды_бд.md")
    first = listed.cards[0]
    assert (first.title, first.aliases) == ("Типы хранилищ", ("виды бд",))
    assert all(c.parent_id == first.id for c in listed.cards[1:])
    lone = parse_note(
        "- Already holds when integrity and authentication do.\n", "Non-Repudiation.md"
    )
    (card,) = lone.cards
    assert (card.title, card.definition) == (
        "Non-Repudiation",
        "Already holds when integrity and authentication do.",
    )


@pytest.mark.parametrize(
    ("question", "compared"),
    [
        (
            "contiguous allocation vs linked allocation, whats the diff",
            ("contiguous allocation", "linked allocation"),
        ),
        ("rest или grpc, разница?", ("rest", "grpc")),
        ("difference between type I and type II error?", ("type I error", "type II error")),
        ("std::move и std::forward чем отличаются?", ("std::move", "std::forward")),
        ("git merge и git rebase, в чем разница?", ("git merge", "git rebase")),
        ("процесс и поток — чем отличаются", ("процесс", "поток")),
    ],
)
def test_the_two_sides_of_a_comparison(question: str, compared: tuple[str, str]) -> None:
    assert comparisons.sides(question) == compared


def test_an_abbreviation_means_the_word_it_shortens() -> None:
    words = translations(lambda w: w)
    assert {"database", "бд"} <= words["db"]
    assert {"db", "бд"} <= words["database"]
    assert "javascript" in words["js"]
    assert "kubernetes" in words["k8s"]  # k, eight letters, s
    assert "null" not in words["zero"]  # "ноль: zero null" are two words, not one


def test_the_bold_settings_under_a_term_are_not_terms_of_their_own() -> None:
    text = (
        "### Handshake\n- **SYN** Client -> Server\n  - **SYN** flag set\n"
        "  - **Sequence Number** set to x\n- **ACK** Client -> Server\n  - **ACK** flag set\n"
        "  - **Sequence Number** set to x+1\n"
    )
    titles = [c.title for c in parse_note(text, "Net/TCP.md").cards]
    assert titles.count("Sequence Number") == 0
    assert "SYN" in titles and "ACK" in titles


def test_a_heading_wrapping_the_term_its_paragraph_defines_is_that_term() -> None:
    text = (
        "### Ключевое слово Volatile\n**_Volatile_** - оптимизация, которая позволяет "
        "потокам видеть свежие значения поля.\n\nНаличие volatile гарантирует видимость.\n"
    )
    cards = parse_note(text, "Java/Потоки.md").cards
    (card,) = [c for c in cards if "Volatile" in (c.title, *c.aliases)]
    assert card.title == "Ключевое слово Volatile"
    assert "Volatile" in card.aliases
    assert card.definition.startswith("оптимизация, которая позволяет")


def test_stressed_words_opening_bullets_are_no_terms() -> None:
    text = (
        "## Советы\n- **Always** use HTTPS for the API\n"
        "- **Never** store passwords in plain text\n- **Prefer** short-lived tokens\n"
    )
    titles = [c.title for c in parse_note(text, "Sec/Tokens.md").cards]
    assert not {"Always", "Never", "Prefer"} & set(titles)


def test_a_bold_link_to_another_note_is_no_term() -> None:
    note = parse_note(NOTES["K8s/Control Plane.md"], "K8s/Control Plane.md")
    assert [c.title for c in note.cards] == ["Control Plane"]


def test_a_text_copied_into_two_notes_is_suggested_once_and_told_apart_by_note() -> None:
    copied = "## Компоненты\n- **Controller Manager** — следит, чтобы контроллеры работали.\n"
    index = index_of(
        {
            "K8s/Quick Notes.md": copied,
            "K8s/Resources.md": copied,
            "K8s/Planes.md": "## Компоненты\n- **Controller Manager** — процесс control plane.\n",
        }
    )
    scored = [(0.5, pos, False) for pos in range(len(index.cards))]
    suggested = [(c.note, c.definition) for c in search._distinct(index, scored, 5)]
    assert len(suggested) == len({d for _, d in suggested}) == 2
    labels = distinct_titles(index.cards)
    assert len(set(labels)) == len(labels) == 3
    assert "Controller Manager (Quick Notes)" in labels


SQL_NOTES = {
    "Git/reset.md": (
        "## git reset\n\nКоманда **git reset** - сбрасывает текущий HEAD в указанное "
        "состояние.\n\n```bash=\ngit reset --hard # удаляет незафиксированные изменения\n```\n"
    ),
    "SQL/Joins.md": (
        "# Joins\nCombine rows of two tables by a condition.\n\n"
        "## LEFT JOIN\nEvery row of the left table, matched rows of the right one.\n\n"
        "## RIGHT JOIN\nEvery row of the right table, matched rows of the left one.\n"
    ),
    "SQL/Schema.md": "# Schema\nThe tables, their columns and the keys between them.\n",
    "Langs/C.md": "# C\nA systems programming language with manual memory management.\n",
    "JS/Функции.md": (
        "# Функции в JS\nФункция в JavaScript — объект, который можно вызвать.\n\n"
        "## Прочие параметры\nОстаточные параметры собирают остальные аргументы функции в "
        "массив.\n"
    ),
}


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what is git reset --hard", "git reset"),  # an option the notes write with it
        ("что такое левое соединение таблиц", "LEFT JOIN"),  # asked in the other language
        ("схема таблиц", "Schema"),  # "схемы" in the other layout is "c[tvs", not "c"
        ("как работает Proxy в js", None),  # "proxy" only sounds a little like "прочие"
        ("прочие параметры функции", "Прочие параметры"),
    ],
)
def test_options_layout_junk_and_translated_names(question: str, expected: str | None) -> None:
    assert answer(index_of(SQL_NOTES), question) == expected
