"""Lookup on more real-vault shapes (course notes with lesson codes, Security+ bullets,
React notes pasted from a chat, Foam front matter, Kubernetes lessons written as prose):
one table row per failure class, with the right answer or an honest "not found", and the
count per class printed."""

from __future__ import annotations

import pytest

from bot.core import quizpool
from bot.core.lexicon import translations
from bot.core.notes import parse_note
from bot.core.search import Index, lookup
from bot.core.text import english_bases
from tests.unit.failure_tables import assert_answer, assert_every_class, index_of

NOTES = {
    "Thermo/Isothermal Process.md": "A process at constant temperature: $T = const$.\n",
    "Thermo/Isochoric Process.md": "A process at constant volume: $V = const$.\n",
    "OOP/Encapsulation.md": "Bundling data with the methods that work on it.\n",
    "Markets/Liquidity.md": "How easily an asset trades without moving its price.\n",
    "Markets/Drawdown.md": "The fall of an account from its peak to its lowest point.\n",
    "OS/Deadlocks.md": "Threads each waiting for a lock another one holds, forever.\n",
    "OS/Locks.md": "A lock lets one thread at a time into a critical section.\n",
    "Markets/Order Routing.md": (
        "# Order Routing\n\nBrokers send orders to venues.\n\n## Regulation\n\nVenues compete.\n\n"
        "**Reg NMS** (US) requires brokers to route to the best price.\n"
    ),
    "Cells/Apoptosis.md": (
        "# Extrinsic pathway\n\n- Caspases cut proteins.\n"
        "- **Death receptors** (TNF receptor family) have domains that bind ligands.\n"
        "- Cells shrink and break up.\n"
    ),
    "Anatomy/Digestive system.md": (
        "digestive system\n- definition: breaks food down and absorbs it\n\nstructure\n"
        "- alimentary canal\n\t- definition: hollow muscular tube from mouth to anus\n"
        "- accessory digestive structures\n\t- organs with a duct into the canal\n"
    ),
    "React/Хуки.md": (
        "## Хуки для оптимизации\n\n| Хук | Для чего нужен | Пример |\n| --- | --- | --- |\n"
        "| **useMemo** | Кэшировать вычисления между рендерами | `useMemo(() => f(a), [a])` |\n"
        "| **useCallback** | Кэшировать функцию между рендерами | `useCallback(() => g(), [])` |\n"
        "| **memo** (HOC, не хук, но рядом) | Не ререндерить компонент без новых `props` | "
        "`memo(MyComp)` |\n"
    ),
    "Torts/Outline.docx.md": (
        "# Torts\n\nOutline of the course.\n\n## Property\n\nWhat land law protects.\n\n"
        "**[Private Necessity]{.mark}** lets a person use another's property to save their own.\n"
        "\n**[Nuisance]{.mark},**\n\n- Substantial interference with the use of someone's land\n\n"
        "- Needs a harm to show\n\n**[Conversion]{.mark}** (trespass to personal property),\n\n"
        "Taking a thing so fully that the owner must be paid its whole value.\n"
    ),
    "Stats/Sampling_basics.md": (
        "# Sampling bias\n![[Pasted image 20220202084053.png|450|450]]\n\n"
        "# Sampling types\nSimple random sampling gives each member an equal chance.\n"
    ),
    "Algebra/Span.md": "All the linear combinations of a set of vectors.\n",
    "Structures/Stack.md": "A stack gives items back last in, first out.\n",
    "Pediatrics/Rheumatic fever.md": "An inflammatory disease after a throat infection.\n",
    "Nursing/Frostbite.md": "Freezing of the skin and the tissue under it in the cold.\n",
    "Power/Linear Regulator.md": "Based on voltage division by a resistor in series.\n",
    "Power/Switching Regulator.md": "A switch turns on and off to keep the output steady.\n",
    "Power/Regulators.md": (
        "## Linear Regulator vs. Switching Regulator Comparison\n\n"
        "| Item | Linear Regulator | Switching Regulator |\n| --- | --- | --- |\n"
        "| **Voltage conversion** | Step-down only, never above the input voltage | "
        "Step-down, step-up and polarity reversal |\n"
        "| **Noise** | Hardly generates any noise at all in operation | "
        "Inevitably generates noise by its principle |\n"
        "| **Cost** | Low for small currents and simple boards | Higher, more parts |\n"
    ),
    "Brokers/Сообщения.md": (
        "## Размер сообщения\n\nБольшие сообщения через брокер — плохая практика.\n\n"
        "### Плохо:\n\nОтправлять PDF на 50 MB прямо в Kafka или RabbitMQ\n\n"
        "### Лучше:\n\nПоложить файл в хранилище и передать в сообщении ссылку на него\n"
    ),
    "DB/Триггеры.md": (
        "# Когда триггер срабатывает\n\nТриггер выполняется при событии INSERT или UPDATE "
        "в таблице, до или после изменения строки.\n"
    ),
    "HTML/Ссылки.md": (
        "## Виды ссылок\n\n### Абсолютные\n\nСсылки с полным адресом: протокол, домен, путь.\n"
        "\n### Относительные\n\nСсылки от текущей страницы, без домена.\n"
    ),
    "Web/Переменные.md": (
        "# CSS переменные\n\nЗначения, объявленные один раз.\n\n"
        "* :root - псевдокласс для корневого элемента, где переменные объявляют глобально\n"
        "* var() - функция, которая читает значение переменной\n"
    ),
    "Nursing/Respirations.md": (
        "# Respirations\n\n1. **Ease or Effort**: **dyspnea** is a general term for difficult "
        "and labored breathing. **Orthopnea** is dyspnea that occurs when lying flat, and is "
        "relieved by sitting upright.\n2. **Breath Sounds**: sounds of air in the airways.\n"
    ),
    "Structures/Data Structures.md": (
        "Data structures help a program keep its data in order: arrays, lists, trees.\n"
    ),
    "Equity/Stockholders equity.md": (
        "### retained earnings\n- profits the company keeps instead of paying them out\n\n"
        "### stock splits\n"
        "- a stock split increases the number of shares and lowers the price per share\n"
        "- no change in total equity\n\n"
        "### 2. **Moral Hazard**\n- Lenders took risks because they did not bear the full cost.\n"
        "- Belief in a bailout encouraged **reckless behavior**.\n"
    ),
    "Networks/Hub.md": "A hub repeats every frame to all of its ports.\n",
    "Crypto/Hash.md": "A hash maps data of any size to a digest of fixed size.\n",
    "Standards/IEEE.md": "The body that writes standards such as 802.11 for Wi-Fi.\n",
    "Stats/P-value.md": "The P-value is the chance of data this extreme under the null.\n",
    "Java/oop definitions.md": (
        "interface type is a contract of methods without state\n"
        "concrete data type is data structure, like HashMap\n\n"
        "polymorphism is one call doing what each class says\n"
        "inheritance is taking the fields and methods of a parent class\n"
    ),
    "Shell/links.md": (
        "https://example.com/course?lesson=13\n\n# Hard and soft links\n1. Hard link:\n"
        "    1. Только на файл. Нельзя сделать на директорию\n    2. Один ID с оригиналом\n"
        "2. Soft link:\n    1. Можно сделать на директорию или файл.\n    2. Имеет разные ID\n"
    ),
    "Crypto/One-time Pad.md": "A key as long as the message, used once, XORed with it.\n",
    "Chemistry/Limiting Reactant.md": "The reactant used up first, which ends the reaction.\n",
    "Systems/Operating System.md": "Software that manages the hardware for programs.\n",
    "ZK/Arguments.md": (
        "# Arguments\n\nProofs a verifier checks.\n\n"
        "## NARK: Non-interactive Argument of Knowledge\n\nA proof sent in one message.\n\n"
        "## Trivial NARK\n\nThe prover sends the whole witness.\n"
    ),
    "Astronomy/Early astronomy.md": (
        "# Early astronomy\n\nHow the sky was measured.\n\n"
        "- Hipparchus: measured positions of stars. The pole moved over a century. "
        "**Precession**: the slow turning of the direction Earth's axis points.\n"
        "- Ptolemy: built a model of the sky. **Note**: it put Earth in the centre.\n"
    ),
    "Numbers/Primes.md": (
        "# Primes\n\nNumbers with two divisors.\n\n## How to find large primes?\n\n"
        "**Mersenne primes** are of the form $2^n - 1$ for a prime $n$.\n\n"
        "Tests like Lucas-Lehmer check them fast.\n"
    ),
    "DB/Транзакции.md": (
        "# Транзакции\n\n## ACID\n\n### Atomicity (Атомарность)\n"
        "- Транзакция либо выполняется полностью, либо не выполняется вообще\n- Undo logs\n\n"
        "### Isolation (Изолированность)\n- Одновременные транзакции не влияют друг на друга\n"
        "- Уровни изоляции ниже\n\n## Аномалии\n\n### 1. Dirty Read (Грязное чтение)\n"
        "- Чтение незафиксированных данных другой транзакции\n"
        "```sql\nUPDATE accounts SET balance = 1000 WHERE id = 1;\n```\n"
    ),
    "Hardware/Adders.md": (
        "# Building an Adder\n\nAdding binary numbers in hardware.\n\n"
        "1. We build a chip called **Half-adder** that adds two bits.\n"
        "2. We build another chip called **Full adder** that adds three bits.\n"
    ),
    "Python/SOLID.md": (
        "# SOLID\n\nПять принципов проектирования классов.\n\n"
        "### S - Принцип единственной ответственности\n\nУ класса одна причина меняться.\n\n"
        "### L - Принцип подстановки Барбары Лисков: объект должен быть заменяем на экземпляры "
        "своих подклассов.\n\n### D - Принцип инверсии зависимостей: модули верхнего уровня "
        "не должны зависеть от модулей нижнего уровня.\n"
    ),
    "Books/Чистый код.md": (
        "#### Правило бойскаута\nОставь место стоянки чище, чем оно было до твоего прихода.\n\n"
        "### Удобные имена\n\n#### Избегайте мысленных преобразований\nПишите имена прямо.\n"
    ),
    "Queues/Kafka.md": (
        "# Kafka\n\nБрокер сообщений.\n\n==**pull-модель**== — консьюмеры сами забирают "
        "сообщения с сервера.\n\n**push-модель** — сервер сам шлёт сообщения клиенту.\n"
    ),
    "Proteins/β-propeller structure.md": (
        "- The β-propeller structure is found across unrelated proteins that bind others\n"
        "\t- Hydrophobic cleft in the centre\n\t- Grooves between the blades\n"
    ),
    "Stats/Covariance.md": "How two variables change together around their means.\n",
    "Product/Lection 1. Навыки.md": (
        "# Цель бизнеса\n1. Получать прибыль\n2. Приносить ценность клиенту\n\n"
        "Продакт-менеджер — человек, который держит фокус на ценности продукта для клиентов.\n\n"
        "Хороший продукт приносит выгоду и клиенту, и бизнесу.\n"
    ),
    "Biology/Cell Cycle.md": (
        "# Cell Cycle\n\nHow a cell divides.\n\n## Regulation\n\n- Kinases act late.\n"
        "- Cyclin identity matters less than how much Cdk acts (**Threshold hypothesis**)\n"
    ),
    "OS/Thread API.md": (
        "# Thread API\n\nThreads start with pthread_create.\n\n## Joining\n\nWait on it.\n\n"
        "**Warning (Deadlock):** calling `pthread_join` on yourself hangs the program forever.\n"
    ),
    "CSharp/Массив.md": (
        "Все массивы построены на классе **Array**.\n\n"
        "- Свойство **Rank** возвращает размерность массива\n"
        "- Статический метод **Resize()** изменяет размер массива\n"
    ),
    "Execution/TWAP Algorithm.md": (
        "# TWAP Algorithm\n\nThe **TWAP Algorithm** trades evenly over time.\n\n"
        "## 4. TWAP vs. VWAP\n\n| Feature | TWAP | VWAP |\n|---|---|---|\n"
        "| **Benchmark** | Average price over time. | Average price over volume. |\n"
    ),
    "Execution/VWAP Algorithm.md": (
        "# VWAP Algorithm (Volume-Weighted Average Price)\n\n"
        "The **VWAP Algorithm** trades in proportion to the expected volume.\n\n"
        "## 1. The VWAP Benchmark\n\nVWAP is the dollars traded over the shares traded.\n"
    ),
    "JS/closure.md": (
        "# :mortar_board: Замыкание\n\nФункция вместе с окружением, в котором её создали.\n\n"
        "## :mortar_board: IIFE\n\n**IIFE** — функция, которая вызывается сразу.\n"
    ),
    "JS/BOM.md": (
        "_( черновик )_\n# Browser Object Model\n\n## Объект window\n\nСвойства окна.\n\n"
        "## viewport\n\n"
        "**viewport** — часть окна браузера, где видна страница.\n"
    ),
    "Recursion/Towers of Hanoi.md": "Move n disks between three pegs, one at a time.\n",
    "Ops/Idempotency.md": "An operation that gives the same result however many times it runs.\n",
    "DB/Graph Databases.md": "Store nodes and the edges between them as first-class data.\n",
    "Econ/Elasticity of Demand.md": "How much demand changes when the price changes.\n",
    "Web/Хэш с солью.md": (
        "# Хэш с солью\nХэш с солью — хэш пароля, к которому добавлена случайная строка.\n"
    ),
    "Go/Каналы.md": (
        "# Каналы\n#### Направленные каналы\nКанал только для чтения или только для записи.\n"
        "#### Буферизированный канал\nКанал с очередью на несколько значений.\n"
    ),
    "Go/Map.md": "# Map\n#### Коллизии\nДва ключа с одним хэшем попадают в один бакет.\n",
    "Net/Switches.md": (
        "# Switches\n- Connect devices within one network and forward frames by MAC address\n"
    ),
    "Sec/Segmentation and Access Control.md": (
        "- Segmentation lowers the scope of an attack\n"
        "## Access control lists (ACLs)\n"
        "- Provides a way to allow or disallow traffic through devices or networks\n"
        "- Can filter based on source IP, destination IP, port number\n"
    ),
    "Sec/Cryptographic attacks.md": (
        "## Birthday attack\n- Accomplished through hash collisions\n"
        "## Downgrade attack\n"
        "- Forcing systems to use a less secure version of a protocol\n"
        "\t- Attackers look for weaknesses in the implementation\n"
    ),
    "Sec/Application Vulnerabilities.md": (
        "## DLL injection\n- Injecting a malicious library into a running process\n"
        "## Memory injection\n- Writing code into the memory of another process\n"
    ),
    "Sec/Mobile device.md": (
        "## Jailbreaking\n- Replacing the phone operating system with custom firmware\n"
    ),
    "Sec/Zero-day vulnerabilities.md": "A vulnerability the vendor does not know about yet.\n",
    "Web/async и defer в HTML-скриптах.md": (
        "### **Разница между `async` и `defer` в HTML-скриптах**\n\n"
        "| Характеристика | `<script async>` | `<script defer>` |\n| --- | --- | --- |\n"
        "| **Загрузка** | Параллельная | Параллельная |\n"
        "| **Выполнение** | Как только загрузится | После построения DOM |\n"
    ),
    "Web/Dependency Injection.md": (
        "## Dependency Injection\n\nЗависимости передаются классу извне.\n\n"
        "## Inversion of Control (Инверсия управления)\n\n"
        "**IoC** — более общий принцип, частью которого является DI.\n"
    ),
    "Web/ООП.md": (
        "Принципы ООП: инкапсуляция, наследование, полиморфизм.\n\n"
        "**прототипное наследование**\n\n"
        "Все объекты в JavaScript имеют свойство prototype, которое ссылается на другой "
        "объект.\n"
    ),
    "Web/Каррирование (Currying) в JavaScript.md": (
        "Каррирование — это превращение функции многих аргументов в цепочку функций.\n\n"
        "### Зачем нужно каррирование?\n\n1. Частичное применение функции\n"
    ),
    "Web/Redux.md": "Библиотека управления состоянием с одним стором.\n",
    "Web/Redux и MobX.md": (
        "## Разница между Redux и MobX\nRedux хранит состояние в одном сторе, MobX — в "
        "наблюдаемых объектах.\n"
    ),
    "Linux/L-01-4-Модули-ядра.md": (
        "# 🏗️L-01-4-Модули-ядра\n\n## **Что такое модули ядра:**\n\n"
        "- Загружаемые компоненты, расширяющие функциональность ядра\n\n"
        "- Могут быть выгружены без перезагрузки\n"
    ),
    "Linux/Ссылки.md": (
        "## Жесткие ссылки\n- Жесткая ссылка указывает на тот же inode\n"
        "- Все такие ссылки равноправны\n"
        "## Символические ссылки\n- Хранят путь к другому файлу\n"
    ),
    "Linux/SWAP.md": "Раздел подкачки на диске, куда ядро выгружает страницы памяти.\n",
    "Linux/Виртуальная память.md": (
        "## Концепция виртуальной памяти\nКаждый процесс видит своё адресное пространство.\n"
    ),
    "Linux/Процессы.md": "## Память\nПроцессу выделяется память в его виртуальном пространстве.\n",
    "Py/python-descriptors.md": (
        "---\ndescription: Дескрипторы в python\ntitle: Python descriptors\n---\n"
        "Объект с методами __get__, __set__ или __delete__ управляет доступом к атрибуту.\n"
    ),
    "K8s/StatefulSet.md": (
        "Контроллер для приложений с состоянием.\n\n"
        "Каждая реплика получает свой том. И сервис со строчкой `clusterIP: None` – "
        "это **headless-сервис**. Виртуального IP у него нет, DNS возвращает адреса подов.\n"
    ),
    "K8s/Тома.md": "**PersistentVolumeClaim** — заявка пода на постоянный том.\n",
    "K8s/Под.md": "Под — минимальная единица развёртывания в Kubernetes.\n",
    "K8s/Services.md": "Сервис даёт группе подов постоянный адрес и балансирует трафик.\n",
    "K8s/Nodes.md": "Нода — машина кластера, на которой kubelet запускает поды.\n",
    "Ops/Inventory/-i.md": "Флаг задаёт Ansible путь к файлу инвентаря.\n",
    "React/useRef.md": "Хук, который хранит изменяемое значение между рендерами React.\n",
    "CI/Stages.md": "Этапы пайплайна: джобы одного этапа идут параллельно.\n",
    "CI/GitLab CI.md": (
        "## rules — когда запускать джобу\nУсловия на ветку и событие пайплайна.\n\n"
        "## Stage 1\nСборка образа.\n"
    ),
    "Net/Ethernet.md": (
        "## Классический Ethernet\nОбщая шина, к которой подключены все компьютеры сети.\n\n"
        "## Недостатки Классического Ethernet\nКоллизии растут с числом компьютеров в сети.\n"
    ),
    "Linux/Загрузка.md": (
        "## initramfs - временная корневая ФС\nМонтируется до настоящего корня.\n"
    ),
    "Net/IP Masquerading.md": "Hides private addresses behind the router's public one.\n",
    "Ops/Pull и Push.md": "Pull: агенты сами забирают конфигурацию. Push: сервер рассылает её.\n",
    "Ops/Pull.md": "Агент на узле сам забирает конфигурацию с сервера.\n",
    "Ops/Playbook.md": (
        "***Плейбуки*** пишутся на языке YAML.\n\n"
        "***Плейбук*** - это файл, в котором декларативно описано состояние узлов.\n"
    ),
    "Ops/README.md": '# Курс\n1. [Лекция "Модули ядра"](/Linux/L-01-4-Модули-ядра.md)\n',
    "OS/Signals.md": (
        "## Signal Instruction\n- Used to wake up one process waiting on the semaphore\n"
        "## Single Instance\n- Only one copy of the service may run\n"
    ),
    "OS/Scheduling.md": (
        "## Degree of Multi-Programming\n- The number of processes held in memory at once\n"
    ),
    "Py/threading.md": (
        "# Threading\nПотоки в одном процессе.\n\n"
        "## Barrier\nЗаставляет несколько потоков ждать друг друга.\n"
    ),
    "Py/functools.md": (
        "# Functools\nФункции высшего порядка.\n\n## partial\nФиксирует аргументы.\n"
    ),
    "Web/promise.md": (
        "**Promise** - объект с состояниями pending, fulfilled и rejected.\n\n"
        "**Promise.all -** создает промис, который ждёт все переданные промисы.\n"
    ),
    "Design/GraphQL.md": (
        "Язык запросов к API.\n\n## Concepts\n* ### ***Resolvers**\n"
        "\t* Resolver is a collection of functions that answer a GraphQL query.\n"
    ),
    "Design/BASE.md": (
        "### Eventually consistency\nThe data becomes consistent some time after a write.\n"
    ),
    "Net/1_Channel_level.md": (
        "1. Методы повторной отправки:\n"
        "    1. Скользящее окно:\n"
        "        * Отправитель передает сразу несколько кадров, не дожидаясь ответа\n"
        "        * Получатель подтверждает получение кадров\n"
        "    2. Остановка и ожидание:\n"
        "        * Отправитель передает один кадр и ждёт подтверждения получателя\n"
        "    3. Услуги уровня LLC:\n"
        "        * Мультиплексирование - передача разных протоколов на уровень MAC\n"
        "        * Управление потоком - предотвращение затопления медленного получателя\n"
    ),
}

CASES = [
    ("a heading over bullets that speak of it", "what are ACLs", "Access control lists"),
    ("a heading over bullets that speak of it", "downgrade attack", "Downgrade attack"),
    (
        "a long question naming a card in full",
        "how can an app be protected against DLL injection",
        "DLL injection",
    ),
    (
        "a comparison table keeps its heading",
        "чем async отличается от defer",
        "Разница между async и defer в HTML-скриптах",
    ),
    ("an abbreviation defining its heading", "что такое IoC", "Inversion of Control"),
    ("an abbreviation defining its heading", "инверсия управления", "Inversion of Control"),
    ("a bold line over its explanation", "прототипное насследование", "прототипное наследование"),
    ("a note named 'X (Y) в Z'", "currying", "Каррирование"),
    ("a note named 'X (Y) в Z'", "зачем нужно каррирование", "Каррирование"),
    ("a lesson-coded slug note name", "модули ядра", "Модули ядра"),
    ("a front-matter description naming the note", "дескрипторы", "Python descriptors"),
    ("a typo in an inflected Russian word", "жосткая ссылка", "Жесткие ссылки"),
    ("two letters swapped", "что такое swpa", "SWAP"),
    # One swap from the plural as written, two slips from its stem "list".
    ("two letters swapped in an English plural", "swithces", "Switches"),
    (
        "a heading wrapping its subject",
        "что такое виртуальня память",
        "Концепция виртуальной памяти",
    ),
    ("a term the prose introduces in bold", "headless сервис это что", "headless-сервис"),
    (
        "three words the notes glue together",
        "persistent volume claim",
        "PersistentVolumeClaim",
    ),
    ("a question of function words", "что такое под", "Под"),
    ("a question of function words", "xnj nfrjt gjl", "Под"),
    ("an unknown name the notes never spell", "что такое NodePort сервис", None),
    ("an unknown name the notes never spell", "node affinity как работает", None),
    ("a comparison with an aside", "redux vs mobx, что выбрать", "Разница между Redux и MobX"),
    ("asked in the other language", "уязвимость нулевого дня", "Zero-day vulnerabilities"),
    ("an English word derived from the one listed", "what is a salted hash", "Хэш с солью"),
    ("asked in the other language", "directional channels", "Направленные каналы"),
    ("asked in the other language", "what is a buffered channel", "Буферизированный канал"),
    ("a borrowed word with a Russian suffix", "изотермический процесс", "Isothermal Process"),
    (
        "a borrowed adjective in -ный for -ic",
        "расскажи про изохорный процесс",
        "Isochoric Process",
    ),
    ("a first vowel spelled apart", "что такое инкапсуляция?", "Encapsulation"),
    ("a borrowed noun in -ность for -ity", "что такое ликвидность", "Liquidity"),
    ("one thing asked, not a card comparing it", "VWAP?", "VWAP Algorithm"),
    ("asked in the other language", "что такое просадка", "Drawdown"),
    ("two words the lexicon names together", "что такое взаимная блокировка?", "Deadlocks"),
    ("two words the lexicon names together", "что такое блокировка?", "Locks"),
    ("a bold subject and what it does", "Reg NMS", "Reg NMS"),
    ("a bold subject and what it does", "what are death receptors", "Death receptors"),
    ("an adjective before the kind of thing", "что делает Resize()", "Resize()"),
    ("a bullet over its 'definition:' bullet", "what is the alimentary canal", "alimentary canal"),
    ("a table name with an aside", "что такое useMemo", "useMemo"),
    ("a heading over a picture alone", "what is sampling bias", "Sampling bias"),
    ("a textbook definition alone in a section", "продакт-менеджер", "Продакт-менеджер"),
    (
        "a statement, then its bold name",
        "tell me about the threshold hypothesis",
        "Threshold hypothesis",
    ),
    ("a warning names what it warns of, not itself", "what is a deadlock", "Deadlocks"),
    ("English written in Russian by ear", "what does a product manager do", "Продакт-менеджер"),
    ("asked in the other language", "что такое ковариация", "Covariance"),
    ("two words the lexicon names together", "что такое линейная оболочка?", "Span"),
    ("a table name with an aside", "memo", "memo"),
    ("a span of a document converted from Word", "what is private necessity", "Private Necessity"),
    ("a bold outline heading with a trailing comma", "what is nuisance", "Nuisance"),
    ("a bold outline heading with a trailing comma", "conversion?", "Conversion"),
    (
        "a bold name opening the answer to a heading's question",
        "mersenne primes",
        "Mersenne primes",
    ),
    ("a later sentence of a bullet names a term", "what is precession", "Precession"),
    ("a heading 'ABBR: what it stands for'", "what is a NARK?", "NARK"),
    ("a heading 'ABBR: what it stands for'", "non-interactive argument of knowledge", "NARK"),
    ("asked in the other language", "что такое одноразовый блокнот?", "One-time Pad"),
    ("asked in the other language", "что такое лимитирующий реагент", "Limiting Reactant"),
    ("asked in the other language", "что такое операционная система", "Operating System"),
    ("a label over its own points under a broader card", "soft link?", "Soft link"),
    ("a note of 'name is what it is' lines", "what is polymorphism", "polymorphism"),
    ("a note of 'name is what it is' lines", "inheritence", "inheritance"),
    ("a slip in a word hyphened to a letter", "what is a p-vlaue", "P-value"),
    ("a word hyphened to a letter the notes never write", "what is a b-tree", None),
    ("'each other' is no word of a card", "две транзакции ждут друг друга и всё зависло", None),
    ("a heading's one bullet over code", "что такое грязное чтение", "Dirty Read"),
    ("a bold name after 'called' in prose", "what is a half-adder?", "Half-adder"),
    ("a bold name after 'called' in prose", "full adder", "Full adder"),
    (
        "a heading spelling an acronym's letter",
        "single responsibility principle",
        "Принцип единственной ответственности",
    ),
    (
        "a heading 'Name: what it is'",
        "принцип инверсии зависимостей",
        "Принцип инверсии зависимостей",
    ),
    (
        "a heading 'Name: what it is'",
        "принцип подстановки Лисков",
        "Принцип подстановки Барбары Лисков",
    ),
    ("a rule named by a word after it", "правило бойскаута", "Правило бойскаута"),
    ("a term both highlighted and bold", "что такое pull-модель", "pull-модель"),
    (
        "a note written as one bullet over its points",
        "β-propeller structure",
        "β-propeller structure",
    ),
    ("a letter hyphened to a word asked in Russian", "β-пропеллер", "β-propeller structure"),
    ("a comparison asked of its card", "TWAP vs VWAP", "TWAP Algorithm"),
    ("a name made a Russian adjective", "ханойские башни", "Towers of Hanoi"),
    ("an emoji shortcode before a heading", "что такое замыкание", "Замыкание"),
    ("a borrowed word with a Russian suffix", "что такое идемпотентность", "Idempotency"),
    ("a borrowed word with a Russian suffix", "графовая база данных", "Graph Databases"),
    ("a borrowed word with a Russian suffix", "эластичность спроса", "Elasticity of Demand"),
    ("asked in the other language", "hash collisions in a map", "Коллизии"),
    ("an English -ing word heard in Russian", "джейлбрейк", "Jailbreaking"),
    ("an abbreviation said letter by letter", "айпи маскарадинг", "IP Masquerading"),
    ("words after both compared sides", "pull vs push системы конфигурации", "Pull и Push"),
    ("a note's name defined in the other alphabet", "что такое плейбук", "Playbook"),
    ("a Markdown link naming a note", "модули ядра", "Модули ядра"),
    (
        "a typo with two letters swapped beats a closer word",
        "singal instruction",
        "Signal Instruction",
    ),
    (
        "a prefixed hyphenated name asked glued",
        "degree of multiprogramming",
        "Degree of Multi-Programming",
    ),
    ("a card's own note as its setting", "барьер в threading", "Barrier"),
    ("a card's own note as its setting", "partail из functools", "partial"),
    ("a dash inside the bold term", "объясни Promise.all", "Promise.all"),
    ("a heading inside a bullet", "graphql reslovers", "Resolvers"),
    ("an adverb asked as its adjective", "eventual consistency", "Eventually consistency"),
    ("a 'Name:' outline item over sentences", "скользящее окно", "Скользящее окно"),
    ("a flag asked as typed", "флаг -i у ansible", "-i"),
    ("an English name said with ю", "юзреф в реакте", "useRef"),
    ("a borrowed noun in the Russian plural", "что такое стейджи", "Stages"),
    ("a short English name spelled by ear", "что такое стек", "Stack"),
    ("a Greek rh said in Russian", "что такое ревматическая лихорадка", "Rheumatic fever"),
    ("an English lu written лю", "what is an absolute link", "Абсолютные"),
    ("a label saying good or bad", "как отправить pdf через kafka", "Размер сообщения"),
    (
        "an Item column over two named columns compares them",
        "linear regulator vs switching regulator",
        "Linear Regulator",
    ),
    ("asked in the other language", "что такое обморожение", "Frostbite"),
    ("English words the notes glue into one", "what is the :root pseudo-class for", ":root"),
    ("a later sentence's bold name, a kind of thing", "what is orthopnea", "Orthopnea"),
    ("an unknown word one slip from a word of prose", "what is a heap data structure?", None),
    ("a name no card gives, its words spread over a section", "what is earnings per share", None),
    ("a sentence lacking a word of the name asked", "что такое моральный риск?", "Moral Hazard"),
    ("a short English name spelled by ear", "хаб это что", "Hub"),
    ("a short English name spelled by ear", "что такое хэш", "Hash"),
    ("a short English name spelled by ear", "что такое лес", None),
    ("a short English name spelled by ear", "ыуеи", None),
    ("a heading glossed after a dash", "что такое rules", "rules"),
    ("a heading glossed after a dash", "что такое initramfs", "initramfs"),
    (
        "a plain glossary nested under a label",
        "что такое управление потоком",
        "Управление потоком",
    ),
    (
        "what is asked of a thing",
        "почему классический ethernet так плохо масштабируется?",
        "Недостатки Классического Ethernet",
    ),
]


@pytest.fixture(scope="module")
def index() -> Index:
    return index_of(NOTES)


@pytest.mark.parametrize(("failure", "question", "expected"), CASES)
def test_lookup_note_shapes(
    index: Index, failure: str, question: str, expected: str | None
) -> None:
    assert_answer(index, failure, question, expected)


def test_per_class_accuracy(index: Index, capsys: pytest.CaptureFixture[str]) -> None:
    assert_every_class(index, CASES, "lookup failure classes (note shapes)", capsys)


def test_bold_around_nothing_and_a_broken_emoji_leave_no_markup() -> None:
    note = parse_note(
        "## \ufffd **1. Алгоритм Diffing**\n\nReact сравнивает деревья.\n\n"
        "- **filter** — Вернет ****новый массив с подходящими элементами\n",
        "React.md",
    )
    titles = {c.title: c.definition for c in note.cards}
    assert "Алгоритм Diffing" in titles
    assert titles["filter"] == "Вернет новый массив с подходящими элементами"


def test_emoji_shortcodes_show_as_emoji_outside_code_only() -> None:
    note = parse_note(
        "# :mortar_board: IIFE\n\n**IIFE** — функция :coffee: и `:coffee:` в коде.\n\n"
        "```js\nconst cup = ':coffee:';\n```\n\nВремя 10:30:45, `std::vector` и :param:.\n",
        "iife.md",
    )
    card = next(c for c in note.cards if c.title == "IIFE")
    assert card.definition == "функция ☕ и :coffee: в коде."
    shown = " ".join(d.text for d in card.details)
    assert "const cup = ':coffee:';" in shown
    assert "Время 10:30:45, std::vector и :param:." in shown


@pytest.mark.parametrize("mark", ["_( черновик )_", "**WIP**", "[TODO]", "Draft"])
def test_a_draft_mark_above_the_heading_defines_nothing(mark: str) -> None:
    note = parse_note(NOTES["JS/BOM.md"].replace("_( черновик )_", mark), "BOM.md")
    said = [(c.title, c.definition) for c in note.cards]
    assert ("Объект window", "Свойства окна.") in said
    assert not [
        t for t, d in said if "черновик" in d or d.strip("*[]") in ("WIP", "TODO", "Draft")
    ]


def test_pandoc_spans_and_a_remark_in_brackets_leave_no_markup() -> None:
    note = parse_note(
        "# Cases\n\n[[Hood v. Ryobi ;]{.underline}]{.mark} Blade flew off saw.\n\n"
        "Spans in code stay: `[a]{.b}`.\n",
        "law.md",
    )
    card = note.cards[0]
    assert card.definition == "Hood v. Ryobi ; Blade flew off saw."
    assert [d.text for d in card.details] == ["Spans in code stay: [a]{.b}."]
    hooks = parse_note(NOTES["React/Хуки.md"], "React/Хуки.md")
    memo = next(c for c in hooks.cards if c.title == "memo")
    assert memo.aliases == ()


def test_a_heading_over_a_picture_alone_shows_the_picture_and_is_not_asked() -> None:
    note = parse_note(NOTES["Stats/Sampling_basics.md"], "Stats/Sampling_basics.md")
    card = next(c for c in note.cards if c.title == "Sampling bias")
    assert (card.definition, [d.text for d in card.details]) == (
        "",
        ["🖼 Pasted image 20220202084053.png"],
    )
    asked = quizpool.pool(note.cards)
    assert card.id not in {c.id for c in (*asked.defined, *asked.lists)}


def test_a_warning_is_no_other_name_of_what_it_warns_of() -> None:
    note = parse_note(NOTES["OS/Thread API.md"], "OS/Thread API.md")
    assert not [c.title for c in note.cards if "Deadlock" in c.aliases]


def test_solution_labels_belong_to_their_section() -> None:
    note = parse_note(
        "## Проблемы\n### Бесконечные циклы\nЭффект меняет свою зависимость.\n\n"
        "**Решение:** Правильно указывайте зависимости.\n",
        "useEffect.md",
    )
    assert [c.title for c in note.cards if c.title == "Решение"] == []


def test_a_command_signature_is_named_by_its_command() -> None:
    note = parse_note("- `l(ist) [first[, last]]` - выводит исходный код\n", "pdb.md")
    card = next(c for c in note.cards if c.definition.startswith("выводит"))
    assert card.title == "l(ist)"


def test_either_or_with_an_aside_compares_both(index: Index) -> None:
    result = lookup(index, "остановка и ожидание или скользящее окно, в чём разница?")
    assert result.found and result.best is not None and result.compared is not None
    assert {result.best.title, result.compared.title} == {
        "Остановка и ожидание",
        "Скользящее окно",
    }


def test_a_link_to_another_note_is_no_web_link() -> None:
    note = parse_note(
        "**Плейбук** - файл с описанием состояния узлов.\n\n"
        "Пишется на языке [YAML](YAML.md), см. [документацию](https://docs.ansible.com).\n",
        "Playbook.md",
    )
    urls = {link.url for card in note.cards for d in card.details for link in d.links}
    urls |= {link.url for card in note.cards for link in card.links}
    assert urls == {"https://docs.ansible.com"}


def test_english_bases() -> None:
    assert "salt" in english_bases("salted")
    assert "cache" in english_bases("cached")
    assert "map" in english_bases("mapped")
    assert "direction" in english_bases("directional")
    assert english_bases("red") == [] and english_bases("хэш") == []


def test_a_heading_in_two_languages_is_defined_by_its_first_bullet() -> None:
    # "### Isolation (Изолированность)" / "- Одновременные транзакции не влияют друг на
    # друга": the bullet has a subject of its own, yet says what the named heading is.
    cards = {c.title: c for c in parse_note(NOTES["DB/Транзакции.md"], "DB/Транзакции.md").cards}
    assert cards["Isolation"].definition == "Одновременные транзакции не влияют друг на друга"
    assert cards["Atomicity"].definition.startswith("Транзакция либо выполняется")


def test_a_label_in_a_later_sentence_is_no_term() -> None:
    note = parse_note(NOTES["Astronomy/Early astronomy.md"], "Astronomy/Early astronomy.md")
    titles = {c.title for c in note.cards}
    assert "Precession" in titles
    assert "Note" not in titles


def test_a_label_over_its_own_points_is_no_definition() -> None:
    cards = {c.title: c for c in parse_note(NOTES["Shell/links.md"], "Shell/links.md").cards}
    assert cards["Hard and soft links"].definition != "Hard link:"
    assert cards["Soft link"].definition == "Можно сделать на директорию или файл."


def test_a_part_of_an_english_compound_means_no_word_of_its_russian_phrase() -> None:
    # "источник+событие: event-sourcing": "sourcing" alone is not «событие», nor «источник».
    meant = translations(lambda w: w)
    assert "событие" not in meant.get("sourcing", frozenset())
    assert {"источник", "событие"} <= meant["eventsourcing"]
    assert {"взаимный", "блокировка"} <= meant["deadlock"]  # a whole word still means both
