"""Lookup on real-vault shapes: one table row per failure class seen on vaults kept by other
people, with the right answer (or an honest "not found") and the count per class printed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.core import cardscores, querysetting
from bot.core.models import CardKind
from bot.core.notes import parse_note
from bot.core.search import Index, lookup
from bot.core.wordmatch import resolve_word
from tests.unit.failure_tables import answer, assert_answer, assert_every_class, index_of

NOTES = {
    "Linux/PID.md": "Уникальный номер процесса в ядре, его видно в ps.\n",
    "Linux/Сигналы.md": (
        "Сигнал — асинхронное уведомление процессу о событии.\n\n"
        "- SIGKILL нельзя перехватить\n- SIGTERM просит процесс завершиться\n"
    ),
    "Linux/Процессы.md": (
        "Процесс — запущенная программа со своим PID и памятью. Процессу можно послать сигнал.\n"
    ),
    "Linux/Linux MOC.md": "# Linux\n- [[PID]]\n- [[Сигналы]]\n- [[GraphQL]]\n",
    "Web/GraphQL.md": "Язык запросов к API, где клиент сам выбирает нужные поля.\n",
    "Graphs/Chromatic number.md": (
        "The smallest number of colours for the vertices so that no two neighbours share one.\n"
    ),
    "Linux/Boot process.md": "BIOS, загрузчик, ядро и init запускаются по очереди.\n",
    "Math/Differential equation.md": "An equation relating a function and its derivatives.\n",
    "Cloud/Disaster Recovery.md": (
        "Restoring systems and data after a region-wide outage, planned by RPO and RTO.\n"
    ),
    "Python/Context Managers.md": (
        "Objects that set a resource up and tear it down around a with block.\n"
    ),
    "Web/API.md": "Интерфейс программы. Бывают REST и GraphQL API, у GraphQL одна точка входа.\n",
    "Helm/release.md": "$release — пакеты, установленные в кластер через helm install.\n",
    "Ceph/RBD.md": "RBD — блочные тома Ceph, которые подключают к виртуальным машинам.\n",
    "DB/Индексы.md": "Составные индексы ускоряют поиск по нескольким столбцам таблицы.\n",
    "Docker/Контейнер.md": "Контейнер — изолированный процесс с собственной файловой системой.\n",
    "Docker/Траблшут.md": (
        "Как чинить: смотреть логи контейнера, события и describe пода, если это Kubernetes.\n"
    ),
    # A page saved with only a link and its fields: nothing to answer with.
    "Networks/VPN.md": (
        "[Что такое VPN?](https://example.org/vpn)\n\n---\nPaths: [[Networks]]\nTags: #Networks\n"
    ),
    # Pasted without a single `#`: headings are short lines over code and lists.
    "Python/Копирование.md": (
        "Копия списка создаёт новый объект.\n\n"
        "Глубокая копия (deep copy)\n```python\nbackup = copy.deepcopy(configs)\n```\n\n"
        "**Правило:** если есть вложенные изменяемые объекты — используйте deepcopy.\n"
    ),
    "Python/Множества.md": (
        "**Множество (set)** — неупорядоченная коллекция уникальных элементов.\n"
    ),
    "Python/Изменяемые объекты.md": (
        "Изменяемые объекты можно менять на месте.\n\n"
        "- list (списки)\n- set (множества) для уникальности и быстрой проверки\n"
    ),
    "AWS/Overview.md": (
        "# Overview\n\n## Monitoring\n\n"
        "| Service/Topic | What It Does | Common Traps |\n|---|---|---|\n"
        "| Amazon Managed Prometheus | Collects Prometheus metrics | Not only for ECS |\n"
        "| Amazon Managed Grafana | Dashboards over many sources | Grafana is not storage |\n"
        "| Sticky Sessions vs External Session Store | ALB binds a user to one target | "
        "ElastiCache or DynamoDB store sessions |\n"
    ),
    "AWS/2.VPCs-and-Subnets.md": "VPC is a virtual datacenter for EC2 and RDS.\n",
    "AWS/VPC Endpoints.md": "Private connectivity to AWS services without the internet.\n",
    "AWS/Queues.md": (
        "Queues decouple services.\n\nKinesis- streams records in order.\n\tShards- capacity\n"
    ),
    "AWS/Shell.md": (
        "# Shell\n\n| Service | What it does |\n|---|---|\n"
        "| Session Manager | Secure shell access without bastion hosts or open SSH ports |\n"
        "| CloudShell | A browser shell with the CLI installed |\n"
    ),
    "DB/Ключи.md": (
        "В базах данных бывают ключи:\n\t1. Primary key\n\t2. Foreign key\n"
        "*Primary key* - столбец с уникальными значениями, которые определяют строку.\n"
        "*Foreign Key* - значение столбца, которое ссылается на Primary Key другой таблицы.\n"
    ),
    "Git/Словарь.md": (
        "Индексация - добавление файлов в слежку перед коммитом.\n\n"
        "Коммит - создание точки возврата с описанием.\n\n"
        "Push - загрузить код вместе с историей в облако.\n\n"
        "Pull - скачать код из облака.\n"
    ),
    "Git/Локальные правки.md": (
        "#### Убрать файлы из индексации\n```\ngit rm --cached <файлы>\n```\n\n"
        "#### Вернуть файлы в состояние последнего коммита\n```\ngit restore <файл>\n```\n"
    ),
    "Net/Trailer.md": "The FCS at the end of a frame detects errors.\n",
    "Net/Frame Check Sequence detects corrupted frames using a checksum.md": (
        "The receiver recomputes the checksum and drops a frame that does not match.\n"
    ),
    "Net/SSE MOC.md": (
        "# SSE MOC\n\n## Fields\n"
        "- [[SSE retry field lets server control reconnection delay]] — tuning reconnect delay\n"
        "- [[SSE id field marks event position for resuming]] — position tracking\n"
    ),
    "Net/SSE retry field lets server control reconnection delay.md": (
        "`retry: 5000` tells the browser to wait five seconds before it reconnects.\n"
    ),
    "Go/Go.md": "# Go\n\n- [[Garbage Collection|Сборка мусора]]\n- [[Escape analysis]]\n",
    "Go/Garbage Collection.md": "Автоматическое освобождение памяти, до которой не дотянуться.\n",
    "Go/Горутины.md": "Горутина (goroutine) — это функция, выполняющаяся конкурентно с другими.\n",
    "Go/Требования.md": "- Знание concurrency модели Go (goroutines, channels, sync, context).\n",
    "Go/Data Transfer Objects.md": "Структуры для передачи данных между слоями без логики.\n",
    "Go/Ресурсы.md": "# Ресурсы\n\n- 📖 [Go maps (официальная документация)](https://go.dev/blog/maps)\n",
    "Net/core.md": "The core of server-sent events: one long HTTP response.\n",
    "Net/HTTP Keep-Alive reuses TCP connections across multiple requests.md": (
        "HTTP/1.1 introduced **Keep-Alive**, which keeps the TCP connection open.\n"
    ),
    "Net/Idle timeouts.md": "A load balancer closes idle keepalive connections after a minute.\n",
    "Git/rebase.md": "Перенос коммитов ветки поверх другой: история становится линейной.\n",
    "Go/Duck-typing.md": "If it walks like a duck: a type satisfies an interface implicitly.\n",
    "Net/Switch.md": "A switch forwards frames inside one LAN by MAC address.\n",
    "Git/Ветка.md": "Ветка — подвижный указатель на коммит.\n",
    "Git/Отмена запушенных изменений.md": "Новый коммит, отменяющий изменения: git revert.\n",
    "DB/Phantom Read.md": "A second read of the same range sees rows inserted meanwhile.\n",
    "DB/Replication.md": "Copies of the data kept on other servers.\n",
    "Git/Тэги не отправляются сами.md": "Тэги надо отправить отдельно: git push --tags.\n",
    "Git/Policy.md": "Ветку main защищают от прямого push.\n",
    "Git/Советы.md": "Пользоваться rebase стоит до push.\n",
    "Net/id.md": "Marks position. Browser sends it back as Last-Event-ID on reconnect.\n",
    "Net/Browser resumes SSE using Last-Event-ID header.md": "After a drop it reopens.\n",
    "Net/Single port handles multiple TCP connections via socket tuples.md": (
        "Each connection is told apart by its four-tuple, so much traffic shares one port.\n"
    ),
    "Net/Save.md": "Compared with a fresh connection a reused one saves a round trip.\n",
    "Web/DOM.md": (
        "DOM — объекты страницы в JS.\n\n"
        "Есть ещё BOM (Browser Object Model) — модель всего остального окружения браузера.\n"
    ),
    "Net/Unicast, Broadcast, Multicast.md": (
        "Три способа доставки кадров.\n\n- Перейти к **[[Ethernet]]**?\n"
        "- Или сразу к **[[Инкапсуляция данных]]**?\n"
    ),
    "Linux/Блокировка сигналов.md": "Маска откладывает доставку, пока её не снимут.\n",
    "Linux/Ожидание.md": "pause() ждёт, и заблокировать её можно только сигналом.\n",
    "Java/Java.md": "Язык со сборкой мусора, который компилируется в байт-код для JVM.\n",
    "Web/AJAX.md": "Обновление части страницы без её перезагрузки.\n",
    "Spring/Inversion of Control.md": "The framework calls your code, not the other way.\n",
    "OS/Paging.md": (
        "# Paging\nPages map onto page frames.\n\n## Page Fault\n"
        "- A reference to an unmapped page traps to the OS, causing a page fault\n"
        "- The OS evicts a page and loads the referenced one\n\n"
        "## Old Solution: Overlays\nSplitting programs by hand.\n\n"
        "# Workflow\n- Every process runs in its own address space\n"
        "- Nothing is shared unless mapped twice\n"
    ),
    "OS/User space thread vs kernel thread.md": "Who schedules them: a library or the kernel.\n",
    "Design/Принципы.md": (
        "## Другие принципы\n1. DRY / Don't Repeat Yourself — Не повторяйся!\n"
        "2. KISS / Keep It Simple Stupid — Делай это проще\n"
        "3. YAGNI / You Aren't Gonna Need IT — Вам это не понадобится\n\n"
        "Буква L в SOLID — подстановка Лисков.\n"
    ),
    "Java/Generics.md": "Параметры типов у классов и методов.\n",
    "Net/Real-time.md": "No need to wait for a poll: updates arrive in real time.\n",
    "Net/Sockets.md": "A listening socket can set SO_REUSEADDR to bind a busy port again.\n",
    "DB/Partitioning (Партиционирование) в PostgreSQL.md": (
        "**Партиционирование** — это способ разделить одну таблицу на несколько.\n"
    ),
    "DB/17_оконные_функции.md": "# Оконные функции\nСчитают значения по окну строк.\n",
    "DB/18_экспорт_csv.md": "Выгрузка таблицы в файл командой COPY.\n",
    "ML/Bias-Variance Trade-off.md": (
        "Balancing underfitting and overfitting.\n\n## Trade-off\nLess bias, more variance.\n"
    ),
    "ML/LSTM.md": "Input gate, forget gate and output gate guard the cell state.\n",
    "ML/Overfitting.md": "The model memorises noise in the training data.\n",
    "DB/02_виды_индексов.md": (
        "# Виды индексов\n- B-Tree — по умолчанию, для диапазонов.\n- Hash — только равенство.\n"
    ),
    "DB/03_b-tree.md": "# B-Tree устройство и скорость\nСбалансированное дерево страниц.\n",
    "OS/Mutexes.md": "A lock one thread holds at a time.\n",
    "OS/Semaphores.md": "A counter that lets N threads in.\n",
    "OS/Difference Between Mutexes and Semaphores.md": "Ownership against counting.\n",
    "DB/Хранимые процедуры.md": "Код на SQL, который живёт в базе и вызывается по имени.\n",
    "Git/merge.md": "Слияние веток с коммитом слияния.\n",
    "Git/Отличие merge и rebase.md": "merge сохраняет историю, rebase переписывает её.\n",
    "Net/Router.md": "A router forwards packets between networks by IP address.\n",
    "Net/Home router combines a router and a switch.md": "One box acts as several devices.\n",
    "Net/Switch vs Router.md": "Layer 2 inside a LAN against layer 3 between networks.\n",
    "AWS/ElastiCache.md": (
        "In-memory cache in front of a database.\n\n- Memcached- supports only strings, multi "
        "threaded\n- DAX- caches DynamoDB reads in memory\n"
    ),
    "AWS/EC2.md": (
        "## Instance types\nT family is burstable.\n"
        "Burstable instance - This instance has a baseline CPU capacity and earns credits.\n"
        "Those credits are spent in burst mode.\n\n"
        "## Scalability\nVertical Scaling\n- You increase the size of an instance\n"
        "- Limited by hardware\n\nHorizontal Scaling\n- You add more instances\n"
        "- Good for distributed systems\n\n"
        "## Locks\nЗахватить можно через - EntityManager, Query или NamedQuery целиком.\n"
    ),
    "K8s/Архитектура.md": ("# Архитектура\n## Nodes\nМашины, на которых работают приложения.\n"),
    "K8s/Ресурсы.md": "# Ресурсы\n## Node\nОдна машина кластера со своим агентом.\n",
    "Algo/Searches.md": (
        "## Kinds\n1. **Depth-first search (DFS)** — goes down one branch first.\n"
        "2. **Breadth-first search (BFS)** — visits nodes level by level.\n"
    ),
    "Algo/Trees - BFS Overview.md": "Tree traversal that visits nodes row by row, with a queue.\n",
    "Algo/Trees - DFS Overview.md": "Tree traversal that goes down before it backtracks.\n",
    "Perf/Потоки.md": (
        "## Закон Амдала\nУскорение ограничено долей кода, которую нельзя распараллелить.\n"
    ),
    "Dotnet/AspNet.md": (
        "Раздел 1: Основы\n1. API (Интерфейс)\n"
        "Что это: Стойка регистрации приложения, куда стучится фронтенд.\n\n"
        "Зачем нужно: Чтобы программы общались с базой безопасно.\n\n"
        "2. Маршрутизация (Routing)\nЧто это: Система навигации по адресам запросов.\n\n"
        "Раздел 2: Сервер\n4. Kestrel (Веб-сервер)\n"
        "Что это: Встроенный веб-сервер, который принимает запросы.\n\n"
        "5. DI Lifetimes (Сроки жизни объектов)\nЧто это: Как долго живет объект.\n\n"
        "Scoped — один объект на один запрос клиента.\n"
    ),
    "Dotnet/LINQ.md": (
        "I. Основы\n1. Отложенное выполнение (Deferred Execution)\n"
        "Определение: Запрос выполняется только при переборе элементов.\n\n"
        "        var q = items.Where(x => x > 5);\n"
        "2. Замыкание (Closure)\nОпределение: Лямбда захватывает внешнюю переменную.\n"
    ),
    "Math/Дисперсия.md": (
        "### Def. (Дисперсия) ###\nДисперсией называется средний квадрат отклонения.\n\n"
        "### Th. (Неравенство Чебышёва) ###\nОценивает вероятность большого отклонения.\n"
    ),
    "QA/Delivery.md": "## 1.2 Continuous Delivery\nКод всегда готов к выпуску в прод.\n",
    "Rust/Smart pointers.md": (
        "## Kinds\n### `Box<T>`\nA value on the heap with one owner.\n\n"
        "### `Rc<T>` (Reference Counted)\nSeveral owners of one value in one thread.\n"
    ),
    "Rust/Iterators.md": (
        "## How is it different from loops?\n### Lazy evaluation\n"
        "- Iterators don't do work until you ask.\n\n```rust\nlet d = v.iter().map(f);\n```\n"
    ),
    "QA/Принципы.md": (
        "## 4. Скопление дефектов\nБольшинство дефектов находится в небольшом числе модулей.\n"
    ),
    "Linux/Storage.md": (
        "## Redundant storage\n- RAID: Redundant Array of Independent Disks, mirroring data.\n"
        "- LVM is the Logical Volume Manager that groups disks into volumes.\n"
        "- This is the part people skip when they set up a server.\n"
    ),
    "Stats/Интервальные оценки.md": (
        "# Интервальные оценки\n\n$\\gamma$ - ==уровень доверия== - вероятность того, что "
        "интервал накрывает параметр.\n\n🔍==Генеральная совокупность== — все наблюдения, о "
        "которых делают выводы.\n"
    ),
    "ML/Линейная классификация.md": (
        "# Линейная классифкация\n\n$a(x) = sign \\langle w, x \\rangle$\n\n"
        "- $M = y_{i} \\langle w, x_{i} \\rangle$ - отступ (margin)\n"
        "- $L(y, z) = e^{-yz}$ - экспоненциальная функция потерь\n"
        "- $E_{x}(y - \\mu(X))^2$ - смещение (bias) - отклонение лучшей модели от ответа\n"
        "- $H_0$ - объект не выброс\n- $\\xi_i$ - это гиперпараметр\n"
    ),
    "QA/006. Test-design-techniques.md": (
        "# Техники тест-дизайна\n\nТехники делят на три категории.\n\n"
        "## 6. **Тестирование парных значений (Pairwise Testing)**\n\n"
        "**Тип:** Техника черного ящика  \n"
        "**Описание:** Тестирование всех пар значений входных параметров.\n\n"
        "### Основные характеристики:\n- **Цель:** Минимизация количества тестов.\n---\n"
    ),
    "Stats/Lection 4. Свойства оценок.md": (
        "# ЗБЧ\n![[shot.png]]\n==Чем больше наблюдений, тем ближе среднее к теоретическому==\n"
        "# ЦПТ\n![[shot2.png]]\n==Формулировка== Средние выборок в пределе приближаются "
        "нормальным распределением\n"
    ),
    "Docker/01-images-layers.md": (
        "# Образы и слои\n\nОбраз собирается из слоёв.\n\n## Best Practices\n\n"
        "✅ **Используй alpine образы** — меньше размер  \n"
        "✅ **Кэшируй слои** — изменяющийся код в конце Dockerfile\n"
    ),
    "Docker/03-build-optimize.md": (
        "# Оптимизация сборки\n\n**Alpine Linux:**\n- Минималистичный образ (~5 МБ)\n"
        "- Идеален для контейнеров\n- Имеет apk (как apt-get, но для Alpine)\n"
    ),
    "Ansible/Control Node.md": "# Control Node\n\nМашина, с которой Ansible запускает плейбуки.\n",
    "Marketing/Каналы.md": (
        "## Каналы продвижения\nДиджитал-маркетинг: общение с человеком с учётом его "
        "поведения в сети.\n\nПерфоманс-маркетинг: выполнение KPI в самые короткие сроки.\n\n"
        "Примечание 1: цифры взяты из отчёта за прошлый год.\n"
    ),
    "Web/Authorization.md": "# Authorization\nChecking what a signed-in user may do.\n",
    "JS/CommonJS (CJS) vs ES6 Modules (ESM).md": (
        "| Feature | CommonJS (CJS) | ES6 Modules (ESM) |\n| --- | --- | --- |\n"
        "| Loading | Synchronous | Asynchronous |\n| this | module.exports | undefined |\n"
    ),
    "Math/Алгебры.md": (
        "### Def. ($\\sigma$-алгебра) ###\nАлгебра, замкнутая относительно счётных объединений.\n"
    ),
    "ML/Ошибки регрессии.md": (
        "## Функции ошибки\n- **MSE** — средний квадрат отклонения предсказаний.\n"
        "- **RMSE**. MSE плохо интерпретируем, поэтому берут корень из него.\n"
        "- **MAE**. Средний модуль отклонения, устойчив к выбросам.\n"
    ),
    "Deploy/Procfile.md": "# Procfile\nA file that tells Heroku which command starts the app.\n",
    "Deploy/Deployment to Heroku.md": (
        "# Deployment to Heroku\nEverything goes through git push; the platform runs it.\n"
    ),
    "C++/Деструкторы.md": (
        "## Виртуальный деструктор, ошибка разрушения базового класса\nЕсли удалить "
        "наследника через указатель на базу, вызовется только деструктор базы.\n"
    ),
    "C++/Препроцессор.md": (
        "# Препроцессор\nОбрабатывает текст программы до компиляции.\n\n"
        "## Условная компиляция\n\n### \\#ifdef / \\#endif\nПроверяет, определён ли макрос.\n\n"
        "### \\#if / \\#else\nВыбирает код по значению выражения.\n"
    ),
    "QA/Среды.md": (
        "## Основные среды\n\n### 7. **Sandbox Environment (Песочница)**\n\n"
        "**Песочница** — это изолированная среда для безопасных экспериментов.\n\n"
        "**Цель:**\n- Безопасно пробовать новое.\n"
    ),
    "Rust/Cell.md": (
        "## Cell\nInterior mutability for Copy values.\n\n"
        "### Characteristics\n- No runtime overhead\n- Replaces the whole value with set()\n"
    ),
    "ML/Классификация.md": (
        "## Линейный классификатор\nМодель, которая разделяет классы гиперплоскостью.\n"
    ),
    "Systems/Replication.md": (
        "# Replication\nCopies of the data on several machines.\n\n## Problems\n\n"
        "1. **Failover.**\n\nA follower is promoted when the leader dies.\n\n"
        "2. **Split brain.**\n\nTwo nodes both believe they lead and accept writes.\n\n"
        "## Caching\n- cache-aside.\n\t- the app reads the cache first, fills it on a miss\n"
        "- write-through.\n\t- every write goes to the cache and the store\n"
    ),
    "Systems/relational databases.md": (
        "A database that keeps data in tables joined by primary and foreign keys.\n"
    ),
    "Docker/Сборка.md": (
        "## Сборка образа\nКоманда docker build собирает образ по Dockerfile.\n\n"
        "**Контекст сборки:**\n- Файлы, которые Docker может скопировать в образ\n"
        "- Отправляется демону целиком\n\n"
        "**Образ содержит:**\n- Базовую систему\n- Код приложения\n\n"
        "**Процесс работы:**\n1. Демон читает Dockerfile\n2. Каждая инструкция даёт слой\n"
    ),
    "Systems/Asynchronism.md": (
        "# Asynchronism\n- do expensive work later so the request can finish.\n"
        "- [[back-pressure]].\n\t- when queues outgrow memory, requests get dropped\n"
        "\t- the server says it is busy so that clients slow down\n"
    ),
    "Systems/methods-of-communication.md": (
        "# Methods of Communication\n\n## [[user-datagram-protocol]].\n"
        "- connectionless protocol.\n- video calls and games run over UDP.\n"
    ),
    "JVM/процесс загрузки класса.md": (
        "**Процесс загрузки класса**\n—\n- Loading - поиск и чтение байт-кода класса\n"
        "- Linking - проверка и подготовка структур\n- Initialization - статические блоки\n"
    ),
    "DB/Куча.md": (
        "Куча — неупорядоченное хранилище строк таблицы.\n\nОсновные моменты\n\n"
        "1. Размер страницы:\n    \n    - По умолчанию страница занимает 8 КБ.\n    \n"
        "2. TOAST:\n    \n    - Большие значения хранятся отдельно и сжимаются.\n    \n"
        "3. Установить расширение:\n    \n    - Командой CREATE EXTENSION.\n"
    ),
    "SQL/Даты.md": (
        "# Работа с датами\nФункции для дат и времени в PostgreSQL.\n\n"
        "**Обрезка даты до месяца:**\n\n```sql\nSELECT date_trunc('month', created_at)"
        " FROM orders;\n```\n\nДата становится первым днём своего месяца.\n\n"
        "**Пример:**\n\n```sql\nSELECT now();\n```\n"
    ),
    "SQL/Агрегирующие функции.md": (
        "Агрегирующие функции сворачивают много строк в одно значение: COUNT, SUM, AVG.\n"
    ),
    "Net/Фрагментация.md": (
        "1. Фрагментация - разбиение IP-пакета на части для сети с маленьким MTU\n"
        "2. Фрагменты собирает получатель\n"
        "3. Установить MTU - командой ip link set mtu\n"
    ),
    "Net/Транспортный уровень.md": "Связь процессов на разных хостах: TCP и UDP.\n",
    "Net/DHCP.md": (
        "1. Клиент и сервер обмениваются сообщениями DHCP\n2. Получение IP-адреса - DORA\n"
        "3. Пул адресов - список IP-адресов, которые раздаёт DHCP сервер\n"
    ),
    "Crypto/Хеш-функция.md": (
        "Хеш-функция прячет данные под коротким отпечатком фиксированной длины.\n"
    ),
    # Pasted from a chat answer: `Name: what it is` paragraphs, one right after another.
    "OOP/Приведение типов.md": (
        "Приведение типов позволяет смотреть на объект через его базовый тип.\n\n"
        "Суть: объект остаётся тем же, меняется только взгляд на него.\n\n"
        "Upcasting (Вверх): Переход от наследника к родителю, происходит автоматически.\n\n"
        "Downcasting (Вниз): Переход от родителя к наследнику, это всегда риск.\n\n"
        "Итог: проверяйте тип перед приведением вниз.\n"
    ),
    "OOP/Delegates_and_Events.md": (
        "1. Делегаты: Основы\n\n"
        "Делегат — это «указатель» на метод, тип данных для ссылок на методы.\n\n"
        "Custom Delegates: Как объявить свой делегат в коде.\n\n"
        "Multicast Delegates: Как один делегат вызывает цепочку методов.\n\n"
        "    public delegate void LogHandler(string message);\n\n"
        "2. Встроенные делегаты (Action, Func)\n\n"
        "В современном C# свои делегаты пишут редко: берут готовые Action и Func.\n"
    ),
    "Net/Ethernet.md": (
        "[Лекция про Ethernet](https://example.org/ethernet)\n"
        "1. Классический Ethernet:\n    * Топология общая шина\n    * Разделяемая среда\n"
        "2. Коллизия - два компьютера начали передачу одновременно\n"
        "3. Обнаружение коллизий:\n"
        "    * Компьютер передает и принимает сигналы одновременно\n"
        "    * Jam-последовательность - намеренное создание коллизии, чтобы все ее заметили\n"
    ),
    "Net/STP.md": (
        "[Лекция про STP](https://example.org/stp)\n"
        "1. Связующее дерево - подграф без циклов, содержащий все вершины\n"
        "2. Сообщение протокола STP - BPDU - Bridge Protocol Data Units - рассылается "
        "каждые 2 секунды\n3. Состояния порта:\n    * Listening\n    * Forwarding\n"
    ),
    # Requests to a chat assistant pasted as headings over its answers.
    "PHP/FAQ.md": (
        "## напиши что такое @yield и как им пользоваться\n\n"
        "@yield выводит содержимое секции в шаблоне Blade.\n\n"
        "## раскажи что ты знаешь о yii-faker\n\n"
        "Расширение для генерации тестовых данных в Yii2.\n"
    ),
    "Net/IP-адреса.md": (
        "[Лекция про IP-адреса](https://example.org/ip)\n"
        "1. IP-адрес - используется для идентификации узла в составной сети\n"
        "2. IPv4 разделен на 4 октета\n"
        "3. Подсеть(IP-сеть) - множество компьютеров с одинаковой старшей частью адреса\n"
        "4. Маршрутизаторы работают с подсетями, а не с отдельными компьютерами\n"
    ),
    # A chat answer pasted without its markup: a name glossed in brackets over its text.
    "Security/Хранение паролей.md": (
        "Пароли нельзя хранить открытым текстом.\n\n"
        "Кодирование (Изменение формата)\n"
        "Перевод данных в удобный для передачи формат, например Base64, без всякого ключа.\n\n"
        "Шифрование (В обе стороны)\n"
        "Способ превратить читаемую информацию в шифр и вернуть её обратно ключом.\n"
    ),
    "CSharp/Logical Operators.md": (
        "# Logical Operators\nThey combine conditions and return true or false.\n"
    ),
    "Ansible/Шифрование переменной.md": (
        "```bash\nansible-vault encrypt_string 'Secret123' --name 'admin_password'\n```\n"
    ),
    "Anonymity/Прокси.md": (
        "# Настройка прокси (SOCKS5)\nSOCKS5 пересылает любой TCP-трафик через чужой сервер.\n"
    ),
    "Arch/Монолитная архитектура.md": (
        "Монолитная архитектура — всё приложение собрано и развёрнуто как одно целое.\n"
    ),
    "Net/Таблица маршрутизации.md": (
        "Таблица маршрутизации — список маршрутов: сеть назначения, маска, шлюз, интерфейс.\n"
    ),
    "DB/Шардирование.md": "Шардирование — разбиение данных по серверам по ключу шарда.\n",
    "MongoDB/Основы.md": (
        "# MongoDB\nДокументная база данных, в народе монга: хранит записи JSON-документами.\n"
    ),
    "Web/localstorage.md": "Local key-value pairs kept by the browser with no expiry date.\n",
    "Web/Redux.md": "Redux — хранилище состояния всего приложения, один store на приложение.\n",
    "Linux/Ссылки.md": "# Soft link\nSoft link — ссылка на путь к файлу, а не на его данные.\n",
    "MQ/service.discovery.md": (
        "# Service Discovery\n\n## Зачем\n\n- [два паттерна](https://example.org/sd):\n"
        "\t- Обнаружение на стороне сервера\n\t- Обнаружение на стороне клиента\n"
    ),
    "Shell/cronjobs.md": (
        "# Cronjobs\n\n`sudo crontab -e`\n\nOn one single line you write:\n\n"
        "MINUTE 0-59,\n\nHOURS 0-23,\n\nCOMMAND TO RUN\n\n`0 12 * * * ls > output.txt`\n"
    ),
    "Shell/nginx.md": (
        "# Nginx\n\n## Check configuration for syntax errors\n\n`sudo nginx -t`\n\n"
        "## Auto-renewal\n\nCertbot adds a cronjob that renews the certificates.\n\n"
        "## Syntax highlighting\n\nThe vim syntax file for nginx.conf.\n"
    ),
    # Lecture notes: terms introduced in running prose, headings of two names.
    "Net/Лекция 3.md": (
        "# Задачи сетевой коммуникации. Модель OSI\n\n"
        "Модель делит передачу на семь уровней, у каждого свои задачи.\n\n"
        "# Физический уровень\n\n"
        "Кабели и разъемы. Технология PoE (Power over Ethernet, стандарт IEEE 802.3af) "
        "позволяет передавать энергию по витой паре.\n\n"
        "Пакет ограничен максимальной длиной (MTU, Maximum transmission unit), большие "
        "пакеты фрагментируют.\n\n"
        "Протоколы STP (Spanning Tree Protocol) и RSTP (Rapid Spanning Tree Protocol) "
        "строят дерево без петель.\n"
    ),
    # Interview questions with answers under <details>, the same file copied three times.
    **dict.fromkeys(
        ("DevOps/README.md", "DevOps/questions/cicd.md", "DevOps/cicd/cicd.md"),
        "## CI / CD\n\n1. Чем отличается Continuous Integration от Continuous Delivery?\n\n"
        "<details>\n  <summary>Ответ</summary>\n\n"
        "Continuous Integration (непрерывная интеграция) - практика частого слияния кода "
        "в основную ветку.\n\n"
        "Continuous Delivery (непрерывная доставка) - практика держать код готовым к "
        "выкладке.\n\n</details>\n",
    ),
    "Stats/Regression.md": (
        "A line fitted to points.\n\n"
        "The fit is judged by the **Sum of the Squares** of its residuals: smaller is better.\n"
    ),
    "Linux/Демон.md": "Демон — фоновый процесс без терминала, например sshd.\n",
    "Linux/systemctl.md": (
        "# systemctl\n\n## daemon-reload\n\nПеречитывает юнит-файлы после правки.\n"
    ),
    "DevOps/questions/собеседование.md": (
        "1. Что такое DaemonSet?\n\n<details>\n  <summary>Ответ</summary>\n\n"
        "DaemonSet запускает по поду на каждой ноде кластера.\n\n</details>\n\n"
        "2. За что отвечает kube-proxy?\n<details>\n  <summary>Ответ</summary>\n\n"
        "Связь между сервисами на разных нодах.\n\n</details>\n\n"
        "3. Что такое контейнерный рантайм? Чем containerd отличается от CRI-O?\n\n"
        "<details>\n  <summary>Ответ</summary>\n\n"
        "Контейнерный рантайм - программа, которая запускает контейнеры на ноде.\n\n"
        "Containerd - рантайм, выделенный из Docker.\n\n"
        "CRI-O - рантайм, написанный для Kubernetes.\n\n</details>\n\n"
        "4. Что находится на worker ноде?\n\n<details>\n<summary>Ответ</summary>\n\n"
        "На worker нодах работают поды приложений.\n\n"
        "- Kubelet слушает инструкции от apiserver и запускает контейнеры пода.\n"
        "- Container runtime тянет образы.\n\n</details>\n\n"
        "5. Какой объект кластера хранит пароли и токены отдельно от манифестов?\n\n"
        "<details>\n<summary>Ответ</summary>\n\n"
        "Secret - объект для чувствительных данных, его монтируют в под.\n\n</details>\n"
    ),
    "Patterns/GoF Декоратор.md": (
        "---\nОпределение: Добавляет объектам новую функциональность, оборачивая их.\n---\n"
        "Wrapper, Обёртка, Decorator\n\n### Проблема\n\nНаследование раздувает иерархию.\n"
    ),
    "DSA/Tries.md": "A tree keyed by characters, one level per character.\n",
    "OS/Barriers.md": "A point every thread must reach before any of them goes on.\n",
    "OS/Locks.md": "Concurrency needs locks, so that threads never race on shared data.\n",
    "OS/Synchronization.md": (
        "# Synchronization\n\nConcurrency tools: locks, semaphores, a barrier.\n\n"
        "## Semaphores\n\nA counter of free slots, for concurrency limits.\n"
    ),
    "Linux/Группы.md": "# /etc/group\n\nФайл со списком групп пользователей и их членов.\n",
    # C++ notes: one note per std:: name, saved with "_" where the name has "::".
    "Cpp/memory/std_unique_ptr.md": (
        "std::unique_ptr владеет объектом единолично, копировать его нельзя.\n"
    ),
    "Cpp/future/std_promise.md": (
        "std::promise задает значение, которое потом читают через std::future; "
        "set_value() делает результат готовым.\n"
    ),
}

CASES = [
    # (failure class, question, expected title or None)
    ("defines beats mentions", "GraphQL", "GraphQL"),
    ("defines beats mentions", "что такое PID", "PID"),
    ("defines beats mentions", "что такое сигнал", "Сигналы"),
    ("empty link cards never win", "pid", "PID"),
    ("common words never decide", "контейнер", "Контейнер"),
    ("off-topic: typo distance", "что такое redis", None),
    ("off-topic: translit distance", "блокчейн", None),
    ("off-topic: two edits in five letters", "inode", None),
    ("off-topic: one mention", "kubernetes pod", None),
    ("off-topic: chatter", "привет", None),
    ("off-topic: chatter", "спасибо, понял", None),
    ("typos in proportion", "сигнлы", "Сигналы"),
    ("typos in proportion", "grapql", "GraphQL"),
    ("one slip inside a long English word", "cronjbos syntax", "Cronjobs"),
    ("field lines are no definition", "что такое vpn", None),
    ("plain-line headings", "deepcopy", "Глубокая копия"),
    ("plain-line headings", "глубокая копия", "Глубокая копия"),
    ("labels are no terms", "правило", "Глубокая копия"),  # the rule is a line of that card
    ("topic words are context", "что такое set в python", "Множество"),
    ("topic words are context", "множества в питоне", "Множество"),
    ("named table rows", "prometheus", "Amazon Managed Prometheus"),
    ("named table rows", "sticky sessions", "Sticky Sessions vs External Session Store"),
    ("empty cards only suggest", "ecs", None),
    ("term typed with a dash", "memcached", "Memcached"),
    ("numbered note names", "что такое vpc", "VPCs and Subnets"),
    ("a definition opening with its subject", "vpc", "VPCs and Subnets"),
    ("a dashed paragraph of its own", "kinesis", "Kinesis"),
    ("numbered note names", "2.VPCs-and-Subnets", "VPCs and Subnets"),
    ("a term on its own line of a paragraph", "что такое foreign key", "Foreign Key"),
    ("a row that only mentions", "what is a bastion host", None),
    ("a row that only mentions", "bastion hosts", None),
    ("a row that only mentions", "session manager", "Session Manager"),
    ("paragraphs of Term - def", "что такое индексация", "Индексация"),
    ("paragraphs of Term - def", "pull", "Pull"),
    ("a command under a heading", "git restore", "Вернуть файлы в состояние последнего коммита"),
    ("short words sound alike, mean else", "what is ARP", None),
    ("short words sound alike, mean else", "what is CORS", None),
    ("short words sound alike, mean else", "Trailer", "Trailer"),
    (
        "an acronym the notes write",
        "FCS",
        "Frame Check Sequence detects corrupted frames using a checksum",
    ),
    (
        "a note named as a statement",
        "http keep-alive",
        "HTTP Keep-Alive reuses TCP connections across multiple requests",
    ),
    (
        "a note named as a statement",
        "keep alive",
        "HTTP Keep-Alive reuses TCP connections across multiple requests",
    ),
    ("English written by ear", "ребейз", "rebase"),
    ("English written by ear", "что такое ребейз", "rebase"),
    (
        "a map of content links, defines nothing",
        "sse retry field",
        "SSE retry field lets server control reconnection delay",
    ),
    ("a link's shown text names the note", "сборка мусора", "Garbage Collection"),
    ("the lead names the note in another form", "goroutine", "Горутина"),
    ("a note's acronym", "DTO", "Data Transfer Objects"),
    ("a definition asked of a mention", "что такое точка входа", None),
    ("words from the text still find it", "одна точка входа", "API"),
    ("asked in the other language", "утиная типизация", "Duck-typing"),
    ("asked in the other language", "что такое коммутатор", "Switch"),
    ("asked in the other language", "what is a branch", "Ветка"),
    (
        "asked in the other language",
        "как откатить запушенный коммит",
        "Отмена запушенных изменений",
    ),
    ("a borrowed word's Russian ending", "фантомное чтение", "Phantom Read"),
    ("a Greek 'ch' is the Russian 'х'", "хроматическое число графа", "Chromatic number"),
    ("a soft 'g' before '-er'", "что такое менеджер контекста", "Context Managers"),
    ("asked in the other language", "что такое аварийное восстановление", "Disaster Recovery"),
    ("a borrowed word's Russian ending", "что такое репликация", "Replication"),
    ("a borrowed word's Russian ending", "дифференциальное уравнение", "Differential equation"),
    ("the Russian 'ц' is the English soft 'c'", "what is a process in linux", "Процессы"),
    ("two letters of a short acronym swapped", "what is UPD", "user-datagram-protocol"),
    ("two letters of a short acronym swapped", "что такое DPU", None),
    ("slang verbs on an English stem", "почему теги не пушатся", "Тэги не отправляются сами"),
    ("slang verbs on an English stem", "как пользоваться errgroup", None),
    (
        "an identifier as typed",
        "Last-Event-ID",
        "Browser resumes SSE using Last-Event-ID header",
    ),
    (
        "common question words never decide",
        "how can one port handle many tcp connections compared to save",
        "Single port handles multiple TCP connections via socket tuples",
    ),
    ("an acronym spelled out in prose", "что такое BOM", "BOM"),
    ("a stressed link names another note", "что такое инкапсуляция", None),
    ("another part of speech, one stem", "как заблокировать сигнал", "Блокировка сигналов"),
    ("typed in the wrong layout, asked in Russian", "enbyfz nbgbpfwbz", "Duck-typing"),
    ("j said as дж or й", "что такое джава", "Java"),
    ("j said as дж or й", "что такое аякс", "AJAX"),
    ("a borrowed word's Russian ending", "инверсия управления", "Inversion of Control"),
    ("a heading over bullets about it", "what is a page fault", "Page Fault"),
    (
        "a heading over bullets about it",
        "every process runs in its own address space",
        ("Every process runs in its own address space"),
    ),
    ("a label before the name", "what were overlays", "Old Solution: Overlays"),
    (
        "a card comparing both",
        "user-level threads vs kernel threads",
        "User space thread vs kernel thread",
    ),
    ("a numbered glossary of dashed terms", "что значит YAGNI", "YAGNI"),
    ("a numbered glossary of dashed terms", "keep it simple stupid", "KISS"),
    ("typed in the wrong layout, asked in Russian", "l;tythbrb", "Generics"),
    ("a code name the notes never write", "what is TIME_WAIT", None),
    ("a code name the notes never write", "SO_REUSEADDR", "Sockets"),
    ("a note opening with another name's term", "partitioning", "Partitioning"),
    ("a numbered snake_case note name", "оконные функции", "Оконные функции"),
    ("a numbered snake_case note name", "экспорт в csv", "экспорт csv"),
    ("English asked of a Russian borrowed word", "window functions", "Оконные функции"),
    ("a hyphenated name asked glued", "bias variance tradeoff", "Bias-Variance Trade-off"),
    ("English written by ear", "гейты", "LSTM"),
    ("asked in the other language", "что такое переобучение", "Overfitting"),
    ("a note of its own beats a bullet", "btree", "B-Tree устройство и скорость"),
    (
        "both sides of a difference the notes explain",
        "чем мьютекс отличается от семафора",
        "Mutexes",
    ),
    ("an unknown setting after в is context", "гейты в торче", "LSTM"),
    ("English asked of Russian notes by ear", "stored procedures", "Хранимые процедуры"),
    ("both sides of a difference the notes explain", "merge vs rebase", "merge"),
    (
        "both sides of a difference the notes explain",
        "чем rebase отличается от merge",
        "rebase",
    ),
    (
        "both sides of a difference the notes explain",
        "чем коммутатор отличается от маршрутизатора",
        "Switch",
    ),
    ("both sides of a difference the notes explain", "switch vs router", "Switch"),
    ("a term on a plain line of a paragraph", "burstable instance", "Burstable instance"),
    ("a line naming the list below it", "vertical scaling", "Vertical Scaling"),
    ("an acronym the notes spell out elsewhere", "обход в глубину дерева", "Trees - DFS Overview"),
    ("a Russian name in a case ending, asked in English", "what is Amdahl's law", "Закон Амдала"),
    ("a numbered entry right under a line of text", "что такое kestrel", "Kestrel"),
    ("a numbered entry over its 'Что это:' line", "маршрутизация", "Маршрутизация"),
    ("a numbered entry over its 'Определение:' line", "что такое замыкание", "Замыкание"),
    # "Scoped — ..." under "5. DI Lifetimes" is a term of that entry, in its section.
    ("text between numbered entries is the entry's", "scoped", "Scoped"),
    ("a statement label over the name it states", "что такое дисперсия", "Дисперсия"),
    ("a statement label over the name it states", "неравенство чебышева", "Неравенство Чебышёва"),
    ("a heading numbered 1.2", "continuous delivery", "Continuous Delivery"),
    ("a generic type is no wrong-layout word", "Rc<T>", "Rc<T>"),
    ("one bullet under a bare heading says what it is", "lazy evaluation", "Lazy evaluation"),
    ("asked in the other language", "what is defect clustering", "Скопление дефектов"),
    ("a bullet reading 'X is the ...'", "LVM", "LVM"),
    (
        "a term marked by a highlight",
        "что такое генеральная совокупность",
        "Генеральная совокупность",
    ),
    ("a term marked by a highlight after its symbol", "уровень доверия", "уровень доверия"),
    ("a formula, then the name it goes by", "Что такое отступ (margin)?", "отступ"),
    ("a formula, then the name it goes by", "что такое смещение", "смещение"),
    ("a heading over labelled fields", "pairwsie тестирование", "Тестирование парных значений"),
    ("a Russian acronym asked in English words", "central limit theorem", "ЦПТ"),
    ("advice names no thing", "что такое alpine образ", "Alpine Linux"),
    ("English said by ear", "что такое контрол ноуд", "Control Node"),
    ("a Russian acronym asked in English words", "what is the law of large numbers?", "ЗБЧ"),
    (
        "a formula, then the name it goes by",
        "exponential loss function",
        "экспоненциальная функция потерь",
    ),
    ("paragraphs of 'Name: what it is'", "перфоманс-маркетинг", "Перфоманс-маркетинг"),
    ("asked in the other language", "что такое авторизация", "Authorization"),
    ("a note that is one table", "commonjs vs esm", "CommonJS (CJS) vs ES6 Modules (ESM)"),
    ("a Greek letter said by its name", "что такое сигма-алгебра", "σ-алгебра"),
    ("a bold name and a full stop before what it is", "что такое rmse", "RMSE"),
    ("verbs of the question say nothing", "what goes in the procfiel for heroku", "Procfile"),
    ("off-topic: a word that sounds like a preposition", "что такое pod в kubernetes", None),
    ("off-topic: a word that sounds like a preposition", "pod", None),
    (
        "verbs of the question say nothing",
        "why do we need a virtual destructor",
        "Виртуальный деструктор, ошибка разрушения базового класса",
    ),
    ("a translated name: the one spelled as meant", "что такое узел", "Node"),
    (
        "a line naming the list below it",
        "что такое горизонтальное масштабирование",
        "Horizontal Scaling",
    ),
    ("a heading over its sections", "условная компиляция", "Условная компиляция"),
    ("a heading over its sections", "what is conditional compilation", "Условная компиляция"),
    ("a heading over its sections", "ifdef", "#ifdef / #endif"),
    ("a bold term naming the heading's alias", "что такое песочница", "Sandbox Environment"),
    ("a label heading is part of its card", "no runtime overhead", "Cell"),
    ("a name with a full stop", "what is split brain", "Split brain"),
    ("a name with a full stop", "cache-aside", "cache-aside"),
    ("a borrowed adjective", "что такое реляционная база данных", "relational databases"),
    ("a bold label over its bullets", "контекст сборки это что", "Контекст сборки"),
    ("a bold label over its bullets", "что содержит образ", "Сборка образа"),
    ("a bold label over its bullets", "каждая инструкция даёт слой", "Сборка образа"),
    ("a linked name over its bullets", "what is back-pressure", "back-pressure"),
    ("a dashed name's acronym", "what is udp", "user-datagram-protocol"),
    ("a numbered label over its bullets", "toast", "TOAST"),
    ("a numbered entry naming a term", "что такое фрагментация пакета", "Фрагментация"),
    (
        "a numbered entry naming a term",
        "установить mtu",
        "Установить MTU - командой ip link set mtu",  # a step stays a line of its own
    ),
    ("an acronym given as a definition", "что такое DORA", "Получение IP-адреса"),
    ("a bold label over code", "обрезка даты до месяца", "Обрезка даты до месяца"),
    ("a numbered label over its bullets", "установить расширение", "Основные моменты"),
    (
        "everyday words in the other language",
        "what is the transport layer",
        "Транспортный уровень",
    ),
    (
        "everyday words in the other language",
        "what are aggregate functions in sql",
        "Агрегирующие функции",
    ),
    (
        "everyday words in the other language",
        "what is a linear classifier",
        "Линейный классификатор",
    ),
    ("`Name: def` paragraphs in a row", "downcasting", "Downcasting"),
    ("`Name: def` paragraphs in a row", "что такое upcasting", "Upcasting"),
    ("a note's opening sentence over its parts", "что такое делегат", "Delegates_and_Events"),
    ("a `Name - def` bullet among remarks", "jam-последовательность", "Jam-последовательность"),
    ("an acronym opening a definition", "что такое BPDU?", "Сообщение протокола STP"),
    ("letters swapped leaving no pair", "soft lnik это что", "Soft link"),
    ("a why-section is no name", "service discovery", "Service Discovery"),
    ("a request to a chat assistant as heading", "yield в blade", "@yield"),
    ("a noun ending like a verb names a term", "что такое подсеть", "Подсеть"),
    # The remark in brackets is no part of the name, as under a heading.
    ("a glossed name line over its text", "что такое кодирование", "Кодирование"),
    ("a borrowed adjective's English ending", "логические операторы", "Logical Operators"),
    (
        "everyday words in the other language",
        "what is a monolithic architecture?",
        "Монолитная архитектура",
    ),
    (
        "a question's own verb in the other language",
        "what does a routing table consist of?",
        "Таблица маршрутизации",
    ),
    ("a whole question in the other layout", "ifhlbhjdfybt d vjyut", "Шардирование"),
    (
        "a glued name read from two translated words",
        "что такое локальное хранилище",
        "localstorage",
    ),
    ("a note of one code block", "шифрование переменной", "Шифрование переменной"),
    ("a digit in a word typed in the other layout", "ыщслы5", "Прокси"),
    ("a request to a chat assistant as heading", "что такое yii-faker", "yii-faker"),
    ("a plain name glossed in brackets", "что такое continuous delivery", "Continuous Delivery"),
    ("a plain name glossed in brackets", "непрерывная интеграция", "Continuous Integration"),
    ("a stressed name with a small word", "what's the sum of the squares", "Regression"),
    ("asked in the other language", "what is a daemon", "Демон"),
    ("a question folded over its answer", "что такое daemonset", "DaemonSet"),
    ("a question folded over its answer", "kube-proxy", "kube-proxy"),
    ("a question folded over its answer", "что такое cri-o", "CRI-O"),
    ("a Latin name opening a Russian line", "что делает kubelet", "Что находится на worker ноде"),
    ("an open question named by its answer", "что такое secret", "Secret"),
    ("a question folded over its answer", "контейнерный рантайм", "контейнерный рантайм"),
    ("a line of other names under the metadata", "что такое паттерн обёртка", "GoF Декоратор"),
    ("a line of other names under the metadata", "декоратор", "GoF Декоратор"),
    ("a plural in -ies asked singular", "what is a trie", "Tries"),
    ("a named thing, then where to look", "what is a barrier in concurrency", "Barriers"),
    ("a misspelt asking word only asks", "обьясни rstp", "RSTP"),
    ("off-topic: a slip on the first letter and another", "что такое cgroups", None),
    ("an acronym spelled out in prose", "что такое PoE", "PoE"),
    ("an acronym spelled out in prose", "MTU", "MTU"),
    ("an acronym spelled out in prose", "что такое RSTP", "RSTP"),
    ("an acronym spelled out in prose", "power over ethernet", "PoE"),
    ("a heading of two names", "что такое модель OSI", "Задачи сетевой коммуникации. Модель OSI"),
    ("a file name standing for ::", "что такое std::unique_ptr", "std::unique_ptr"),
    ("a slip in a snake_case name", "unqiue_ptr", "std::unique_ptr"),
    ("a slip in a snake_case name", "std::unique_pt", "std::unique_ptr"),
    ("a namespace qualifier only says where", "что такое std::promise", "std::promise"),
    ("how a thing is built is asked of its card", "как устроен std::promise", "std::promise"),
    ("how a mentioned thing works is no definition", "как работает std::future", None),
]


# Both sides have cards of their own and a card compares them: both answer side by side,
# that card offered first under them.
# (question, the card explaining the difference, the cards of both sides)
COMPARING = [
    (
        "чем мьютекс отличается от семафора",
        "Difference Between Mutexes and Semaphores",
        ["Mutexes", "Semaphores"],
    ),
    ("merge vs rebase", "Отличие merge и rebase", ["merge", "rebase"]),
    ("чем rebase отличается от merge", "Отличие merge и rebase", ["rebase", "merge"]),
    ("чем коммутатор отличается от маршрутизатора", "Switch vs Router", ["Switch", "Router"]),
]


@pytest.fixture(scope="module")
def index() -> Index:
    return index_of(NOTES)


@pytest.mark.parametrize(("failure", "question", "expected"), CASES)
def test_lookup_failure_classes(
    index: Index, failure: str, question: str, expected: str | None
) -> None:
    assert_answer(index, failure, question, expected)


@pytest.mark.parametrize(("question", "comparing", "sides"), COMPARING)
def test_both_sides_answer_with_the_card_explaining_the_difference_offered(
    index: Index, question: str, comparing: str, sides: list[str]
) -> None:
    result = lookup(index, question)
    shown = [c.title for c in (result.best, result.compared) if c is not None]
    assert shown == sides
    assert [m.card.title for m in result.alternatives][:1] == [comparing]


def test_per_class_accuracy(index: Index, capsys: pytest.CaptureFixture[str]) -> None:
    assert_every_class(index, CASES, "lookup failure classes", capsys)


def test_a_numbered_remark_is_no_term(index: Index) -> None:
    assert not [c for c in index.cards if c.title.startswith("Примечание")]


def test_a_pronoun_is_no_name(index: Index) -> None:
    assert not [c for c in index.cards if c.title == "This"]


def test_a_sentence_going_on_past_its_dash_is_no_term(index: Index) -> None:
    titles = [c.title for c in index.cards if c.source.endswith("EC2.md")]
    assert "Burstable instance" in titles
    assert not [t for t in titles if t.startswith("Захватить")]


def test_a_line_of_links_with_an_emoji_is_no_card(index: Index) -> None:
    assert not [c for c in index.cards if "Go maps" in c.title]


_EVERY_RUN = """
from bot.core.search import lookup
from tests.unit.failure_tables import index_of
from tests.unit.test_lookup_fairness import CASES, NOTES
index = index_of(NOTES)
print(index.terms)
for _, question, _ in CASES:
    r = lookup(index, question, limit=5)
    print(question, [(m.card.id, m.score) for m in r.alternatives], r.best and r.best.id, r.score)
"""


def test_the_same_answers_in_every_run() -> None:
    """Set order changes with each process's hash seed; the index (down to the order of its
    terms, which decides float sums and so ties) and the answers must not."""
    runs = [
        subprocess.run(
            [sys.executable, "-c", _EVERY_RUN],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
            cwd=Path(__file__).resolve().parents[2],
        ).stdout
        for seed in ("1", "2", "3")
    ]
    assert runs[0] and runs[0] == runs[1] == runs[2]


def test_a_bold_name_over_a_dash_line_lists_what_follows() -> None:
    name = "JVM/процесс загрузки класса.md"
    first = parse_note(NOTES[name], name).cards[0]
    assert (first.title, first.definition) == ("Процесс загрузки класса", "")
    assert first.items == ("Loading", "Linking", "Initialization")


def test_a_card_lists_short_names_without_their_full_stop() -> None:
    name = "Systems/Replication.md"
    cards = {c.title: c for c in parse_note(NOTES[name], name).cards}
    assert cards["Caching"].items == ("cache-aside", "write-through")
    assert "Split brain" in cards and "Split brain." not in cards


def test_a_why_section_is_part_of_the_card_above() -> None:
    name = "MQ/service.discovery.md"
    titles = [c.title for c in parse_note(NOTES[name], name).cards]
    assert titles[0] == "Service Discovery" and "Зачем" not in titles


def test_a_table_of_contents_makes_no_card() -> None:
    text = "# Инструкция\n\n### Содержание\n1. [Установка](./setup.md)\n2. [git config](./c.md)\n"
    assert [c.title for c in parse_note(text, "readme.md").cards] == []


def test_a_question_typed_whole_in_the_other_layout_reads_as_typed_right(index: Index) -> None:
    # "d vjyut" is "в монге": read whole, its preposition says where, as in Russian.
    russian = lookup(index, "шардирование в монге")
    switched = lookup(index, "ifhlbhjdfybt d vjyut")
    assert switched.best is not None and russian.best is not None
    assert (switched.best.title, switched.score) == (russian.best.title, russian.score)
    assert switched.query == "ifhlbhjdfybt d vjyut"


def test_an_acronym_set_off_by_dashes_names_the_term() -> None:
    name = "Net/STP.md"
    card = next(c for c in parse_note(NOTES[name], name).cards if c.title.startswith("Сообщ"))
    assert card.aliases[:2] == ("BPDU", "Bridge Protocol Data Units")


def test_a_notes_opening_sentence_is_its_definition_over_named_parts() -> None:
    name = "OOP/Delegates_and_Events.md"
    cards = parse_note(NOTES[name], name).cards
    assert cards[0].title == "Delegates_and_Events"
    assert cards[0].definition.startswith("Делегат — это «указатель» на метод")
    parts = [c.title for c in cards if c.parent_id == cards[0].id]
    assert parts == ["Custom Delegates", "Multicast Delegates"]


def test_a_namespace_names_no_card_of_its_own() -> None:
    """ "std::set" asks about set: not std::promise, whose name holds "std" and whose text
    says set_value()."""
    cpp = {
        "Cpp/future/std_promise.md": NOTES["Cpp/future/std_promise.md"],
        "Cpp/Контейнеры/Set.md": "Упорядоченное множество уникальных ключей.\n",
    }
    index = index_of(cpp)
    assert answer(index, "std::set") == "Set"
    assert answer(index, "что такое std::promise") == "std::promise"


def test_the_word_a_whole_vault_speaks_of_is_the_questions_setting() -> None:
    """ "python sets" in a Python vault: "python" is where the question is asked, "sets" what
    it asks (as in "sets in python"); "what is kafka connect" asks for the card named by
    both; "context managers" is the note named so, not its entry "contextmanager" read as
    one word."""
    python = {
        f"{name}.md": f"Python {name.lower()} are part of the language.\n"
        for name in ("Numbers", "Strings", "Tuples", "Lists", "Dicts", "Classes", "Modules")
    }
    python["Sets.md"] = "An unordered collection of unique objects.\n"
    python["foundations.md"] = "- Python Language Basics\n- Numbers\n- Sets\n"
    python["Context Managers.md"] = (
        "The with statement opens a context and closes it.\n\n## contextmanager\n"
        "A Python decorator that turns a generator into a context manager.\n"
    )
    index = index_of(python)
    asked = ["python", "sets"]
    resolved = [resolve_word(index, w, w) for w in asked]
    assert querysetting.context_words(index, resolved, asked, "python sets") == [True, False]
    assert answer(index, "python sets") == "Sets"
    assert answer(index, "context managers") == "Context Managers"
    kafka = {
        f"{name}.md": f"A Kafka {name.lower()} is a part of every Kafka cluster.\n"
        for name in ("Broker", "Topic", "Partition", "Producer", "Consumer", "Offset")
    }
    kafka["Kafka Connect.md"] = "Moves data between Kafka and other systems.\n"
    kafka["connect-standalone.md"] = "Runs one worker; connect it to a file source.\n"
    index = index_of(kafka)
    asked = ["kafka", "connect"]
    resolved = [resolve_word(index, w, w) for w in asked]
    assert querysetting.context_words(index, resolved, asked, "kafka connect") == [False, False]
    assert answer(index, "what is kafka connect") == "Kafka Connect"


def test_a_card_named_as_asked_wins_over_a_remark_scoring_a_little_higher() -> None:
    """ "what is a matching in graph theory": in a vault where "matching theory" fills the
    remarks of many notes, one of them may score a little over the note "matching"; the
    note named as asked answers, a remark scoring far more does not yield."""
    notes = {
        "Graphs/matching.md": "A set of pairwise disjoint edges of a graph.\n",
        "Graphs/odd components.md": (
            "# odd components\n\nA component of odd order.\n\n## Relations\n"
            "- Components and their parity play a key role in matching theory and Tutte's "
            "condition.\n- Odd components decide whether a perfect matching exists at all.\n"
        ),
    }
    index = index_of(notes)
    fact = next(i for i, c in enumerate(index.cards) if c.kind is CardKind.FACT)
    named = next(i for i, c in enumerate(index.cards) if c.title == "matching")
    ranked = [(0.75, fact, False), (0.72, named, False)]
    assert cardscores.named_over_facts(index, ranked, ["matching"])[0][1] == named
    far = [(0.9, fact, False), (0.72, named, False)]
    assert cardscores.named_over_facts(index, far, ["matching"])[0][1] == fact


def test_a_term_between_numbered_entries_is_the_entrys() -> None:
    cards = {c.title: c for c in index_of({"Dotnet/AspNet.md": NOTES["Dotnet/AspNet.md"]}).cards}
    assert cards["Scoped"].section == ("Сервер", "DI Lifetimes")
