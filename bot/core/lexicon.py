"""Russian and English names of the same technical idea, for questions asked in the other
language than the notes ("утиная типизация" → Duck typing, "what is a branch" → Ветка).

Only words that do not sound alike are listed: "контейнер"/"container" and "мьютекс"/"mutex"
already meet through their shared sound key. Each line is `russian words: english words`.
Every Russian word (any form, lemmatised on use) may mean any English word of its line and
back, and the Russian words of a line mean one another ("откатить" ~ "отмена"). Written by
hand because no maintained offline ru↔en dictionary of computing terms exists on PyPI; it is
language data, not any one vault's subject.
"""

from __future__ import annotations

from collections.abc import Callable

_PAIRS = """
адрес: address
анализ: analysis analyze
аннотированный аннотировать: annotated annotate
аутентификация: authentication
балансировщик балансировка: balancer balancing
безопасность: security
блокировка блокировать: lock locking
ветка ветвь: branch
вложенный вложить: nested
внедрение: injection
временный: temporary
вставка: insert
выборка: select selection sample
вызов вызвать: call invoke
выполнение: execution
данные: data
дерево: tree
диспетчер: dispatcher scheduler
доступ: access
жесткий: hard
журнал журналирование: log logging
задача: task
заголовок: header title
замок: lock
запись записать: write record
запрос: request query
зависимость: dependency
защита: protection
значение: value
изменение: change
изоляция: isolation
индексация: indexing
исключение: exception exclusion
источник: source
канал: channel
карта: map
ключ: key
кольцо: ring
коммутатор: switch
конвейер: pipeline
копирование: copy
корень корневой: root
куча: heap
легковесный легкий: lightweight light
маршрут: route
маршрутизатор маршрутизация: router routing
массив: array
метка: label tag
мусор: garbage
мягкий: soft
наблюдатель: observer
наследование: inheritance
настройка настроить: config configure settings
неблокирующий: non-blocking
непрерывный: continuous
нить: thread
область: scope region
обновление обновить: update upgrade
образ: image
обработчик: handler
объединение: union join
ограничение: limit constraint
окружение: environment
отказоустойчивость: fault tolerance
отмена отменить откат откатить: cancel undo revert rollback
отправка отправить: send push
очередь: queue
ошибка: error
пакет: package packet
память: memory
параллелизм параллельный: parallelism parallel
параметризованный параметризировать дженерик: generic generics parameterized
передача: transfer
переменная: variable
перенаправление: redirect
планировщик: scheduler planner
подписка подписчик: subscription subscriber
подпись: signature
поиск: search
поле: field
получатель: receiver consumer
пользователь: user
порядок: order
последовательность: sequence
поставщик производитель: producer provider
построитель: builder
поток: thread stream flow
почта: email
представление: view
прерывание: interrupt break
привязка: binding
приложение: application
присваивание: assignment
проверка: check validation
пространство: space namespace
развертывание развернуть: deployment deploy
разделение разделять: split separation
размер: size
разрешение: permission
распределенный: distributed
расширение: extension
реестр: registry
рукопожатие: handshake
сборка собрать: build collection
сборщик: collector collection
свойство: property
связь: link relation
сеть сетевой: network
сжатие: compression
слияние: merge
словарь: dictionary map
слой: layer
служба: service
соединение: connection join
подключение подключить: connect connection
сообщение: message
сравнение: comparison
среда: environment
срез: slice
ссылка: reference link
строка: string line row
структура: struct structure
сущность: entity
счетчик: counter
таблица: table
тег тэг: tag
тип: type
типизация: typing
том: volume
точка: point
трехсторонний: three-way
указатель: pointer
узел: node
уровень: level
условие: condition
устойчивость: resilience
утечка: leak
утиный: duck
фиксация: commit
фоновый: background
хеширование хеш: hashing hash
хранилище: storage repository store
цикл: loop cycle
чтение читать: read
шифрование: encryption
шлюз: gateway
экземпляр: instance
ядро: kernel core
проброс пробросить: forwarding forward expose publish
запуск запустить: run start launch
остановка остановить: stop
удаление удалить: delete remove
создание создать: create
установка установить: install
скачать скачивание: download pull
загрузка загрузить: upload load
перезапуск перезапустить: restart
просмотр посмотреть: view show list
внутренний: internal inner
внешний: external foreign outer
приоритет: priority
читатель: reader readers
писатель: writer writers
философ: philosopher
обедать обедающий: dining
гонка: race
состояние: state condition
переключение переключать: switch switching
управление: control management
взаимоблокировка дедлок тупик: deadlock
взаимный: mutual
сортировка: sort sorting
быстрый: quick fast
страница страничный: page paging
замещение: replacement
часы: clock
голодание: starvation
промах: miss
попадание: hit
режим: mode
пользовательский: user
загрузчик: loader
каталог: directory
владелец: owner
бин: bean
оптимистичный: optimistic
пессимистичный: pessimistic
грязный: dirty
неповторяемый: non-repeatable
первичный: primary
хранимый: stored
подзапрос: subquery
интерфейс: interface
критический: critical
общий разделяемый: shared common
оконный окно: window
мертвый: dead
сканирование: scan
переобучение: overfitting
недообучение: underfitting
обучение обучать: training learning
признак: feature
решение: decision solution
случайный: random
лес: forest
спуск: descent
потеря: loss
точность: accuracy precision
полнота: recall
нейронный: neural
вес: weight
смещение: bias offset
дисперсия: variance
внимание: attention
уменьшить уменьшение: reduce decrease
увеличить увеличение: increase
ноль нулевой: zero
"""


def _parse() -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    out: list[tuple[tuple[str, ...], tuple[str, ...]]] = []
    for line in _PAIRS.strip().splitlines():
        russian, _, english = line.partition(":")
        out.append((tuple(russian.split()), tuple(english.split())))
    return out


LEXICON = _parse()


def translations(term: Callable[[str], str]) -> dict[str, frozenset[str]]:
    """Index term → the index terms of its other-language names (both directions)."""
    out: dict[str, set[str]] = {}
    for russian, english in LEXICON:
        ru = {term(w) for w in russian}
        en = {term(p) for w in english for p in w.split("-") if p}
        for r in ru:
            out.setdefault(r, set()).update(en | ru - {r})
        for e in en:
            out.setdefault(e, set()).update(ru)
    return {k: frozenset(v) for k, v in out.items()}
