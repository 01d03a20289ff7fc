"""Russian and English names of the same technical idea, and the everyday words study notes
use around them ("человек": person, "голландский": dutch), for questions asked in the other
language than the notes ("утиная типизация" → Duck typing, "what is a branch" → Ветка).

Only words that do not sound alike are listed: "контейнер"/"container" and "мьютекс"/"mutex"
already meet through their shared sound key. Each line is `russian words: english words`.
Every Russian word (any form, lemmatised on use) may mean any English word of its line and
back, and the Russian words of a line mean one another ("откатить" ~ "отмена"). Russian
words joined by "+" are a phrase meaning the line's English words only together
("взаимный+блокировка": deadlock). An English word means its British and American
spellings alike ("modeling", "modelling"). Written by
hand because no maintained offline ru↔en dictionary of study terms exists on PyPI (the one
on npm, enru-dict, gives one machine translation per word, often wrong: "competitive" →
«низким»); it is language data for every subject people study, not any one vault's. `CLIPPINGS`
lists English words as chat clips them ("auth", "repo") with the full words they stand for.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from bot.core.text import fold

_PAIRS = """
линейно: linearly
неясность: obscurity
идентификация: identification identity
квалифицированный: qualified
крест: cross
кодирование кодировать закодировать закодированный: encoding encode encoded
декодирование декодировать: decoding decode
мускулатура: musculature muscle
финансы финансовый: finance finances financial
интеллект интеллектуальный: intelligence intellect intellectual
склейка склеивание склеить: concatenation concatenate gluing
тавтология: tautology
эквиваленция: equivalence biconditional
суперпозиция: composition superposition
инициализатор: initializer initialiser
проскальзывание проскальзывать: slipping slip
эффективный: efficient effective
кастомный кастомизированный: custom customized
кастомизация: customization customisation
дефолтный: default
рандомный: random
юзер: user
сумматор: adder summer
полусумматор: half-adder
компилятор: compiler
анонимный: anonymous
проклятие: curse
многомерный: multidimensional
утилитаризм: utilitarianism
наводящий: leading
непредумышленный: involuntary unintentional
человеко: human
инженерия инженерный: engineering
интерпретатор: interpreter
октодерево: octree
квадродерево: quadtree
полифил: polyfill polyfilling
растровый растр: bitmap
сдвиговый: shift
регистр: case
триггер: flip-flop
защёлка: latch
шифратор: encoder
конвейер: pipe
конвейерный: pipelined pipeline
конвейеризация: pipelining
разрядность: width bitness
разряд: digit bit
перенос: carry shift wrap wrapping transport
дополнение: completion
дополнительный: complement
обратный: inverted
плавающий: flaky
запятая: point
фиксированный: fixed
порядок: ordering
тактовый: clock
такт: cycle tick clock
устройство: unit
сохранение: store
предсказатель: predictor
приостановка: stall
проброс: bypass
непосредственный: immediate
прямой: straight
многоядерный: multicore multi-core
истинность: truth
комбинационный: combinatorial
последовательностный: sequential
автомат: automaton machine
схема: circuit
микросхема: chip microchip
плата: board
материнский+плата: motherboard
запоминающий: storage memory
энергонезависимый: non-volatile nonvolatile
энергозависимый: volatile
восьмеричный: octal
счисление: numeral notation
микропрограмма: microcode firmware
кристалл: die chip
конденсатор: condenser
порядок+байт: endianness
мультиплексор: mux
демультиплексор: demux
умножитель: multiplier
делитель: divider
вытеснение: replacement
когерентность: coherence
запись: row
опережающий: lookahead
фронт: edge
нарастающий: rising running cumulative
спадающий: falling
тактирование: clocking
озу: ram
пзу: rom
цп: cpu
цпу: cpu
гиперпоточность: hyperthreading
выравнивание: padding
кремниевый: silicon
тепловыделение: heat-dissipation
предвыборка: prefetch prefetching
микрооперация: micro-op micro-operation uop
переименование: renaming rename
резервирование: reservation
переупорядочивание: reordering reorder
чередование: interleaving
регенерация: refresh
головка: head
пластина: platter
поиск: seek
полный: total
прерываемый: interruptible
маскируемый: maskable
немаскируемый: non-maskable
видеопамять: vram
кварцевый: crystal quartz
подтягивающий: pull-up
стягивающий: pull-down
дребезг: bouncing
антидребезг: debounce debouncing
ацп: adc
цап: dac
прошивка: flashing
синтаксический: syntactic syntax
синтаксис: syntax
анализатор: analyzer parser
синтаксический+анализатор: parser
бесконтекстный: context-free
видимость: scope
связывание: linking
свёртка: folding fold reduction
удаление: elimination uninstall uninstallation drop
развёртывание: unrolling
встраиваемый: inline embedded
слабый: loose
энергичный: eager
корректность: soundness
операционный: operating
исчисление: calculus
инструкция: statement
останов: halting break
обработчик: worker
неоднозначность: ambiguity
неоднозначный: ambiguous
приоритет: precedence
подвыражение: subexpression
подтип: subtype
надтип: supertype
инициализация: initialization
время+жизнь: lifetime ttl
счётчик+ссылка: refcount
раскрутка: bootstrapping
самоприменимый: self-hosting
грамматический: grammar
порождающий: generating generator
распознаватель: recognizer
левосторонний: leftmost left
правосторонний: rightmost right
магазинный: pushdown
состояние: status
недетерминированный: nondeterministic
детерминированный: deterministic
проверка: checking review
типобезопасный: type-safe
вызываемый: callable callee
вызывающий: caller
возвращаемый: returned
маркировка: marking mark tagging labeling
фигурный: curly
ветвь: arm
неподвижный: fixed
неподвижный+точка: fixpoint
трёхадресный: three-address
достигающий: reaching
всплытие: hoisting
сокрытие: shadowing
пространство+имя: namespace
уточнение: refinement narrowing
обнуляемый: nullable
освобождение: freeing
раздельный: separate
диспетчеризация: dispatch
охранный: guard
разворачивание: unrolling unfolding
глазок: peephole
передача: pass passing transit
распаковка: extraction
приведение+тип: typecast
проверка+тип: typechecking
проверщик: checker
анализатор+код: linter
исполняемый+файл: executable
динамический+библиотека: dll
перемещаемый: relocatable
возвратный: return
шаблонный: generic
инстанцирование: instantiation
гигиеничный: hygienic
квазицитирование: quasiquotation
цитирование: quoting
клини: kleene
заглядывание: lookahead
синтезированный: synthesized
наследуемый: inherited
польский: polish
интерпретируемый: interpreted
компилируемый: compiled
первоклассный: first-class
выходной: output
контекстно: context
символический: symbolic
домашний: home
чтение: reading
завершение: exit
служба: daemon
суперпользователь: superuser root
удалённый: deleted
журналирование: journaling
журнал: journal
передний+план: foreground
вставка: paste
вставить: insert paste
обычный: normal
выделение: selection highlighting
повтор: redo
порождение: spawning
заблокированный: blocked locked
маска: mask
сжатие: contraction
архивация: archiving
шаблон: glob
подстановка: expansion
псевдоним: alias
автодополнение: completion
дескриптор: handle
модуль: modulus
системный+вызов: syscall
привилегия: privilege
уровень+выполнение: runlevel
идентификатор+процесс: pid
использование: utilization
пространство+пользователь: userspace
дописывание: append appending
дописать: append
добавление: append
сочетание+клавиша: keybinding shortcut
перевод+строка: newline
панель: pane
разделить: split
прыжок: jump
сворачивание: collapse
подсветка: highlighting highlight
смена: change
смена+владелец: chown
смена+право: chmod
подоболочка: subshell
именованный+канал: fifo
установка: installation setup mindset
скрытый+файл: dotfile
подстановочный: substitution
тильда: tilde
черта: bar
слэш: slash
обратный+слэш: backslash
одинарный: single
двойной: binary
сортировать: sort
просмотр: viewing preview
пейджер: pager
редактор: editor
сохранить: write
выйти: quit log-out sign-out
вернуть: restore
скопировать: copy yank
удалить: drop
строка+состояние: statusline
ключевой+пара: keypair
пара+ключ: keypair
открытый+ключ: pubkey
конфигурационный: config
подключиться: connect
отключиться: disconnect
присоединить: attach
микроядро: microkernel
смена+корень: chroot
размонтировать: unmount umount
отформатировать: format
мандатный: mandatory
дискреционный: discretionary
избирательный: discretionary
приглашение: prompt
следить: follow watch
наблюдать: watch observe
отвязать: disown detach
автозапуск: autostart startup
руководство: guide
страница+руководство: manpage
буфер+обмен: clipboard
нумерация: numbering
цветовой+схема: colorscheme
вычет: residue
шифрование: encipherment
расшифрование: decryption
дешифрование: deciphering
открытый+текст: plaintext
разглашение: disclosure knowledge
стойкость: security hardness
стойкий: secure
сравнимый: congruent
кратное: multiple
взаимно+простой: coprime
остаток: remnant
возведение: exponentiation raising
образующий: generator
подпись: signing signature
односторонний: one-way
лазейка: trapdoor
обмен: metathesis
блочный: block
поточный: stream
сцепление: chaining
заполнение: aufbau
блокнот: pad notepad notebook
случайный: accidental
нарушитель: adversary
доказывающий: prover
проверяющий: verifier
проверяемый: verifiable
майнинг: mining
кошелёк: wallet
реестр: ledger register
удостоверяющий: certification
конфиденциальность: confidentiality
сложность: hardness
трудность: hardness difficulty
сведение: reduction
пренебрежимый: negligible
неразличимость: indistinguishability
неразличимый: indistinguishable
решето: sieve
простота: primality
вероятностный: randomized
малый: little minor
китайский: chinese
функция+эйлер: totient
эйлер: euler
перехват: hijacking
гомоморфный: homomorphic
разделение: sharing splitting segregation
комиссия: fee
цезарь: caesar
перестановочный: transposition
перестановка: transposition
рассеивание: diffusion
перемешивание: confusion mixing
лавинный: avalanche
гамма: keystream
гаммирование: keystream
имитовставка: mac
секретность: secrecy
постквантовый: post-quantum
нод: gcd
нок: lcm
расширенный: extended
лежандр: legendre
показатель: index
псевдопростой: pseudoprime
неинтерактивный: non-interactive
связывающий: binding
одноразовый+число: nonce
метка+время: timestamp
трата: spend spending
византийский: byzantine
сжигание: burning burn
чеканка: mint
эмиссия: issuance
отзыв+сертификат: revocation
список+отзыв: crl
аутентифицированный: authenticated
атака+посредник: mitm
словарный: dictionary
подбор: brute-force
выбранный: chosen
выбранный+открытый: cpa
выбранный+шифротекст: cca
китайский+теорема: crt
звёздный: stellar sidereal star
дифференциация: differentiation
светимость: luminosity
видимый: apparent
красный+смещение: redshift
синий+смещение: blueshift
туманность: nebula
млечный: milky
шаровой: globular
рассеянный: scattered diffuse
карлик: dwarf
сверхновая: supernova
термоядерный: thermonuclear fusion
гелий: helium
лунный: lunar
наклон: tilt inclination
наклонение: inclination
полуось: semi-axis semimajor
притяжение: gravity
равноденствие: equinox
солнцестояние: solstice
склонение: declination
восхождение: ascension
ударный: impact
мантия: mantle
сияние: aurora
полярный+сияние: aurora
пятно: spot
вспышка: flash outburst
абсолютно+чёрный: blackbody
взрыв: bang
реликтовый: relic background
материя: matter
захват: locking
обитаемый: habitable
обитаемость: habitability
лучевой: radial
окуляр: eyepiece
фокусный: focal
восход: sunrise rise
закат: sunset
полнолуние: full-moon
новолуние: new-moon
обращение: revolution orbit
ледяной: icy ice
каменистый: rocky
земной: terrestrial earth
гидростатический: hydrostatic
светило: star
спутник: moon
карликовый: dwarf
звездообразование: star-formation
нейтронный: neutron
межзвёздный: interstellar
межпланетный: interplanetary
околозвёздный: circumstellar
покрытие: occultation
прохождение: transit
противостояние: opposition
соединение: conjunction compound
попятный: retrograde
прямое+движение: prograde
гелиоцентрический: heliocentric
большой+полуось: semimajor
космический: space
убегание: escape
отражательный: reflective
отражательный+способность: reflectivity albedo
излучательный: emissive
излучательный+способность: emissivity
протозвезда: protostar
коричневый: brown
неправильный: irregular
рукав: arm
выпуклость: bulge
обилие: abundance
распространённость: abundance
подповерхностный: subsurface
пастух: shepherd
короткопериодический: short-period
долгопериодический: long-period
звездопад: meteor-shower
болид: fireball
часовой: hour
высота: elevation
свеча: candle
затменный: eclipsing
светосила: aperture
увеличение: magnification
разрешающий: resolving
монтировка: mount
аппарат: spacecraft craft
зонд: probe
посадочный: lander landing
марсоход: rover
луноход: rover
пролёт: flyby
разгон: acceleration boost
торможение: deceleration
перицентр: periapsis
апоцентр: apoapsis
апогей: apogee
сидерический: sidereal
серп: crescent
растущий: waxing
убывающий: waning
четверть: quarter
горбатый: gibbous
полутень: penumbra
тень: umbra
кольцеобразный: annular
протуберанец: prominence
лучистый: radiative
радиационный: radiation
слой: tier
златовласка: goldilocks
роша: roche
кеплеровский: keplerian
перигелий: perihelion
афелий: aphelion
реагент: reactant
лимитирующий: limiting
избыточный: excess
окислитель: oxidizer oxidising
окислительно+восстановительный: redox
молярный: molar
выход: yield sign-out
растворимый: soluble
нерастворимый: insoluble
пересыщенный: supersaturated
разбавленный: dilute diluted
разбавление: dilution
концентрированный: concentrated
основный: basic
щёлочь: base
нейтрализация: neutralization
самопроизвольный: spontaneous
связь: coupling
ионный: ionic
неподелённый: lone
валентный: valence
массовый: mass
благородный: noble
переходный: transition
хлор: chlorine
фтор: fluorine
свинец: lead
олово: tin
кальций: calcium
магний: magnesium
алюминий: aluminum aluminium
фосфор: phosphorus
йод: iodine
бром: bromine
углекислый: carbon-dioxide carbonic
угарный: carbon-monoxide
аммиак: ammonia
гальванический: voltaic
полуреакция: half-reaction
коррозия: corrosion
ржавчина: rust
замещение: displacement
присоединение: addition
отщепление: elimination
осаждение: precipitation
возгонка: sublimation
восстановительный: reduction reducing
окислительный: oxidative
стадия: step stage
активированный: activated
изомерия: isomerism
эфир: ether ester
сложный+эфир: ester
щёлочноземельный: alkaline-earth
конфигурация: config
подуровень: subshell sublevel sublayer
квантовый: quantum
электроотрицательный: electronegative
неполярный: nonpolar non-polar
межмолекулярный: intermolecular
процентный: percentage
мольный: mole molar
уравнивание: balancing
уравновешенный: balanced
сокращённый: net abbreviated
наблюдатель: spectator
мостик: bridge
аккумулятор: battery
кислотность: acidity
основность: basicity
пар: vapour
понижение: depression lowering
плоский: planar flat
угловой: bent
практический: practical actual
шателье: chatelier
изолированный: isolated
солевой: salt
сильный: tight
гидролиз: hydrolysis
бюретка: burette buret
пипетка: pipette
колба: flask
пробирка: test-tube
мензурка: beaker
стакан: beaker
фильтрование: filtration
кипятить: boil
нагреть: heat
охладить: cool
гибридизация: hybridization
гибридный: hybrid
тетраэдр: tetrahedron
тетраэдрический: tetrahedral
октаэдрический: octahedral
аморфный: amorphous
кристаллический: crystalline
неметалл: non-metal
полуметалл: metalloid semimetal
запрет: exclusion
слияние: merging
слить: merge
откатить: roll-back
зафиксировать: commit
хранилище: warehouse
отправка: sending
получение: fetch pull
получить: fetch
подтянуть: pull
отслеживаемый: tracked
неотслеживаемый: untracked
подготовленный: staged
оповещение: alerting
отказоустойчивость: resilience
отказоустойчивый: fault-tolerant resilient
отказ: outage
время+простой: downtime
балансировщик: load-balancer
поэтапный: staged
расписание: cron
функциональность: feature functionality
откладывать: stash shelve
подмодуль: submodule
игнорировать: ignore
игнорируемый: ignored
авторство: blame authorship
опубликовать: publish
публикация: publishing release
объединить: merge combine unite
переписать: rewrite
переписывание: rewriting
принудительный: force forced
клонировать: clone
ответвление: branch
теговый: tag
модульный: modular
оркестрация: orchestration
матрица: matrix
утверждение: approval
одобрение: approval
одобрить: approve
блокирующий: blocking
дежурство: on-call
дежурный: on-call
разбор+инцидент: postmortem
трассировка: tracing trace
короткоживущий: short-lived
долгоживущий: long-lived
правка: fixup
дополнить: amend
переключить: switch checkout
переключиться: switch checkout
вышестоящий: upstream
нижестоящий: downstream
сопровождающий: maintainer
участник: contributor participant
сломанный: broken
журнал+изменение: changelog
примечание: note
ночной: nightly
постепенный: progressive
панель+мониторинг: dashboard
ревью: review
стэш: stash
спрятать: stash
облегчённый: lightweight
голый: bare
перехватчик: hook
предкоммитный: pre-commit
исключить: exclude
блокировка+файл: lockfile
файл+блокировка: lockfile
ролевой: role-based role
подписание: signing
выкатывание: rollout
раскатка: rollout
откатывание: rollback
повторный+запуск: rerun
перезапуск: rerun
горячий+исправление: hotfix
горячий+фикс: hotfix
замораживание: freeze freezing
предрелизный: pre-release prerelease
стабильный: stable
долгосрочный+поддержка: lts
несогласованность: inconsistency
многозначный: multivalued multi-valued
потенциальный: candidate
суррогатный: surrogate
уникальный: unique
материализованный: materialized
проекция: projection
группировка: grouping
коррелированный: correlated
условие: predicate
точка+сохранение: savepoint
атомарность: atomicity
изолированность: isolation
устойчивость: durability
повторяемый: repeatable
сериализуемый: serializable
сериализуемость: serializability
блокировка: lockout
исключительный: exclusive
многоверсионный: multi-version
версионность: versioning
упреждающий: write-ahead
резервный: fallback
ведомый: slave
сегментирование: sharding
оптимизатор: optimizer
кластеризованный: clustered
некластеризованный: non-clustered
упреждающий+журнал: wal
арность: arity
неключевой: non-key
идентификатор: identifier
автоинкремент: auto-increment
витрина: datamart
нереляционный: non-relational nosql
документоориентированный: document-oriented
построчный: row-oriented row-based
полусоединение: semijoin semi-join
антисоединение: antijoin anti-join
самосоединение: self-join
сводный: pivot summary
компенсирующий: compensating
линеаризуемость: linearizability
перекос: skew
табличный: table-level tabular
предотвращение: avoidance
тёплый: warm
аварийный+переключение: failover
перебалансировка: rebalancing
суперключ: superkey
надключ: superkey
альтернативный: alternate
пополнение: augmentation
предикатный: predicate
интервальный: range gap
предшествование: precedence
восстанавливаемый: recoverable
пользовательский+функция: udf
полнотекстовый: fulltext
инвертированный: inverted
статистика: stats
гистограмма: histogram
переименовать: rename
различный: distinct
уникальность: uniqueness
возрастание: increase
убывание: decrease
наличие: existence presence
эквисоединение: equijoin
трёхзначный: three-valued
вакуумирование: vacuum
раздувание: bloat
инкрементный: incremental
проверочный: check
генерируемый: generated
вычисляемый: computed calculated
ресурсоёмкий: expensive resource-intensive
отстающий: lagging
открытость: openness open
закрытость: closedness closed
тесный: tight
наследник: subclass descendant
базовый: base
делегирование: delegation
фасад: facade
приспособленец: flyweight
поведенческий: behavioural
сопровождаемый: maintainable
дублирование: duplication
осмысленный: meaningful
тестируемость: testability
модульность: modularity
вездесущий повсеместный: ubiquitous pervasive
удивление: surprise astonishment
преждевременный: premature
переиспользование: reuse
переиспользовать: reuse
расширяемый: extensible
неподвижность: immobility
вложенность: depth
понятный: clear
выразительный: expressive
лаконичный: concise
краткость: brevity conciseness
зависеть: depend
соблюдение: adherence
изменение: update
надкласс: superclass
подкласс: subclass
разбиение: decomposition
высокоуровневый: high-level
низкоуровневый: low-level
деталь: detail
венгерский: hungarian
верблюжий: camel camelcase
змеиный: snake
шашлычный: kebab
паскалевский: pascal
самодокументируемый: self-documenting
подделка: spoofing
дублёр: double
пограничный: edge
крайний: corner edge
проглатывать: swallow
жёстко: hard hardcoded
зашитый: hardcoded
конфигурируемый: configurable
настраиваемый: configurable customizable
одержимость: obsession
близость: intimacy closeness proximity
расходящийся: divergent
выделить: extract
подъём: pull-up
ясность: clarity
читабельность: readability
однородный: uniform
понятность: understandability
смешение: mixing
ответственный: responsible
гексагональный: hexagonal
луковый: onion
луковичный: onion
прецедент: use-case
неизменный: invariant unchanged
тождественность: identity
идентичность: identity
единообразный: consistent uniform
единообразие: consistency uniformity
предсказуемость: predictability
детерминированность: determinism
самоочевидный: self-explanatory
абстрагирование: abstraction
нестабильность: instability
однонаправленный: one-way
окончательный: final
ромбовидный: diamond
ромб: diamond
эффективность: efficiency
надёжность: robustness
взаимодействие: interoperability
лаконичность: conciseness
многословность: verbosity
многословный: verbose
неотъемлемый: inherent essential
тонкий: thin
толстый: fat thick
имитация: emulation
фиктивный: dummy fake
тема: topic subject
подделать: spoof
межсайтовый+скриптинг: xss
аннулирование: revocation
конечный+точка: endpoint
вход: sign-in
многофакторный: multifactor
отсрочка: delay
выключатель: breaker
подтверждение: acknowledgement ack
промежуточный+слой: middleware
постраничный: paged
источник: origin
совместный: sharing shared
срок: expiration
удостоверение: credential identity
очистка: sanitization
недоверенный: untrusted
кешируемый: cacheable
липкий: sticky
дубликат: duplicate
упорядоченность: ordering
кодировка: charset
обратный+вызов: callback
работоспособность: operability
подделка+межсайтовый: csrf
проба: probe sample
живость: liveness
создание: creation
рассылка: broadcast fanout
отравленный: poisoned
противодавление: back-pressure
ведро: bucket
прогрев: warm-up warming warmup
лавина: avalanche stampede
единый+вход: sso
доверяющий: relying
обновляющий: refresh
перец: pepper
белый+список: allowlist whitelist
чёрный+список: denylist blacklist
изящный: graceful
устаревание: deprecation
полнодуплексный: full-duplex
очередь+недоставленный: dlq
временный: transient temporary temp
автоудаление: auto-delete
отклонение: reject nack
повторная+доставка: redelivery
повторный+попытка: retry
разброс: jitter
размыкатель: circuit-breaker breaker
разомкнутый: open
продление: extension
одноразовый+пароль: otp
одноразовый+код: otp
заявка: claim
пульс: heartbeat
сеть+доставка: cdn
метка+сущность: etag
свежесть: freshness
перепроверка: revalidation
исходящий: outbound
входящий: inbound
повторный+обработка: reprocessing
таймаут: timeout
пиковый: peak
всплеск: burst spike
разгрузка: offloading
регистрация: signup sign-up
зарегистрироваться: sign-up register
войти: log-in sign-in
предварительный+запрос: preflight
боковой: sidecar
коляска: sidecar
фрагментированный: chunked fragmented
порционный: chunked
ломающий: breaking
запрещённый: prohibited
неавторизованный: unauthorized
недоступный: unavailable
перемещённый: moved
кососимметричный: skew-symmetric antisymmetric
надмножество: superset
криволинейный: curvilinear
суммируемый: summable
расслоение: bundle fibration
полупроводник: semiconductor
катушка: coil inductor
маятник: pendulum
башня: tower
теплоёмкость теплоемкость: heat-capacity
натяжение: tension
испарение испаряться: evaporation vaporization
плавление плавиться: melting fusion
кипение кипеть: boiling
замерзание замерзать: freezing
сверхпроводимость: superconductivity
центростремительный: centripetal
центробежный: centrifugal
спутник спутниковый: satellite
прочность: strength toughness
сера: sulfur sulphur
натрий: sodium
калий: potassium
медь медный: copper
серебро: silver
золото: gold
ртуть: mercury
кремний: silicon
спирт: alcohol
уксусный: acetic
углеводород: hydrocarbon
жир жирный: fat fatty
крахмал: starch
решётка решетка: lattice grating
электроотрицательность: electronegativity
осадок: precipitate sediment
титрование: titration
горение гореть: combustion burning
взрыв: explosion blast
газообразный: gaseous
перегонка: distillation
аминокислота: amino-acid
ядрышко: nucleolus
видообразование: speciation
родословная: pedigree
выделительный: excretory
желудочек: ventricle
кишечник кишка кишечный: intestine gut bowel intestinal
хрящ: cartilage
сухожилие: tendon
позвоночник позвонок позвоночный: spine vertebra vertebral
череп черепной: skull cranial
щитовидный: thyroid
надпочечник: adrenal
поджелудочный: pancreatic pancreas
гипофиз: pituitary
слух слуховой: hearing auditory
обоняние: smell olfaction
вкус вкусовой: taste gustatory
осязание: touch
ухо: ear
хрусталик: lens
зрачок: pupil
роговица: cornea
радужка: iris
сгусток: clot
моча мочевой: urine urinary
пищевод: esophagus oesophagus
желчь желчный: bile biliary
головокружение: dizziness vertigo
тошнота: nausea
рвота: vomiting
кашель: cough
сыпь: rash
зуд: itch itching pruritus
ушиб: bruise contusion
ожог: burn
желтуха: jaundice
восприимчивость: susceptibility
тучный: mast
переливание: transfusion
хирург хирургический: surgeon surgical
обезболивание обезболивающий: analgesia analgesic painkiller
наркоз: anesthesia anaesthesia
передозировка: overdose
противоядие: antidote
противомикробный: antimicrobial
противовирусный: antiviral
противогрибковый: antifungal
снотворный снотворное: hypnotic
успокоительный: sedative tranquilizer
мочегонный: diuretic
слабительный: laxative
мазь: ointment
внутримышечный: intramuscular
подкожный: subcutaneous
аптека: pharmacy
истец: plaintiff claimant
ответчик: defendant respondent
защитник: defender
правонарушение: offense offence
проступок: misdemeanor misconduct
невиновность невиновный: innocence innocent
умысел умышленный: intent intentional
неосторожность халатность: negligence carelessness
завещание: testament
статья: article
авторский: copyright
тайна: secrecy secret
ничтожный: void
недействительный: invalid
оспоримый: voidable
процессуальный: procedural
доверенность: proxy attorney
разбирательство судопроизводство тяжба: proceedings litigation
дознание: inquiry
задержание: detention arrest
изъятие: seizure confiscation
лишение: deprivation
помилование: pardon
присяжный присяжные: juror jury
правосудие: justice
вменяемость вменяемый: sanity sane
невменяемость невменяемый: insanity insane
соучастие соучастник: complicity accomplice
грабёж грабеж: robbery
убийство: murder homicide
взятка взяточничество подкуп: bribe bribery
давность: limitation prescription
неустойка: penalty forfeit
третейский: arbitral arbitration
международный: international
гнев злость: anger
радость: joy
печаль грусть: sadness
стыд: shame
зависть: envy
детство: childhood
подросток подростковый: adolescent teenager adolescence
взрослый: adult
сновидение: dream
бодрствование: wakefulness
дух духовный: spirit spiritual
душа: soul
чувственный: sensory sensual
вещь: thing
добро: goodness
зло: evil
добродетель: virtue
счастье: happiness
красота прекрасный: beauty beautiful
искусство: art
единство: unity
борьба: struggle
становление: becoming formation
мировоззрение: worldview
вера: faith belief
бог божественный: god divine
сомнение: doubt
очевидный: obvious evident
всеобщий: universal
деятельность: activity
отчуждение: alienation
созерцание: contemplation
восстание: uprising revolt rebellion
бунт мятеж: riot mutiny
переворот: coup
крепостной крепостничество: serf serfdom
крестьянин крестьянство: peasant peasantry
дворянство дворянин: nobility nobleman gentry
купец купечество: merchant
духовенство: clergy
князь княжество: prince principality
король: king
королевство: kingdom
государь: sovereign monarch
самодержавие: autocracy
царствование: reign
завоевание завоеватель: conquest conqueror
союзник: ally
перемирие: truce armistice
победа победитель: victory winner
сражение битва: battle
осада: siege
нашествие: invasion
раб рабство: slave slavery
рабовладельческий: slaveholding
средневековье средневековый: medieval
древний древность: ancient antiquity
возрождение: renaissance revival
просвещение: enlightenment
век: century
столетие: century
тысячелетие: millennium
летопись летописец: chronicle chronicler
раскопки: excavation
правитель: ruler
вождь: chief
племя племенной: tribe tribal
кочевник кочевой: nomad nomadic
оседлый: sedentary settled
земледелие: agriculture farming
ремесло ремесленник: craft artisan
промышленность: industry
переселение: resettlement
беженец: refugee
вооружение: armament weapons
оружие: weapon
первобытный: primitive primeval
камень каменный: stone
железный: iron
государственность: statehood
крещение: baptism
церковь церковный: church
ересь: heresy
раскол: schism
губерния: governorate province
уезд: county district
советский: soviet
оттепель: thaw
застой: stagnation
перестройка: restructuring
мировой: world global
мирный: peaceful
сословие сословный: estate
памятник: monument
рукопись: manuscript
числительное: numeral
междометие: interjection
причастие: participle
деепричастие: gerund
наклонение: mood
обстоятельство: circumstance adverbial
ударение: stress accent
слог: syllable
произношение: pronunciation
письменность: writing
буква: letter
сравнительный: comparative
превосходный: superlative
одушевлённый одушевленный: animate
неодушевлённый неодушевленный: inanimate
возвратный: reflexive
повелительный: imperative
сослагательный: subjunctive
изъявительный: indicative
страдательный: passive
безличный: impersonal
придаточный: subordinate
серый: gray grey
витой: twisted
почтовый: mail postal
радужный: rainbow
красный: red
лабиринт: maze
запах: smell odor
исчезновение: disappearance
замечание: remark
упражнение: exercise
контрпример: counterexample
сравнимый: comparable
делимость делимый: divisibility divisible
смешанный: mixed
сечение: section
многогранник: polyhedron
четырёхугольник четырехугольник: quadrilateral
ромб: rhombus
трапеция: trapezoid trapezium
вписанный: inscribed
монета: coin
благоприятный: favorable favourable
равновероятный: equiprobable
устранимый: removable
подынтегральный: integrand
несобственный: improper
всюду: everywhere
нигде: nowhere
самосопряжённый самосопряженный: self-adjoint hermitian
присоединённый присоединенный: adjoint adjugate
приводимый: reducible
отделимость отделимый: separability separable
накрытие накрывающий: covering
стягиваемый: contractible
ориентируемость: orientability orientable
подбрасывание подбросить: toss
замедление: deceleration slowdown
невесомость: weightlessness
выталкивающий плавучесть: buoyant buoyancy
рычаг: lever leverage
наклонный: inclined
кпд: efficiency
двигатель: engine motor
громкость: loudness
живой: living alive
растение растительный: plant
животное: animal
водоросль: alga algae
царство: kingdom realm
семейство семья семейный: family
беспозвоночный: invertebrate
млекопитающее: mammal
птица: bird
рыба: fish
насекомое: insect
земноводное: amphibian
сообщество: community
пища пищевой: food
хищник хищничество: predator predation
жертва: victim prey
обитание местообитание: habitat
приспособленность приспособление: fitness adaptation
родство родственный: kinship relatedness related
наследуемость: heritability
брожение: fermentation
стенка стена: wall
полупроницаемый: semipermeable
насос: pump
покой покоящийся: rest resting
мозжечок: cerebellum
кора корковый: cortex cortical
полушарие: hemisphere
ствол стволовой: stem trunk
кровоток: bloodstream
предсердие: atrium
клапан: valve
гидратация: hydration
вдох: inhalation inspiration inspiratory
выдох: exhalation expiration expiratory
эпикард: epicardium
миокард: myocardium
эндокард: endocardium
перикард: pericardium
базальный+слой: stratum-basale basal-layer
роговой+слой: stratum-corneum
шиповатый+слой: stratum-spinosum
зернистый+слой: stratum-granulosum
блестящий+слой: stratum-lucidum
дыхательный+объём: tidal-volume
остаточный+объём: residual-volume
жизненный+ёмкость: vital-capacity
зуб зубной: tooth dental
слюна слюнный: saliva salivary
селезёнка селезенка: spleen
вилочковый: thymus
кроветворение: hematopoiesis haematopoiesis
яичник: ovary
семенник яичко: testis testicle
матка маточный: uterus uterine
молочный: milk lactic mammary
анатоксин: toxoid
стадный коллективный: herd
деловой: business
домохозяйство: household
прожиточный: subsistence
бедность бедный: poverty poor
богатство богатый: wealth wealthy rich
налогоплательщик: taxpayer
налогооблагаемый: taxable
упущенный: foregone missed
человеческий: human
эмитент: issuer
котировка: quotation
будущий будущее: future
нераспределённый нераспределенный: retained undistributed
переоценка: revaluation
мсфо: ifrs
ндс: vat
осмотрительность: prudence conservatism
существенность: materiality
сопоставимость: comparability
своевременность своевременный: timeliness timely
мнение: opinion
оговорка: caveat reservation
акциз: excise
таможня таможенный: customs
кредитоспособность: creditworthiness
заёмщик заемщик: borrower
поручитель поручительство: guarantor surety
арендодатель: landlord lessor
сберегательный: savings
безналичный: cashless noncash
рассрочка: instalment
товарищество: partnership
торги: auction bidding
дорожный: roadmap
ежедневный: daily
еженедельный: weekly
наставник наставничество: mentor mentoring
выгорание: burnout
текучесть: attrition
веха: milestone
обычай: custom
самоактуализация: self-actualization
совладание совладающий: coping
сочувствие сострадание: compassion sympathy
толпа: crowd
младенец младенчество: infant infancy
созревание: maturation
угасание: extinction fading
различение: discrimination differentiation
консультирование: counseling counselling
учебник: textbook
цитата цитирование: citation quotation
исследователь: researcher
учёный ученый: scientist scholar
изобретение изобретатель: invention inventor
локоть: elbow
колено: knee
бедро бедренный: thigh femoral
запястье: wrist
грудной грудь: chest thoracic
брюшной живот: abdominal abdomen
таз тазовый: pelvis pelvic
шея шейный: neck cervical
лопатка: scapula
ключица: clavicle collarbone
грудина: sternum
крестец: sacrum
копчик: coccyx tailbone
поперечнополосатый: striated
лобный: frontal
височный: temporal
затылочный: occipital
теменной: parietal
извилина: gyrus
борозда: sulcus groove
спинномозговой: cerebrospinal
барабанный: tympanic
улитка: cochlea
носовой: nasal
гортань: larynx
глотка: pharynx throat
двенадцатиперстный: duodenum duodenal
мочеточник: ureter
клубочек клубочковый: glomerulus glomerular
каналец: tubule
перегородка: septum
венечный: coronary
кровоснабжение: perfusion
повышенный: elevated
обострение: exacerbation flare
рецидив: relapse recurrence
выздоровление: convalescence
неотложный: emergency urgent
вскрытие: autopsy
смерть: death
бляшка: plaque
сахар сахарный: sugar
ожирение: obesity
истощение: exhaustion depletion
голод: hunger famine
жажда: thirst
обморок: syncope fainting
судорога: seizure convulsion cramp
слабость: weakness
утомляемость усталость: fatigue tiredness
бессонница: insomnia
одышка: dyspnea dyspnoea breathlessness
близорукость: myopia nearsightedness
дальнозоркость: hyperopia farsightedness
глухота: deafness
слепота: blindness
вспышка: outbreak flare
бессимптомный: asymptomatic
грипп: influenza flu
простуда: cold
корь: measles
краснуха: rubella
ветрянка: chickenpox varicella
оспа: smallpox pox
столбняк: tetanus
бешенство: rabies
коклюш: pertussis whooping
чума: plague
стенокардия: angina
пролекарство: prodrug
нежелательный: adverse undesirable
сосудосуживающий: vasoconstrictor
сосудорасширяющий: vasodilator
противорвотный: antiemetic
противосудорожный: anticonvulsant antiepileptic
противоопухолевый: antitumor anticancer antineoplastic
поддомен: subdomain
широкополосный: broadband
сотовый: cellular mobile
предел: limit
первообразная: antiderivative primitive
дифференцируемый дифференцируемость: differentiable differentiability
непрерывность: continuity
разрывный: discontinuous
ограниченность: boundedness
неубывающий: nondecreasing non-decreasing
невозрастающий: nonincreasing non-increasing
окрестность: neighborhood neighbourhood
внутренность: interior
прообраз: preimage
расходимость: divergence divergent
знакопеременный знакочередующийся: alternating
степенной: power
многочлен: polynomial
дробь дробный: fraction fractional
числитель: numerator
знаменатель: denominator
множитель сомножитель: factor multiplier
делитель: divisor
кратный кратность: multiple multiplicity
вычитание: subtraction
умножение: multiplication
слагаемое: summand addend
показательный: exponential
угол угловой: angle angular
треугольник: triangle
прямоугольник прямоугольный: rectangle rectangular
окружность: circle circumference
шар: ball sphere
плоскость: plane
луч: ray beam
касательная касательный: tangent
кривизна: curvature
объём объем: volume
площадь: area
евклидов евклидовый: euclidean
подпространство: subspace
определитель: determinant
след: trace
обратимый обратимость: invertible reversible invertibility reversibility
необратимый: irreversible noninvertible
вырожденный: degenerate singular
невырожденный: nondegenerate nonsingular
транспонированный транспонирование: transpose transposed transposition
единичный: identity
треугольный: triangular
подгруппа: subgroup
счётный счетный: countable
несчётный несчетный: uncountable
подмножество: subset
бесконечность: infinity
фундаментальный: fundamental cauchy
коши: cauchy
выпуклый выпуклость: convex convexity
вогнутый вогнутость: concave concavity
перегиб: inflection
определённый определенный: definite
интегрируемость: integrability integrable
обыкновенный: ordinary
однородный однородность: homogeneous homogeneity
неоднородный: inhomogeneous heterogeneous nonhomogeneous
начальный: initial
край краевой: boundary edge
разложение разложить: decomposition expansion factorization
погрешность: error uncertainty
гладкий гладкость: smooth smoothness
многообразие: manifold
исход: outcome
несовместный несовместимый: incompatible
размах: range
совокупность: population totality
совокупный: aggregate cumulative total
несмещённый несмещенный: unbiased
смещённый смещенный: biased
состоятельный состоятельность: consistent consistency
апостериорный: posterior
априорный: prior
цепь: chain circuit
блуждание: walk wandering
частотный: frequentist frequency
наблюдение: observation
количественный: quantitative
сглаживание сгладить: smoothing smooth
движение: motion movement
вращение вращательный поворот: rotation rotational rotate
крутящий: torque
трение: friction
упругий упругость: elastic elasticity
тяготение: gravitation gravity
тяжесть: gravity
притяжение: attraction
отталкивание: repulsion
заряд заряженный: charge charged
ток: current
сопротивление: resistance
проводник проводимость: conductor conductivity conductance
волна волновой: wave
колебание колебательный: oscillation vibration oscillatory
преломление: refraction
свет световой: light luminous
излучение: radiation emission
поглощение поглощать: absorption absorb
рассеяние: scattering
теплота тепло тепловой: heat thermal
жидкость жидкий: liquid fluid
твёрдый твердый: solid
равновесие равновесный: equilibrium
относительность относительный: relativity relative
частица: particle
неопределённость неопределенность: uncertainty
ядерный: nuclear
распад распадаться: decay disintegration collapse dissolution
полураспад: half-life
мгновенный: instantaneous instant
удельный: specific
электричество: electricity
вещество: substance matter
смесь: mixture
раствор растворимость растворитель: solution solubility solvent
растворённый растворенный растворять: dissolved solute dissolve
кислота кислотный кислый: acid acidic
щёлочь щелочь щелочной: alkali alkaline
окисление окислитель окислительный: oxidation oxidant oxidizing
восстановитель: reductant reducing
водород водородный: hydrogen
кислород кислородный: oxygen
углерод углеродный: carbon
азот азотный: nitrogen
вода водный: water aqueous
углевод: carbohydrate
катализатор катализ: catalyst catalysis
фермент: enzyme
насыщенный насыщение: saturated saturation
ненасыщенный: unsaturated
ткань: tissue
наследственность наследственный: heredity hereditary
изменчивость: variability variation
размножение: reproduction breeding
половой: sexual
бесполый: asexual
оплодотворение: fertilization fertilisation
зародыш зародышевый: embryo germinal
яйцеклетка: egg ovum oocyte
сцепленный: linked
скрещивание: crossing crossbreeding hybridization
потомство: offspring progeny
дыхание дыхательный: respiration breathing respiratory
пищеварение пищеварительный: digestion digestive
кровь кровяной: blood
сосуд сосудистый: vessel vascular
сердце сердечный: heart cardiac
лёгочный легочный: pulmonary lung
печень печёночный печеночный: liver hepatic
почка почечный: kidney renal
желудок желудочный: stomach gastric
мозг мозговой: brain cerebral
спинной: spinal
кость костный: bone osseous
мышца мышечный: muscle muscular
сустав суставной: joint articular
кожа кожный: skin cutaneous dermal
кровообращение: circulation
сокращение сократимость: contraction contractility
расслабление: relaxation
возбуждение возбудимость: excitation excitability arousal
торможение тормозной: inhibition inhibitory
чувствительность чувствительный: sensitivity sensitive
глаз глазной: eye ocular
сетчатка: retina
свёртываемость свертываемость: coagulation clotting
болезнь заболевание: disease illness
больной: patient sick
врач: doctor physician
лечение лечить лечебный: treatment treat therapeutic
жалоба: complaint
осмотр обследование: examination checkup
воспаление воспалительный: inflammation inflammatory
отёк отек: edema oedema swelling
лихорадка: fever
боль болевой: pain
опухоль опухолевый: tumor tumour neoplasm
злокачественный: malignant
доброкачественный: benign
рак раковый: cancer
кровотечение: bleeding
кровоизлияние: hemorrhage haemorrhage
перелом: fracture
рана раневой: wound
инсульт: stroke
недостаточность: insufficiency deficiency
малокровие: anemia anaemia
заразный: contagious infectious
возбудитель: pathogen causative
грибок гриб грибковый: fungus fungal mushroom
прививка привить: vaccination inoculation
врождённый врожденный: innate congenital
приобретённый приобретенный: acquired
антитело: antibody
сыворотка: serum
пересадка: transplantation transplant
отторжение: rejection
здоровье: health
смертность: mortality
заболеваемость: morbidity incidence
распространённость распространенность: prevalence
выживаемость выживание: survival
осложнение: complication
острый: acute
тупой: obtuse blunt
беременность беременный: pregnancy pregnant
новорождённый новорожденный: newborn neonate neonatal
лекарство лекарственный препарат медикамент: drug medicine medication
полувыведение: half-life elimination
выведение: elimination excretion
биодоступность: bioavailability
мишень: target
противопоказание: contraindication
привыкание: habituation tolerance
жаропонижающий: antipyretic
противовоспалительный: anti-inflammatory
обезвоживание: dehydration
таблетка: tablet pill
внутривенный: intravenous
пероральный: oral
рецепт: prescription
выручка: revenue proceeds
себестоимость: cost costing
убыток убыточный: loss unprofitable
рентабельность рентабельный прибыльный: profitability profitable
окупаемость: payback
валовой валовый: gross
ввп: gdp
внп: gnp
совершенный: perfect
конкурент конкурентный конкурентоспособность: competitor competitive competitiveness
полезность: utility
благосостояние: welfare wellbeing
трудоустройство: employment
труд трудовой: labor labour
заработок: earnings
пошлина: duty tariff
дотация: subsidy grant
профицит: surplus
излишек избыток: surplus excess
задолженность: debt indebtedness arrears
должник: debtor
ссуда: loan
ипотека ипотечный: mortgage
доходность: yield return
биржа биржевой: exchange bourse
фондовый: stock
страхование страховка страховой: insurance insure
наличные наличность касса кассовый: cash
платёжеспособность платежеспособность: solvency
банкротство банкрот: bankruptcy bankrupt
кредиторский: payable payables
дебиторский: receivable receivables
выплата выплачивать: payout disbursement
платёж платеж оплата платить: payment pay
бухгалтерия бухгалтерский бухгалтер: accounting accountant bookkeeping
учёт учет: accounting
актив активы: asset assets
пассив: liability liabilities
обязательство: obligation liability commitment
оборотный: working circulating
запас запасы: inventory stock reserve
отчётность отчетность: reporting
начисление начислять: accrual accrue
износ: depreciation wear
косвенный: indirect
безубыточность: break-even breakeven
наценка: markup
скидка: discount
выгода: benefit
покупатель: buyer customer purchaser
продавец: seller vendor
продажа продавать: sale sales sell selling
покупка покупать: purchase buy buying
закупка снабжение: procurement purchasing
сделка: deal
ценообразование: pricing
продвижение продвигать: promotion promote
реклама рекламный: advertising advertisement
торговля торговый: trade trading commerce
узнаваемость осведомлённость осведомленность: awareness
отток: churn outflow
приток: inflow
привлечение: acquisition attraction
вовлечённость вовлеченность вовлечение: engagement involvement
воронка: funnel
охват: reach
анкета анкетирование опросник: questionnaire
ценность: value worth
заинтересованный: stakeholder interested
заказчик: customer client
допущение предположение: assumption supposition
удовлетворённость удовлетворенность: satisfaction
масштаб: scale
руководитель: supervisor boss
подчинённый подчиненный: subordinate
сотрудник: employee staff
найм нанимать: hiring hire recruitment
увольнение уволить: dismissal firing layoff
полномочие полномочия: authority mandate
подотчётность подотчетность: accountability
премия: bonus
поощрение: encouragement reward
стимул стимулирование: incentive stimulus stimulation
переговоры: negotiation negotiations
совещание собрание встреча: meeting
сплочённость сплоченность: cohesion cohesiveness
подразделение отдел: department division subdivision
должность: position
результативность: effectiveness
бережливый: lean
влияние влиять: influence impact
власть: power authority
принятие: adoption acceptance
предприниматель предпринимательство: entrepreneur entrepreneurship
собственник: owner proprietor
учредитель основатель учредительный: founder founding
развитие: development growth
правовой юридический: legal juridical
законный законность: lawful legitimate legality
незаконный: illegal unlawful
законодательство законодательный: legislation legislative
нормативный: regulatory
постановление: decree ruling
указ: decree
суд судебный: court judicial
судья: judge
обвиняемый подсудимый: accused defendant
прокурор обвинитель: prosecutor
обвинение: prosecution accusation indictment
адвокат юрист: lawyer attorney
иск исковой: lawsuit claim
приговор: verdict sentencing
наказание: punishment
преступление преступник преступный: crime criminal
виновный виновность: guilty culpability
возмещение возместить: compensation reimbursement damages
ущерб: damage harm
вред вредный: harm harmful
доказательство доказать: proof evidence prove
свидетель: witness
сторона: party side
наследство: inheritance estate
гражданин гражданский гражданство: citizen civil citizenship
уголовный: criminal
поправка: amendment correction adjustment
обжалование обжаловать: appeal
срок: deadline period
дееспособность правоспособность: capacity
представитель представительство: representative representation
расторжение расторгнуть: termination rescission dissolution
существенный: essential substantial
ощущение: sensation feeling
чувство: feeling sense
сознание сознательный: consciousness conscious
бессознательный бессознательное: unconscious
подсознание подсознательный: subconscious
воображение: imagination
научение: learning
навык умение: skill skills
способность: ability aptitude
одарённость одаренность: giftedness talent
черта: trait
самооценка: self-esteem
тревожность тревожный: anxiety anxious
страх: fear
настроение: mood
расстройство: disorder
навязчивый навязчивость: obsessive obsession
убеждение убеждать: belief persuasion persuade
предубеждение: prejudice
искажение искажать: distortion bias distort
внушаемость внушение: suggestibility suggestion
подражание: imitation
подчинение: obedience submission
межличностный: interpersonal
привязанность: attachment
зрелость зрелый: maturity mature
защитный: defensive protective
беспомощность: helplessness
выученный: learned
раздражитель: stimulus irritant
научный: scientific
испытуемый: participant
достоверность достоверный: credibility credible validity
бытие: being existence
существование существовать: existence
разум: mind intellect
познание познавательный: cognition cognitive
знание: knowledge
опыт: experience
явление: phenomenon
необходимость необходимый: necessity necessary
случайность: chance randomness
воля: volition
нравственность нравственный: morality moral
противоречие: contradiction
суждение: judgment judgement proposition
умозаключение: inference reasoning
рассуждение: reasoning argument
довод: argument
посылка: premise
понятие: concept notion
высказывание: statement proposition utterance
опровержение опровергнуть: refutation refute disproof
исключённый исключенный: excluded
война военный: war military
словосочетание: collocation phrase
существительное: noun
прилагательное: adjective
глагол глагольный: verb verbal
наречие: adverb
местоимение: pronoun
предлог: preposition
падеж падежный: case
склонение: declension
спряжение: conjugation
подлежащее: subject
сказуемое: predicate
приставка: prefix
основа: stem basis
словообразование словообразовательный: derivation word-formation
гласный: vowel
согласный: consonant
звук звуковой: sound acoustic
многозначность многозначный: polysemy polysemous ambiguity
родной: native
переводчик: translator
лексика: vocabulary
фактический: actual
срочность: urgency
исследовательский: exploratory
сопровождаемость: maintainability
переносимость: portability
прогон: run
трассируемость: traceability
нестабильный: flaky unstable
несоответствие: mismatch discrepancy nonconformity
пограничный: boundary borderline
привилегированный: privileged
взаимоисключение: mutex mutual-exclusion
символьный: character symbolic
многозадачность многозадачный: multitasking
шина: bus
волокно волоконный оптоволокно оптоволоконный: fiber fibre
помеха: interference disturbance
полоса: band bandwidth
служебный: auxiliary
вспомогательный: auxiliary helper
авторитетный: authoritative
брандмауэр: firewall
подозрительный: suspicious
сдерживание: containment
затравка: seed
повреждение повреждённый поврежденный: damage damaged corruption corrupted
раскрытие раскрыть: disclosure reveal
злонамеренный: malicious
мошеннический: fraudulent
подстановочный: wildcard
справочник справочный: reference handbook lookup
перечень: listing list
сбалансированный сбалансированность: balanced
высота: height altitude
разрез: cut
вхождение: occurrence
корректность: correctness
завершаемость: termination halting
разрешимость разрешимый: decidability decidable
неразрешимый: undecidable
вычислимость вычислимый: computability computable
сводимость сводимый: reducibility reducible
сочетание: combination
производящий: generating
эйлеров эйлеровый: eulerian
гамильтонов гамильтоновый: hamiltonian
раскраска раскрасить: coloring colouring
двудольный: bipartite
размеченный: labeled labelled
неразмеченный: unlabeled unlabelled
зазор: margin
гиперплоскость: hyperplane
полносвязный: fully-connected
плотностный: density
рекомендательный: recommender
несбалансированный: imbalanced unbalanced
взвешивание: weighting
дрейф: drift
интерпретируемость интерпретируемый: interpretability interpretable
расширяемость: extensibility extensible
читаемость читаемый: readability readable
понятность понятный: understandable clarity
простота: simplicity
закономерность: regularity
строение: structure
состав: composition
возникновение: emergence onset
вымирание: extinction
достаточный: sufficient
единственность: uniqueness
равносильный равносильность: equivalent equivalence
тождество тождественный: identity identical
подобие подобный: similarity similar like
чётный четный чётность четность: even parity
нечётный нечетный: odd
мнимый: imaginary
ось осевой: axis axial
многоугольник: polygon
отвергнуть отвергать: reject
скачок: jump
неприводимый: irreducible
односторонний: one-sided one-tailed
сезонность сезонный: seasonality seasonal
проницаемость проницаемый: permeability permeable
гистосовместимость: histocompatibility
ослабленный: attenuated weakened
гиперчувствительность: hypersensitivity
отрасль отраслевой: industry sector
потребительский: consumer
спад: recession downturn
производственный: manufacturing industrial
погашение погасить: repayment redemption repay
заёмный заемный: borrowed
оборачиваемость: turnover
списание списать: write-off
обесценение обесценивание: impairment devaluation
нематериальный: intangible
затраты затратный: costs expenditure
управленческий: managerial
взнос: contribution installment
просрочка просроченный: overdue delinquency
неплатёжеспособность неплатежеспособность: insolvency
безрисковый: risk-free riskless
сбыт: sales distribution
розничный розница: retail
оптовый опт: wholesale
проникновение: penetration
пожизненный: lifetime
посещаемость: traffic attendance
жизнеспособный жизнеспособность: viable viability
доработка доработать: refinement rework
уточнение уточнить: clarification clarify
трудоёмкость трудоемкость трудозатраты усилие: effort laboriousness
смягчение смягчить: mitigation mitigate
воздействие воздействовать: impact effect exposure
личный личностный: personal
достижение: achievement
неудача: failure setback
успех успешный: success successful
самоэффективность: self-efficacy
общение: communication
шкала: scale
обзор: overview review survey
наука: science
обоснование обосновать: justification rationale justify
предпосылка: prerequisite premise
последствие: consequence
взаимосвязь: interrelation interconnection
уравнение: equation
коллизия: collision
техника методика: technique
буферизированный буферизованный буферный: buffered
замороженный заморозить заморозка: frozen freeze
адаптивный адаптивность: responsive adaptive
остовный: spanning
недоставленный: undelivered dead-letter
критерий: criterion criteria
автоматизированный автоматизировать автоматический автоматизация: automated automatic automation
адрес: address
монолитный монолит: monolithic monolith
галлюцинация галлюцинировать: hallucination hallucinate
языковой: language linguistic
чрезмерный: excessive
автономность автономия: autonomy agency
эфемерный: ephemeral
префиксный: prefix
бор: trie
связывание: binding
демон: daemon
мультиколлинеарность: multicollinearity
решающий: decision deciding
квадрат квадратный: square squared quadratic
управляющий: control controlling
конкуренция: contention competition
свобода: freedom
интеграция интеграционный интегрировать: integration integrate
пассивный: passive
локальный: local
пауза: pause
центральный: central
предельный: limit limiting
цпт: central-limit-theorem clt
збч: law-large-numbers lln
строчный: row
анализ: analysis analyze
аннотированный аннотировать: annotated annotate
аутентификация: authentication
балансировщик: balancer
балансировка балансировать: balancing balance
безопасность: security
блокировка блокировать: lock locking
величина: variable quantity magnitude
ветка ветвь: branch
вложенный вложить: nested
внедрение: injection
временный: temporary
вставка: insert
выборка: select selection sample
вызов вызвать: call invoke
выполнение: execution
гипотеза: hypothesis
граф: graph
данные: data
дерево: tree
диспетчер: dispatcher scheduler
допуск: admission clearance
доступ: access
жесткий: hard
журнал журналирование: log logging
задача: task problem
заголовок: header title
закон: law
замок: lock
запись записать: write record
запрос: request query
зависимость: dependency
защита: protection
значение: value
квота: quota
лимит: limit
изменение: change
изоляция: isolation
индексация: indexing
исключение: exception exclusion
источник: source
канал: channel
карта: map card
карточка: card
ключ: key
кольцо: ring
коммутатор: switch
конвейер: pipeline
копирование копия копировать: copy
корень корневой: root
куча: heap
легковесный легкий: lightweight light
маршрут: route
маршрутизатор: router
маршрутизация: routing
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
обработчик: handler listener
объединение: union join
объект: object
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
перенаправление перенаправлять: redirect redirection redirecting
планировщик: scheduler planner
подписка подписчик: subscription subscriber
подпись: signature
подход: approach
поиск: search
поле: field
получатель: receiver consumer
пользователь: user
порядок порядковый: order ordinal
последовательный последовательно: sequential serial
последовательность: sequence
поставщик производитель: producer provider
построитель: builder
поток: thread stream flow flux
почта: email
правило: rule
представление: view
прерывание: interrupt break
привязка: binding
приложение: application
приложение: app
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
связь: link relation relationship
схема: schema scheme diagram
левый: left
правый: right
кардинальность: cardinality
обман: deception
сеть сетевой: network networking
сжатие: compression
слияние: merge
словарь: dictionary dict map
слой: layer
служба: service
соединение: connection join
подключение подключить: connect connection
сообщение: message
сравнение: comparison
среда: environment
срез: slice
ссылка: reference link ref
строка: string line row
структура: struct structure
сущность: entity
счетчик: counter
таблица: table
тег тэг: tag
теорема: theorem
тип: type
типизация: typing
том: volume
точка точечный: point
трехсторонний: three-way
указатель: pointer
узел нода ноуд: node
уровень: level layer tier
условие: condition
устойчивость: resilience
утечка: leak
утиный: duck
фаза: phase stage
фиксация: commit
фоновый: background
хеширование хеш: hashing hash
хранилище: storage repository store
цикл: loop cycle
чтение читать: read
шифрование шифровать зашифровать зашифрованный: encryption encrypt encrypted
шлюз: gateway
экземпляр: instance
ядро: kernel core
проброс пробросить: forwarding forward expose publish
запуск запустить: run start launch
остановка остановить: stop
удаление удалить: delete remove deletion removal
удалённый удаленный удалённо удаленно: remote remotely
ос: os
го: go golang
ферзь: queen
звезда звёздочка звездочка: star asterisk
снежинка: snowflake
программный программно программируемый: software programmable
определяемый: defined
стандартный стандарт: standard
булев булевый логический: boolean bool
создание создать: create
установка установить: install
скачать скачивание: download pull
загрузка загрузить: upload load loading booting
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
загрузчик: loader bootloader
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
ноль нулевой: zero null
кэш кеш кэширование кеширование кэшировать: cache caching cached
кубер кубернетес: kubernetes k8s
виртуалка: vm
бд: db database
субд: dbms
прод продакшн продакшен: production prod
либа: library lib
прога: program
винда: windows
жс: js javascript
уязвимость уязвимый: vulnerability vulnerable
угроза: threat
злоумышленник: attacker adversary
нарушитель: intruder
вторжение: intrusion
обнаружение обнаруживать: detection detect discovery
предотвращение предотвращать: prevention prevent
червь: worm
вымогатель вымогательство: ransomware extortion
вредоносный: malicious malware
шпион шпионский: spy spyware keylogger
отказ: failure denial fault
обслуживание обслуживать: service maintenance serving serve
перехват перехватывать: interception intercept
перехватчик: interceptor sniffer
посредник: intermediary middleman proxy mediator
подмена подменить: spoofing spoof substitution
подделка подделать поддельный: forgery forge fake counterfeit
межсайтовый: cross-site
асинхронный асинхронно: asynchronous async
синхронный синхронно: synchronous sync
вывод+актив: asset-stripping
синхронизация синхронизировать: synchronization synchronize synchronized synced sync
кроссплатформенный кроссплатформенность: cross-platform crossplatform multiplatform
инъекция: injection
слепой: blind
атака атаковать: attack
политика: policy
отравление отравить: poisoning poison
внедрить внедрять: inject injected
повышение повысить: escalation elevation raise
учетный: account credentials
пароль парольный: password passphrase
перебор перебирать: brute-force enumeration exhaustive
подбор подобрать угадывание угадать: guessing guess
распыление: spraying spray
дополнение: padding complement addon
соль: salt
шифр: cipher
расшифровка расшифровать дешифрование: decryption decrypt decipher
шифротекст: ciphertext
открытый: open public plaintext
закрытый: private closed
замкнутый замкнутость: closed closure
декартов декартово: cartesian
сопряжённый сопряженный сопряжение: conjugate conjugation coupling
подписать подписанный: sign signed signing
цифровой: digital
удостоверяющий удостоверение: certificate authority
доверие доверенный доверять: trust trusted
цепочка: chain chaining
отзыв отозвать: revocation revoke
истечение истечь истекший: expiration expire expired expiry
подлинность подлинный: authenticity authentic genuine
целостность: integrity
доступность: availability accessibility
неотказуемость: non-repudiation
подтверждение подтвердить: confirmation confirm acknowledgment acknowledge
многофакторный: multi-factor
двухфакторный: two-factor
одноразовый: one-time disposable
вход войти: login logon entry
входной: input incoming inbound ingress
выход выйти: logout exit output
выходной: outgoing outbound egress
сеанс сеансовый: session
маркер: token
отпечаток: fingerprint
белый: white whitelist allowlist
черный: black blacklist denylist
песочница: sandbox
ловушка: trap
приманка: honeypot lure bait
скрытый: hidden covert stealth latent
кража украсть: theft steal
захват захватить: capture hijack takeover
угон: hijacking hijack
переполнение переполнить: overflow
освобождение освободить: deallocation free release
висячий: dangling
разыменование разыменовать: dereference dereferencing
обход обойти: traversal traverse bypass walk
путь: path
межсетевой: firewall internet internetwork
разведка: reconnaissance recon
уклонение уклоняться: evasion evade
запутывание запутать: obfuscation obfuscate
прослушивание прослушивать: listen listening eavesdropping sniffing
повтор повторить повторный: retry replay repeat
воспроизведение воспроизвести: reproduction reproduce replay playback
понижение понизить: downgrade
усиление усилить: amplification hardening boosting
укрепление: hardening
отражение отраженный: reflection reflected
заражение заразить зараженный: infection infect infected
распространение распространять: propagation spread backpropagation
самовоспроизводящийся: self-replicating
нагрузка нагрузочный: load payload workload
набор: set kit suite
исправление исправить: fix patch bugfix correction
заплатка: patch
уведомление уведомить: notification notify
оповещение: alert notification
тревога: alarm alert
реагирование реагировать: response respond
расследование: investigation
криминалистика: forensics
соответствие соответствовать: compliance conformance correspondence
наименьший: least smallest
разграничение разграничить: segregation separation delimitation
право: permission privilege rights
разрешить разрешать: allow permit resolve
разрешение: resolution
запрет запретить запрещенный: deny forbid forbidden prohibit
отклонить отклонять отклоненный: reject rejected decline
отклонение: deviation rejection
исполнение исполнить исполняемый: execute executable execution
выполнить выполнять: execute perform fulfill
обмен обменять: exchange swap
подкачка своп: swap swapping
согласование согласовать: negotiation negotiate agreement consistent
порождение порождать порождающий: spawn generation creational generative
псевдослучайный: pseudorandom pseudo-random
стойкость стойкий: strength resistant resistance
столкновение: collision clash
свертка сверточный: convolution convolutional
свернуть сворачивать свертывание: collapse fold folding minimize
степень: degree power exponent
показатель: metric indicator exponent
вычисление вычислять вычислительный: computation compute computing computational evaluation
расчёт расчет рассчитать рассчитывать: calculation calculate
тяжёлый тяжелый: heavy heavyweight
дорогой дорогостоящий: expensive costly
монтирование монтировать примонтировать смонтировать: mount mounting mounted
сложность: complexity difficulty
концентратор: hub
мост: bridge
ретранслятор: relay repeater
беспроводной: wireless
проводной: wired
пропускной: bandwidth throughput
задержка задерживать: latency delay lag
дрожание: jitter
скорость: speed rate velocity
частота: frequency rate
кадр: frame
контрольный: checksum checkpoint check
подсеть: subnet subnetwork subnetting
широковещательный широковещание: broadcast broadcasting
многоадресный: multicast
одноадресный: unicast
произвольный: arbitrary random
рассылка разослать: mailing distribution fan-out
имя именование именованный: name naming named
преобразование преобразовать: conversion convert transformation transform
сопоставление сопоставить: matching match mapping
образец: pattern sample
шаблон шаблонный шаблонизатор: template pattern boilerplate templating
пересылка переслать: forwarding forward relay
частный: private privacy
обратный: reverse inverse backward callback
прямой: direct forward
распределение распределить: distribution allocation
выделение выделить: allocation allocate
разрыв разорвать: disconnect break teardown
отключение отключить: disconnection disconnect disable
включение включить: enable inclusion include
перегрузка перегружать перегруженный: overloading overload congestion
медленный: slow
ожидание ожидать: wait waiting await expectation
переход перейти: transition jump hop
жизненный: lifecycle lifetime vital
дробление: fragmentation splitting
доставка доставить: delivery deliver
надежность надежный: reliability reliable dependable
ненадежный: unreliable
упорядоченный упорядочить упорядочивание: ordered ordering sorted
прикладной: application applied
канальный: link datalink
представительский: presentation
упаковка упаковать: boxing packing pack
распаковка распаковать: unboxing unpacking unpack
обертка обернуть: wrapper wrap
ящик: box mailbox
распознавание распознать: recognition recognize
тело: body
ответ ответить: response reply answer
переадресация переадресовать: redirection redirect forwarding
сжать сжимать: compress compressed
пробел пробельный: whitespace space blank
отрисовка отрисовывать: rendering render paint
перерисовка перерисовать: repaint redraw rerender
перекомпоновка: reflow relayout
компоновка: layout composition
компоновщик: linker composite
разметка: markup layout labeling
всплытие: bubbling bubble
погружение: capturing capture
событие: event
слушатель: listener
подписаться подписываться: subscribe
издатель: publisher
всплывающий: popup pop-up
подсказка: hint tooltip prompt suggestion
замыкание: closure
обещание: promise
микрозадача: microtask
макрозадача: macrotask
подъем поднятие: hoisting lifting
видимость видимый: visibility visible
наследовать наследник: inherit heir
потомок: descendant child
дочерний: child
предок: ancestor
родитель родительский: parent
производный производная: derived derivative
реализация реализовать: implementation implement
переопределение переопределить: overriding override redefinition
сокрытие скрывать: hiding hide concealment
перечисление перечислимый: enumeration enum enumerable
кортеж: tuple
множество: set
список: list
связный: linked connected
двусвязный: doubly-linked
односвязный: singly-linked
двоичный: binary
пирамидальный пирамида: heapsort heap
двусторонний двунаправленный: bidirectional double-ended deque
вершина: vertex vertices node peak
ребро: edge
дуга: arc edge
ориентированный направленный: directed oriented driven directional
неориентированный: undirected
взвешенный: weighted
смежность смежный: adjacency adjacent
связность: connectivity cohesion
кратчайший: shortest
вертикальный: vertical
горизонтальный: horizontal
ширина: breadth width
глубина: depth
достижимость достижимый: reachability reachable
жадный: greedy
властвовать: conquer
деление делить: division divide
возврат возвращать вернуть возвращаемый: return returning backtracking
отсечение отсекать: pruning cutoff clipping
запоминание запоминать: memoization memoize remember
граница граничный: bound boundary border edge
верхний: upper top
нижний: lower bottom
оценка оценивать оценить: estimate estimation evaluation assessment
худший наихудший: worst
средний среднее: average mean
пузырек пузырьковый: bubble
подсчет подсчитать: count counting
поразрядный: radix bitwise
побитовый: bitwise
устойчивый: stable robust
опорный: pivot support
разбиение разбивать: partition partitioning splitting
секционирование: partitioning
заполнение заполнить: fill filling padding
подстрока: substring
подпоследовательность: subsequence
поддерево: subtree
скользящий: sliding rolling moving
сдвиг сдвинуть: shift offset
исключающий: exclusive xor
отрицание отрицательный отрицать: negation negative denial denying
положительный: positive
истинный истина: true truth
ложный ложь: false falsehood
целочисленный: integer
вещественный: real float floating
плавающий: floating float
число числовой: number numeric
беззнаковый: unsigned
знаковый: signed
округление округлить: rounding round
усечение усечь: truncation truncate
приведение привести: cast casting coercion
неявный: implicit
явный: explicit
вывод вывести: output inference deduce derivation
ввод вводить: input enter
строгий: strict strong
слабый: weak
изменяемый изменяемость: mutable mutability
изменчивый летучий: volatile
неизменяемый неизменяемость неизменный: immutable immutability
постоянный: constant persistent permanent
ленивый: lazy
отложенный отложить: deferred defer postpone
немедленный: immediate eager
чистый: pure clean
побочный: side
умолчание: default
необязательный: optional
обязательный: mandatory required
стрелка стрелочный: arrow
частичный частично: partial partially
применение применять применить: apply application
отображение отобразить: mapping map display
выражение: expression
утверждение утверждать: assertion assert statement claim
ветвление ветвиться: branching
ответвление развилка: fork
объявление объявить: declaration declare
определение определить: definition define
хвост хвостовой: tail
голова головной: head
выбросить выбрасывать бросить: throw raise
поймать ловить: catch
обработка обрабатывать: processing handling process
отладка отладчик отлаживать отладочный: debugging debugger debug
останов: halt breakpoint stop
испытание испытывать: testing trial
модульный: unit
сквозной: end-to-end cross-cutting
дымовой: smoke
заглушка: stub mock placeholder dummy
покрытие покрыть покрывающий: coverage cover covering
приемочный приемка: acceptance
разбор разбирать: parsing parse
лексема: token
промежуточный: intermediate middleware
исполнитель: executor runner
встроенный встроить встраивание: built-in embedded inline inlining embedding
вложение: attachment embedding
устранение устранить: elimination eliminate removal
пометка пометить: mark marking flag
очистка очистить: cleanup clear sweep purge
поколение поколенческий: generation generational
владение владеть: ownership own owning
заимствование заимствовать: borrowing borrow
умный: smart
безопасный: safe secure safety
небезопасный: unsafe insecure
потокобезопасный: thread-safe
многопоточность многопоточный: multithreading multithreaded multi-threaded
одновременность одновременный: concurrency concurrent simultaneous
условный: conditional
пробуждение разбудить: wake wakeup
вытеснение вытеснять вытесняющий: preemption preemptive eviction evict
справедливый справедливость: fair fairness justice
готовый готовность: ready readiness
сирота: orphan
устройство: device
накопитель: drive storage
твердотельный: solid-state ssd
оперативный: ram
сбой: failure fault crash outage
авария аварийный: crash emergency outage disaster
падение упасть: crash drop
зависание зависнуть: hang freeze stall
папка: folder directory
раздел: partition section
журналировать журналируемый: journaling journaled
канал: pipe
взаимодействие взаимодействовать: interaction communication interact
межпроцессный: interprocess inter-process
оболочка: shell wrapper envelope
загрузочный: boot bootable
выключение выключить: shutdown
перезагрузка перезагрузить: reboot reload
хозяин: host master
ведущий: leader master primary
ведомый: follower replica secondary
выборы: election
голосование голосовать: voting vote
согласие: consent agreement consensus
согласованность: consistency consistent
итоговый: eventual final resulting
конечный: finite final eventual endpoint
причинный причинность: causal causality
отметка: mark timestamp stamp
расхождение расходиться: divergence discrepancy drift
сходимость сходиться: convergence converge
сплетня: gossip
сердцебиение: heartbeat
работоспособность: health liveness
живучесть: liveness survivability
предохранитель: breaker circuit fuse
переборка: bulkhead
ограничитель: limiter throttle
дросселирование дросселировать: throttling throttle
противодавление: backpressure
отступ: indent indentation margin
отсрочка: backoff postponement
потребитель потреблять: consumer consume consumption
расписание: schedule timetable
задание: job task
рабочий работник: worker working work
событийный: event-driven
ответственность обязанность: responsibility concern duty
двухфазный: two-phase
избыточность избыточный: redundancy redundant
резервный резервирование: backup standby spare
восстановление восстановить: recovery restore
горячий: hot
холодный: cold
масштабирование масштабировать масштабируемость: scaling scale scalability
тиражирование: replication
копия: replica
зеркало зеркалирование: mirror mirroring
снимок слепок: snapshot
упреждающий: ahead proactive
предварительный: preliminary preflight prefetch preview
аннулирование аннулировать: invalidation invalidate
устаревший устаревание: stale deprecated obsolete outdated
недавний: recent recently
частый: frequent
соглашение: agreement convention
целевой: target
наблюдаемость наблюдаемый: observability observable
отслеживание отслеживать: tracking track tracing monitoring
панель: dashboard
синий: blue
зеленый: green
канареечный: canary
постепенный поэтапный: gradual incremental phased rolling
выкатка выкатывать: rollout
выпуск выпустить: release
переключатель: toggle switch flag
желаемый: desired
сверка сверять: reconciliation reconcile
облако облачный: cloud
бессерверный: serverless
арендатор: tenant
многоарендный: multi-tenant multitenancy
аренда арендовать: lease rent
корзина: bucket bin cart trash
стоимость: cost
накладной: overhead
автомасштабирование: autoscaling
происхождение: origin provenance
сетка ячеистый: mesh grid
связанность сцепление зацепление: coupling
слабосвязанный: loosely-coupled
единственный: single sole unique
подстановка подставить: substitution substitute interpolation
проектирование проектировать: design designing
одиночка: singleton
фабрика фабричный: factory
строитель: builder
переходник: adapter
заместитель: proxy surrogate
легковес: flyweight
посетитель: visitor
хранитель: keeper memento guardian
единица: unit
предметный: domain subject
ограниченный: bounded limited restricted
слоистый многоуровневый: layered multi-tier multilevel
шестиугольный: hexagonal
совместимость совместимый: compatibility compatible
столбец: column
составной: composite compound
естественный: natural
ссылочный: referential reference
перекрестный: cross
произведение: product
пересечение пересекаться: intersection intersect
разность разница различие: difference diff
долговечность долговечный: durability durable
потерянный потерять: lost lose
монопольный: exclusive
многоверсионный многоверсионность: multiversion mvcc
полный: full
полнотекстовый: full-text
отставание отставать: lag
столбцовый колоночный: columnar column-oriented
строковый: string row
ряд: series
склад: warehouse
озеро: lake
витрина: mart showcase storefront
извлечение извлечь: extraction extract retrieval fetch
выгрузка выгрузить: export unload dump
пустой: empty null blank void
неопределенный: undefined
подготовленный подготовка подготовить: prepared staging preparation prepare
экранирование экранировать: escaping escape
постраничный: paginated pagination
опрос опрашивать: polling poll survey
потоковый: streaming stream
одностраничный: single-page spa
упаковщик: bundler packer
встряхивание: shaking
однонаправленный: unidirectional
отзывчивый отзывчивость: responsive responsiveness
макет: layout mockup
прокрутка прокручивать: scrolling scroll
перетаскивание перетащить: drag dragging
щелчок щелкнуть: click
нажатие нажать: press click tap
наведение навести: hover
дребезг: bounce debounce
подавление подавить: suppression suppress
регулирование регулировать: throttling regulation
холст: canvas
изображение: image picture
якорь: anchor
получение: fetching retrieval
обобщение обобщенный обобщать: generalization generic generalize
сужение сузить: narrowing narrow
расширить расширять: extend widen expand
страж сторожевой: guard sentinel watchdog
метаданные: metadata
самоанализ: introspection
шестнадцатеричный: hexadecimal hex
десятичный: decimal
основание: base radix
язык: language
ключевой: keyword key
подпрограмма: subroutine
сопрограмма: coroutine
множественный: multiple
примесь: mixin
типаж: trait
предусловие: precondition
постусловие: postcondition
проверить проверять проверяемый: check verify checked
непроверяемый: unchecked
остаточный остаток: rest residual remainder
заголовочный: header
библиотека библиотечный: library
каркас: framework skeleton scaffold
общедоступный: public
защищенный защитить: protected protect secure
обучить обученный: train trained
учитель: supervised supervision teacher
подкрепление: reinforcement
проверочный: validation holdout
штраф штрафной: penalty
прореживание: dropout thinning
ранний: early
шаг: step stride
пакетный: batch bulk
среднеквадратичный среднеквадратический: mean-squared rmse mse
импульс: momentum
исчезающий исчезать: vanishing vanish
затухание затухать: decay fading attenuation
взрывной взрываться: exploding explode
краткосрочный: short-term
долгосрочный: long-term
самовнимание: self-attention
кодировщик: encoder
дешифратор: decoder
автокодировщик: autoencoder
представление представлять: representation represent
размерность: dimensionality dimension
измерение измерить: measurement measure dimension
снижение снизить: reduction reduce decrease
главный: principal main
собственный: eigen native
ближайший: nearest closest
сосед соседний: neighbor neighbour sibling adjacent
расстояние: distance
сходство похожесть: similarity
прогноз прогнозирование прогнозировать: forecast forecasting prediction
предсказание предсказать: prediction predict
вероятность вероятностный: probability probabilistic
правдоподобие: likelihood
выброс: outlier
пропуск пропустить пропущенный: skip omission missing gap
разреженный: sparse
плотный: dense
ложноположительный: false-positive
ложноотрицательный: false-negative
порог пороговый: threshold
компромисс: tradeoff trade-off
дообучение дообучить: fine-tuning finetuning
перенос перенести: transfer porting migration
предобученный: pretrained pre-trained
состязательный: adversarial
награда вознаграждение: reward
исследование исследовать: exploration explore research
отбор отобрать: selection select
объяснимость объяснимый: explainability explainable
важность: importance
зрение: vision
речь речевой: speech
перебазирование перебазировать: rebase rebasing
рецензирование рецензия рецензент: review reviewer
сброс сбросить: reset flush drop shedding
припрятать тайник: stash
отсоединить отсоединенный: detach detached
перемотка перемотать: fast-forward rewind
сплющивание сплющить: squash
правка править: edit amendment amend
исходный исходник: source original initial
магистраль магистральный: trunk mainline backbone
обеспечение: software
аппаратный: hardware
оборудование: hardware equipment
производительность производительный: performance throughput
узкий: bottleneck narrow
эталон эталонный: benchmark reference baseline
ускоритель ускорение: accelerator acceleration speedup
поверхность: surface
поставка поставлять: supply delivery shipment
взлом взломать взломщик: hack hacking breach cracking
нарушение нарушить: violation breach
злоупотребление: abuse misuse
мошенничество мошенник: fraud scam
сторонний: third-party external
попытка: attempt
наводнение: flood flooding
закладка: bookmark backdoor implant
поведение поведенческий: behavior behaviour behavioral
личность: identity
единый: single unified
носитель: bearer carrier medium
самоподписанный: self-signed
закрепление закрепить: pinning pin
прозрачность прозрачный: transparency transparent
водяной: watermark
обезличивание обезличить: anonymization de-identification
шум: noise
связующий: spanning binding
петля зацикливание: loop looping
одноранговый: peer-to-peer p2p peer
карусельный: round-robin
отклик: response
старение: aging ageing
избегание избегать: avoidance avoid
занятый занятость: busy occupied
пробуксовка: thrashing
завершение завершить: termination terminate completion finish
убить: kill
приостановка приостановить: suspension suspend pause
возобновление возобновить: resume resumption
сон спящий: sleep sleeping
сценарий: script
отрезок: segment interval
непересекающийся: disjoint
кольцевой: circular ring
личинка личиночный: larva larvae larval
губка: sponge
зонтик: umbrella
щупальце: tentacle
кишечнополостный: cnidarian coelenterate
стрекающий: cnidarian stinging
членистоногий: arthropod
моллюск: mollusc mollusk
хорда хордовый: chordate notochord
панцирь: shell carapace armor armour
раковина: shell
спора: spore
скелет: skeleton
циклический цикличный: cyclic cyclical circular
пентест: pentest penetration-test penetration-testing
взрыв+градиент: exploding-gradient exploding-gradients gradient-explosion
затухание+градиент: vanishing-gradient vanishing-gradients
персональный: personal
персональный+данные: personal-data
лига: league
нация: nation
лига+нация: league-of-nations
доктрина: doctrine
паросочетание: matching
коммивояжер: salesman traveling
рюкзак: knapsack
приближение приближенный: approximation approximate
подзадача: subproblem
перекрывающийся: overlapping
восходящий: bottom-up ascending
нисходящий: top-down descending
возрастание возрастающий: ascending increasing
убывание убывающий: descending decreasing
зондирование: probing probe
двойной: double dual
наибольший: largest greatest longest maximum
нейросеть: neural network
глубокий: deep
поверхностный мелкий: shallow
подвыборка: subsampling pooling downsampling
дополнить дополненный: augment augmented
предобработка: preprocessing
постобработка: postprocessing
перемешивание перемешать: shuffle shuffling
воспроизводимость воспроизводимый: reproducibility reproducible
зерно: seed
доверительный уверенность: confidence
значимость значимый: significance significant
равномерный: uniform
плотность: density
совместный: joint
независимый независимость: independent independence
прирост: gain increment
лист листовой: leaf sheet
обрезка обрезать: pruning trim crop
наложение: overlay stacking superposition
этап: stage phase
боевой промышленный: production prod
разработка разрабатывать разработчик: development develop developer
эксплуатация: operations ops
сопровождение сопровождать: maintenance support
поддержка поддерживать: support maintain
многоэтапный: multi-stage multistage
планирование планировать: scheduling
размещение разместить: placement hosting
сродство: affinity
исходящий: outgoing outbox
входящий: incoming inbox
теневой тень: shadow
дежурство дежурный: oncall duty
безотказность безотказный: uptime reliability
емкость: capacity
промежуток: span interval gap
хранение: retention storage
предупреждение предупредить: warning warn
требование: requirement requirements
расщепление расщепить: split splitting
ограждение: fencing fence
уплотнение уплотнить: compaction compact
запоздалый поздний: late
протекающий дырявый: leaky
полуоткрытый: half-open
запасной: fallback spare
плавный: graceful smooth
лента: feed tape ribbon
веерный: fan-out fanout
автодополнение: autocomplete autocompletion
пространственный: spatial
фрагмент: chunk
обходчик паук: crawler spider
исчерпывающий: exhaustive
бесконечный: infinite
выравнивание выровнять: alignment align
перемещение переместить: move moving relocation
срезка: slicing
раскрутка раскручивать: unwinding unwind
предзагрузка предзагрузить: preload prefetch
экран экранный: screen display
разделитель: delimiter separator
машина: machine
принадлежность принадлежать: membership belong
присутствие: presence
расти рост растет: grow growth
линковка линковать компоновка: linking linker link
безголовый: headless
сырой: raw
время временной: time temporal
длина длинный: length long
диапазон: range
дата: date
простой просто: simple plain
содержимое: content contents
действие действовать: action act
высокий высший: high higher
вопрос: question
текущий: current
слово: word
качество качественный: quality
цель: goal purpose target
преимущество: advantage benefit
способ: way method
использование использовать: usage use using
работа работать: work working
гибкость гибкий: flexibility flexible
важный: important
ручной вручную: manual manually
основной: main basic primary
большой: big large
первый: first
группа группировать: group grouping
файл файловый: file
история исторический: history historical
продление продлить автопродление: renewal renew
авторизация авторизовать: authorization authorize
комментарий комментировать: comment
паника: panic
дефект: defect
скопление: cluster clustering accumulation
кластеризация: clustering
заблуждение: fallacy misconception
отсутствие: absence lack
каскадный каскад: cascade cascading
симметричный: symmetric
асимметричный: asymmetric
асимметрия: skewness asymmetry
эксцесс: kurtosis
матожидание: expectation
мера: measure
неравенство: inequality
серьезность серьёзность критичность: severity
удобство: usability convenience
попарный: pairwise
баг: bug
отчет отчёт: report
хэширование хэш: hashing hash
функциональный: functional
нефункциональный: nonfunctional
сериализация сериализовать: serialization serialize
десериализация: deserialization
спецификация: specification spec
база: base database
иерархия иерархический: hierarchy hierarchical
квантификатор: quantifier
агрегирующий агрегатный агрегация агрегировать: aggregate aggregation aggregating
поисковый: search
замена заменить заменять: replace replacement substitution
самовосстановление: self-healing
экспортируемый: exported
неэкспортируемый: unexported
перестановочный перестановочность: permutation
удержание: retention
жизнь: life live
один одна одно: one single
два: two double
три тройной: three triple
второй: second
третий: third
много многие многий: many multiple
несколько: several multiple
каждый: each every
другой: other another
только: only
новый: new
старый: old legacy
хороший: good
плохой: bad
любой: any
короткий: short
разный различный: different various
одинаковый идентичный: same identical
самый: most
полезный: useful
всегда: always
никогда: never
часть: part
целый: whole integer
сложный: complex complicated
следующий: next
предыдущий: previous
количество: number count amount
правильный: correct right proper
неправильный: incorrect wrong
начало: beginning start
конец окончание: end ending
дополнительный: additional extra
совет: tip advice
выбор выбрать выбирать: choice choose select
вместо: instead
отдельный: separate
улучшение улучшить: improvement improve
возможность: possibility capability ability
место: place location
кавычка: quote quotation
открыть открытие: open opening
закрыть закрытие: close closing
пара парный: pair
помощь помочь: help
обычный: regular ordinary usual plain
сохранение сохранить: save saving
текстовый: text textual
публичный: public
добавление добавить добавлять: add addition adding
найти нахождение: find finding
низкий: low
содержать: contain
существующий: existing
равный равенство: equal equality
сумма суммирование: sum summation
символ: character symbol
линейный: linear
классификатор: classifier
перестановка: permutation
почти: almost
технический: technical
основанный: based
вид: kind type view
причина: cause reason
пример: example
особенность: feature peculiarity
недостаток: disadvantage drawback
отличие: difference
объяснение объяснить: explanation explain
название: name title
описание описать: description describe
случай: case
неограниченный: unlimited unbounded
широкий: wide broad
экономика экономический: economy economics economic
безработица безработный: unemployment unemployed
издержки: cost costs expenses
альтернативный: alternative opportunity
акция акционер: share stock shareholder
облигация: bond
спрос: demand
предложение: supply offer proposal
инфляция инфляционный: inflation inflationary
дефляция: deflation
налог налоговый налогообложение: tax taxation taxes
бюджет бюджетный: budget
цена ценовой: price pricing
рынок рыночный: market
прибыль: profit earnings income
доход: income revenue
расход расходы: expense expenditure spending
капитал: capital
кредит кредитный: credit loan
заём займ: loan
банк банковский: bank banking
деньги денежный: money monetary
валюта валютный: currency
товар: goods commodity product
услуга: service
зарплата заработный: wage salary wages
монополия: monopoly
олигополия: oligopoly
фирма предприятие: firm company enterprise
собственность: property ownership
производство производитель: production producer manufacturing
потребление потребитель: consumption consumer
сбережение: saving savings
инвестиция инвестор: investment investor
процент процентный: interest percent rate
ставка: rate
номинальный: nominal
реальный: real
прогрессивный: progressive
регрессивный: regressive
пропорциональный: proportional
государство государственный: state government public
политика: policy politics
управление: management control governance
менеджмент менеджер: management manager
маркетинг маркетинговый: marketing
мотивация мотив: motivation motive
потребность: need
планирование: planning
стратегия стратегический: strategy strategic
лидерство лидер: leadership leader
организация организационный: organization organizational
мышление: thinking cognition
восприятие: perception
эмоция эмоциональный: emotion emotional
личность: personality
клетка клеточный: cell cellular
белок: protein
ген генетический: gene genetic
эволюция: evolution
энергия: energy
сила: force strength
масса: mass
давление: pressure
выборка: sample sampling
выборочный: sample sampled
сопряжённость сопряженность: contingency
нейромедиатор: neurotransmitter
постулат: postulate
несущий: carrier
известный: known well-known
индукция индуктивность: induction inductance
член: term member
сходящийся сходимость: convergent convergence
измеримый измеримость: measurable measurability
команда командный: command
перестановка: rearrangement
общественный общество: social society public
договор договорный: contract agreement treaty
экологический экология: ecological ecology
тангенс: tangent tanh
выпрямленный выпрямлять: rectified rectify
доменный: domain
приватный: private
мощность: power capacity
неупругий: inelastic
жесткость: stiffness rigidity
пружина: spring
растяжение: stretching extension
плечо: arm shoulder
поступательный: translational
бросок: throw
дальность: range
удар: impact blow
отскок: rebound bounce
вязкость вязкий: viscosity viscous
вынужденный: forced driven
стоячий: standing
бегущий: traveling
продольный: longitudinal
поперечный: transverse
гребень: crest ridge
впадина: trough
пучность: antinode
всемирный: universal worldwide
прилив приливный: tide tidal
напряжение: voltage stress
напряженность: intensity field-strength
конденсатор: capacitor
заземление: grounding earthing
выключатель: switch
выпрямитель: rectifier
нагрев нагревание: heating
вихревой вихрь: eddy vortex whirlwind
буравчик: gimlet corkscrew right-hand-rule
пластина обкладка: plate
разряд: discharge
искра: spark
молния: lightning
обмотка: winding
вал: shaft
шкив: pulley
клин: wedge
винт: screw propeller
равнодействующий: resultant net-force
отсчет: reference countdown
биение: beat beating
добротность: quality-factor q-factor
прямохождение: bipedalism
повинность: corvee duty
скотоводство: pastoralism herding
охота: hunting
собирательство: foraging gathering
охотник: hunter
орудие: tool implement
железо: iron
оседлость: sedentism
находка: find finding
стоянка: campsite site
захоронение погребение: burial interment
курган: barrow mound tumulus
гробница: tomb
черепок: sherd potsherd
гончарство гончарный: pottery
наскальный: rock-art cave-painting
пещера: cave
очаг: hearth
огонь: fire
одомашнивание: domestication
приручение: taming
вождество: chiefdom
барщина: corvee labor-rent
оброк: quitrent
дань: tribute
поместье: estate manor
усадьба: manor homestead
храм: temple
жрец: priest
держава: power empire
завоевать: conquer
смута: turmoil
мир: peace world
союз: union alliance conjunction
посольство: embassy
цех: guild workshop
город: city town
поселение: settlement
деревня: village
община: community commune
свиток: scroll
надпись: inscription caption
клинопись: cuneiform
упадок: decline decay
расцвет: flourishing heyday
завод: factory plant
наемный: hired wage
отсталость: backwardness underdevelopment
урожай урожайность: harvest crop yield
население: population
рождаемость: fertility birth-rate
господство: domination dominance
угнетение: oppression
земля: land earth
долг: debt
ростовщичество: usury
чеканка: coinage minting
накопление: accumulation
пособие: allowance benefit textbook
избирательный: electoral selective
избиратель: voter
правительство: government
исполнительный: executive
правящий: ruling
народовластие: democracy popular-rule
присяга: oath
престол: throne
знатный: noble
чиновник: official bureaucrat
рабовладение: slaveholding
шелк шелковый: silk
пряность: spice
мореплавание: navigation seafaring
корабль: ship
крестоносец: crusader
крепость: fortress
меч: sword
копье: spear
лук: bow
колесница: chariot
колесо: wheel
соха: plough plow
серп: sickle
мотыга: hoe
орошение: irrigation
пшеница: wheat
ячмень: barley
просо: millet
скот: cattle livestock
овца: sheep
коза: goat
лошадь: horse
слоговой: syllabic syllabary
азбука: alphabet abc
словоизменение: inflection
лицо: person face
залог: voice pledge collateral
словарный: lexical vocabulary
смысл: meaning sense
перевод: translation
говор: dialect vernacular
праязык: proto-language
письмо: writing letter
начертание: glyph shape
знак: sign character mark
дешифровка: decipherment
прописной заглавный: uppercase capital
запятая: comma
препинание: punctuation
губной: labial
звонкий: voiced
глухой: voiceless deaf
шипящий: sibilant hissing
долгота: length longitude
чередование: alternation
уподобление: assimilation
выпадение: elision loss
переписчик: scribe copyist
печать: printing seal print
книгопечатание: printing typography
шрифт: font typeface
почерк: handwriting
тайнопись: cryptography secret-writing
употребление словоупотребление: usage use
толкование: interpretation
преобразователь: transformer converter
забывание: forgetting
вентиль: gate valve
предобучение: pretraining
многоголовый: multi-head
сложение: addition
машинный: machine
ограничивающий: bounding
рамка: frame box
яркость: brightness
насыщенность: saturation
оттенок: hue shade
цвет: color colour
слежение: tracking
тональность: sentiment
мешок: bag
кнопка: button
касание: touch tap
жест: gesture
передний: front foreground
уничтожение: destruction
пересоздание: recreation
магазин: store shop
намерение: intent intention
вкладка: tab
ползунок: slider
флажок: checkbox flag
значок: icon badge
затенение затенять: shadowing shadow
неизменность: immutability invariance
ленивость: laziness
сопутствующий: companion
запечатанный: sealed
упорядочение: ordering
отношение: relation ratio relationship
долгий: long
кручение: torsion twisting
изгиб: bending flexure bend
разрушение: fracture destruction
хрупкость хрупкий: brittleness brittle fragile
волновод: waveguide
пучок: beam bundle
пропускание: transmission transmittance
сверхзвуковой: supersonic
ударный: shock percussive stressed
подвес: suspension
груз: load cargo
брусок: block bar
опора: support bearing
шарнир: hinge joint
подшипник: bearing
шестерня: gear cogwheel
маховик: flywheel
гиря: weight kettlebell
весы: scales balance
возмущение: perturbation disturbance
автоколебание: self-oscillation
связанный: coupled bound connected
камертон: tuning-fork
труба: pipe tube trumpet
небесный: celestial
светило: luminary
луна: moon
солнце: sun
затмение: eclipse
созвездие: constellation
сутки: day
вселенная: universe
дыра: hole
искривление: curvature warping
накаливание: incandescence
перемычка: jumper bridge
провод: wire
розетка: socket outlet
вилка: plug fork
сердечник: core
излучатель: emitter radiator
приемник: receiver
передатчик: transmitter
вещание: broadcasting
ледниковый: glacial
оледенение: glaciation
потепление: warming
засуха: drought
потоп: deluge
извержение: eruption
бедствие: disaster calamity
рождение: birth
брак: marriage defect
приданое: dowry
многоженство: polygamy
вражда: feud enmity
месть: revenge vengeance
обряд: rite ritual
жертвоприношение: sacrifice
божество: deity
верование: belief
язычество: paganism
святой: saint holy
мученик: martyr
паломничество: pilgrimage
проповедь: sermon
епископ: bishop
рыцарь: knight
воин: warrior
дружина: retinue
ополчение: militia
наемник: mercenary
войско: army troops
полководец: commander general
поражение: defeat
плен пленный: captivity captive prisoner
побег: escape
изгнание: exile expulsion
казнь: execution
пытка: torture
тюрьма: prison
заговор: conspiracy plot
измена: treason betrayal
предательство: betrayal
покушение: assassination-attempt
перепись: census
правление: reign rule
наместник: governor viceroy
вотчина: patrimony
удел: appanage
герцог: duke
королева: queen
иго: yoke
ярлык: label shortcut
десятина: tithe
выкуп: ransom redemption buyout
догоняющий: catch-up
рывок: leap spurt
пятилетка: five-year-plan
хозяйство: economy household farm
добывающий: extractive mining
добыча: extraction mining prey
сырье: raw-materials commodity
ископаемый: fossil mineral
уголь: coal
нефть: oil petroleum
паровой: steam
паровоз: locomotive steam-engine
железнодорожный: railway railroad
станок: machine-tool loom
ткацкий: weaving
прядение прядильный: spinning
хлопок: cotton
шерсть: wool
вывоз: export
ввоз: import
работорговля: slave-trade
кабала: bondage servitude
долговой: debt
неравный: unequal
развивающийся: developing
развитый: developed
слаборазвитый: underdeveloped
подушный: per-capita capitation
неграмотность: illiteracy
грамотность: literacy
образование: education formation
здравоохранение: healthcare
продовольствие продовольственный: food provisions
самообеспечение: self-sufficiency
обнищание: impoverishment
междоусобица: civil-strife internecine-war
раздробленность: fragmentation
самоуправление: self-government
местный: local
отделение: secession separation department
народ: people nation
меньшинство: minority
большинство: majority
округ: district constituency
голос: vote voice
явка: turnout
законопроект: bill
отставка: resignation
назначение: appointment assignment purpose
ведомство: agency department
верховенство: supremacy
противовес: counterweight
насилие: violence
принуждение: coercion
языкознание: linguistics
правописание: spelling orthography
написание: spelling
озвончение: voicing
оглушение: devoicing
свистящий: sibilant whistling
смычный: stop occlusive
щелевой: fricative
дрожащий: trill trembling
гортанный: guttural laryngeal
небо: palate sky
задний: back rear
огубленный: rounded
безударный: unstressed
звукоподражание: onomatopoeia
словосложение: compounding
уменьшительный: diminutive
однокоренной: cognate
исконный: native
просторечие: vernacular
разговорный: colloquial conversational
книжный: literary bookish
двуязычие двуязычный: bilingualism bilingual
многоязычие: multilingualism
иностранный: foreign
усвоение: acquisition
примыкание: adjunction
сочинение: coordination composition essay
вопросительный: interrogative
прошедший: past
настоящий: present real
несовершенный: imperfective imperfect
переходный: transitive transitional
непереходный: intransitive
действительный: active real valid
двойственный: dual
мужской: masculine male
женский: feminine female
именительный: nominative
родительный: genitive
дательный: dative
винительный: accusative
творительный: instrumental
предложный: prepositional
звательный: vocative
притяжательный: possessive
указательный: demonstrative
толковый: explanatory
письменный: written
устный: oral spoken
абзац: paragraph
глава: chapter
переписка: correspondence
рукописный: handwritten
печатный: printed
береста берестяной: birch-bark
глина: clay
резьба: carving thread
штрих: stroke hatch
вязь: ligature interlace
направление: direction
разгадка: solution
грамота: charter literacy
писец: scribe
темп: rate pace
цепной: chain
предвзятость: bias prejudice
дискретизация: sampling
резкость: sharpness
размытие: blur
шумоподавление: denoising
сверхразрешение: super-resolution
горлышко: bottleneck neck
видеокарта: gpu graphics-card
разреженность: sparsity
подслово: subword
частотность: frequency
встречаемость: occurrence
реферирование: summarization abstracting
озвучивание: voiceover voicing
балл: score point
ранжирование: ranking
объектив: lens
грань: face facet
объемный: volumetric bulky
освещение: lighting illumination
вложенность: nesting
перестроение: rebuild
показ: display showing
скрытие: hiding
невидимый: invisible
непрозрачность: opacity
скругление: rounding corner-radius
фон: background
заливка: fill
обводка: stroke outline
картинка: picture image
ячейка: cell
заполнитель: placeholder filler
назад: back
вперед: forward
выдвижной: drawer sliding
шторка: shade drawer sheet
заставка: splash screensaver
смахивание: swipe
щипок: pinch
клавиатура: keyboard
клавиша: key
вырезать: cut
местоположение: location
датчик: sensor
энергопотребление: power-consumption
зарядка: charging
бездействие: idle inactivity
конфиденциальность: privacy
имитация: mock simulation
будильник: alarm
напоминание: reminder
предпочтение: preference
темный: dark
светлый: light bright
оформление: styling design decoration
облик: appearance look
сенсорный: touch
прослойка: layer shim
выдача: issuance output
уступать: yield
скобка: bracket parenthesis brace
свободный: free
безымянный: anonymous nameless unnamed
сильный: strong
стирание: erasure
приостанавливаемый: suspendable
продолжение: continuation
чистота: purity cleanliness
бесточечный: point-free
строгость: strictness
отсутствующий: missing absent
зафиксированный: committed
незафиксированный: uncommitted
ступица: hub
скольжение: sliding slip
качение: rolling
течение: flow current
завихренность: vorticity
подъемный: lifting lift
тяга: thrust traction draft
лобовой: frontal head-on
обтекание: streamlining
тормоз: brake
отдача: recoil return payoff
снаряд: projectile shell
пуля: bullet
прицел: sight aim
присоединение: annexation accession
зависимый: dependent
противник: opponent adversary enemy
враг: enemy
соперничество: rivalry
разоружение: disarmament
посол: ambassador
уступка: concession
подполье: underground
листовка: leaflet
гласность: openness transparency
пузырь: bubble
крах: crash collapse
вкладчик: depositor
казна казначейство: treasury
фальшивомонетчик: counterfeiter
посредничество: mediation brokerage
кустарный: handicraft cottage-industry
батрак: farmhand laborer
землевладелец помещик: landowner landlord
передел: redistribution repartition
казенный: state-owned
огораживание: enclosure
удобрение: fertilizer
севооборот: crop-rotation
трехполье: three-field-system
членение: segmentation division
сочетаемость: collocability combinability
поговорка: saying
пословица: proverb
загадка: riddle
сказка: fairy-tale tale
повествование: narrative narration
рассказчик: narrator storyteller
переносный: figurative
иносказание: allegory
олицетворение: personification
преувеличение: hyperbole exaggeration
вымирающий: endangered dying
самообучение: self-supervised self-learning
перевзвешивание: reweighting
передискретизация: resampling oversampling
связка: copula keychain bunch ligament
разветвление: fork branching
итог: total result
счет: count account score bill
совпадение: match coincidence
рынок: market
биржа: exchange
акция: share stock promotion
актив: asset
обязательство: liability obligation commitment
убыток: loss
выручка: revenue proceeds takings
расход: expense expenditure
затрата: cost expense expenditure
стоимость: value cost
цена: price
просадка: drawdown
прибыльный: profitable
убыточный: unprofitable
вклад: deposit contribution
заём заем: loan
ставка: rate bet stake
курс: rate
налог: tax
налогообложение: taxation
налоговый: tax fiscal
сбор: fee levy collection
пошлина: duty
счёт счет: account bill invoice
бухгалтерия: accounting bookkeeping
бухгалтер: accountant bookkeeper
учёт учет: accounting recording
отчёт отчет: report
проводка: posting entry
износ: wear depreciation
держатель: holder bearer
акционер: shareholder stockholder
вложение: investment attachment
вкладывать: invest
страхование: insurance
страховщик: insurer underwriter
покупатель: buyer purchaser customer
сделка: deal transaction trade
торговля: trade trading commerce
покупка: purchase
продажа: sale
заявка: order bid application
валюта: currency
деньги: money
наличность: cash
выплата: payment payout
платёж платеж: payment
снятие: withdrawal removal
остаток: balance remainder residue
прирост: increment gain
падение: fall drop decline
обвал: crash collapse
спад: recession downturn slump
залог: collateral pledge bail
ипотека: mortgage
несостоятельность: insolvency bankruptcy
рентабельность: profitability
выгода: benefit profit advantage
доля: share stake portion fraction
размещение: placement allocation
выпуск: issue release issuance
погашение: repayment redemption
срок: term period deadline maturity
просрочка: delinquency arrears overdue
смета: estimate budget
счёт-фактура счет-фактура: invoice
выписка: statement extract
надбавка: premium markup surcharge allowance
плечо: leverage shoulder
сырьё сырье: commodity feedstock
товар: commodity goods merchandise
поставка: delivery supply
поставщик: supplier vendor provider
потребитель: consumer
прогноз: forecast prediction outlook
опасность: danger hazard
уязвимость: vulnerability
смягчение: mitigation softening
порог: threshold
недооценённый недооцененный: undervalued
переоценённый переоцененный: overvalued
выкуп: buyback redemption ransom
поглощение: takeover absorption acquisition uptake
слияние: merger merge fusion
приобретение: acquisition purchase
недвижимость: property realty
аренда: lease rent rental
зарплата: salary wage pay
чистый: net clean pure
оборот: turnover circulation
запас: inventory stock reserve supply
начисление: accrual
вычет: deduction
льгота: benefit privilege exemption
штраф: fine penalty
мошенничество: fraud
прозрачность: transparency
клетка: cell cage
клеточный: cellular cell
ядро: nucleus core kernel
оболочка: envelope shell sheath coat
стенка: wall
пузырёк пузырек: vesicle bubble
наследственность: heredity
признак: trait feature sign attribute
сцепление: linkage coupling adhesion clutch
скрещивание: crossing cross hybridization
потомок: descendant offspring
родитель: parent
дочерний: daughter child
деление: division
размножение: reproduction propagation
удвоение: duplication doubling
воспроизведение: reproduction replication playback
зародыш: embryo germ
нить: thread strand filament
сахар: sugar
кислота: acid
водород: hydrogen
кислород: oxygen
углерод: carbon
азот: nitrogen
жир: fat
связывать: bind link tie
сворачивание: folding
свёртывание свертывание: clotting coagulation folding
расщепление: cleavage splitting breakdown
распад: decay breakdown disintegration
разложение: decomposition
превращение: conversion transformation
дыхание: respiration breathing
окисление: oxidation
восстановление: reduction recovery restoration
переносчик: carrier transporter vector
носитель: carrier medium bearer
проницаемость: permeability
проницаемый: permeable
избирательный: selective
выделение: secretion excretion release allocation
выведение: excretion elimination
передача: transmission transfer
посредник: mediator intermediary messenger
вторичный: secondary
третичный: tertiary
кровь: blood
сыворотка: serum whey
защита: defense protection
защитный: protective
воспаление: inflammation
заражение: infection contamination
возбудитель: pathogen agent
болезнь: disease illness
заболевание: disease
хозяин: host owner master
прививка: vaccination inoculation
распознавание: recognition
уничтожение: destruction elimination
поглощать: absorb engulf
гибель: death destruction
выживание: survival
старение: aging senescence
рак: cancer
опухоль: tumor
повреждение: damage injury lesion
вставка: insertion insert
удаление: deletion removal
замена: replacement substitution change
сдвиг: shift
рамка: frame
считывание: reading readout
расшифровка: decoding decryption transcript
затравка: primer seed
удлинение: elongation extension
усилитель: enhancer amplifier
подавление: suppression inhibition
подавлять: suppress inhibit
торможение: inhibition braking
участок: region site segment section plot
ткань: tissue fabric
вид: species view kind
род: genus kind gender
отбор: selection
приспособление: adaptation device
происхождение: origin descent
стволовой: stem
волокно: fiber
раствор: solution
насыщенный: saturated
заряд: charge
постоянный: permanent constant persistent
страница: page
страничный: paged paging
подкачка: swapping paging
вытеснение: eviction preemption displacement
замещение: replacement substitution
пространство: space
отображение: mapping display
отображать: map display
преобразование: conversion transformation translation
указатель: pointer indicator
ссылка: reference link
куча: heap pile
очередь: queue line
освобождение: release deallocation exemption liberation
освобождать: release free
утечка: leak leakage
сборщик: collector
мусор: garbage trash
задание: task assignment job
планирование: scheduling planning
переключение: switching switch
прерывание: interrupt interruption
вызов: call invocation challenge
режим: mode regime
разрешение: permission resolution authorization
блокировка: lock locking blocking
блокировать: block lock
взаимоблокировка: deadlock
ожидание: wait waiting expectation
ожидать: wait expect await
захват: capture acquisition seizure
захватывать: acquire capture seize
разделяемый: shared
одновременный: simultaneous concurrent
согласованность: consistency coherence
неделимый: indivisible atomic
видимость: visibility
счётчик счетчик: counter meter
команда: team instruction
ветвление: branching
предсказание: prediction
шина: bus tire
накопитель: drive storage accumulator
жёсткий жесткий: hard rigid
дорожка: track lane path
задержка: delay latency
производительность: performance productivity throughput
быстродействие: speed performance
каталог: directory folder
папка: folder
расширение: extension expansion
размер: size dimension
объём объем: volume capacity
ёмкость емкость: capacity capacitance
монтирование: mounting mount
открывать открыть: open
читать: read
писать: write
запись: record recording entry write
журнал: log logbook
отказ: failure refusal denial
отказоустойчивость: fault-tolerance
резервный: backup spare standby
резервирование: redundancy backup
избыточность: redundancy
чётность четность: parity
загрузка: loading boot download
запуск: launch start startup
завершение: completion termination shutdown
приостановка: suspension pause
возобновление: resumption resume
устройство: device structure arrangement
ввод: input entry
вывод: output conclusion inference
произвольный: random arbitrary
последовательный: sequential consistent serial
узел: node knot
прошивка: firmware
многопоточность: multithreading
многозадачность: multitasking
сеть: network net grid
соединение: connection join joint
ячейка: cell slot
шестнадцатеричный: hexadecimal
переполнение: overflow
выравнивание: alignment
смещение: offset displacement shift bias
зависание: hang freeze
перезагрузка: reboot restart
метка: label tag mark
удалять: delete remove
создавать: create
длина: length
символ: character glyph
пробел: space whitespace blank
разделитель: separator delimiter
точка: point dot period
множество: set multitude
словарь: dictionary vocabulary
значение: value meaning
перечисление: enumeration
объявление: declaration announcement advertisement
целый: integer whole
вещественный: real
пустой: empty blank void
нулевой: null zero
неопределённый неопределенный: undefined indefinite
ложь: false falsehood lie
истина: true truth
экземпляр: instance copy
обработчик: handler
обработка: processing handling
обрабатывать: process handle
подписка: subscription
наблюдатель: observer watcher
библиотека: library
зависимость: dependency dependence
сборка: build assembly
исполнение: execution
выполнять: execute perform run
среда: environment medium
развёртывание развертывание: deployment
хранилище: repository storage vault
отладка: debugging
утверждение: assertion statement claim
предупреждение: warning
ошибка: error mistake bug fallacy
окно: window
обозреватель: browser explorer
сеанс: session
заголовок: header heading title
перенаправление: redirection redirect
шифрование: encryption
вход: login entrance entry input
выход: logout exit output
разметка: markup
вёрстка верстка: layout typesetting
отступ: indent margin padding
сценарий: script screenplay
равенство: equality
приведение: casting cast conversion
разбор: parsing
обобщённый обобщенный: generic generalized
неизменяемый: immutable
изменяемый: mutable
открытый: public open
защищённый защищенный: protected secure
внутренний: internal inner intrinsic
внешний: external outer
переопределение: override overriding
перегрузка: overload overloading
кодировка: encoding
распаковка: unpacking decompression unboxing
упаковка: boxing packing packaging
исходный: source original initial
отмена: cancellation undo
настройка: setting configuration tuning
внедрение: injection implementation deployment
реализация: implementation
стрелка: arrow
сортировка: sorting
выборка: selection sample fetch
пересечение: intersection
обязательный: required mandatory
встроенный: builtin embedded inline
обновление: update upgrade refresh
содержимое: contents
обрезать: trim truncate crop
обёртка обертка: wrapper
заглушка: stub mock plug
отрисовка: rendering
отложенный: deferred delayed lazy
разработчик: developer
разработка: development
язык: language tongue
продвижение: promotion advancement
реклама: advertising advertisement
заказ: order
охват: reach coverage
узнаваемость: awareness recognition
марка: brand stamp
верность: loyalty fidelity
приток: inflow influx
вовлечённость вовлеченность: engagement involvement
соперник: rival competitor
преимущество: advantage
конкурентоспособность: competitiveness
исследование: research study
отзыв: review feedback recall
обслуживание: service maintenance
поддержка: support
требование: requirement demand claim
возможность: opportunity possibility capability
цель: goal target aim objective
показатель: indicator metric measure
итог: total result outcome
опыт: experience experiment
удобство: convenience usability
сторона: side party
руководитель: manager head leader
руководство: management leadership guidance manual
управление: management control administration
сотрудник: employee staffer
работодатель: employer
предприятие: enterprise business
предприниматель: entrepreneur
общество: society company
основатель: founder
совет: board council advice
масштабирование: scaling
закупка: procurement purchase
сотрудничество: cooperation collaboration
договор: contract agreement treaty
положение: provision position situation regulation
пункт: clause item
закон: law act
право: right law
правовой: legal
законный: lawful legal legitimate
нарушение: violation breach infringement
нарушать: violate breach infringe
ответственность: liability responsibility
иск: lawsuit claim suit
суд: court trial
приговор: sentence verdict
обвинение: accusation charge prosecution
доказательство: evidence proof
жалоба: complaint appeal
спор: dispute argument
возмещение: compensation reimbursement indemnity
вред: harm damage
расторжение: termination rescission dissolution
обязанность: duty obligation
полномочие: authority power mandate
доверенность: proxy
представитель: representative agent
владение: ownership possession
изобретение: invention
неразглашение: nondisclosure
согласие: consent agreement
уведомление: notice notification
лицо: person face entity
гражданский: civil
преступление: crime
надзор: supervision oversight
соблюдение: compliance observance
запрет: ban prohibition
устав: charter statute bylaws
поправка: amendment correction
переговоры: negotiations talks
наследство: inheritance
завещание: will testament
имущество: property assets
подрядчик: contractor
претензия: claim complaint
виновный: guilty
халатность: negligence
добросовестный: conscientious diligent
магазин: shop store
розница: retail
оптовый: wholesale
поведение: behavior conduct
поощрение: incentive encouragement reward
вознаграждение: reward remuneration fee
отрасль: industry sector
производство: production manufacturing
производитель: manufacturer producer
нововведение: innovation
договорённость договоренность: arrangement understanding
следствие: consequence corollary investigation
последствие: consequence aftermath
влияние: influence impact effect
действие: action effect act
воздействие: impact effect exposure
строение: structure composition
состав: composition makeup
граница: boundary border limit
край: edge rim
грань: face facet edge
вершина: vertex top summit peak
скорость: speed velocity rate
рост: growth rise height
снижение: reduction decrease decline
измерение: measurement dimension
оценка: estimate assessment evaluation grade valuation
оценивать: estimate evaluate assess
величина: magnitude quantity value
количество: quantity amount number
отношение: ratio relation attitude
среднее: mean average
средний: average mean middle medium
напряжение: tension stress voltage
сила: force strength power
нагрузка: load
равновесие: equilibrium balance
корень: root
лист: leaf sheet
ветвь ветка: branch
стена: wall
путь: path way route pathway
шаг: step pitch
закономерность: regularity pattern law
условие: condition term
предположение: assumption supposition
образец: sample pattern specimen
совокупность: aggregate totality population set
часть: part portion
связь: link connection bond relationship
взаимодействие: interaction
разделение: separation division
распределение: distribution allocation
накопление: accumulation buildup
распространение: spread propagation distribution
движение: movement motion
порядок: order
уровень: level
составляющая: component constituent
основа: basis base foundation
основание: base foundation basis reason
каркас: frame framework skeleton
сложный: complex complicated difficult
обратный: reverse inverse back
переменный: variable alternating
устойчивый: stable steady sustainable resilient
неустойчивый: unstable
конечный: finite final terminal
промежуточный: intermediate
независимый: independent
относительный: relative
общий: common general total shared
частный: private particular partial
основной: main basic primary core fundamental
существенный: essential substantial significant
значимый: significant meaningful
избыточный: redundant excessive
недостаток: deficiency shortage drawback disadvantage
ускорение: acceleration
замедление: slowdown deceleration
усиление: amplification strengthening enhancement
ослабление: weakening attenuation
сохранение: conservation preservation saving
хранение: storage keeping
переход: transition crossing
возникновение: emergence occurrence
появление: appearance emergence
развитие: development
образование: formation education
изменение: change alteration modification
расположение: location arrangement layout
способность: ability capacity capability
способ: method way means
средство: means tool remedy agent
назначение: purpose destination assignment
ответ: answer response reply
решение: solution decision
обучение: learning training teaching
определение: definition determination
определять: define determine
целое: whole integer
вероятность: probability likelihood
ограничение: limit restriction constraint
предел: limit bound
обмен: exchange swap interchange
отделение: department division branch separation
представление: representation presentation view
степень: degree extent power
взаимный+блокировка: deadlock
узкий+место: bottleneck
накладной+расход: overhead
пропускной+способность: throughput bandwidth
полоса+пропускание: bandwidth
время+выполнение: runtime
обратный+связь: feedback
ключевой+слово: keyword
подстановочный+знак: wildcard
временной+метка отметка+время: timestamp
контрольный+точка: checkpoint
контрольный+сумма: checksum
рабочий+процесс: workflow
рабочий+нагрузка: workload
полезный+нагрузка: payload
точка+останов: breakpoint
жизненный+цикл: lifecycle
кодовый+база: codebase
горячий+клавиша: hotkey shortcut
файл+подкачка: swapfile pagefile
учётный+запись учетный+запись: account
учётный+данные учетный+данные: credentials
точка+монтирование: mountpoint
точка+вход: entrypoint
снимок+состояние: snapshot
сетевой+экран межсетевой+экран: firewall
временной+ряд: timeseries
производная: derivative
приращение: increment
касательная: tangent
разрыв: discontinuity gap break
сходимость: convergence
сходиться: converge
расходимость: divergence
расходиться: diverge
ряд: series row
слагаемое: summand addend term
множитель: factor multiplier
делимое: dividend
частное: quotient
дробь: fraction
простой: prime simple
чётный четный: even
тождество: identity
неизвестное: unknown
квадрат: square
угол: angle corner
прямоугольник: rectangle
круг: circle disk
дуга: arc
прямая: line
подобие: similarity
прямоугольный: rectangular right
собственный+значение: eigenvalue
собственный+вектор: eigenvector
след: trace footprint track
обратимый: invertible reversible
невырожденный: nonsingular nondegenerate
размерность: dimension
линейный+оболочка: span
единичный: unit identity
сопряжённый сопряженный: conjugate adjoint
дополнение: complement
разность: difference
мощность: cardinality power
бесконечный: infinite endless
высказывание: proposition statement
отрицание: negation denial
следование: implication entailment
истинный: true
ложный: false
подсчёт подсчет: counting count
возрастающий: increasing
убывающий: decreasing
выпуклый: convex
вогнутый: concave
ограниченный: bounded limited
окрестность: neighborhood vicinity
приближение: approximation
кривая: curve
подстановка: substitution
область: domain region area
обращение: inversion
доказывать: prove
вычислять: compute calculate
вычисление: computation calculation
решать: solve
знак: sign
отрицательный: negative
ноль нуль: zero
единица: unit one
число: number
цифра: digit
генеральный+совокупность: population
случайность: randomness chance contingency
ковариация: covariance
отклонение: deviation
математический+ожидание: expectation
размах: range spread
частота: frequency
выброс: outlier emission
состоятельный: consistent
состоятельность: consistency
проверка: test check verification
значимость: significance
отвергать: reject
принимать: accept
испытание: trial test
благоприятный: favorable
несовместный: incompatible disjoint
безусловный: unconditional
независимость: independence
подгонка: fitting
сглаживание: smoothing
пропущенный: missing
бросок: toss throw
кость: die bone
орёл орел: heads eagle
решка: tails
колода: deck
выигрыш: win gain payoff
правдоподобный: plausible
предельный: limiting marginal
выборочный: sample selective
повторный: repeated
повторение: repetition
случай: case event chance
порядковый: ordinal
качественный: qualitative
объясняющий: explanatory
остаточный: residual
разброс: spread variability
рассеяние: scatter scattering
скошенность: skewness
хвост: tail
тяжёлый тяжелый: heavy
опрос: survey poll
анкета: questionnaire
чувствительность: sensitivity
полнота: recall completeness
ожидаемый: expected
наблюдаемый: observed observable
скрытый: hidden latent
расслоение: stratification
отсев: dropout attrition
различие: distinction difference
доверие: confidence trust
допущение: assumption
зерно: seed grain
достоверный: certain reliable
невозможный: impossible
противоположный: opposite complementary
устойчивость: robustness stability
качество: quality
надёжность надежность: reliability
искажение: distortion bias
ошибочный: erroneous
пропуск: omission gap
наугад: randomly
вероятностный: probabilistic stochastic
частотность: frequency incidence
попытка: attempt try
успех: success
неудача: failure
уверенность: certainty confidence
вероятный: probable likely
усреднение: averaging
разбиение: partition
прогнозировать: predict forecast
деликт: tort
правонарушение: offense wrongdoing delinquency
небрежность: negligence carelessness
неосторожность: carelessness recklessness imprudence
умысел: intent intention
умышленный: intentional deliberate willful
преднамеренный: premeditated
вина: guilt fault
невиновность: innocence
невиновный: innocent
потерпевший жертва: victim
причинность: causation causality
клевета: defamation libel slander
нарушитель: offender violator infringer
посягательство: encroachment infringement
вторжение: trespass invasion intrusion
неустойка: forfeit penalty
принятие: acceptance adoption
встречный+иск: counterclaim
встречный+предоставление: consideration
дееспособность: capacity competence
недееспособный: incapacitated incompetent
совершеннолетие: majority adulthood
несовершеннолетний: minor juvenile
опекун: guardian
опека: guardianship custody
принуждение: coercion duress compulsion
обман: deceit deception
заблуждение: mistake misconception delusion
недействительный: invalid void
ничтожный: void null negligible
неисполнение: nonperformance default
поручительство: suretyship guaranty
поручитель: guarantor surety
уступка: assignment concession
наём наем: hire hiring employment
разбирательство: proceedings hearing trial
судопроизводство: procedure litigation
заседание: session sitting
слушание: hearing
повестка: summons subpoena agenda
подсудность: jurisdiction
обжалование: appeal
обжаловать: appeal challenge
пересмотр: review revision
постановление: ruling decree resolution
присяжный: juror
оправдание: acquittal justification
оправдывать: acquit justify
осуждение: conviction condemnation
осуждённый осужденный: convict
подсудимый обвиняемый: defendant accused
подозреваемый: suspect
обвинитель: prosecutor
защитник: defender counsel
следователь: investigator
задержание: detention apprehension
обыск: search
изъятие: seizure confiscation withdrawal
допрос: interrogation questioning
показание: testimony deposition
присяга клятва: oath
лжесвидетельство: perjury
улика: clue evidence
бремя: burden
разумный: reasonable rational
наказание: punishment penalty sentence
заключение: imprisonment confinement conclusion
тюрьма: prison jail
помилование: pardon clemency
кража: theft larceny
грабёж грабеж разбой: robbery
убийство: murder homicide killing
нападение: assault attack
побои: battery beating
взятка: bribe
вымогательство: extortion
подлог подделка: forgery counterfeit
соучастник: accomplice
соучастие: complicity
покушение: attempt
сговор: conspiracy collusion
невменяемость: insanity
толкование: interpretation construction
законодательство: legislation
законодательный: legislative
судебный: judicial
гражданство: citizenship
гражданин: citizen
неприкосновенность: immunity inviolability
справедливость: fairness justice
законность: legality lawfulness
правомерный: lawful legitimate
противоправный: unlawful wrongful
действительный: valid actual
вмешательство: interference intervention
преследование: prosecution persecution pursuit
ходатайство: motion petition
возражение: objection
мировой+соглашение: settlement
урегулирование: settlement
взыскание: recovery collection penalty
наследник: heir
крайний+необходимость: necessity
тяжесть: gravity heaviness weight
сопротивление: resistance drag
вращение: rotation spin
колебание: oscillation vibration fluctuation
волна: wave
затухание: damping attenuation decay
упругость: elasticity resilience
упругий: elastic
жёсткость жесткость: stiffness rigidity
прочность: strength durability
твёрдость твердость: hardness
хрупкий: brittle fragile
хрупкость: brittleness fragility
вязкость: viscosity
вязкий: viscous
текучесть: fluidity yield
растяжение: tension stretching
разрушение: fracture destruction failure
трещина: crack fissure
усталость: fatigue tiredness
балка: beam girder
опора: support bearing pier
пролёт пролет: span
перекрытие: slab floor overlap
свая: pile
плотина: dam
кладка: masonry
кирпич: brick
арматура: reinforcement rebar
сталь: steel
медь: copper
сплав: alloy
древесина: wood timber
стекло: glass
сварка: welding
шов: seam joint weld
винт: screw
рычаг: lever
шестерня: gear
ось: axis axle
работа: work job
теплота тепло: heat warmth
проводимость: conductivity conductance
проводник: conductor
катушка: coil
питание: supply power nutrition
выключатель переключатель: switch
предохранитель: fuse
свет: light
отражение: reflection
излучение: radiation
испускание: emission
топливо: fuel
сгорание горение: combustion burning
охлаждение: cooling
тепловой: thermal
кипение: boiling
испарение: evaporation vaporization
плавление: melting fusion
замерзание: freezing
жидкость: liquid fluid
твёрдый твердый: solid hard
пар: steam vapor
необратимый: irreversible
течение: flow current course
струя: jet stream
трубопровод: pipeline
труба: pipe tube
сосуд: vessel container
перемещение: displacement movement
покой: rest
относительность: relativity
напряжённость напряженность: intensity strength tension
прибор: device instrument
чертёж чертеж: drawing blueprint
проектирование: design engineering
сооружение: structure construction
строительство: construction building
допуск: tolerance clearance
поперечный: transverse lateral
прогиб: deflection sag
осадка: settlement subsidence
грунт: soil ground
земля: earth land ground
почва: soil
порода: rock breed
гора: mountain
хребет: ridge range spine
долина: valley
равнина: plain
возвышенность: upland elevation
низменность: lowland
плоскогорье: plateau
холм: hill
склон: slope
ущелье: gorge canyon
землетрясение: earthquake
разлом: fault rift
плита: plate slab
кора: crust bark
месторождение: deposit field
ископаемый: fossil
руда: ore
уголь: coal charcoal
осадочный: sedimentary
осадок: sediment precipitate precipitation
выветривание: weathering
отложение: deposition deposit
ледник: glacier
лёд лед: ice
снег: snow
дождь: rain
наводнение паводок: flood
река: river
русло: channel riverbed
устье: mouth estuary
водораздел: watershed divide
болото: swamp marsh bog
море: sea
залив: bay gulf
пролив: strait
берег побережье: coast shore bank
остров: island
полуостров: peninsula
материк: continent mainland
прилив: tide
отлив: ebb
подземный: underground subterranean
водоносный+горизонт: aquifer
погода: weather
воздух: air
ветер: wind
облако: cloud
туман: fog mist
влажность: humidity moisture
парниковый: greenhouse
загрязнение: pollution contamination
переработка: recycling processing
вырубка: deforestation logging felling
опустынивание: desertification
пустыня: desert
растительность: vegetation
растение: plant
обитание: habitat habitation
хищник: predator
добыча: prey extraction mining
разнообразие: diversity variety
биоразнообразие: biodiversity
исчезающий: endangered vanishing
заповедник: reserve sanctuary
охрана: protection conservation guard
природа: nature
природный: natural
возобновляемый: renewable
невозобновляемый: nonrenewable
истощение: depletion exhaustion
солнечный: solar sunny
круговорот: cycle circulation
широта: latitude width breadth
долгота: longitude
пояс: belt zone
городской: urban
сельский: rural
урожай: harvest crop yield
скот: livestock cattle
сток: runoff drain
скважина: well borehole
смерч: tornado
буря: storm
гроза: thunderstorm
таяние: thawing melting
вечный+мерзлота: permafrost
солёность соленость: salinity
пресный: fresh
окружающий+среда: environment
устойчивый+развитие: sustainability
война: war
бунт: riot mutiny revolt
переворот: coup upheaval
завоевание: conquest
царство королевство: kingdom realm
правление: reign rule board
господство: dominance supremacy domination
дворянство: nobility
крестьянин: peasant
рабство: slavery
крепостной: serf
сословие: estate class
племя: tribe
союз: union alliance
победа: victory
оружие: weapon arms
век столетие: century
древний: ancient
средневековый: medieval
возрождение: revival renaissance rebirth
просвещение: enlightenment education
промышленный: industrial
общественный: public social
безопасность: security safety
сдерживание: deterrence containment restraint
забастовка: strike
безработица: unemployment
занятость: employment
труд: labor work
рабочий: worker
издержка: cost
полезность: utility usefulness
благосостояние: welfare wellbeing prosperity
благо: good benefit
потребление: consumption
бедность: poverty
богатство: wealth riches
сознание: consciousness
бессознательный: unconscious
ощущение: sensation
мышление: thinking thought
рассуждение: reasoning
познание: cognition knowledge
навык: skill
привычка: habit
влечение: drive attraction
тревога тревожность: anxiety
гнев: anger
печаль грусть: sadness sorrow
личность: personality identity
черта: trait feature
убеждение: belief conviction
предубеждение предвзятость: prejudice bias
подчинение: obedience submission subordination
подросток: adolescent teenager
сущность: essence entity
существование: existence
разум: reason mind
нравственность: morality
нравственный: moral
добро: good goodness
порок: vice
совесть: conscience
воля: will
необходимость: necessity
учение: doctrine teaching
мудрость: wisdom
суждение: judgment proposition
умозаключение: inference
действительность: reality actuality
человечество: humanity mankind
избиратель: voter elector
голосование: voting vote
государство: state
ранг: rank
ковариация: covariance
мерж мердж: merge
фича: feature
обморожение: frostbite
вывих: dislocation
ссадина: abrasion graze
синяк кровоподтёк: bruise hematoma haematoma
сотрясение: concussion
понос: diarrhea diarrhoea
запор: constipation
изжога: heartburn
отрыжка: belching eructation
вздутие: bloating distension
насморк: rhinitis
удушье: asphyxia suffocation choking
хрип: wheeze wheezing rale
крапивница: urticaria hives
потливость потоотделение: sweating perspiration
озноб: chills shivering
припадок: fit seizure
онемение: numbness
артериальный+давление: blood-pressure
капельница: drip infusion
укол: injection
шприц: syringe
повязка: bandage dressing
жгут: tourniquet
носилки: stretcher
рубец шрам: scar
гной: pus
нагноение: suppuration
заражение+кровь: sepsis septicemia
отхаркивающий: expectorant
противозачаточный: contraceptive
недоедание: malnutrition undernutrition
грудной+вскармливание: breastfeeding
вскармливание: feeding
прикорм: weaning
роды: childbirth labour parturition
схватка: contraction
кесарев+сечение: caesarean cesarean
выкидыш: miscarriage
недоношенный: premature preterm
пуповина: umbilical cord
околоплодный: amniotic
шейка+матка: cervix
зачатие: conception
бесплодие: infertility sterility
акушерка: midwife
акушерство акушерский: obstetrics obstetric
роженица: parturient
послеродовой: postpartum postnatal
дородовой: prenatal antenatal
молозиво: colostrum
родничок: fontanelle
прорезывание: teething eruption
свинка: mumps
скарлатина: scarlet-fever
зоб: goiter goitre
грыжа: hernia
мочевой+пузырь: bladder
желчный+пузырь: gallbladder
поджелудочный+железа: pancreas
щитовидный+железа: thyroid
голень: shin
лодыжка: ankle
продолговатый+мозг: medulla
обмен+вещество: metabolism
всасывание: absorption
мочеиспускание: urination micturition
кал: feces stool
барабанный+перепонка: eardrum
медсестра: nurse
сестринский: nursing
сиделка: caregiver sitter
пролежень: bedsore decubitus
клизма: enema
градусник: thermometer
перевязка: dressing bandaging
обеззараживание: disinfection decontamination
отвар: decoction
настойка: tincture
рахит: rickets
сердечный+приступ: heart-attack
косоглазие: strabismus squint
заикание: stuttering stammer
хромота: lameness limp
плоскостопие: flatfoot
язва: ulcer
свищ: fistula
нарыв гнойник: abscess boil
бородавка: wart
родинка: nevus naevus
чесотка: scabies
вошь: louse lice
глист: helminth
проказа: leprosy
сибирский+язва: anthrax
невосприимчивость: immunity
опрелость: diaper-rash
выпрямление: rectification
понижающий: step-down buck
повышающий: step-up boost
блок+питание: psu
делитель+напряжение: voltage-divider
разъём разъем: connector
штекер: plug
пайка паять: soldering solder
припой: solder
паяльник: soldering-iron
печатный+плата: pcb
автоматический+выключатель: circuit-breaker
светодиод светодиодный: led
операционный+усилитель: op-amp
теплоотвод: heatsink heat-sink
наводка: pickup crosstalk
шим: pwm
скважность: duty-cycle
двухтактный: push-pull
прошивать прошить: flash reflash
отладочный+плата: dev-board
постоянный+ток: dc
переменный+ток: ac
тензодатчик: strain-gauge load-cell
зарядный+устройство: charger
пробой: breakdown
перенапряжение: overvoltage surge
бросок+ток: inrush
пульсация: ripple
энергосбережение: energy-saving
щуп: probe
опорный+напряжение: reference-voltage
падение+напряжение: voltage-drop
ёмкостный: capacitive
холостой+ход: no-load
последовательный+соединение: series
размыкание: opening breaking
обратный+полярность: reverse-polarity
переполюсовка: reverse-polarity
пайка+оплавление: reflow
поверхностный+монтаж: smd surface-mount
выводной+монтаж: through-hole
монтажный: mounting
макетный+плата: breadboard
форма+сигнал: waveform
пилообразный: sawtooth
диодный+мост: bridge-rectifier
развязка: isolation decoupling
делитель+частота: prescaler
ножка: pin
распиновка: pinout
чувствительный+элемент: sensing-element
измерительный: measuring measurement
погрешность+измерение: measurement-error
привод: actuator drive
шаговый+двигатель: stepper
подстроечный: trimmer
напряжение+пробой: breakdown-voltage
прямой+напряжение: forward-voltage
обратный+напряжение: reverse-voltage
номинал: rating
вентилятор: fan
перегрев: overheating
термозащита: thermal-protection
дроссель: choke
развязывающий+конденсатор: decoupling-capacitor
блокировочный+конденсатор: bypass-capacitor
пищалка: buzzer beeper
динамик: loudspeaker speaker
концевик: limit-switch endstop
геркон: reed-switch
датчик+движение: motion-sensor
дальномер: rangefinder
ультразвуковой: ultrasonic
инфракрасный: infrared
семисегментный: seven-segment
разрядка: discharging
солнечный+панель: solar-panel
витой+пара: twisted-pair
экранированный: shielded
главный+книга: ledger
амортизация: depreciation
материальный: tangible
собственный+капитал: equity
уставный+капитал: share-capital authorized-capital
нераспределённый+прибыль: retained-earnings
начисленный: accrued
отсроченный: deferred
предоплата: prepayment
бухгалтерский+баланс: balance-sheet
движение+денежный+средство: cash-flow
уценка: write-down
балансовый+стоимость: carrying-amount
управленческий+учёт: management-accounting
переменный+издержки: variable-costs
калькуляция: costing
попроцессный: process-costing
позаказный: job-costing
внутренний+контроль: internal-control
хищение: embezzlement
растрата: misappropriation embezzlement
облагаемый: taxable
вексель: promissory-note
ценный+бумага: securities
учётный+политика: accounting-policy
отчётный+период: reporting-period
финансовый+год: fiscal-year
квартал квартальный: quarter quarterly
непрерывность+деятельность: going-concern
ведомость: statement
накладная: waybill consignment-note
квитанция: receipt
счёт+фактура: invoice
оборотный+средство: working-capital
ликвидность: liquidity
прибыльность: profitability
чистый+прибыль: net-income net-profit
маржинальный+доход: contribution-margin
условный+обязательство: contingent-liability
оценочный+резерв: provision allowance
сомнительный+долг: doubtful-debt
безнадёжный+долг: bad-debt
подтверждающий+документ: supporting-document
первичный+документ: source-document
выборочный+проверка: spot-check
аудиторский+заключение: audit-opinion
аудиторский+доказательство: audit-evidence
дочерний+общество: subsidiary
материнский+компания: parent-company
деловой+репутация: goodwill
ревизия: inspection
запас+прочность: safety-margin
авансовый+отчёт: expense-report
суточные: per-diem
акт+сверка: reconciliation-statement
бухгалтерский+запись: journal-entry
налоговый+декларация: tax-return
возврат+налог: tax-refund
недоимка: tax-arrears
пеня: late-fee penalty-interest
незавершённый+производство: wip
готовый+продукция: finished-goods
полуфабрикат: semi-finished
выбытие: disposal retirement
поступление: receipt inflow
отгрузка: shipment dispatch
взаимозачёт: netting
расчётный+счёт: checking-account
денежный+эквивалент: cash-equivalents
чистый+приведённый+стоимость: npv
срок+окупаемость: payback-period
финансовый+рычаг: financial-leverage
предстоящий+расход: accrued-expense
расход+будущий+период: prepaid-expense
доход+будущий+период: deferred-revenue unearned-revenue
отложенный+налог: deferred-tax
признание+выручка: revenue-recognition
кассовый+метод: cash-basis
пояснительный+записка: explanatory-note
отчёт+прибыль+убыток: income-statement pnl
риск+необнаружение: detection-risk
неотъемлемый+риск: inherent-risk
рабочий+документ: working-papers
подтверждение+сальдо: balance-confirmation
пересчёт: recount recalculation
повторный+выполнение: reperformance
обнаружение+сервис: service-discovery
конечный+согласованность: eventual-consistency
мёртвый+письмо: dead-letter
обратный+совместимость: backward-compatibility
время+ожидание: timeout
хвостовой+задержка: tail-latency
источник+событие: event-sourcing
межсервисный: inter-service
ограниченный+контекст: bounded-context
развязывание: decoupling
длинный+опрос: long-polling
квитирование: acknowledgement acknowledgment
накат: rollout roll-forward
переключение+отказ: failover
повторный+доставка: redelivery
конверт: envelope
обратный+давление: backpressure
планирование+мощность: capacity-planning
сводка: summary digest
экспоненциальный+задержка: exponential-backoff
ядовитый+сообщение: poison-message
сохранность: durability
распределённый+транзакция: distributed-transaction
двухфазный+фиксация: two-phase-commit
компенсирующий+транзакция: compensating-transaction
сквозной+идентификатор: correlation-id
сервисный+сетка: service-mesh
боковой+контейнер: sidecar
деградировать: degrade
плавный+деградация: graceful-degradation
корректный+завершение: graceful-shutdown
опрос+состояние: health-check
дежурный+инженер: oncall-engineer
ротация+дежурство: oncall-rotation
журнал+событие: event-log
структурированный+журнал: structured-logging
родительский+промежуток: parent-span
соглашение+уровень+обслуживание: sla
цель+уровень+обслуживание: slo
показатель+уровень+обслуживание: sli
бюджет+ошибка: error-budget
время+безотказный+работа: uptime
горячий+резерв: hot-standby
холодный+резерв: cold-standby
аварийный+восстановление: disaster-recovery
очередь+сообщение: message-queue
распределённый+блокировка: distributed-lock
раскол+мозг: split-brain
разделение+сеть: network-partition
потоковый+обработка: stream-processing
пакетный+обработка: batch-processing
водяной+знак: watermark
опоздавший: late-arriving
группа+потребитель: consumer-group
фиксация+смещение: offset-commit
запрос+ответ: request-response
публикация+подписка: pub-sub publish-subscribe
транзакционный+исходящий: transactional-outbox
захват+изменение+данные: cdc
отложенный+сообщение: delayed-message scheduled-message
срок+жизнь: ttl
постоянный+соединение: persistent-connection keep-alive
переподключение: reconnect reconnection
сетевой+задержка: network-latency
душитель: strangler
синий+зелёный: blue-green
отложенный+запись: write-behind
сквозной+запись: write-through
лавинный+отказ: cascading-failure
исчерпание: exhaustion
владелец+сервис: service-owner
ложный+срабатывание: false-alarm false-positive
срабатывание: firing triggering
золотой+сигнал: golden-signals
надёжный+доставка: reliable-delivery
маркированный: bulleted
нумерованный: numbered
раскрывающийся выпадающий: dropdown drop-down
сноска: footnote
подвал: footer
шапка: header masthead
боковой+панель: sidebar
хлебный+крошка: breadcrumb breadcrumbs
внутренний+отступ: padding
внешний+отступ: margin
медиазапрос: media-query
область+просмотр: viewport
кегль: font-size
интерлиньяж межстрочный: leading
межбуквенный: letter-spacing tracking
курсив курсивный: italic
подчёркивание подчёркнутый: underline underlined
зачёркивание зачёркнутый: strikethrough
ключевой+кадр: keyframe keyframes
частота+кадр: fps
ленивый+загрузка: lazy-loading
вспомогательный+технология: assistive-technology
клавиатурный: keyboard
ориентир: landmark
слабовидящий: visually-impaired
незрячий: blind
дальтонизм: color-blindness colour-blindness
поисковый+выдача: search-results
поисковый+робот: crawler spider
битый+ссылка: broken-link
обратный+ссылка: backlink
карта+сайт: sitemap
текстовый+поле: textarea
кнопка+отправка: submit-button
автозаполнение: autocomplete autofill
вычисленный+стиль: computed-style
таблица+стиль: stylesheet
растягивание: stretching
полоса+прокрутка: scrollbar
плавный+прокрутка: smooth-scrolling
привязка+прокрутка: scroll-snap
адресный+строка: address-bar
мерцание: flicker flickering
скачок+макет: layout-shift
сдвиг+макет: layout-shift
блокирующий+отрисовка: render-blocking
дерево+отрисовка: render-tree
смысловой: semantic
доступный: accessible
экранный+диктор: screen-reader
описание+изображение: alt-text
пропуск+навигация: skip-link
нажимать: click press tap
полужирный: bold boldface
описание+страница: meta-description
индексируемый: indexable
поисковый+запрос: search-query
поисковый+система: search-engine
естественный+выдача: organic-results
удобочитаемость: readability
разборчивость: legibility
выключка: justification
перенос+слово: hyphenation
неразрывный+пробел: non-breaking-space nbsp
пробельный+символ: whitespace
спецсимвол: special-character
порядок+наложение: z-index
контекст+наложение: stacking-context
поток+документ: document-flow normal-flow
схлопывание: collapsing collapse
сворачиваемый: collapsible
гармошка: accordion
крутилка: spinner
индикатор+загрузка: spinner loader
мигание: blinking blink
затемнение: dimming backdrop
соотношение+сторона: aspect-ratio
резиновый: fluid
верстальщик: markup-developer
сообщение+ошибка: error-message
вспомогательный+текст: helper-text
подгрузка: lazy-loading
бесконечный+прокрутка: infinite-scroll
равномощный: equinumerous equipotent
взаимно+однозначный: bijective
вполне+упорядоченный: well-ordered
верхний+грань: supremum upper-bound
нижний+грань: infimum lower-bound
выполнимый выполнимость: satisfiable satisfiability
невыполнимый: unsatisfiable
общезначимый: valid
принцип+дирихле: pigeonhole-principle
включение+исключение: inclusion-exclusion
производящий+функция: generating-function
мощность+множество: cardinality
упорядоченный+пара: ordered-pair
бинарный+отношение: binary-relation
область+значение: codomain
обратный+отношение: converse-relation inverse-relation
выводимость выводимый: derivability provability derivable
доказуемость: provability
непротиворечивость непротиворечивый: consistency consistent
квантор+всеобщность: universal-quantifier
квантор+существование: existential-quantifier
связанный+переменный: bound-variable
правило+вывод: inference-rule
степень+вершина: vertex-degree
полустепень: indegree outdegree
компонента+связность: connected-component
точка+сочленение: cut-vertex
поток+сеть: network-flow
остовный+дерево: spanning-tree
дополнение+граф: complement-graph
случайный+величина: random-variable
функция+распределение: cdf distribution-function
плотность+вероятность: probability-density
условный+вероятность: conditional-probability
независимый+событие: independent-events
полный+группа: exhaustive
закон+большой+число: law-large-numbers
почти+наверное: almost-surely
выборочный+среднее: sample-mean
число+сочетание: binomial-coefficient
беспорядок: derangement
разбиение+число: integer-partition
относительный+частота: relative-frequency
исключающий+или: xor
самодвойственный: self-dual
замкнутый+класс: closed-class
предпорядок: preorder
антицепь: antichain
перечислительный: enumerative
принцип+крайний: extremal-principle
выигрышный: winning
проигрышный: losing
элементарный+исход: elementary-outcome
пространство+исход: sample-space
попарно+независимый: pairwise-independent
тяжёлый+хвост: heavy-tail
случайный+блуждание: random-walk
переходный+вероятность: transition-probability
поглощающий: absorbing
шаг+индукция: inductive-step
предположение+индукция: inductive-hypothesis
наибольший+общий+делитель: gcd
наименьший+общий+кратный: lcm
пищевой+цепь: food-chain
пищевой+сеть: food-web
редуцент: decomposer
обезлесение: deforestation
перегной: humus
подстилка: litter
половодье: spring-flood
водосбор водосборный: catchment watershed
грунтовый+вода: groundwater
пойма: floodplain
пруд: pond
водохранилище: reservoir
мерзлота: permafrost
магматический: igneous
толчок: tremor shock
окаменелость: fossil petrifaction
залегание: bedding occurrence
пласт: stratum seam
слоистость: stratification bedding
оползень: landslide
сель: mudflow debris-flow
облачность: cloudiness overcast
иней: frost rime
роса: dew
град: hail
метель вьюга: blizzard snowstorm
ливень: downpour shower
морось: drizzle
ураган: hurricane
порыв: gust
штиль: calm
мутность: turbidity
засоление: salinization
кислотный+дождь: acid-rain
охрана+природа: conservation
углеродный+след: carbon-footprint
отходы: waste
свалка: landfill dump
сточный+вода: wastewater sewage
очистной+сооружение: treatment-plant
численность: abundance population-size
плотность+население: population-density
вселенец: invasive alien-species
чужеродный: alien invasive
опылитель: pollinator
опыление: pollination
смена+сообщество: succession
круговорот+вода: water-cycle hydrological-cycle
водный+баланс: water-balance
расход+вода: discharge
просачивание просачиваться: seepage percolation trickle trickle-down
поверхностный+сток: runoff surface-runoff
заболоченность: waterlogging
мелководье: shallows
подъём+вода: upwelling
морской: marine
солоноватый: brackish
атмосферный+давление: atmospheric-pressure
воздушный+масса: air-mass
пассат: trade-wind
струйный+течение: jet-stream
приземный: near-surface
заморозок: frost
гололёд гололедица: glaze black-ice
снежный+покров: snow-cover
метеостанция: weather-station
загрязнитель: pollutant
почвообразование: pedogenesis soil-formation
коренной+порода: bedrock
валун: boulder
галька: pebble
гравий: gravel
песок: sand
суглинок: loam
ил: silt
торф: peat
известняк: limestone
песчаник: sandstone
сланец: shale slate
полевой+шпат: feldspar
обнажение: outcrop exposure
водопад: waterfall
излучина: meander
старица: oxbow
прибой: surf
зыбь: swell
кучевой: cumulus
перистый: cirrus
осадкомер: rain-gauge
флюгер: weathervane
снегопад: snowfall
сугроб: snowdrift
ледостав: freeze-up
ледоход: ice-breakup
межень: baseflow
водоём: water-body
лесовосстановление: reforestation
лесопосадка: afforestation
браконьерство: poaching
перевыпас: overgrazing
перелов: overfishing
природоохранный: environmental
торговый+марка: trademark
доля+рынок: market-share
соискатель: applicant candidate jobseeker
собеседование: interview
кадры кадровый: personnel staffing
аттестация: appraisal certification
командообразование: team-building
крайний+срок: deadline
заинтересованный+сторона: stakeholder
субподрядчик: subcontractor
начальник: boss chief superior
штат штатный: headcount
численность+персонал: headcount
кадровик: personnel-officer
кадровый+агентство: recruitment-agency
испытательный+срок: probation probationary-period
трудовой+договор: employment-contract
отпуск: vacation leave holiday
больничный: sick-leave
оклад: salary
соцпакет: benefits-package
корпоративный+культура: corporate-culture
карьерный+рост: career-growth
преемник: successor
преемственность: succession
кадровый+резерв: talent-pool
подбор+персонал: recruitment
оценка+персонал: performance-appraisal
ключевой+показатель+эффективность: kpi
целеполагание: goal-setting
контроль+исполнение: follow-up
поручение: assignment
распоряжение: directive
регламент: regulation procedure
устав+проект: project-charter
содержание+проект: project-scope
иерархический+структура+работа: wbs
календарный+план: schedule timeline
график: schedule chart
трудовой+ресурс: workforce
приёмка: acceptance
сдача: handover
извлечённый+урок: lessons-learned
ежедневный+встреча: daily-standup
удержание+клиент: customer-retention
пожизненный+ценность: ltv
стоимость+привлечение: cac
целевой+рынок: target-market
приверженность: commitment loyalty
повторный+покупка: repeat-purchase
средний+чек: aov
распродажа: sale clearance
пробный: trial
рекламодатель: advertiser
уникальный+торговый+предложение: usp unique-selling-proposition
конкурентный+преимущество: competitive-advantage
сильный+сторона: strengths
слабый+сторона: weaknesses
внешний+среда: external-environment
стиль+руководство: leadership-style
попустительский: laissez-faire
оргструктура: org-chart organizational-structure
филиал: branch subsidiary
производительность+труд: labor-productivity labour-productivity
сверхурочный: overtime
сменный: shift
рабочий+место: workplace workstation
охрана+труд: occupational-safety
профсоюз: trade-union
выходной+пособие: severance-pay severance
взаимооценка: peer-review peer-assessment
повышение+квалификация: upskilling professional-development
переподготовка: retraining reskilling
текучка: turnover attrition
удержание+персонал: employee-retention
бренд+работодатель: employer-brand
проектный+офис: pmo
жизненный+цикл+проект: project-lifecycle
закрытие+проект: project-closure
базовый+план: baseline
перерасход: overrun overspend
плановый: planned
пользовательский+история: user-story
межфункциональный: cross-functional
самоорганизующийся: self-organizing
скорость+команда: velocity
лад ладовый: modal
аккорд: chord
гамма звукоряд: scale
септаккорд: tetrad
обертон обертоновый: overtone
обертоновый+ряд натуральный+звукоряд: harmonic-series overtone-series
хроматический+гамма: chromatic-scale
мажор мажорный: major
терция: third
кварта: fourth
квинта: fifth
секста: sixth
септима: seventh
трезвучие: triad
созвучие: consonance sonority
скрипичный+ключ: treble-clef
басовый+ключ: bass-clef
затакт: anacrusis upbeat pickup
многоголосие: polyphony
одноголосие: monophony
голосоведение: voice-leading
вводный+тон: leading-tone leading-note
сильный+доля: downbeat
слабый+доля: offbeat
тактовый+черта: barline
длительность: duration
половинный: half-note minim
четвертной: quarter-note crotchet
восьмой: eighth-note quaver
шестнадцатый: sixteenth-note semiquaver
вступление: introduction intro
припев: chorus refrain
куплет: verse
колыбельный: lullaby
обращение+аккорд: chord-inversion
увеличенный: augmented
уменьшённый: diminished
чистый+интервал: perfect-interval
полутон: semitone half-step
абсолютный+слух: perfect-pitch absolute-pitch
знак+препинание: punctuation-mark
двоеточие: colon
тире: dash
дефис: hyphen
сложносочинённый: compound
сложноподчинённый: complex
вводный: parenthetical introductory
носитель+язык: native-speaker
воспитание: upbringing
урок: lesson
ученик: pupil learner
учащийся: student
успеваемость: achievement attainment
домашний+задание: homework
зачёт: pass credit
учебный+план: curriculum
наглядный наглядность: visual illustrative
самостоятельный: independent
взаимообучение: peer-teaching
дошкольный: preschool
воспитатель: educator caregiver
любознательность: curiosity
преподаватель: lecturer instructor
задачник: problem-book
изложение: summary retelling
пересказ: retelling paraphrase
диктант: dictation
классный+руководитель: homeroom-teacher
полугодие: semester half-year
выпускник: graduate alumnus
выпускной: graduation
вуз: university
кафедра: department chair
заочный: distance correspondence extramural
школьник: schoolchild pupil
подготовительный: preparatory
развивающий: developmental
обучаемость: learnability
способный: capable
игровой: playful game-based
знак+повторение: repeat-sign
договор+подряд: work-contract contract-for-work
договор+дарение: gift-agreement deed-of-gift
договор+поручительство: suretyship-agreement guaranty-agreement
договор+поручение: mandate-contract
договор+хранение: bailment safekeeping-agreement
договор+присоединение: adhesion-contract contract-of-adhesion
рамочный+договор: framework-agreement
предварительный+договор: preliminary-agreement
существенный+условие: material-term essential-term
ничтожный+сделка: void-transaction void-contract
оспоримый+сделка: voidable-transaction voidable-contract
мнимый+сделка: sham-transaction
притворный+сделка: simulated-transaction disguised-transaction
кабальный+сделка: unconscionable-bargain
упущенный+выгода: lost-profits
реальный+ущерб: actual-damages
моральный+вред: non-pecuniary-damage emotional-distress
источник+повышенный+опасность: source-of-increased-danger ultrahazardous-activity
безвиновный+ответственность: strict-liability
грубый+неосторожность: gross-negligence
причинный+связь: causation causal-link
непреодолимый+сила: force-majeure
исковый+давность: limitation-period statute-of-limitations
уступка+требование: assignment-of-claim
перевод+долг: transfer-of-debt debt-assumption
зачёт+требование: set-off
залогодержатель: pledgee mortgagee
залогодатель: pledgor mortgagor
ненадлежащий+исполнение: improper-performance
односторонний+отказ: unilateral-repudiation
добросовестный+приобретатель: bona-fide-purchaser
неосновательный+обогащение: unjust-enrichment
субаренда: sublease sublet
причинитель+вред: tortfeasor
солидарный+должник: joint-debtor
регрессный+требование: recourse-claim
злоупотребление+право: abuse-of-right
заверение+обстоятельство: representations-and-warranties
безвозмездный+договор: gratuitous-contract
возмездный+договор: onerous-contract
расторжение+договор: contract-termination rescission
существенный+нарушение: material-breach fundamental-breach
выгодоприобретатель: beneficiary
состав+преступление: elements-of-crime corpus-delicti
объективный+сторона: actus-reus
субъективный+сторона: mens-rea
прямой+умысел: direct-intent
косвенный+умысел: indirect-intent oblique-intent
легкомыслие: recklessness
приготовление+преступление: preparation-for-crime
подстрекатель: instigator abettor
пособник: aider
исполнитель+преступление: perpetrator principal-offender
необходимый+оборона: self-defense necessary-defense
смягчающий+обстоятельство: mitigating-circumstance
отягчающий+обстоятельство: aggravating-circumstance
презумпция+невиновность: presumption-of-innocence
условный+осуждение: suspended-sentence probation
досрочный+освобождение: parole early-release
лишение+свобода: imprisonment deprivation-of-liberty
исправительный+работа: correctional-labor
мера+пресечение: preventive-measure
обвинительный+заключение: indictment
оправдательный+приговор: acquittal
обвинительный+приговор: conviction guilty-verdict
присвоение: misappropriation
дача+взятка: bribe-giving
получение+взятка: bribe-taking
превышение+полномочие: abuse-of-authority
укрывательство: harboring concealment
разделение+власть: separation-of-powers
сдержка+противовес: checks-and-balances
верховенство+право: rule-of-law
депутатский+неприкосновенность: parliamentary-immunity
всеобщий+избирательный+право: universal-suffrage
избирательный+право: suffrage voting-rights
законодательный+инициатива: legislative-initiative
вотум+недоверие: vote-of-no-confidence
роспуск+парламент: dissolution-of-parliament
основной+закон: basic-law
отрешение: impeachment
выдача+преступник: extradition
неприкосновенность+жилище: inviolability-of-home
свобода+слово: freedom-of-speech
надлежащий+правовой+процедура: due-process
присяжный+заседатель: juror
отчёт+движение+денежный+средство: cash-flow-statement
валовой+прибыль: gross-profit
добавочный+капитал: additional-paid-in-capital
заёмный+капитал: debt-capital borrowed-funds
оборотный+капитал: working-capital
основной+средство: fixed-assets property-plant-and-equipment
остаточный+стоимость: residual-value salvage-value
справедливый+стоимость: fair-value
дебиторский+задолженность: accounts-receivable receivables
кредиторский+задолженность: accounts-payable payables
метод+начисление: accrual-basis accrual-accounting
бухгалтерский+проводка: journal-entry
двойной+запись: double-entry
оборотный+ведомость: trial-balance
нематериальный+актив: intangible-assets
рентабельность+собственный+капитал: return-on-equity
рентабельность+актив: return-on-assets
внутренний+норма+доходность: internal-rate-of-return
ставка+дисконтирование: discount-rate
средневзвешенный+стоимость+капитал: weighted-average-cost-of-capital
операционный+рычаг: operating-leverage
дробление+акция: stock-split
выкуп+акция: share-buyback stock-repurchase
обыкновенный+акция: common-stock ordinary-shares
привилегированный+акция: preferred-stock
первичный+размещение: initial-public-offering
недружественный+поглощение: hostile-takeover
выкуп+заёмный+средство: leveraged-buyout
свободный+денежный+поток: free-cash-flow
точка+безубыточность: break-even-point
принцип+осмотрительность: prudence-principle conservatism
прибыль+акция: earnings-per-share
рыночный+капитализация: market-capitalization
оборачиваемость+запас: inventory-turnover
амортизационный+отчисление: depreciation-charge
ускоренный+амортизация: accelerated-depreciation
метод+уменьшаемый+остаток: declining-balance-method
доходность+погашение: yield-to-maturity
оборотный+актив: current-assets
внеоборотный+актив: non-current-assets
краткосрочный+обязательство: current-liabilities
коэффициент+текущий+ликвидность: current-ratio
коэффициент+быстрый+ликвидность: quick-ratio acid-test
стоимость+предприятие: enterprise-value
дисконтированный+денежный+поток: discounted-cash-flow
операционный+прибыль: operating-income
среднеквадратичный+отклонение: standard-deviation
стандартный+отклонение: standard-deviation
несмещённый+оценка: unbiased-estimator
состоятельный+оценка: consistent-estimator
эффективный+оценка: efficient-estimator
точечный+оценка: point-estimate
доверительный+интервал: confidence-interval
доверительный+вероятность: confidence-level
уровень+значимость: significance-level
нулевой+гипотеза: null-hypothesis
альтернативный+гипотеза: alternative-hypothesis
ошибка+первый+род: type-i-error false-positive
ошибка+второй+род: type-ii-error false-negative
мощность+критерий: statistical-power power-of-test
критерий+согласие: goodness-of-fit-test
центральный+предельный+теорема: central-limit-theorem
нормальный+распределение: normal-distribution gaussian-distribution
равномерный+распределение: uniform-distribution
показательный+распределение: exponential-distribution
полный+вероятность: total-probability law-of-total-probability
метод+максимальный+правдоподобие: maximum-likelihood
функция+правдоподобие: likelihood-function
несовместный+событие: mutually-exclusive-events disjoint-events
пространство+элементарный+исход: sample-space
межквартильный+размах: interquartile-range
метод+наименьший+квадрат: least-squares
коэффициент+детерминация: r-squared coefficient-of-determination
статистика+критерий: test-statistic
степень+свобода: degrees-of-freedom
повторный+выборка: resampling
совместный+распределение: joint-distribution
частный+распределение: marginal-distribution
выборочный+дисперсия: sample-variance
отношение+шанс: odds-ratio
достигнутый+уровень+значимость: p-value
критический+область: critical-region rejection-region
односторонний+критерий: one-tailed-test
двусторонний+критерий: two-tailed-test
множественный+сравнение: multiple-comparisons
дисперсионный+анализ: analysis-of-variance
таблица+сопряжённость: contingency-table
скользящий+среднее: moving-average
априорный+распределение: prior-distribution
апостериорный+распределение: posterior-distribution
сопряжённый+априорный: conjugate-prior
условный+математический+ожидание: conditional-expectation
период+полувыведение: elimination-half-life
объём+распределение: volume-of-distribution
связывание+белок: protein-binding
первый+прохождение: first-pass-effect
терапевтический+окно: therapeutic-window
побочный+эффект: side-effect adverse-effect
нежелательный+реакция: adverse-drug-reaction
синдром+отмена: withdrawal-syndrome
лекарственный+взаимодействие: drug-interaction
действующий+вещество: active-ingredient
вспомогательный+вещество: excipient
лекарственный+форма: dosage-form
нагрузочный+доза: loading-dose
поддерживающий+доза: maintenance-dose
противосвёртывающий: anticoagulant
обратный+захват: reuptake
рецептурный+препарат: prescription-drug
безрецептурный: otc
воспроизведённый+препарат: generic-drug
двойной+слепой: double-blind
клинический+испытание: clinical-trial
почечный+выведение: renal-excretion
доза+эффект: dose-response
широкий+спектр: broad-spectrum
лекарственный+устойчивость: drug-resistance
путь+введение: route-of-administration
подъязычный: sublingual
бронхорасширяющий: bronchodilator
минимальный+подавляющий+концентрация: minimum-inhibitory-concentration
максимальный+концентрация: peak-concentration
равновесный+концентрация: steady-state-concentration
механизм+действие: mechanism-of-action
местный+анестетик: local-anesthetic
местный+обезболивание: local-anesthesia
блокатор+кальциевый+канал: calcium-channel-blocker
противоаллергический: antiallergic antihistamine
противокашлевый: antitussive
противомалярийный: antimalarial
противотуберкулёзный: antituberculosis antitubercular
смертельный+доза: lethal-dose
приём+внутрь: oral-administration
пролонгированный+действие: extended-release sustained-release
листок+вкладыш: package-insert patient-leaflet
врождённый+иммунитет: innate-immunity
приобретённый+иммунитет: adaptive-immunity acquired-immunity
клеточный+иммунитет: cell-mediated-immunity
естественный+киллер: natural-killer-cell
тучный+клетка: mast-cell
клетка+память: memory-cell
главный+комплекс+гистосовместимость: major-histocompatibility-complex
ослабленный+вакцина: attenuated-vaccine
коллективный+иммунитет: herd-immunity
переливание+кровь: blood-transfusion
отторжение+трансплантат: graft-rejection transplant-rejection
иммунный+ответ: immune-response
доброкачественный+опухоль: benign-tumor
злокачественный+опухоль: malignant-tumor malignancy
новообразование: neoplasm
опухолевый+маркер: tumor-marker
лучевой+терапия: radiation-therapy radiotherapy
облучение: irradiation
стадирование: staging
общий+выживаемость: overall-survival
безрецидивный+выживаемость: disease-free-survival
рак+молочный+железа: breast-cancer
рак+лёгкое: lung-cancer
предраковый: precancerous
запрограммированный+гибель+клетка: programmed-cell-death
клеточный+цикл: cell-cycle
ингибитор+контрольный+точка: checkpoint-inhibitor
целевой+терапия: targeted-therapy
опухолевый+микроокружение: tumor-microenvironment
вторичный+очаг: secondary-tumor
костный+мозг: bone-marrow
пересадка+костный+мозг: bone-marrow-transplant
вилочковый+железа: thymus
лимфатический+узел: lymph-node
белый+кровяной+тельце: white-blood-cell leukocyte
красный+кровяной+тельце: red-blood-cell erythrocyte
сыворотка+кровь: blood-serum
перекрёстный+реакция: cross-reactivity
аутоиммунный+заболевание: autoimmune-disease
толерантность+иммунный: immune-tolerance
клетка+убийца: killer-t-cell cytotoxic-t-cell
зародышевый+мутация: germline-mutation
соматический+мутация: somatic-mutation
неоадъювантный: neoadjuvant
первичный+опухоль: primary-tumor
параллельный+тональность: relative-key
одноимённый+тональность: parallel-key
квинтовый+круг: circle-of-fifths
малый+терция: minor-third
большой+терция: major-third
чистый+квинта: perfect-fifth
чистый+кварта: perfect-fourth
чистый+октава: perfect-octave
малый+секунда: minor-second semitone
большой+секунда: major-second whole-tone
увеличенный+трезвучие: augmented-triad
уменьшённый+трезвучие: diminished-triad
прерванный+оборот: deceptive-cadence interrupted-cadence
вводный+звук: leading-tone
ступень+лад: scale-degree
параллельный+квинта: parallel-fifths
проходящий+звук: passing-tone
вспомогательный+звук: neighbor-tone auxiliary-note
органный+пункт: pedal-point
отклонение+тональность: tonicization
целый+нота: whole-note
половинный+нота: half-note
четвертной+нота: quarter-note
восьмой+нота: eighth-note
шестнадцатый+нота: sixteenth-note
ключевой+знак: key-signature
нотный+стан: stave
добавочный+линейка: ledger-line
размер+такт: time-signature
реприза: recapitulation
строй: temperament
равномерный+строй: equal-temperament
натуральный+звукоряд: harmonic-series overtone-series
гармонический+функция: harmonic-function
побочный+партия: second-subject
главный+партия: first-subject main-theme
владелец+продукт: product-owner
критерий+приёмка: acceptance-criteria
определение+готовность: definition-of-done
ежедневный+совещание: daily-scrum daily-standup
оценка+трудозатраты: effort-estimation
диаграмма+сгорание: burndown-chart
доска+задача: task-board
незавершённый+работа: work-in-progress
ограничение+незавершённый+работа: wip-limit
расползание+требование: scope-creep
дорожный+карта: roadmap
минимальный+жизнеспособный+продукт: minimum-viable-product
соответствие+продукт+рынок: product-market-fit
удержание+пользователь: user-retention
отток+клиент: customer-churn
пожизненный+ценность+клиент: customer-lifetime-value
путь+пользователь: user-journey customer-journey
карта+путь+клиент: customer-journey-map
выявление+требование: requirements-elicitation
каскадный+модель: waterfall
гибкий+методология: agile
гибкий+разработка: agile-development
самоорганизующийся+команда: self-organizing-team
технический+долг: technical-debt
приращение+продукт: product-increment
ценностный+предложение: value-proposition
северный+звезда: north-star-metric
цель+ключевой+результат: objectives-and-key-results
освоенный+объём: earned-value
резерв+время: schedule-buffer
управление+изменение: change-management
запрос+изменение: change-request
матрица+ответственность: responsibility-matrix
время+цикл: cycle-time
опережающий+показатель: leading-indicator
запаздывающий+показатель: lagging-indicator
реестр+риск: risk-register
план+управление+проект: project-management-plan
срыв+срок: schedule-slip missed-deadline
сетевой+график: network-diagram
ресурсный+выравнивание: resource-leveling
исследование+пользователь: user-research
командный+договорённость: working-agreement team-agreement
переключение+контекст: context-switching
подготовка+бэклог: backlog-refinement backlog-grooming
приостанавливаемый+функция: suspend-function
функция+расширение: extension-function
класс+данные: data-class
запечатанный+класс: sealed-class
сопутствующий+объект: companion-object
отложенный+инициализация: lazy-initialization lateinit
безопасный+вызов: safe-call
обнуляемый+тип: nullable-type
умный+приведение: smart-cast
вывод+тип: type-inference
функция+высший+порядок: higher-order-function
встраиваемый+функция: inline-function
функция+область+видимость: scope-function
жизненный+цикл+активность: activity-lifecycle
внедрение+зависимость: dependency-injection
источник+истина: single-source-of-truth
холодный+поток: cold-flow
горячий+поток: hot-flow
главный+поток: main-thread ui-thread
фоновый+поток: background-thread
фоновый+задача: background-task background-job
неявный+намерение: implicit-intent
явный+намерение: explicit-intent
широковещательный+приёмник: broadcast-receiver
поставщик+контент: content-provider
глубокий+ссылка: deep-link
составной+функция: composable
подъём+состояние: state-hoisting
ленивый+список: lazy-list lazy-column
подпись+приложение: app-signing
утечка+память: memory-leak
сборщик+мусор: garbage-collector
сборка+мусор: garbage-collection
поворот+экран: screen-rotation
изменение+конфигурация: configuration-change
плотность+пиксель: pixel-density
независимый+пиксель: density-independent-pixel
всплывающий+сообщение: toast popup-message snackbar
нижний+панель+навигация: bottom-navigation
выдвижной+меню: navigation-drawer
переиспользование+представление: view-recycling
модель+представление: viewmodel
строковый+шаблон: string-template
деструктурирующий+объявление: destructuring-declaration
проверяемый+исключение: checked-exception
нулевой+безопасность: null-safety
заголовок+запрос: request-header
заголовок+ответ: response-header
тело+запрос: request-body
код+состояние: status-code
код+ответ: response-code
постоянный+перенаправление: permanent-redirect
строка+запрос: query-string
метод+запрос: request-method http-verb
промежуточный+обработчик: middleware
подделка+межсайтовый+запрос: cross-site-request-forgery
подготовленный+запрос: prepared-statement
хеширование+пароль: password-hashing
жадный+загрузка: eager-loading
связь+один+многие: one-to-many
многие+многие: many-to-many
внешний+ключ: foreign-key
первичный+ключ: primary-key
построитель+запрос: query-builder
активный+запись: active-record
очередь+задача: job-queue task-queue
отложенный+задача: deferred-job delayed-job
обработчик+ошибка: error-handler
автозагрузка: autoloading autoloader
магический+метод: magic-method
поздний+статический+связывание: late-static-binding
балансировщик+нагрузка: load-balancer
балансировка+нагрузка: load-balancing
ограничение+частота+запрос: rate-limiting throttling
согласование+содержимое: content-negotiation
условный+запрос: conditional-request
идентификатор+сессия: session-id
фиксация+сессия: session-fixation
угон+сессия: session-hijacking
отображение+данные: data-mapper
кэширование+ответ: response-caching
прогрев+кэш: cache-warming
промах+кэш: cache-miss
попадание+кэш: cache-hit
обратный+прокси: reverse-proxy
суперглобальный+массив: superglobals
ассоциативный+массив: associative-array
строгий+типизация: strict-typing strict-types
подсказка+тип: type-hint
слушатель+событие: event-listener
мягкий+удаление: soft-delete
уровень+изоляция: isolation-level
небесный+сфера: celestial-sphere
прямой+восхождение: right-ascension
звёздный+величина: stellar-magnitude
видимый+звёздный+величина: apparent-magnitude
абсолютный+звёздный+величина: absolute-magnitude
главный+последовательность: main-sequence
красный+гигант: red-giant
белый+карлик: white-dwarf
коричневый+карлик: brown-dwarf
нейтронный+звезда: neutron-star
сверхновый: supernova
чёрный+дыра: black-hole
горизонт+событие: event-horizon
шаровой+скопление: globular-cluster
рассеянный+скопление: open-cluster
млечный+путь: milky-way
тёмный+материя: dark-matter
тёмный+энергия: dark-energy
реликтовый+излучение: cosmic-microwave-background
большой+взрыв: big-bang
световой+год: light-year
лунный+затмение: lunar-eclipse
солнечный+затмение: solar-eclipse
приливный+сила: tidal-force
приливный+захват: tidal-locking
наклонение+орбита: orbital-inclination
второй+космический+скорость: escape-velocity
первый+космический+скорость: orbital-velocity circular-velocity
термоядерный+синтез: thermonuclear-fusion
солнечный+ветер: solar-wind
солнечный+пятно: sunspot
карликовый+планета: dwarf-planet
метеорный+поток: meteor-shower
падающий+звезда: shooting-star
двойной+звезда: binary-star
переменный+звезда: variable-star
зеркальный+телескоп: reflector reflecting-telescope
линзовый+телескоп: refractor refracting-telescope
разрешающий+способность: resolving-power angular-resolution
звёздный+сутки: sidereal-day
солнечный+сутки: solar-day
годичный+параллакс: annual-parallax
собственный+движение: proper-motion
лучевой+скорость: radial-velocity
звёздный+ветер: stellar-wind
точка+лагранж: lagrange-point
сфера+хилл: hill-sphere
трение+скольжение: sliding-friction kinetic-friction
трение+качение: rolling-friction
сила+трение: friction-force
сила+тяжесть: gravity gravitational-force
ускорение+свободный+падение: gravitational-acceleration
свободный+падение: free-fall
количество+движение: momentum linear-momentum
момент+импульс: angular-momentum
вращающий+момент: torque
крутящий+момент: torque
угловой+скорость: angular-velocity
угловой+ускорение: angular-acceleration
центростремительный+ускорение: centripetal-acceleration
центробежный+сила: centrifugal-force
упругий+удар: elastic-collision
неупругий+удар: inelastic-collision
жёсткость+пружина: spring-constant stiffness
затухающий+колебание: damped-oscillation
вынужденный+колебание: forced-oscillation
собственный+частота: natural-frequency
математический+маятник: simple-pendulum
физический+маятник: compound-pendulum physical-pendulum
равнодействующий+сила: net-force resultant-force
материальный+точка: point-mass
твёрдый+тело: rigid-body
принцип+наименьший+действие: principle-of-least-action
несжимаемый+жидкость: incompressible-fluid
сжимаемость: compressibility
пограничный+слой: boundary-layer
подъёмный+сила: lift
лобовой+сопротивление: drag
выталкивающий+сила: buoyant-force buoyancy
расход+жидкость: flow-rate
уравнение+неразрывность: continuity-equation
линия+ток: streamline
отрыв+поток: flow-separation
поверхностный+натяжение: surface-tension
ударный+волна: shock-wave
звуковой+барьер: sound-barrier
гидравлический+удар: water-hammer
закон+всемирный+тяготение: law-of-universal-gravitation
третий+закон+ньютон: newtons-third-law
сила+реакция+опора: normal-force
наклонный+плоскость: inclined-plane
плечо+сила: lever-arm moment-arm
контролируемый+обучение: supervised-learning
неконтролируемый+обучение: unsupervised-learning
обучение+подкрепление: reinforcement-learning
градиентный+спуск: gradient-descent
стохастический+градиентный+спуск: stochastic-gradient-descent
скорость+обучение: learning-rate
функция+потеря: loss-function
перекрёстный+энтропия: cross-entropy
обратный+распространение: backpropagation
затухающий+градиент: vanishing-gradient
взрывной+градиент: exploding-gradient
функция+активация: activation-function
скрытый+слой: hidden-layer
свёрточный+сеть: convolutional-network
долгий+краткосрочный+память: long-short-term-memory
механизм+внимание: attention-mechanism
векторный+представление: embedding
выделение+основа: stemming
распознавание+именованный+сущность: named-entity-recognition
машинный+перевод: machine-translation
языковой+модель: language-model
большой+языковой+модель: large-language-model
тонкий+настройка: fine-tuning
перенос+обучение: transfer-learning
обучающий+выборка: training-set
валидационный+выборка: validation-set
перекрёстный+проверка: cross-validation
разметка+данные: data-labeling annotation
размеченный+данные: labeled-data
матрица+ошибка: confusion-matrix
дерево+решение: decision-tree
случайный+лес: random-forest
метод+опорный+вектор: support-vector-machine
снижение+размерность: dimensionality-reduction
метод+главный+компонента: principal-component-analysis
проклятие+размерность: curse-of-dimensionality
пакетный+нормализация: batch-normalization
генеративный+состязательный+сеть: generative-adversarial-network
состязательный+атака: adversarial-attack
скрытый+пространство: latent-space
декодировщик: decoder
дистилляция+знание: knowledge-distillation
инженерия+подсказка: prompt-engineering
контекстный+окно: context-window
лучевой+поиск: beam-search
жадный+декодирование: greedy-decoding
счётчик+команда: program-counter
указатель+стек: stack-pointer
указатель+команда: instruction-pointer
флаг+перенос: carry-flag
флаг+переполнение: overflow-flag
флаг+ноль: zero-flag
конфликт+конвейер: pipeline-hazard
конфликт+данные: data-hazard
предсказание+ветвление: branch-prediction
внеочередной+исполнение: out-of-order-execution
спекулятивный+исполнение: speculative-execution
устройство+управление: control-unit
шина+данные: data-bus
шина+адрес: address-bus
сверхоперативный+память: cache-memory
оперативный+память: main-memory
постоянный+запоминающий+устройство: read-only-memory
страничный+организация: paging
таблица+страница: page-table
ошибка+страница: page-fault
буфер+ассоциативный+трансляция: translation-lookaside-buffer
обработчик+прерывание: interrupt-handler
вектор+прерывание: interrupt-vector
прямой+доступ+память: direct-memory-access
машинный+слово: machine-word
младший+бит: least-significant-bit
старший+бит: most-significant-bit
дополнительный+код: twos-complement
обратный+код: ones-complement
плавающий+запятая: floating-point
фиксированный+запятая: fixed-point
набор+команда: instruction-set
непосредственный+адресация: immediate-addressing
косвенный+адресация: indirect-addressing
режим+адресация: addressing-mode
кадр+стек: stack-frame
соглашение+вызов: calling-convention
машинный+код: machine-code
логический+сдвиг: logical-shift
арифметический+сдвиг: arithmetic-shift
циклический+сдвиг: rotate circular-shift
тактовый+частота: clock-rate clock-speed
иерархия+память: memory-hierarchy
логический+элемент: logic-gate
регистр+общий+назначение: general-purpose-register
осадочный+порода: sedimentary-rock
магматический+порода: igneous-rock
метаморфический+порода: metamorphic-rock
излившийся+порода: extrusive-rock volcanic-rock
осадконакопление: sedimentation
наслоение: stratification
сброс+геологический: normal-fault
угол+падение: dip-angle
очаг+землетрясение: hypocenter
литосферный+плита: lithospheric-plate tectonic-plate
срединный+хребет: mid-ocean-ridge
земной+кора: earths-crust
кора+выветривание: weathering-crust regolith
полезный+ископаемое: mineral-resources
россыпь: placer
рудный+жила: vein lode
руководящий+ископаемое: index-fossil
водоупор: aquitard aquiclude
почвенный+горизонт: soil-horizon
гранулометрический+состав: particle-size-distribution soil-texture
материнский+порода: parent-material parent-rock
заболачивание: waterlogging paludification
кислотность+почва: soil-acidity
плодородие+почва: soil-fertility
известкование: liming
спайность: cleavage
блеск+минерал: luster
слюда: mica
осыпь: scree talus
тектоника+плита: plate-tectonics
дрейф+континент: continental-drift
горообразование: orogeny
несогласие+залегание: unconformity
радиоуглеродный+датирование: radiocarbon-dating
почвенный+профиль: soil-profile
водопроницаемость: permeability
пористость: porosity
ёмкость+катионный+обмен: cation-exchange-capacity
ледниковый+отложение: glacial-deposit glacial-till
именительный+падеж: nominative-case
родительный+падеж: genitive-case
дательный+падеж: dative-case
винительный+падеж: accusative-case
творительный+падеж: instrumental-case
предложный+падеж: prepositional-case
вид+глагол: verbal-aspect
совершенный+вид: perfective-aspect
несовершенный+вид: imperfective-aspect
повелительный+наклонение: imperative-mood
сослагательный+наклонение: subjunctive-mood
изъявительный+наклонение: indicative-mood
страдательный+залог: passive-voice
действительный+залог: active-voice
сложноподчинённый+предложение: complex-sentence
сложносочинённый+предложение: compound-sentence
придаточный+предложение: subordinate-clause
звонкий+согласный: voiced-consonant
глухой+согласный: voiceless-consonant
языковой+семья: language-family
означающий: signifier
означаемый: signified
языковой+картина+мир: linguistic-worldview
порядок+слово: word-order
член+предложение: sentence-constituent part-of-sentence
составляющий: constituent
речевой+акт: speech-act
словарный+состав: vocabulary lexicon
часть+речь: part-of-speech
служебный+слово: function-word
знаменательный+слово: content-word
переходный+глагол: transitive-verb
непереходный+глагол: intransitive-verb
имя+собственный: proper-noun
имя+нарицательный: common-noun
одушевлённость: animacy
вспомогательный+глагол: auxiliary-verb
возвратный+местоимение: reflexive-pronoun
неопределённый+форма: infinitive
косвенный+речь: reported-speech indirect-speech
устойчивый+выражение: set-expression idiom
переключение+код: code-switching
ударный+слог: stressed-syllable
безударный+гласный: unstressed-vowel
смягчение+согласный: palatalization
человек: person human
люди: people
мужчина: man
женщина: woman
ребёнок: child kid
дети: children
мальчик: boy
девочка: girl
девушка: girl young-woman
юноша: youth young-man
старик: old-man elder
пожилой: elderly old
молодой: young
молодёжь: youth young-people
мать: mother
отец: father
сын: son
дочь: daughter
брат: brother
сестра: sister
муж: husband
жена: wife
родственник: relative
друг: friend
гость: guest
житель: resident inhabitant
служащий: clerk employee
помощник: assistant helper
художник: artist painter
водитель: driver
торговец: merchant trader
зритель: viewer spectator
царь: tsar king
сторонник: supporter
персонаж: character
особь: individual specimen
мысль: thought idea
год: year
месяц: month
неделя: week
день: day
час: hour
утро: morning
вечер: evening
ночь: night
полдень: noon midday
полночь: midnight
рассвет: dawn
весна: spring
лето: summer
осень: autumn fall
зима: winter
январь: january
февраль: february
июнь: june
июль: july
понедельник: monday
вторник: tuesday
четверг: thursday
пятница: friday
суббота: saturday
воскресенье: sunday
десятилетие: decade
мгновение: instant moment
праздник: holiday
каникулы: vacation holidays
прошлое: past
настоящее: present
прошлый: past last
нынешний: current present
современный: modern contemporary
старинный: old ancient
ежегодный: annual yearly
ежемесячный: monthly
суточный: daily diurnal
годовой: annual yearly
возраст: age
юность: youth
молодость: youth
старость: old-age
продолжительность: duration length
половина: half
треть: third
десяток: ten
сотня: hundred
тысяча: thousand
нехватка: shortage lack
толщина: thickness
ступень: stage step
многочисленный: numerous
немногочисленный: few small
кромка: edge rim
середина: middle
дно: bottom
верх: top
низ: bottom
наружный: outer external
близкий: close near
далёкий: distant far
дальний: far distant
ближний: near nearby
кривой: curved crooked
круглый: round
шероховатый: rough
ровный: even level smooth
маленький: small little
крупный: large major
огромный: huge enormous
крошечный: tiny
мельчайший: smallest finest
лёгкий: light easy
очерёдность: order priority
перемена: change break
изучение: study
замысел: idea design
приём: technique method reception
разновидность: variety kind
результат: result outcome
соотношение: ratio correlation
суть: essence gist
взгляд: view look
общность: commonality
правда: truth
верный: correct true faithful
неверный: incorrect wrong
возможный: possible
значительный: significant considerable
незначительный: minor insignificant
второстепенный: secondary minor
последний: last latest
четвёртый: fourth
пятый: fifth
шестой: sixth
седьмой: seventh
девятый: ninth
десятый: tenth
внезапный: sudden
резкий: sharp abrupt
редкий: rare
необычный: unusual
особый: special particular
общепринятый: generally-accepted conventional
неизвестный: unknown
знаменитый: famous
трудный: difficult hard
ясный: clear
лучший: best better
рот: mouth
губа: lip
горло: throat
рука: hand arm
палец: finger toe
ладонь: palm
нога: leg foot
стопа: foot
пятка: heel
спина: back
волос: hair
волосы: hair
борода: beard
лёгкое: lung
железа: gland
здоровый: healthy
недуг: ailment illness
больница: hospital
поликлиника: clinic
еда: food
отдых: rest
любовь: love
ненависть: hatred
горе: grief sorrow
удовольствие: pleasure
ум: mind intellect
мёртвый: dead
бодрый: cheerful vigorous
страна: country
родина: homeland motherland
равноправие: equal-rights equality
дорога: road way
улица: street
село: village
столица: capital
район: district area
книга: book
школа: school
университет: university
занятие: lesson class activity
живопись: painting
кино: cinema film
пыль: dust
грязь: dirt mud
луг: meadow
степь: steppe
ручей: stream brook
родник: spring
туча: cloud
гром: thunder
тьма: darkness
пламя: flame
дым: smoke
холод: cold
жара: heat
мороз: frost
куст: bush shrub
трава: grass herb
цветок: flower
стебель: stem stalk
семя: seed
плод: fruit
овощ: vegetable
ягода: berry
рожь: rye
кукуруза: corn maize
картофель: potato
зверь: beast animal
змея: snake
лягушка: frog
собака: dog
кошка: cat
корова: cow
свинья: pig
курица: chicken hen
волк: wolf
медведь: bear
лиса: fox
заяц: hare
мышь: mouse
крыса: rat
птенец: chick
яйцо: egg
гнездо: nest
стадо: herd flock
бензин: petrol gasoline
масло: oil butter
бумага: paper
картон: cardboard
резина: rubber
бетон: concrete
шёлк: silk
лён: flax linen
порошок: powder
прочный: strong durable
мутный: cloudy turbid
влажный: wet humid moist
сухой: dry
мокрый: wet
свежий: fresh
искусственный: artificial
оранжевый: orange
жёлтый: yellow
зелёный: green
голубой: light-blue blue
фиолетовый: violet purple
розовый: pink
чёрный: black
золотой: golden gold
серебряный: silver
бурый: brown
алый: scarlet
багровый: crimson
тёмный: dark
яркий: bright
бледный: pale
цветной: coloured colored
бесцветный: colourless colorless
русский: russian
английский: english
немецкий: german
французский: french
испанский: spanish
итальянский: italian
португальский: portuguese
голландский: dutch
нидерландский: dutch netherlands
бельгийский: belgian
швейцарский: swiss
австрийский: austrian
шведский: swedish
норвежский: norwegian
датский: danish
финский: finnish
исландский: icelandic
ирландский: irish
шотландский: scottish
британский: british
чешский: czech
словацкий: slovak
румынский: romanian
болгарский: bulgarian
сербский: serbian
хорватский: croatian
греческий: greek
турецкий: turkish
украинский: ukrainian
белорусский: belarusian
литовский: lithuanian
латвийский: latvian
эстонский: estonian
грузинский: georgian
армянский: armenian
азербайджанский: azerbaijani
казахский: kazakh
узбекский: uzbek
татарский: tatar
монгольский: mongolian
японский: japanese
корейский: korean
вьетнамский: vietnamese
индийский: indian
пакистанский: pakistani
иранский: iranian
персидский: persian
арабский: arabic arab
еврейский: jewish hebrew
израильский: israeli
египетский: egyptian
африканский: african
американский: american
канадский: canadian
мексиканский: mexican
бразильский: brazilian
аргентинский: argentine
австралийский: australian
европейский: european
азиатский: asian
римский: roman
латинский: latin
славянский: slavic slavonic
скандинавский: scandinavian
балтийский: baltic
средиземноморский: mediterranean
восточный: eastern oriental
западный: western
северный: northern north
южный: southern south
зарубежный: foreign overseas
отечественный: domestic national
столичный: metropolitan capital
англичанин: englishman
немец: german
француз: frenchman
испанец: spaniard
итальянец: italian
голландец: dutchman
поляк: pole
китаец: chinese
японец: japanese
еврей: jew
украинец: ukrainian
россиянин: russian
англия: england
германия: germany
франция: france
испания: spain
швеция: sweden
норвегия: norway
дания: denmark
польша: poland
чехия: czechia
венгрия: hungary
греция: greece
турция: turkey
китай: china
япония: japan
египет: egypt
сша: usa united-states
великобритания: britain great-britain
швейцария: switzerland
восток: east
запад: west
север: north
юг: south
дом: house home
здание: building
квартира: apartment flat
комната: room
кухня: kitchen
дверь: door
пол: floor sex gender
потолок: ceiling
крыша: roof
лестница: stairs ladder
этаж: floor storey
мебель: furniture
стол: table desk
стул: chair
кровать: bed
шкаф: cupboard wardrobe
полка: shelf
коробка: box
сумка: bag
бутылка: bottle
банка: jar can
чашка: cup
тарелка: plate
ложка: spoon
нож: knife
картина: picture painting
поезд: train
самолёт: airplane aircraft
судно: vessel ship
лодка: boat
велосипед: bicycle
верёвка: rope
гвоздь: nail
молоток: hammer
пила: saw
топор: axe
игла: needle
одежда: clothes clothing
обувь: footwear shoes
платье: dress
рубашка: shirt
куртка: jacket
пальто: coat
сапог: boot
хлеб: bread
мясо: meat
молоко: milk
сыр: cheese
чай: tea
пиво: beer
сок: juice
каша: porridge
завтрак: breakfast
обед: lunch dinner
ужин: dinner supper
блюдо: dish
посуда: dishes crockery
подарок: gift present
игра: game play
игрушка: toy
мяч: ball
соревнование: competition contest
тренировка: training workout
бег: running run
плавание: swimming
поездка: trip journey
путешествие: journey travel
поход: hike campaign
прогулка: walk stroll
сад: garden
огород: vegetable-garden
двор: yard courtyard
забор: fence
ворота: gate
дворец дворцовый: palace
собор: cathedral
монастырь: monastery
вокзал: station
гавань: harbour harbor
гостиница: hotel
газета: newspaper
новость: news
билет: ticket
рисунок: drawing figure picture
заметка: note
конспект: notes summary
тетрадь: notebook
ручка: pen handle
карандаш: pencil
доска: board blackboard
мел: chalk
линейка: ruler
контрольная: test
доклад: report presentation
реферат: essay abstract report
красивый: beautiful
некрасивый: ugly
отличный: excellent
замечательный: remarkable wonderful
удивительный: amazing surprising
скучный: boring dull
весёлый: cheerful merry
грустный: sad
счастливый: happy
несчастный: unhappy unfortunate
добрый: kind good
злой: evil angry
глупый: stupid foolish
мудрый: wise
честный: honest
смелый: brave bold
храбрый: brave
трусливый: cowardly
трудолюбивый: hardworking
вежливый: polite
грубый: rude rough coarse
спокойный: calm quiet
тихий: quiet silent
громкий: loud
шумный: noisy
дешёвый: cheap
бесплатный: free
платный: paid
опасный: dangerous
надёжный: reliable
удобный: convenient comfortable
неудобный: inconvenient uncomfortable
приятный: pleasant
неприятный: unpleasant
лишний: extra superfluous
нужный: necessary needed
ненужный: unnecessary
точный: exact accurate precise
приблизительный: approximate
примерный: approximate exemplary
намеренный: intentional
добровольный: voluntary
могучий: mighty
мощный: powerful
целостный: holistic integral
цельный: whole solid
иной: other different
похожий: similar
схожий: similar
противный: disgusting nasty
вечный: eternal
краткий: brief short
подробный: detailed
детальный: detailed
полноценный: full-fledged
сплошной: continuous solid
прерывистый: intermittent
первоначальный: original initial
дальнейший: further
прежний: former previous
бывший: former ex
очередной: next regular
отдалённый: remote distant
низший: lowest lower
старший: senior elder
младший: junior younger
главенствующий: dominant
передовой: advanced leading
отсталый: backward
простейший: simplest
учебный: educational academic
школьный: school
сельскохозяйственный: agricultural
художественный: artistic
словесный: verbal
умственный: mental intellectual
душевный: emotional mental
телесный: bodily physical
людской: human
детский: child childish
чужой: alien foreign strange
знакомый: familiar acquaintance
незнакомый: unfamiliar stranger
дружеский: friendly
враждебный: hostile
строить: build
построить: build
жить: live
родиться: born
умереть: die
увеличиваться: increase
уменьшаться: decrease
расширяться: expand
сокращаться: shrink decrease
начинать: begin start
начаться: begin start
заканчивать: finish end
закончить: finish end
кончаться: end
продолжать: continue
прекращать: stop cease
останавливать: stop
двигаться: move
бежать: run
ехать: go ride
лететь: fly
плыть: swim sail
вернуться: return
возвращаться: return
искать: search seek
терять: lose
получать: receive get
нести: carry
везти: carry transport
слышать: hear
слушать: listen
чувствовать: feel
понимать: understand
понять: understand
помнить: remember
забыть: forget
учить: teach learn
учиться: study learn
изучать: study
считать: count consider
решить: solve decide
сравнивать: compare
измерять: measure
описывать: describe
показывать: show
показать: show
указывать: indicate point
означать: mean
называть: name call
называться: called named
состоять: consist
включать: include
входить: enter
относиться: relate belong
вызывать: cause
приводить: lead result
происходить: happen occur
случаться: happen
возникать: arise emerge
появляться: appear
оставаться: remain stay
сохранять: keep preserve
менять: change
изменять: change alter
изменяться: change
превращаться: turn transform become
соединять: connect join
объединять: unite combine
пользоваться: use
помогать: help
мешать: hinder disturb
защищать: protect defend
бороться: fight struggle
воевать: fight war
побеждать: win defeat
проигрывать: lose
стоить: cost
тратить: spend
копить: save accumulate
производить: produce
пить: drink
спать: sleep
дышать: breathe
болеть: ache hurt sick
выздоравливать: recover
любить: love
готовить: prepare cook
готовиться: prepare
ждать: wait expect
надеяться: hope
бояться: fear
верить: believe
сомневаться: doubt
соглашаться: agree
спорить: argue
требовать: demand require
предлагать: offer propose
запрещать: forbid prohibit
наказывать: punish
награждать: reward award
предмет: object subject item
сюжет: plot story
содержание: content contents
фамилия: surname
отрывок: excerpt passage
сведения: information data
направленность: orientation focus
вместимость: capacity
провал: failure collapse
новшество: innovation novelty
ухудшение: deterioration worsening
совершенствование: improvement refinement
упрощение: simplification
усложнение: complication
смешивание: mixing
перевозка: transportation
неустойчивость: instability
достоинство: merit dignity
польза: benefit use
дело: business affair case
поступок: act deed
приказ: order command
указание: instruction indication
просьба: request
благодарность: gratitude thanks
извинение: apology
беседа: conversation talk
разговор: conversation
обсуждение: discussion
дружба: friendship
свадьба: wedding
развод: divorce
преподавание: teaching
учёба: study studies
понимание: understanding
размышление: reflection thinking
творчество: creativity
вдохновение: inspiration
мечта: dream
желание: desire wish
вдова: widow
невеста: bride fiancee
жених: groom fiance
бабушка: grandmother
дедушка: grandfather
внук: grandson grandchild
внучка: granddaughter
дядя: uncle
тётя: aunt
племянник: nephew
супруг: spouse husband
супруга: spouse wife
хозяйка: hostess owner
слуга: servant
господин: master lord
командир: commander
священник: priest
монах: monk
пророк: prophet
путешественник: traveller traveler
мореплаватель: navigator seafarer
переселенец: settler migrant
рыбак: fisherman
кузнец: blacksmith smith
плотник: carpenter
портной: tailor
повар: cook chef
пекарь: baker
официант: waiter
продавщица: saleswoman
уборщик: cleaner
сторож: watchman guard
охранник: guard security-guard
пожарный: firefighter
спасатель: rescuer lifeguard
лётчик: pilot
моряк: sailor
матрос: sailor seaman
шофёр: driver chauffeur
выставка: exhibition
ярмарка: fair
зрелище: spectacle sight
собеседник: interlocutor
болельщик: fan supporter
новичок: beginner novice newcomer
знаток: expert connoisseur
любитель: amateur lover fan
поклонник: admirer fan
последователь: follower
ученица: pupil schoolgirl
аспирант: postgraduate graduate-student
абитуриент: applicant
первокурсник: freshman first-year
доцент: associate-professor
мыслитель: thinker
стоматолог: dentist
зрительный: visual
ушной: ear aural
ротовой: oral mouth
жар: fever heat
царапина: scratch
исцеление: healing cure
уход: care departure
забота: care concern
возрастной: age
смертельный: fatal deadly lethal
безвредный: harmless
вредность: harmfulness
дождливый: rainy
снежный: snowy snow
ветреный: windy
туманный: foggy misty
морозный: frosty
жаркий: hot
прохладный: cool
речной: river
озёрный: lake
лесной: forest
полевой: field
горный: mountain mountainous
степной: steppe
пустынный: desert deserted
береговой: coastal
островной: island insular
воздушный: air aerial
надземный: above-ground
подводный: underwater
огненный: fiery fire
песчаный: sandy
глиняный: clay
деревянный: wooden
стальной: steel
золотистый: golden
стеклянный: glass
бумажный: paper
кожаный: leather
шерстяной: woollen wool
хлопковый: cotton
шёлковый: silk
кирпичный: brick
бетонный: concrete
животный: animal
звериный: animal bestial
птичий: bird
рыбный: fish
мясной: meat
хлебный: bread grain
зерновой: grain cereal
фруктовый: fruit
овощной: vegetable
цветочный: flower floral
травяной: grass herbal
древесный: wood woody
лиственный: deciduous leaf
хвойный: coniferous
дикий: wild
хищный: predatory
корм: feed fodder
пастбище: pasture
посев: sowing
жатва: harvest reaping
птицеводство: poultry-farming
животноводство: livestock-farming
рыболовство: fishing fishery
лесоводство: forestry
пчела: bee
муравей: ant
бабочка: butterfly
муха: fly
комар: mosquito
жук: beetle
кит: whale
акула: shark
ворона: crow
голубь: pigeon dove
воробей: sparrow
утка: duck
гусь: goose
лебедь: swan
олень: deer
лось: elk moose
слон: elephant
лев: lion
обезьяна: monkey ape
верблюд: camel
кролик: rabbit
белка: squirrel
ёж: hedgehog
черепаха: turtle tortoise
ящерица: lizard
дуб: oak
берёза: birch
сосна: pine
ель: spruce fir
клён: maple
липа: linden
ива: willow
яблоня: apple-tree
яблоко: apple
груша: pear
слива: plum
вишня: cherry
виноград: grapes grape
апельсин: orange
морковь: carrot
капуста: cabbage
чеснок: garlic
огурец: cucumber
помидор: tomato
свёкла: beet beetroot
горох: peas
фасоль: beans
орех: nut
мёд: honey
мука: flour
крупа: groats cereal
уксус: vinegar
колбаса: sausage
говядина: beef
свинина: pork
баранина: mutton lamb
пирог: pie
торт: cake
печенье: biscuit cookie
конфета: candy sweet
мороженое: ice-cream
напиток: drink beverage
недостача: shortfall shortage
многолетний: perennial long-term
однолетний: annual
кратковременный: short-term brief
долговременный: long-term
среднесрочный: medium-term
вчерашний: yesterday
сегодняшний: today current
завтрашний: tomorrow
утренний: morning
вечерний: evening
дневной: day daytime
весенний: spring
летний: summer
осенний: autumn fall
зимний: winter
недельный: weekly week-long
вековой: age-old centuries-old
звонок: bell call
кабинет: office study
общежитие: dormitory hostel
столовая: canteen dining-room
спальня: bedroom
ванная: bathroom
прихожая: hallway
чердак: attic
сарай: shed barn
амбар: barn granary
мельница: mill
кузница: smithy forge
мастерская: workshop
изделие: product article
ремень: belt strap
пуговица: button
карман: pocket
перчатка: glove
носок: sock toe
зонт: umbrella
очки: glasses spectacles
ковёр: carpet rug
подушка: pillow cushion
одеяло: blanket
простыня: sheet
полотенце: towel
мыло: soap
щётка: brush
кастрюля: saucepan pot
сковорода: frying-pan pan
чайник: kettle teapot
холодильник: refrigerator fridge
печь: oven stove furnace
утюг: iron
пылесос: vacuum-cleaner
умывальник: washbasin sink
лампочка: bulb light-bulb
фонарь: lantern torch
спичка: match
подтяжка: pull-up
подтягивающий+резистор: pull-up-resistor pullup
стягивающий+резистор: pull-down-resistor pulldown
флюс: flux
макетка: breadboard
источник+питание: power-supply
стабилизатор+напряжение: voltage-regulator
стабилизатор: regulator
сглаживающий+конденсатор: smoothing-capacitor
ток+утечка: leakage-current
короткий+замыкание: short-circuit
обрыв+цепь: open-circuit
принципиальный+схема: schematic circuit-diagram
контактный+площадка: pad
переходный+отверстие: via
клемма: terminal
тактовый+кнопка: tactile-button
реле: relay
оптрон: optocoupler
оптопара: optocoupler
стабилитрон: zener-diode zener
полевой+транзистор: mosfet field-effect-transistor fet
биполярный+транзистор: bjt bipolar-transistor
затвор: gate
коэффициент+усиление: gain
отрицательный+обратный+связь: negative-feedback
сторожевой+таймер: watchdog-timer watchdog
широтно-импульсный+модуляция: pwm pulse-width-modulation
коэффициент+заполнение: duty-cycle
аналого-цифровой+преобразователь: adc analog-to-digital-converter
цифро-аналоговый+преобразователь: dac digital-to-analog-converter
частота+дискретизация: sampling-rate
последовательный+порт: serial-port
последовательный+связь: serial-communication
скорость+передача: baud-rate bitrate
ведущий+устройство: master
ведомый+устройство: slave
тактовый+сигнал: clock-signal
кварцевый+резонатор: crystal-oscillator
дребезг+контакт: contact-bounce bounce
подавление+дребезг: debouncing debounce
датчик+температура: temperature-sensor
датчик+влажность: humidity-sensor
датчик+расстояние: distance-sensor
ультразвуковой+датчик: ultrasonic-sensor
термопара: thermocouple
пьезоизлучатель: piezo-buzzer buzzer
зуммер: buzzer
двигатель+постоянный+ток: dc-motor
драйвер+двигатель: motor-driver
электродвигатель: electric-motor
встроенный+система: embedded-system
энергонезависимый+память: non-volatile-memory
цифровой+вход: digital-input
аналоговый+вход: analog-input
цифровой+выход: digital-output
спящий+режим: sleep-mode
рассеиваемый+мощность: power-dissipation
радиатор: heatsink
силовой+электроника: power-electronics
понижающий+преобразователь: buck-converter step-down
повышающий+преобразователь: boost-converter step-up
импульсный+блок+питание: switching-power-supply smps
линейный+стабилизатор: linear-regulator ldo
пассивный+компонент: passive-component
подстроечный+резистор: trimmer trimpot
переменный+резистор: potentiometer variable-resistor
самовосстанавливающийся+предохранитель: polyfuse resettable-fuse
светодиодный+лента: led-strip
семисегментный+индикатор: seven-segment-display
жидкокристаллический+дисплей: lcd
логический+уровень: logic-level
преобразователь+уровень: level-shifter
фильтр+нижний+частота: low-pass-filter
фильтр+высокий+частота: high-pass-filter
полосовой+фильтр: band-pass-filter
закон+ом: ohms-law
постоянный+время: time-constant
переходный+процесс: transient
колебательный+контур: lc-circuit tank-circuit
параллельный+соединение: parallel-connection
вольт-амперный+характеристика: iv-curve current-voltage-characteristic
коэффициент+полезный+действие: efficiency
макетный+провод: jumper-wire
сквозной+монтаж: through-hole
цветовой+маркировка: color-code
конденсатор+развязка: decoupling-capacitor
обратный+диод: flyback-diode
токоограничивающий+резистор: current-limiting-resistor
коралловый+риф: coral-reef
обесцвечивание+коралл: coral-bleaching
обесцвечивание: bleaching
закисление+океан: ocean-acidification
трофический+уровень: trophic-level
межвидовой+конкуренция: interspecific-competition
внутривидовой+конкуренция: intraspecific-competition
среда+обитание: habitat
ареал: range distribution-range
численность+популяция: population-size
плотность+популяция: population-density
ёмкость+среда: carrying-capacity
экспоненциальный+рост: exponential-growth
логистический+рост: logistic-growth
массовый+вымирание: mass-extinction
биологический+вид: species
естественный+отбор: natural-selection
половой+отбор: sexual-selection
искусственный+отбор: artificial-selection
поток+ген: gene-flow
общий+предок: common-ancestor
филогенетический+дерево: phylogenetic-tree
ископаемое: fossil
ископаемый+топливо: fossil-fuel
горный+порода: rock
тектонический+плита: tectonic-plate
срединно-океанический+хребет: mid-ocean-ridge
глубоководный+жёлоб: ocean-trench trench
океанический+течение: ocean-current
круговорот+углерод: carbon-cycle
круговорот+азот: nitrogen-cycle
азотфиксация: nitrogen-fixation
парниковый+эффект: greenhouse-effect
парниковый+газ: greenhouse-gas
глобальный+потепление: global-warming
изменение+климат: climate-change
углекислый+газ: carbon-dioxide co2
поглотитель+углерод: carbon-sink
радиоактивный+распад: radioactive-decay
период+полураспад: half-life
датирование: dating
ледяной+керн: ice-core
годичный+кольцо: tree-ring
видовой+богатство: species-richness
ключевой+вид: keystone-species
инвазивный+вид: invasive-species
морской+заповедник: marine-protected-area
литораль: intertidal-zone
приливный+зона: intertidal-zone
морской+трава: seagrass
донный: benthic
первичный+продукция: primary-production
гидротермальный+источник: hydrothermal-vent
тропический+лес: rainforest
водно-болотный+угодье: wetland
цветение+вода: algal-bloom
мёртвый+зона: dead-zone
разлив+нефть: oil-spill
экосистемный+услуга: ecosystem-services
пресмыкающееся: reptile
ракообразное: crustacean
иглокожее: echinoderm
морской+ёж: sea-urchin
морской+звезда: starfish sea-star
медуза: jellyfish
жабра: gill
плавник: fin
нерест: spawning
частота+аллель: allele-frequency
эффект+бутылочный+горлышко: bottleneck-effect
эффект+основатель: founder-effect
ледниковый+период: ice-age glacial-period
уровень+море: sea-level
повышение+уровень+море: sea-level-rise
растворённый+кислород: dissolved-oxygen
тяжёлый+изотоп: heavy-isotope
лёгкий+изотоп: light-isotope
изотопный+отношение: isotope-ratio
родительский+изотоп: parent-isotope
дочерний+изотоп: daughter-isotope
окаймляющий+риф: fringing-reef
круговорот+вещество: nutrient-cycle biogeochemical-cycle
кривая+выживание: survivorship-curve
возрастной+структура: age-structure
плодовитость: fecundity fertility
мечение+повторный+отлов: mark-recapture
пробный+площадка: quadrat sample-plot
пионерный+вид: pioneer-species
климаксный+сообщество: climax-community
генерация+дополненный+поиск: rag retrieval-augmented-generation
векторный+база+данные: vector-database
векторный+поиск: vector-search
семантический+поиск: semantic-search
гибридный+поиск: hybrid-search
переранжирование: reranking
косинусный+сходство: cosine-similarity
ближайший+сосед: nearest-neighbor
низкоранговый+адаптация: lora low-rank-adaptation
обратный+связь+человек: rlhf human-feedback
инструктивный+дообучение: instruction-tuning
окно+контекст: context-window
системный+подсказка: system-prompt
цепочка+рассуждение: chain-of-thought
обучение+контекст: in-context-learning
вызов+функция: function-calling
вызов+инструмент: tool-calling tool-use
многоагентный+система: multi-agent-system
многоголовый+внимание: multi-head-attention
позиционный+кодирование: positional-encoding
предсказание+следующий+токен: next-token-prediction
эталонный+набор: benchmark
оценивание: evaluation
синтетический+данные: synthetic-data
тестовый+выборка: test-set
утечка+данные: data-leakage
загрязнение+данные: data-contamination
внедрение+подсказка: prompt-injection
защитный+ограничение: guardrails
обратный+распространение+ошибка: backpropagation
размер+пакет: batch-size
логический+вывод: inference
потоковый+передача: streaming
структурированный+вывод: structured-output
открытый+вес: open-weights
плотный+вектор: dense-vector
разреженный+вектор: sparse-vector
полнотекстовый+поиск: full-text-search
распознавание+речь: speech-recognition
синтез+речь: speech-synthesis text-to-speech
нейронный+сеть: neural-network
глубокий+обучение: deep-learning
машинный+обучение: machine-learning
искусственный+интеллект: ai artificial-intelligence
генеративный+модель: generative-model
диффузионный+модель: diffusion-model
базовый+модель: foundation-model base-model
долговременный+память: long-term-memory
кратковременный+память: short-term-memory
окно+внимание: attention-window
матрица+внимание: attention-matrix
ключ+запрос+значение: query-key-value qkv
скрытый+состояние: hidden-state
нормализация+слой: layer-normalization
остаточный+связь: residual-connection skip-connection
вопросно-ответный+система: question-answering-system
извлечение+сущность: entity-extraction
именованный+сущность: named-entity
граф+знание: knowledge-graph
база+знание: knowledge-base
оценщик: evaluator grader
модель-судья: llm-as-judge
попарный+сравнение: pairwise-comparison
человеческий+оценка: human-evaluation
шаблон+подсказка: prompt-template
разработка+подсказка: prompt-engineering
самосогласованность: self-consistency
саморефлексия: self-reflection
декомпозиция+задача: task-decomposition
агентный+цикл: agent-loop
стоп-последовательность: stop-sequence
максимальный+длина: max-length max-tokens
штраф+повтор: repetition-penalty
логарифм+вероятность: log-probability logprob
кэш+ключ+значение: kv-cache
квантованный+модель: quantized-model
смесь+эксперт: mixture-of-experts moe
конвейер+рендеринг: rendering-pipeline
графический+конвейер: graphics-pipeline
визуализация: rendering
трассировка+луч: ray-tracing
трассировка+путь: path-tracing
вершинный+шейдер: vertex-shader
карта+тень: shadow-map
источник+свет: light-source
направленный+свет: directional-light
точечный+свет: point-light
прожектор: spotlight
фоновый+освещение: ambient-light
рассеянный+отражение: diffuse-reflection
зеркальный+отражение: specular-reflection
блик: highlight specular-highlight
касательный+пространство: tangent-space
развёртка: uv-unwrap unwrapping
наложение+текстура: texture-mapping
ступенчатость: aliasing jaggies
буфер+глубина: depth-buffer z-buffer
тест+глубина: depth-test
кадровый+буфер: framebuffer
двойной+буферизация: double-buffering
вершинный+буфер: vertex-buffer
полигональный+сетка: polygon-mesh mesh
отсечение+задний+грань: backface-culling
усечённый+пирамида: frustum
пирамида+видимость: view-frustum
поле+зрение: field-of-view fov
матрица+вид: view-matrix
однородный+координата: homogeneous-coordinates
мировой+пространство: world-space
экранный+пространство: screen-space
видовой+пространство: view-space camera-space
локальный+пространство: local-space object-space
шарнирный+замок: gimbal-lock
альфа-смешивание: alpha-blending
игровой+цикл: game-loop
игровой+движок: game-engine
физический+движок: physics-engine
обнаружение+столкновение: collision-detection
ограничивающий+объём: bounding-volume
ограничивающий+параллелепипед: bounding-box aabb
система+частица: particle-system
неигровой+персонаж: npc non-player-character
поиск+путь: pathfinding
навигационный+сетка: navmesh navigation-mesh
конечный+автомат: finite-state-machine fsm
игровой+объект: game-object
глубина+резкость: depth-of-field
свечение: bloom glow
тональный+отображение: tone-mapping
карта+окружение: environment-map
кубический+карта: cubemap
глобальный+освещение: global-illumination
фоновый+затенение: ambient-occlusion
отложенный+рендеринг: deferred-rendering
прямой+рендеринг: forward-rendering
уровень+детализация: lod level-of-detail
карта+высота: heightmap
карта+смещение: displacement-map
рельефный+текстурирование: bump-mapping
графический+процессор: gpu
вызов+отрисовка: draw-call
пакетирование: batching
отсечение+перекрытие: occlusion-culling
физически+корректный+рендеринг: pbr physically-based-rendering
шероховатость: roughness
металличность: metalness
цветовой+пространство: color-space
разрешение+экран: screen-resolution
частота+обновление: refresh-rate
вертикальный+синхронизация: vsync
разрыв+кадр: screen-tearing
задний+буфер: back-buffer
трафаретный+буфер: stencil-buffer
скалярный+произведение: dot-product inner-product scalar-product
векторный+произведение: cross-product
единичный+вектор: unit-vector
интенсивность+свет: light-intensity
мягкий+тень: soft-shadow
жёсткий+тень: hard-shadow
показатель+преломление: refractive-index
плавный+затенение: smooth-shading
плоский+затенение: flat-shading
затенение+фонг: phong-shading
игровой+механика: game-mechanics
точка+появление: spawn-point
игровой+процесс: gameplay
нервный+клетка: nerve-cell neuron
тело+клетка: cell-body soma
миелиновый+оболочка: myelin-sheath
синаптический+щель: synaptic-cleft
потенциал+действие: action-potential
потенциал+покой: resting-potential
возбуждающий: excitatory
натрий-калиевый+насос: sodium-potassium-pump
долговременный+потенциация: long-term-potentiation ltp
кора+головной+мозг: cerebral-cortex
головной+мозг: brain
спинной+мозг: spinal-cord
ствол+мозг: brainstem
лобный+доля: frontal-lobe
теменной+доля: parietal-lobe
височный+доля: temporal-lobe
затылочный+доля: occipital-lobe
префронтальный+кора: prefrontal-cortex
мозолистый+тело: corpus-callosum
миндалевидный+тело: amygdala
миндалина: amygdala
чёрный+субстанция: substantia-nigra
серый+вещество: gray-matter grey-matter
белый+вещество: white-matter
нервный+система: nervous-system
центральный+нервный+система: cns central-nervous-system
периферический+нервный+система: pns peripheral-nervous-system
вегетативный+нервный+система: autonomic-nervous-system
зрительный+кора: visual-cortex
моторный+кора: motor-cortex
соматосенсорный+кора: somatosensory-cortex
слуховой+кора: auditory-cortex
зрительный+нерв: optic-nerve
колбочка: cone
палочка: rod
обонятельный: olfactory
избирательный+внимание: selective-attention
рабочий+память: working-memory
эпизодический+память: episodic-memory
семантический+память: semantic-memory
процедурный+память: procedural-memory
припоминание: recall
узнавание: recognition
кривая+забывание: forgetting-curve
интервальный+повторение: spaced-repetition
классический+обусловливание: classical-conditioning
оперантный+обусловливание: operant-conditioning
обусловливание: conditioning
условный+рефлекс: conditioned-reflex
безусловный+рефлекс: unconditioned-reflex
условный+стимул: conditioned-stimulus
угашение: extinction
когнитивный+нагрузка: cognitive-load
когнитивный+искажение: cognitive-bias
предвзятость+подтверждение: confirmation-bias
эффект+якорь: anchoring anchoring-effect
принятие+решение: decision-making
исполнительный+функция: executive-functions
восприятие+глубина: depth-perception
слепой+пятно: blind-spot
абсолютный+порог: absolute-threshold
разностный+порог: difference-threshold jnd
восходящий+обработка: bottom-up-processing
нисходящий+обработка: top-down-processing
нейровизуализация: neuroimaging
вызванный+потенциал: evoked-potential
зеркальный+нейрон: mirror-neuron
система+вознаграждение: reward-system
метапознание: metacognition
решение+задача: problem-solving
нервный+импульс: nerve-impulse
частота+разряд: firing-rate
рецептивный+поле: receptive-field
двигательный+нейрон: motor-neuron
чувствительный+нейрон: sensory-neuron
вставочный+нейрон: interneuron
константность+восприятие: perceptual-constancy
фигура+фон: figure-ground
сенсорный+память: sensory-memory
иконический+память: iconic-memory
эхоический+память: echoic-memory
эффект+первичность: primacy-effect
эффект+недавность: recency-effect
консолидация+память: memory-consolidation
ложный+воспоминание: false-memory
научение+наблюдение: observational-learning
выученный+беспомощность: learned-helplessness
внутренний+мотивация: intrinsic-motivation
внешний+мотивация: extrinsic-motivation
теория+разум: theory-of-mind
контроллер+представление: view-controller
панель+вкладка: tab-bar
панель+навигация: navigation-bar
панель+инструмент: toolbar
индикатор+выполнение: progress-indicator progress-view
всплывающий+окно: popup popover
диалоговый+окно: dialog
модальный+окно: modal
распознаватель+жест: gesture-recognizer
долгий+нажатие: long-press
автоматический+вёрстка: auto-layout
безопасный+область: safe-area
тёмный+тема: dark-mode dark-theme
тёмный+режим: dark-mode
светлый+тема: light-mode light-theme
альбомный+ориентация: landscape
книжный+ориентация: portrait-orientation
экран+запуск: launch-screen splash-screen
жизненный+цикл+приложение: app-lifecycle
фоновый+режим: background-mode
принудительный+извлечение: force-unwrap
значимый+тип: value-type
ссылочный+тип: reference-type
сильный+ссылка: strong-reference
слабый+ссылка: weak-reference
цикл+удержание: retain-cycle
подсчёт+ссылка: reference-counting
автоматический+подсчёт+ссылка: arc automatic-reference-counting
обёртка+свойство: property-wrapper
вычисляемый+свойство: computed-property
наблюдатель+свойство: property-observer
ленивый+свойство: lazy-property
обобщённый+тип: generic-type
связанный+тип: associated-type
предпросмотр: preview
раскадровка: storyboard
конструктор+интерфейс: interface-builder
источник+данные: data-source
центр+уведомление: notification-center
связка+ключ: keychain
запрос+разрешение: permission-request
магазин+приложение: app-store
подпись+код: code-signing
профиль+обеспечение: provisioning-profile
встроенный+покупка: in-app-purchase
сенсорный+экран: touchscreen
тактильный+отклик: haptic-feedback haptics
размер+шрифт: font-size
значок+приложение: app-icon
кнопка+назад: back-button
пружинный+анимация: spring-animation
постоянный+хранилище: persistent-storage
сетевой+запрос: network-request
универсальный+ссылка: universal-link
мобильный+приложение: mobile-app
нативный+приложение: native-app
кроссплатформенный+разработка: cross-platform-development
стек+навигация: navigation-stack
корневой+представление: root-view
иерархия+представление: view-hierarchy
дочерний+представление: child-view subview
родительский+представление: parent-view superview
поле+ввод: text-field input-field
экранный+клавиатура: on-screen-keyboard
выпадающий+список: dropdown picker
выбор+дата: date-picker
пустой+состояние: empty-state
экран+загрузка: loading-screen
всплывающий+подсказка: tooltip
контекстный+меню: context-menu
боковой+меню: side-menu drawer
выдвижной+панель: drawer
нижний+панель: bottom-bar
плавающий+кнопка: floating-action-button fab
инструмент+разработчик: developer-tools
журнал+сбой: crash-log
отчёт+сбой: crash-report
аварийный+завершение: crash
внутренний+тестирование: internal-testing
проверка+приложение: app-review
серверный+часть: backend server-side
промежуточный+программный+обеспечение: middleware
объектно-реляционный+отображение: orm object-relational-mapping
оптимистичный+блокировка: optimistic-locking
пессимистичный+блокировка: pessimistic-locking
пул+соединение: connection-pool
сброс+кэш: cache-invalidation
брокер+сообщение: message-broker
периодический+задача: periodic-task cron-job
ограничение+частота: rate-limiting
выход+система: logout
токен+доступ: access-token
токен+обновление: refresh-token
двухфакторный+аутентификация: two-factor-authentication 2fa
право+доступ: permissions access-rights
ролевой+модель+доступ: rbac role-based-access-control
межсайтовый+подделка+запрос: csrf cross-site-request-forgery
горизонтальный+масштабирование: horizontal-scaling scale-out
вертикальный+масштабирование: vertical-scaling scale-up
проверка+работоспособность: health-check
переменная+окружение: environment-variable
непрерывный+интеграция: continuous-integration ci
непрерывный+доставка: continuous-delivery cd
постраничный+вывод: pagination
загрузка+файл: file-upload
состояние+гонка: race-condition
событийный+цикл: event-loop
хранимый+процедура: stored-procedure
резервный+копия: backup
резервный+копирование: backup
объектный+хранилище: object-storage
хеш+пароль: password-hash
соль+пароль: salt password-salt
срок+действие+токен: token-expiration
истечение+срок: expiration
подписанный+токен: signed-token
закрытый+ключ: private-key
защищённый+соединение: secure-connection
сертификат+безопасность: ssl-certificate
параметр+запрос: query-parameter
параметр+путь: path-parameter
тело+ответ: response-body
безопасный+метод: safe-method
контроль+доступ: access-control
политика+безопасность: security-policy
сессионный+хранилище: session-storage session-store
хранилище+сессия: session-store
хранилище+ключ-значение: key-value-store
документоориентированный+база+данные: document-database
реляционный+база+данные: relational-database
нереляционный+база+данные: nosql
запрос+база+данные: database-query
грязный+чтение: dirty-read
фантомный+чтение: phantom-read
неповторяющийся+чтение: non-repeatable-read
представление+функция: view-function
модель+данные: data-model
схема+данные: data-schema
обработка+ошибка: error-handling
необработанный+исключение: unhandled-exception
маршрутизатор+запрос: request-router
диспетчер+задача: task-dispatcher
доставка+сообщение: message-delivery
подтверждение+сообщение: acknowledgement ack
мёртвый+очередь: dead-letter-queue
гарантия+доставка: delivery-guarantee
распределённый+кэш: distributed-cache
клиентский+кэш: client-side-cache
сеть+доставка+контент: cdn content-delivery-network
планирование+спринт: sprint-planning
обзор+спринт: sprint-review
приёмочный+тестирование: acceptance-testing
модульный+тестирование: unit-testing
сквозной+тестирование: end-to-end-testing e2e
дымовой+тестирование: smoke-testing
нагрузочный+тестирование: load-testing
тестирование+производительность: performance-testing
тестирование+чёрный+ящик: black-box-testing
тестирование+белый+ящик: white-box-testing
покрытие+код: code-coverage
тестовый+случай: test-case
тестовый+набор: test-suite
проверка+код: code-review
рецензирование+код: code-review
парный+программирование: pair-programming
запах+код: code-smell
сбор+требование: requirements-gathering requirements-elicitation
технический+задание: specification requirements-document
вариант+использование: use-case
сценарий+использование: use-case
жизненный+цикл+разработка: sdlc software-development-lifecycle
водопадный+модель: waterfall-model
минимально+жизнеспособный+продукт: mvp minimum-viable-product
пользовательский+опыт: ux user-experience
пользовательский+интерфейс: ui user-interface
пользовательский+путь: user-journey user-flow
целевой+аудитория: target-audience
принцип+единственный+ответственность: single-responsibility-principle srp
единственный+ответственность: single-responsibility
разделение+интерфейс: interface-segregation
инверсия+зависимость: dependency-inversion
слабый+связанность: loose-coupling
разделение+ответственность: separation-of-concerns
шаблон+проектирование: design-pattern
паттерн+проектирование: design-pattern
контроль+версия: version-control
система+контроль+версия: vcs version-control-system
запрос+слияние: pull-request merge-request
конфликт+слияние: merge-conflict
оценка+риск: risk-assessment
управление+риск: risk-management
управление+проект: project-management
отчёт+ошибка: bug-report
трекер+задача: issue-tracker
мозговой+штурм: brainstorming
призыв+действие: call-to-action cta
отзывчивый+дизайн: responsive-design
руководство+стиль: style-guide
воспроизведение+ошибка: bug-reproduction
шаг+воспроизведение: steps-to-reproduce
ожидаемый+результат: expected-result
фактический+результат: actual-result
граничный+значение: boundary-value
класс+эквивалентность: equivalence-class equivalence-partitioning
план+тестирование: test-plan
автоматизированный+тестирование: automated-testing test-automation
ручной+тестирование: manual-testing
исследовательский+тестирование: exploratory-testing
статический+анализ: static-analysis
непрерывный+развёртывание: continuous-deployment
читаемость+код: code-readability
соглашение+именование: naming-convention
стиль+код: code-style
чистый+код: clean-code
принцип+открытость-закрытость: open-closed-principle
конечный+пользователь: end-user
обратный+связь+пользователь: user-feedback
пользовательский+исследование: user-research
карта+путь+пользователь: customer-journey-map
каркас+интерфейс: wireframe
поток+пользователь: user-flow
пустой+пространство: whitespace negative-space
сетка+макет: layout-grid
закон+фиттс: fitts-law
когнитивный+перегрузка: cognitive-overload
доступный+дизайн: accessible-design
оценка+задача: task-estimation
критический+путь: critical-path
объём+работа: scope
расползание+объём: scope-creep
разрастание+требование: scope-creep
командный+работа: teamwork
кросс-функциональный+команда: cross-functional-team
неопределённый+интеграл: indefinite-integral antiderivative
определённый+интеграл: definite-integral
несобственный+интеграл: improper-integral
кратный+интеграл: multiple-integral
двойной+интеграл: double-integral
криволинейный+интеграл: line-integral curve-integral
поверхностный+интеграл: surface-integral
частный+производная: partial-derivative
производная+направление: directional-derivative
смешанный+производная: mixed-partial-derivative
цепной+правило: chain-rule
неравенство+треугольник: triangle-inequality
бесконечно+малый: infinitesimal
точка+разрыв: discontinuity point-of-discontinuity
устранимый+разрыв: removable-discontinuity
разрыв+первый+род: jump-discontinuity
равномерный+непрерывность: uniform-continuity
равномерно+непрерывный: uniformly-continuous
равномерный+сходимость: uniform-convergence
поточечный+сходимость: pointwise-convergence
абсолютный+сходимость: absolute-convergence
условный+сходимость: conditional-convergence
радиус+сходимость: radius-of-convergence
интервал+сходимость: interval-of-convergence
степенной+ряд: power-series
остаточный+член: remainder-term remainder
знакочередующийся+ряд: alternating-series
частичный+сумма: partial-sum
признак+сходимость: convergence-test
признак+сравнение: comparison-test
признак+даламбер: ratio-test
признак+коши: root-test
интегральный+признак: integral-test
фундаментальный+последовательность: cauchy-sequence
предельный+точка: limit-point accumulation-point
точка+сгущение: accumulation-point cluster-point
верхний+предел: limit-superior limsup
нижний+предел: limit-inferior liminf
открытый+множество: open-set
замкнутый+множество: closed-set
открытый+покрытие: open-cover
вложенный+отрезок: nested-intervals
полуинтервал: half-open-interval
точка+перегиб: inflection-point
стационарный+точка: stationary-point critical-point
седловой+точка: saddle-point
наклонный+асимптота: oblique-asymptote slant-asymptote
касательный+прямая: tangent-line
неявный+функция: implicit-function
неявный+дифференцирование: implicit-differentiation
обратный+функция: inverse-function
сложный+функция: composite-function
длина+дуга: arc-length
тело+вращение: solid-of-revolution
интегрирование+часть: integration-by-parts
замена+переменная: change-of-variables substitution
подынтегральный+функция: integrand
интегральный+сумма: riemann-sum integral-sum
верхний+сумма: upper-sum upper-darboux-sum
нижний+сумма: lower-sum lower-darboux-sum
условный+экстремум: constrained-extremum constrained-optimization
теорема+средний+значение: mean-value-theorem
числовой+прямая: real-line number-line
действительный+число: real-number
всюду+плотный: everywhere-dense dense
почти+всюду: almost-everywhere
ограниченный+сверху: bounded-above
ограниченный+снизу: bounded-below
точный+нижний+грань: infimum greatest-lower-bound
сжимающий+отображение: contraction-mapping
односторонний+предел: one-sided-limit
левый+предел: left-hand-limit
правый+предел: right-hand-limit
разделяющийся+переменная: separable-variables separable-equation
начальный+условие: initial-condition
задача+коши: initial-value-problem cauchy-problem
общий+решение: general-solution
частный+решение: particular-solution
основной+теорема+анализ: fundamental-theorem-of-calculus
математический+анализ: calculus mathematical-analysis
матанализ: calculus
вещественный+анализ: real-analysis
кусочно+непрерывный: piecewise-continuous
чётный+функция: even-function
нечётный+функция: odd-function
касательный+плоскость: tangent-plane
полный+дифференциал: total-differential exact-differential
ротор: curl
линия+уровень: level-curve contour-line
проколотый+окрестность: punctured-neighborhood deleted-neighborhood
внутренний+точка: interior-point
граничный+точка: boundary-point
абсолютно+сходящийся: absolutely-convergent
условно+сходящийся: conditionally-convergent
инверсия+управление: inversion-of-control
внедрение+конструктор: constructor-injection
внедрение+поле: field-injection
ленивый+инициализация: lazy-initialization
отложенный+загрузка: lazy-loading deferred-loading
сохраняемость: persistence
слой+доступ+данные: data-access-layer persistence-layer
слой+сервис: service-layer
сервисный+слой: service-layer
уровень+представление: presentation-layer view-layer
обработчик+запрос: request-handler handler-method
сопоставление+запрос: request-mapping
переменная+путь: path-variable
привязка+данные: data-binding
проверка+данные: data-validation validation
преобразователь+сообщение: message-converter
цепочка+фильтр: filter-chain
автоконфигурация: auto-configuration autoconfiguration
автонастройка: auto-configuration
свойство+приложение: application-properties
встроенный+сервер: embedded-server
контекст+приложение: application-context
сканирование+компонент: component-scan component-scanning
автосвязывание: autowiring
составной+ключ: composite-key
естественный+ключ: natural-key
суррогатный+ключ: surrogate-key
удаление+сирота: orphan-removal
владеющий+сторона: owning-side
обратный+сторона: inverse-side
двунаправленный+связь: bidirectional-relationship bidirectional-association
однонаправленный+связь: unidirectional-relationship
единый+таблица: single-table
соединительный+таблица: join-table
промежуточный+таблица: join-table junction-table
кэш+первый+уровень: first-level-cache
кэш+второй+уровень: second-level-cache
грязный+проверка: dirty-checking
отсоединённый+сущность: detached-entity
управляемый+сущность: managed-entity
стратегия+выборка: fetch-strategy
тип+выборка: fetch-type
разбиение+страница: pagination paging
запрос+пример: query-by-example
именованный+запрос: named-query
производный+запрос: derived-query
собственный+запрос: native-query
распространение+транзакция: transaction-propagation
оптимистический+блокировка: optimistic-locking
пессимистический+блокировка: pessimistic-locking
версионирование: versioning
аспектно-ориентированный+программирование: aspect-oriented-programming
сквозной+функциональность: cross-cutting-concern
сквозной+задача: cross-cutting-concern
точка+соединение: join-point
точка+срез: pointcut
маркер+доступ: access-token
кодировщик+пароль: password-encoder
обработка+исключение: exception-handling
обработчик+исключение: exception-handler
встраиваемый+объект: embeddable embedded-object
объект+передача+данные: data-transfer-object
область+видимость+запрос: request-scope
горячий+перезагрузка: hot-reload hot-swap
внешний+конфигурация: externalized-configuration
шаблон+представление: view-template
сопоставление+сущность: entity-mapping
файл+свойство: properties-file
обработчик+событие: event-handler
запланированный+задача: scheduled-task
область+видимость+сессия: session-scope
фабрика+сессия: session-factory
менеджер+сущность: entity-manager
диспетчер+сущность: entity-manager
строка+подключение: connection-string
миграция+схема: schema-migration
страница+ошибка: error-page
статический+ресурс: static-resources
многочастный+запрос: multipart-request
политика+одинаковый+источник: same-origin-policy
корневой+контекст: root-context
дочерний+контекст: child-context
условный+конфигурация: conditional-configuration
исполняемый+архив: executable-jar executable-archive
ошибка+валидация: validation-error
ограничение+валидация: validation-constraint
строитель+запрос: query-builder
жизненный+цикл+сущность: entity-lifecycle
состояние+сущность: entity-state
обратный+вызов+жизненный+цикл: lifecycle-callback
ответ+ошибка: error-response
обработка+форма: form-handling
привязка+форма: form-binding
порог+возбуждение: threshold excitation-threshold
пороговый+потенциал: threshold-potential
тормозной+постсинаптический+потенциал: inhibitory-postsynaptic-potential
возбуждающий+постсинаптический+потенциал: excitatory-postsynaptic-potential
следовой+потенциал: afterpotential
натриевый+канал: sodium-channel
калиевый+канал: potassium-channel
потенциалзависимый+канал: voltage-gated-channel
лигандзависимый+канал: ligand-gated-channel
ионный+насос: ion-pump
равновесный+потенциал: equilibrium-potential reversal-potential
потенциал+реверсия: reversal-potential
сальтаторный+проведение: saltatory-conduction
проведение+импульс: impulse-conduction nerve-conduction
скорость+проведение: conduction-velocity
перехват+ранвье: node-of-ranvier
аксонный+холмик: axon-hillock
медиатор: neurotransmitter transmitter
пресинаптический+окончание: presynaptic-terminal
постсинаптический+мембрана: postsynaptic-membrane
синаптический+пузырёк: synaptic-vesicle
выброс+медиатор: neurotransmitter-release
высвобождение: release
пространственный+суммация: spatial-summation
временной+суммация: temporal-summation
долговременный+депрессия: long-term-depression
щелевой+контакт: gap-junction
вторичный+посредник: second-messenger
белок-переносчик: carrier-protein transporter
вкусовой+почка: taste-bud
палочка+сетчатка: rod-cell
жёлтый+пятно: macula yellow-spot
центральный+ямка: fovea
зрительный+пигмент: visual-pigment photopigment
слуховой+косточка: ossicles auditory-ossicles
волосковый+клетка: hair-cell
полукружный+канал: semicircular-canal
внутренний+ухо: inner-ear
средний+ухо: middle-ear
основной+мембрана: basilar-membrane
болевой+рецептор: nociceptor pain-receptor
мышечный+веретено: muscle-spindle
веретено: spindle
порог+ощущение: sensory-threshold absolute-threshold
различительный+порог: difference-threshold just-noticeable-difference
рефлекторный+дуга: reflex-arc
промежуточный+мозг: diencephalon
средний+мозг: midbrain
концевой+пластинка: end-plate
фиксация+потенциал: voltage-clamp
локальный+фиксация+потенциал: patch-clamp
внутриклеточный+регистрация: intracellular-recording
внеклеточный+регистрация: extracellular-recording
входящий+ток: inward-current
выходящий+ток: outward-current
постоянный+длина: length-constant
пачечный+активность: bursting burst-firing
гематоэнцефалический+барьер: blood-brain-barrier
спинномозговой+жидкость: cerebrospinal-fluid
сокращение+мышца: muscle-contraction
мышечный+волокно: muscle-fiber
нервный+волокно: nerve-fiber
нервный+окончание: nerve-ending
проведение+возбуждение: conduction-of-excitation nerve-conduction
нервный+ткань: nervous-tissue
нервный+узел: ganglion
двигательный+единица: motor-unit
двигательный+кора: motor-cortex
шишковидный+железа: pineal-gland
темновой+адаптация: dark-adaptation
световой+адаптация: light-adaptation
острота+зрение: visual-acuity
цветовой+зрение: color-vision
глазной+яблоко: eyeball
стекловидный+тело: vitreous-body
ресничный+мышца: ciliary-muscle
ушной+раковина: auricle pinna
слуховой+проход: ear-canal auditory-canal
слуховой+труба: eustachian-tube auditory-tube
слуховой+нерв: auditory-nerve
высота+звук: pitch
обонятельный+луковица: olfactory-bulb
болевой+порог: pain-threshold
сопротивление+мембрана: membrane-resistance
движущий+сила: driving-force
воротный+механизм: gating gating-mechanism
активационный+ворота: activation-gate
инактивационный+ворота: inactivation-gate
блокатор+канал: channel-blocker
тестирование+проникновение: penetration-testing pentest
эксплуатация+уязвимость: exploitation vulnerability-exploitation
обратный+оболочка: reverse-shell
повышение+привилегия: privilege-escalation
горизонтальный+перемещение: lateral-movement
сканирование+порт: port-scanning port-scan
подбор+пароль: password-guessing brute-force
словарный+атака: dictionary-attack
атака+грубый+сила: brute-force-attack
радужный+таблица: rainbow-table
снятие+отпечаток: fingerprinting
целевой+фишинг: spear-phishing
вредоносный+программа: malware
программа-вымогатель: ransomware
чёрный+ход: backdoor
шпионский+программа: spyware
клавиатурный+шпион: keylogger
система+обнаружение+вторжение: intrusion-detection-system
обнаружение+вторжение: intrusion-detection
предотвращение+вторжение: intrusion-prevention
реагирование+инцидент: incident-response
центр+мониторинг+безопасность: security-operations-center
корреляция+событие: event-correlation
индикатор+компрометация: indicator-of-compromise
компрометация: compromise
охота+угроза: threat-hunting
разведка+угроза: threat-intelligence
моделирование+угроза: threat-modeling
поверхность+атака: attack-surface
вектор+атака: attack-vector
цепочка+атака: kill-chain attack-chain
красный+команда: red-team
синий+команда: blue-team
белый+ящик: white-box
чёрный+ящик: black-box
серый+ящик: gray-box grey-box
внедрение+команда: command-injection
внедрение+код: code-injection
подделка+запрос: request-forgery
подделка+серверный+запрос: server-side-request-forgery
обход+каталог: directory-traversal path-traversal
обход+аутентификация: authentication-bypass
переполнение+буфер: buffer-overflow
переполнение+стек: stack-overflow
переполнение+куча: heap-overflow
удалённый+выполнение+код: remote-code-execution
отказ+обслуживание: denial-of-service
распределённый+отказ+обслуживание: distributed-denial-of-service
перехват+сессия: session-hijacking
человек+посередине: man-in-the-middle
отравление+кэш: cache-poisoning
захват+пакет: packet-capture
управляющий+сервер: command-and-control
маячок: beacon
уклонение+обнаружение: detection-evasion evasion
управление+уязвимость: vulnerability-management
управление+исправление: patch-management
нулевой+день: zero-day
оценка+уязвимость: vulnerability-assessment
раскрытие+уязвимость: vulnerability-disclosure
ответственный+раскрытие: responsible-disclosure coordinated-disclosure
программа+вознаграждение: bug-bounty
минимальный+привилегия: least-privilege
многофакторный+аутентификация: multi-factor-authentication
взлом+пароль: password-cracking
этичный+хакинг: ethical-hacking
сетевой+сегментация: network-segmentation
демилитаризованный+зона: demilitarized-zone
нулевой+доверие: zero-trust
защита+глубина: defense-in-depth
эшелонированный+защита: defense-in-depth layered-security
усиление+защита: hardening
цифровой+криминалистика: digital-forensics
образ+диск: disk-image
цепочка+хранение: chain-of-custody
анализ+вредоносный+программа: malware-analysis
обратный+разработка: reverse-engineering
захват+флаг: capture-the-flag
сканер+уязвимость: vulnerability-scanner
правило+межсетевой+экран: firewall-rule
остаточный+риск: residual-risk
информационный+безопасность: information-security infosec
обнаружение+аномалия: anomaly-detection
сортировка+инцидент: triage incident-triage
устранение+последствие: remediation
кража+учётный+данные: credential-theft
сбор+учётный+данные: credential-harvesting
распыление+пароль: password-spraying
подстановка+учётный+данные: credential-stuffing
передача+хеш: pass-the-hash
золотой+билет: golden-ticket
атака+цепочка+поставка: supply-chain-attack
атака+водопой: watering-hole-attack
валовой+внутренний+продукт: gross-domestic-product
валовой+национальный+продукт: gross-national-product
совокупный+спрос: aggregate-demand
совокупный+предложение: aggregate-supply
денежный+масса: money-supply money-stock
предложение+деньги: money-supply
спрос+деньги: money-demand demand-for-money
денежный+база: monetary-base
денежный+мультипликатор: money-multiplier
ключевой+ставка: key-rate policy-rate
учётный+ставка: discount-rate
ставка+рефинансирование: refinancing-rate
норма+резервирование: reserve-requirement reserve-ratio
обязательный+резерв: required-reserves reserve-requirement
избыточный+резерв: excess-reserves
операция+открытый+рынок: open-market-operations
денежно-кредитный+политика: monetary-policy
кредитно-денежный+политика: monetary-policy
бюджетный+политика: fiscal-policy
жёсткий+денежный+политика: tight-monetary-policy contractionary-policy
мягкий+денежный+политика: loose-monetary-policy expansionary-policy
количественный+смягчение: quantitative-easing
количественный+ужесточение: quantitative-tightening
таргетирование+инфляция: inflation-targeting
индекс+потребительский+цена: consumer-price-index
уровень+цена: price-level
покупательный+способность: purchasing-power
паритет+покупательный+способность: purchasing-power-parity
реальный+ставка: real-interest-rate
номинальный+ставка: nominal-interest-rate
естественный+уровень+безработица: natural-rate-of-unemployment
фрикционный+безработица: frictional-unemployment
структурный+безработица: structural-unemployment
циклический+безработица: cyclical-unemployment
уровень+безработица: unemployment-rate
экономический+цикл: business-cycle
деловой+цикл: business-cycle
разрыв+выпуск: output-gap
потенциальный+выпуск: potential-output
национальный+доход: national-income
располагаемый+доход: disposable-income
предельный+склонность+потребление: marginal-propensity-to-consume
предельный+склонность+сбережение: marginal-propensity-to-save
государственный+расход: government-spending
государственный+долг: public-debt government-debt
бюджетный+дефицит: budget-deficit
профицит+бюджет: budget-surplus
встроенный+стабилизатор: built-in-stabilizer automatic-stabilizer
эффект+вытеснение: crowding-out
ловушка+ликвидность: liquidity-trap
платёжный+баланс: balance-of-payments
текущий+счёт: current-account
торговый+баланс: trade-balance balance-of-trade
чистый+экспорт: net-exports
обменный+курс: exchange-rate
валютный+курс: exchange-rate
плавающий+курс: floating-exchange-rate
фиксированный+курс: fixed-exchange-rate
валютный+интервенция: currency-intervention
золотовалютный+резерв: foreign-exchange-reserves
центральный+банк: central-bank
кредитор+последний+инстанция: lender-of-last-resort
независимость+центральный+банк: central-bank-independence
скорость+обращение+деньги: velocity-of-money
уравнение+обмен: equation-of-exchange quantity-equation
количественный+теория+деньги: quantity-theory-of-money
нейтральность+деньги: neutrality-of-money
рациональный+ожидание: rational-expectations
адаптивный+ожидание: adaptive-expectations
инфляционный+ожидание: inflation-expectations
инфляция+издержка: cost-push-inflation
инфляция+спрос: demand-pull-inflation
кривая+доходность: yield-curve
государственный+облигация: government-bond treasury-bond
прямой+ориентир: forward-guidance
экономический+рост: economic-growth
темп+рост: growth-rate
внешний+долг: external-debt foreign-debt
суверенный+долг: sovereign-debt
наличный+деньги: cash currency
межбанковский+рынок: interbank-market
частичный+резервирование: fractional-reserve-banking
краткосрочный+период: short-run
долгосрочный+период: long-run
жёсткость+цена: price-stickiness sticky-prices
полный+занятость: full-employment
рабочий+сила: labor-force workforce
валютный+союз: currency-union monetary-union
валютный+коридор: currency-band exchange-rate-corridor
госдолг: public-debt government-debt
совокупный+расход: aggregate-expenditure
сокрытие+информация: information-hiding
слабый+сцепление: loose-coupling
сильный+связность: high-cohesion
принцип+открытость+закрытость: open-closed-principle
принцип+подстановка: substitution-principle liskov-substitution
принцип+разделение+интерфейс: interface-segregation-principle
принцип+инверсия+зависимость: dependency-inversion-principle
базовый+класс: base-class superclass
производный+класс: derived-class subclass
родительский+класс: parent-class superclass
дочерний+класс: child-class subclass
переопределять: override
экземпляр+класс: class-instance instance
закрытый+член: private-member
открытый+член: public-member
защищённый+член: protected-member
поздний+связывание: late-binding dynamic-binding
ранний+связывание: early-binding static-binding
множественный+наследование: multiple-inheritance
ромбовидный+наследование: diamond-problem diamond-inheritance
проблема+ромб: diamond-problem
порождающий+шаблон: creational-pattern
структурный+шаблон: structural-pattern
поведенческий+шаблон: behavioral-pattern
фабричный+метод: factory-method
абстрактный+фабрика: abstract-factory
цепочка+обязанность: chain-of-responsibility
издатель+подписчик: publish-subscribe pub-sub
шаблонный+метод: template-method
неизменяемый+объект: immutable-object
принцип+наименьший+знание: law-of-demeter least-knowledge
композиция+вместо+наследование: composition-over-inheritance
диаграмма+класс: class-diagram
диаграмма+последовательность: sequence-diagram
диаграмма+вариант+использование: use-case-diagram
предметный+область: domain problem-domain subject-area
предметно-ориентированный+проектирование: domain-driven-design
корень+агрегат: aggregate-root
единый+язык: ubiquitous-language
хрупкий+базовый+класс: fragile-base-class
божественный+объект: god-object
повторный+использование: reuse reusability
утиный+типизация: duck-typing
подтипизация: subtyping
проектирование+контракт: design-by-contract
конкретный+класс: concrete-class
отношение+являться: is-a
отношение+содержать: has-a
вложенный+класс: nested-class
внутренний+класс: inner-class
объектно-ориентированный+проектирование: object-oriented-design
объектно-ориентированный+анализ: object-oriented-analysis
передача+сообщение: message-passing
разделение+обязанность: separation-of-concerns
скрытие+реализация: implementation-hiding encapsulation
объект+значение: value-object
сильный+сцепление: tight-coupling
сильный+связанность: tight-coupling
жёсткий+связанность: tight-coupling
низкий+связанность: loose-coupling
высокий+связность: high-cohesion
иерархия+класс: class-hierarchy
иерархия+наследование: inheritance-hierarchy
переопределение+метод: method-overriding
перегрузка+метод: method-overloading
перегрузка+оператор: operator-overloading
сокрытие+данные: data-hiding
закрытый+поле: private-field
открытый+интерфейс: public-interface
модификатор+доступ: access-modifier
уровень+доступ: access-level
состояние+объект: object-state
идентичность+объект: object-identity
жизненный+цикл+объект: object-lifecycle
создание+объект: object-creation instantiation
порождение+объект: instantiation object-creation
цепочка+вызов: method-chaining call-chain
текучий+интерфейс: fluent-interface
нулевой+объект: null-object
пустой+объект: null-object
локатор+служба: service-locator
модель+предметный+область: domain-model
анемичный+модель: anemic-domain-model
богатый+модель: rich-domain-model
событие+предметный+область: domain-event
доменный+событие: domain-event
единица+работа: unit-of-work
часть+целое: part-whole
реализация+интерфейс: interface-implementation
объектный+модель: object-model
вызывающий+код: caller calling-code
клиентский+код: client-code
циклический+зависимость: circular-dependency cyclic-dependency
дублирование+код: code-duplication
предельный+углеводород: saturated-hydrocarbon alkane
непредельный+углеводород: unsaturated-hydrocarbon
бензольный+кольцо: benzene-ring
многоатомный+спирт: polyol polyhydric-alcohol
простой+эфир: ether
жирный+кислота: fatty-acid
пространственный+изомерия: stereoisomerism
оптический+изомер: optical-isomer enantiomer
асимметрический+атом: chiral-center stereocenter
гидрирование: hydrogenation
дегидрирование: dehydrogenation
реакция+замещение: substitution-reaction
реакция+присоединение: addition-reaction
реакция+отщепление: elimination-reaction
нуклеофильный+замещение: nucleophilic-substitution
электрофильный+замещение: electrophilic-substitution
электрофильный+присоединение: electrophilic-addition
уходящий+группа: leaving-group
промежуточный+продукт: intermediate
переходный+состояние: transition-state
свободный+радикал: free-radical
цепной+реакция: chain-reaction
механизм+реакция: reaction-mechanism
этерификация: esterification
омыление: saponification
сшивка: crosslinking
тройной+связь: triple-bond
двойной+связь: double-bond
одинарный+связь: single-bond
гомологический+ряд: homologous-series
главный+цепь: main-chain parent-chain
углеродный+цепь: carbon-chain
углеродный+скелет: carbon-skeleton
разветвлённый: branched
неразветвлённый: unbranched straight-chain
температура+кипение: boiling-point
температура+плавление: melting-point
водородный+связь: hydrogen-bond
моющий+средство: detergent
каучук: rubber
смола: resin tar
пластмасса: plastic
уксусный+кислота: acetic-acid
муравьиный+кислота: formic-acid
молочный+кислота: lactic-acid
лимонный+кислота: citric-acid
щавелевый+кислота: oxalic-acid
масляный+кислота: butyric-acid
этиловый+спирт: ethanol ethyl-alcohol
метиловый+спирт: methanol methyl-alcohol
муравьиный+альдегид: formaldehyde
качественный+реакция: qualitative-test characteristic-reaction
реакция+серебряный+зеркало: silver-mirror-test tollens-test
выход+реакция: reaction-yield
побочный+продукт: byproduct side-product
исходный+вещество: starting-material reactant
степень+окисление: oxidation-state oxidation-number
неподелённый+пара: lone-pair
боковой+цепь: side-chain
непредельный: unsaturated
кратный+связь: multiple-bond
сигма-связь: sigma-bond
пи-связь: pi-bond
валентный+угол: bond-angle
длина+связь: bond-length
энергия+связь: bond-energy
разрыв+связь: bond-cleavage bond-breaking
гомолитический+разрыв: homolytic-cleavage
гетеролитический+разрыв: heterolytic-cleavage
спиртовой+брожение: alcoholic-fermentation
растительный+масло: vegetable-oil
искусственный+волокно: artificial-fiber rayon
синтетический+волокно: synthetic-fiber
структурный+звено: repeating-unit monomer-unit
нефтепродукт: petroleum-product
природный+газ: natural-gas
нефтепереработка: oil-refining petroleum-refining
полный+сгорание: complete-combustion
бромный+вода: bromine-water
первичный+спирт: primary-alcohol
вторичный+спирт: secondary-alcohol
третичный+спирт: tertiary-alcohol
одноатомный+спирт: monohydric-alcohol
двухатомный+спирт: diol glycol
трёхатомный+спирт: triol glycerol
уксусный+альдегид: acetaldehyde
ароматический+углеводород: aromatic-hydrocarbon arene
перекись: peroxide
практический+выход: actual-yield
теоретический+выход: theoretical-yield
доминирование: dominance
неполный+доминирование: incomplete-dominance
сцепленный+наследование: linked-inheritance linkage
сцепление+ген: gene-linkage linkage
сцепленный+пол: sex-linked
перекрёст: crossing-over crossover
закон+расщепление: law-of-segregation
независимый+наследование: independent-assortment
анализирующий+скрещивание: test-cross testcross
чистый+линия: pure-line true-breeding
точечный+мутация: point-mutation
сдвиг+рамка+считывание: frameshift frameshift-mutation
рамка+считывание: reading-frame
открытый+рамка+считывание: open-reading-frame
половой+хромосома: sex-chromosome
сестринский+хроматида: sister-chromatid
деление+клетка: cell-division
вилка+репликация: replication-fork
точка+начало+репликация: origin-of-replication
ведущий+цепь: leading-strand
отстающий+цепь: lagging-strand
матричный+цепь: template-strand antisense-strand
смысловой+цепь: sense-strand coding-strand
кодирующий+цепь: coding-strand
двойной+спираль: double-helix
спираль: helix spiral
азотистый+основание: nitrogenous-base
пара+основание: base-pair
сахарофосфатный+остов: sugar-phosphate-backbone
остов: backbone skeleton
обратный+транскрипция: reverse-transcription
регуляция+экспрессия+ген: gene-regulation
экспрессия+ген: gene-expression
вырожденность+код: code-degeneracy redundancy
вырожденность: degeneracy
рестриктаза: restriction-enzyme
фермент+рестрикция: restriction-enzyme
сайт+рестрикция: restriction-site
полимеразный+цепной+реакция: polymerase-chain-reaction
секвенирование: sequencing
генный+инженерия: genetic-engineering
генетический+инженерия: genetic-engineering
редактирование+геном: genome-editing gene-editing
отжиг: annealing
родословный: pedigree
дрейф+ген: genetic-drift
бутылочный+горлышко: bottleneck
картирование+ген: gene-mapping
генетический+карта: genetic-map linkage-map
однонуклеотидный+полиморфизм: single-nucleotide-polymorphism
количественный+признак: quantitative-trait
наследственный+заболевание: hereditary-disease genetic-disorder
носительство: carrier-status
нерасхождение: nondisjunction
набор+хромосома: chromosome-set
половой+клетка: gamete germ-cell
зародышевый+линия: germline
стволовой+клетка: stem-cell
программируемый+гибель+клетка: programmed-cell-death apoptosis
сворачивание+белок: protein-folding
первичный+структура: primary-structure
вторичный+структура: secondary-structure
третичный+структура: tertiary-structure
четвертичный+структура: quaternary-structure
альфа-спираль: alpha-helix
бета-лист: beta-sheet
складчатый+слой: pleated-sheet beta-sheet
сигнальный+путь: signaling-pathway
выравнивание+последовательность: sequence-alignment
сборка+геном: genome-assembly
кодирующий+последовательность: coding-sequence
некодирующий: noncoding non-coding
мобильный+генетический+элемент: transposable-element
прыгающий+ген: jumping-gene transposon
скрещивать: cross crossbreed
родительский+поколение: parental-generation
признак+наследственный: hereditary-trait
ген-супрессор: suppressor-gene tumor-suppressor
сегментирование+рынок: market-segmentation
сегментация+рынок: market-segmentation
узнаваемость+бренд: brand-awareness brand-recognition
приверженность+бренд: brand-loyalty
товарный+знак: trademark
фирменный+стиль: corporate-identity brand-identity
стимулирование+сбыт: sales-promotion
комплекс+маркетинг: marketing-mix
снятие+сливки: price-skimming skimming
проникновение+рынок: market-penetration
рыночный+доля: market-share
ёмкость+рынок: market-size market-capacity
объём+рынок: market-size
воронка+продажа: sales-funnel
коэффициент+конверсия: conversion-rate
привлечение+клиент: customer-acquisition
стоимость+привлечение+клиент: customer-acquisition-cost
жизненный+цикл+товар: product-life-cycle
потребительский+поведение: consumer-behavior
покупательский+поведение: buying-behavior purchase-behavior
путь+клиент: customer-journey
точка+контакт: touchpoint
маркетинговый+исследование: market-research marketing-research
исследование+рынок: market-research
глубинный+интервью: in-depth-interview
рекламный+кампания: ad-campaign advertising-campaign
показ+реклама: ad-impression impression
оплата+клик: pay-per-click
наружный+реклама: outdoor-advertising billboard
поисковый+оптимизация: search-engine-optimization
поисковый+продвижение: search-engine-optimization
сарафанный+радио: word-of-mouth
лидер+мнение: opinion-leader influencer
партнёрский+маркетинг: affiliate-marketing
электронный+рассылка: email-marketing newsletter
целевой+страница: landing-page
посадочный+страница: landing-page
потенциальный+клиент: prospect lead
холодный+звонок: cold-call cold-calling
перекрёстный+продажа: cross-selling cross-sell
дополнительный+продажа: upselling upsell
допродажа: upselling upsell
розничный+торговля: retail retailing
оптовый+торговля: wholesale
канал+сбыт: distribution-channel sales-channel
канал+распределение: distribution-channel
товарный+линия: product-line
торговый+точка: point-of-sale outlet
выкладка+товар: merchandising product-display
психологический+цена: psychological-pricing
удовлетворённость+клиент: customer-satisfaction
индекс+потребительский+лояльность: net-promoter-score
связь+общественность: public-relations
прямой+маркетинг: direct-marketing
рекламный+носитель: advertising-medium
медийный+реклама: display-advertising
портрет+покупатель: buyer-persona customer-profile
портрет+клиент: buyer-persona customer-profile
конкурентный+анализ: competitive-analysis
анализ+конкурент: competitor-analysis
рыночный+возможность: market-opportunity
выход+рынок: market-entry go-to-market
вывод+рынок: product-launch go-to-market
запуск+продукт: product-launch
восприятие+бренд: brand-perception
ценность+бренд: brand-equity
капитал+бренд: brand-equity
расширение+бренд: brand-extension
торговый+наценка: markup
отзыв+клиент: customer-review testimonial
цепочка+поставка: supply-chain
цепь+поставка: supply-chain
управление+цепочка+поставка: supply-chain-management
материально-технический+снабжение: procurement material-supply
складирование: warehousing
складской+запас: inventory stock
управление+запас: inventory-management
страховой+запас: safety-stock
точка+перезаказ: reorder-point
точка+заказ: reorder-point
оптимальный+размер+заказ: economic-order-quantity
экономичный+размер+заказ: economic-order-quantity
отсутствие+запас: stockout
нехватка+товар: stockout shortage
точно+срок: just-in-time
бережливый+производство: lean-manufacturing lean-production
вытягивающий+система: pull-system
выталкивающий+система: push-system
эффект+хлыст: bullwhip-effect
перевалка: transshipment cross-docking
перевалочный+пункт: transshipment-point hub
распределительный+центр: distribution-center
грузоперевозка: freight-transportation freight shipping
перевозчик: carrier
грузоотправитель: shipper consignor
грузополучатель: consignee
экспедитор: freight-forwarder forwarder
экспедирование: forwarding freight-forwarding
товарно-транспортный+накладная: bill-of-lading waybill
коносамент: bill-of-lading
таможенный+оформление: customs-clearance
поддон: pallet
тара: packaging containers
контейнеровоз: container-ship
последний+миля: last-mile
доставка+последний+миля: last-mile-delivery
срок+поставка: lead-time delivery-time
время+выполнение+заказ: lead-time order-cycle-time
выполнение+заказ: order-fulfillment fulfillment
комплектация+заказ: order-picking picking
сборка+заказ: order-picking
погрузка: loading
планирование+маршрут: route-planning
задача+коммивояжёр: traveling-salesman-problem
задача+маршрутизация+транспорт: vehicle-routing-problem
автопарк: fleet
обратный+логистика: reverse-logistics
прослеживаемость: traceability
отслеживание+груз: shipment-tracking
прогнозирование+спрос: demand-forecasting
планирование+спрос: demand-planning
планирование+потребность+материал: material-requirements-planning
спецификация+материал: bill-of-materials
уровень+обслуживание: service-level
стоимость+хранение: holding-cost carrying-cost
издержка+хранение: holding-cost carrying-cost
издержка+заказ: ordering-cost
совокупный+стоимость+владение: total-cost-of-ownership
сторонний+логистика: third-party-logistics
договор+поставка: supply-contract
заказ+поставщик: purchase-order
заказ+поставка: purchase-order
оценка+поставщик: supplier-evaluation supplier-assessment
выбор+поставщик: supplier-selection
единственный+поставщик: single-sourcing sole-supplier
загрузка+мощность: capacity-utilization
производственный+мощность: production-capacity
размер+партия: lot-size batch-size
штрихкод: barcode
штриховой+код: barcode
радиочастотный+идентификация: radio-frequency-identification
складской+учёт: inventory-accounting stock-keeping
инвентаризация: stocktaking inventory-count
учётный+единица+запас: stock-keeping-unit
стеллаж: rack shelving
вилочный+погрузчик: forklift
погрузчик: loader forklift
грузовик: truck lorry
фура: truck semi-trailer
холодовой+цепь: cold-chain
таможенный+склад: bonded-warehouse
окно+доставка: delivery-window
срочный+доставка: expedited-delivery express-delivery
оборотный+тара: returnable-packaging
прямой+поставка: drop-shipping direct-delivery
сбой+поставка: supply-disruption
перебой: disruption interruption
материальный+поток: material-flow
товарный+поток: goods-flow product-flow
закупщик: buyer purchaser
доставлять: deliver
грузооборот: freight-turnover cargo-turnover
предел+прочность: ultimate-strength tensile-strength ultimate-tensile-strength
предел+текучесть: yield-strength yield-stress
пластичность: ductility plasticity
ударный+вязкость: impact-toughness impact-strength
вязкость+разрушение: fracture-toughness
предел+выносливость: endurance-limit fatigue-limit
усталостный+разрушение: fatigue-failure fatigue-fracture
усталостный+прочность: fatigue-strength
трещиностойкость: fracture-toughness crack-resistance
упругий+деформация: elastic-deformation elastic-strain
пластический+деформация: plastic-deformation
относительный+удлинение: elongation percent-elongation
относительный+сужение: reduction-of-area
касательный+напряжение: shear-stress
нормальный+напряжение: normal-stress
главный+напряжение: principal-stress
остаточный+напряжение: residual-stress
допускаемый+напряжение: allowable-stress permissible-stress
концентрация+напряжение: stress-concentration
коэффициент+концентрация+напряжение: stress-concentration-factor
коэффициент+запас+прочность: safety-factor factor-of-safety
модуль+упругость: elastic-modulus modulus-of-elasticity youngs-modulus
модуль+сдвиг: shear-modulus modulus-of-rigidity
продольный+изгиб: buckling
потеря+устойчивость: buckling loss-of-stability
критический+сила: critical-load buckling-load
консольный+балка: cantilever-beam cantilever
жёсткий+заделка: fixed-support clamped-end
изгибающий+момент: bending-moment
поперечный+сила: shear-force
эпюра: force-diagram moment-diagram
момент+сопротивление: section-modulus
изгибный+жёсткость: flexural-rigidity bending-stiffness
метод+сечение: method-of-sections
поперечный+сечение: cross-section
закон+гук: hookes-law
диаграмма+растяжение: stress-strain-curve stress-strain-diagram
наклёп: work-hardening strain-hardening cold-work
упрочнение: hardening strengthening
деформационный+упрочнение: strain-hardening work-hardening
закалка: quenching hardening
легирование: alloying doping
легирующий+элемент: alloying-element
чугун: cast-iron
латунь: brass
диаграмма+состояние: phase-diagram equilibrium-diagram state-diagram
кристаллический+решётка: crystal-lattice
элементарный+ячейка: unit-cell
граница+зерно: grain-boundary
размер+зерно: grain-size
точечный+дефект: point-defect
твёрдый+раствор: solid-solution
раствор+внедрение: interstitial-solid-solution
раствор+замещение: substitutional-solid-solution
фазовый+превращение: phase-transformation
затвердевание: solidification
зародышеобразование: nucleation
ковкость: malleability
свариваемость: weldability
износостойкость: wear-resistance
коррозионный+стойкость: corrosion-resistance
стеклование: glass-transition
температура+стеклование: glass-transition-temperature
испытание+растяжение: tensile-test
релаксация+напряжение: stress-relaxation
энергия+деформация: strain-energy
статически+неопределимый: statically-indeterminate
статически+определимый: statically-determinate
эквивалентный+напряжение: equivalent-stress von-mises-stress
теория+прочность: failure-theory strength-theory failure-criterion
критерий+текучесть: yield-criterion
тензор+напряжение: stress-tensor
тензор+деформация: strain-tensor
температурный+напряжение: thermal-stress
вязкоупругость: viscoelasticity
многоцикловый+усталость: high-cycle-fatigue
малоцикловый+усталость: low-cycle-fatigue
кривая+усталость: fatigue-curve wohler-curve
хрупкий+разрушение: brittle-fracture
вязкий+разрушение: ductile-fracture
коэффициент+интенсивность+напряжение: stress-intensity-factor
литьё: casting
ковка: forging
прокатка: rolling
термический+обработка: heat-treatment
термообработка: heat-treatment
цементация: carburizing case-hardening
поверхностный+закалка: surface-hardening
сопротивление+материал: strength-of-materials mechanics-of-materials
фундамент: foundation
ленточный+фундамент: strip-foundation strip-footing
свайный+фундамент: pile-foundation
плитный+фундамент: slab-foundation mat-foundation raft-foundation
столбчатый+фундамент: pad-foundation isolated-footing column-footing
забивной+свая: driven-pile
буронабивной+свая: bored-pile cast-in-place-pile
ростверк: pile-cap
подошва+фундамент: foundation-base footing-base
глубина+заложение: foundation-depth embedment-depth
осадка+фундамент: foundation-settlement settlement
неравномерный+осадка: differential-settlement
несущий+способность: bearing-capacity load-bearing-capacity
механика+грунт: soil-mechanics
грунтовой+вода: groundwater
уровень+грунтовой+вода: water-table groundwater-level
поровый+давление: pore-pressure pore-water-pressure
эффективный+напряжение: effective-stress
уплотнение+грунт: soil-compaction compaction
коэффициент+фильтрация: hydraulic-conductivity permeability-coefficient
супесь: sandy-loam
щебень: crushed-stone
скальный+грунт: bedrock hard-rock
угол+внутренний+трение: angle-of-internal-friction friction-angle
сцепление+грунт: cohesion soil-cohesion
предел+пластичность: plastic-limit
число+пластичность: plasticity-index
оптимальный+влажность: optimum-moisture-content
коэффициент+пористость: void-ratio
степень+водонасыщение: degree-of-saturation
морозный+пучение: frost-heave
пучение: frost-heave heaving
просадочный+грунт: collapsible-soil
откос: slope embankment-slope
устойчивость+откос: slope-stability
подпорный+стенка: retaining-wall
шпунт: sheet-pile
шпунтовой+ограждение: sheet-pile-wall
котлован: excavation-pit foundation-pit
водопонижение: dewatering
боковой+давление+грунт: lateral-earth-pressure
активный+давление+грунт: active-earth-pressure
пассивный+давление+грунт: passive-earth-pressure
инженерный+изыскание: site-investigation geotechnical-investigation
бурение: drilling
статический+зондирование: cone-penetration-test
железобетон: reinforced-concrete
предварительно+напряжённый+железобетон: prestressed-concrete
преднапряжение: prestressing
класс+бетон: concrete-class concrete-strength-class
водоцементный+отношение: water-cement-ratio
плита+перекрытие: floor-slab
ригель: crossbar girder
стропило: rafter
кровля: roofing roof
несущий+стена: load-bearing-wall bearing-wall
несущий+конструкция: load-bearing-structure
постоянный+нагрузка: dead-load permanent-load
временный+нагрузка: live-load imposed-load
снеговой+нагрузка: snow-load
ветровой+нагрузка: wind-load
сейсмический+нагрузка: seismic-load
сейсмостойкость: seismic-resistance earthquake-resistance
расчётный+нагрузка: design-load
нормативный+нагрузка: characteristic-load
предельный+состояние: limit-state
строительный+норма: building-code building-regulations
генеральный+подрядчик: general-contractor
строительный+площадка: construction-site building-site
дорожный+одежда: pavement road-pavement
дорожный+покрытие: pavement road-surface
земляной+полотно: subgrade roadbed
насыпь: embankment
водоотвод: drainage
водопровод: water-supply water-main
канализация: sewerage sewer-system
пролётный+строение: superstructure bridge-span
опалубка: formwork shuttering
бетонирование: concreting concrete-pouring
твердение: hardening curing
деформационный+шов: expansion-joint movement-joint
гидроизоляция: waterproofing
гидротехнический+сооружение: hydraulic-structure
строительный+механика: structural-mechanics structural-analysis
лестничный+марш: flight-of-stairs stair-flight
удельный+теплоёмкость: specific-heat specific-heat-capacity
теплопроводность: thermal-conductivity heat-conduction
теплопередача: heat-transfer
теплообмен: heat-exchange heat-transfer
теплообменник: heat-exchanger
естественный+конвекция: natural-convection free-convection
вынужденный+конвекция: forced-convection
тепловой+излучение: thermal-radiation
поглощательный+способность: absorptivity
чёрный+тело: blackbody black-body
серый+тело: grey-body gray-body
степень+чернота: emissivity
коэффициент+теплоотдача: heat-transfer-coefficient
коэффициент+теплопередача: overall-heat-transfer-coefficient
теплоотдача: heat-transfer heat-dissipation
тепловой+поток: heat-flux heat-flow
плотность+тепловой+поток: heat-flux-density
термический+сопротивление: thermal-resistance
тепловой+сопротивление: thermal-resistance
температуропроводность: thermal-diffusivity
оребрение: fins finning extended-surface
охлаждающий+ребро: cooling-fin
первый+начало+термодинамика: first-law-of-thermodynamics
второй+начало+термодинамика: second-law-of-thermodynamics
нулевой+начало+термодинамика: zeroth-law-of-thermodynamics
начало+термодинамика: law-of-thermodynamics laws-of-thermodynamics
внутренний+энергия: internal-energy
свободный+энергия: free-energy
работа+расширение: expansion-work boundary-work
равновесный+процесс: equilibrium-process quasi-static-process
обратимый+процесс: reversible-process
необратимый+процесс: irreversible-process
необратимость: irreversibility
круговой+процесс: thermodynamic-cycle cycle
холодильный+коэффициент: coefficient-of-performance
тепловой+двигатель: heat-engine
тепловой+насос: heat-pump
холодильный+машина: refrigerator refrigeration-machine
нагреватель: heater hot-reservoir
рабочий+тело: working-fluid working-substance
параметр+состояние: state-variable state-parameter
уравнение+состояние: equation-of-state
функция+состояние: state-function
парциальный+давление: partial-pressure
насыщенный+пар: saturated-vapor saturated-steam
перегретый+пар: superheated-steam superheated-vapor
влажный+пар: wet-steam
степень+сухость: dryness-fraction steam-quality
парообразование: vaporization evaporation
скрытый+теплота: latent-heat
теплота+парообразование: heat-of-vaporization latent-heat-of-vaporization
теплота+плавление: heat-of-fusion
тройной+точка: triple-point
критический+точка: critical-point
фазовый+переход: phase-transition
точка+роса: dew-point
точка+кипение: boiling-point
относительный+влажность: relative-humidity
влагосодержание: moisture-content humidity-ratio
коэффициент+сжимаемость: compressibility-factor
тепловой+расширение: thermal-expansion
коэффициент+тепловой+расширение: coefficient-of-thermal-expansion thermal-expansion-coefficient
показатель+адиабата: adiabatic-index heat-capacity-ratio
теплоизоляция: thermal-insulation
теплоноситель: coolant heat-transfer-fluid heat-carrier
хладагент: refrigerant
установившийся+режим: steady-state
стационарный+теплопроводность: steady-state-conduction
нестационарный+теплопроводность: transient-conduction unsteady-conduction
температурный+поле: temperature-field
тепловой+равновесие: thermal-equilibrium
термодинамический+равновесие: thermodynamic-equilibrium
теплосодержание: enthalpy heat-content
противоток: counterflow counter-current
прямоток: parallel-flow co-current
температурный+напор: temperature-difference
котёл: boiler
двигатель+внутренний+сгорание: internal-combustion-engine
теплота+сгорание: heat-of-combustion calorific-value
теплотворный+способность: calorific-value heating-value
холодильный+цикл: refrigeration-cycle
паросиловой+цикл: steam-power-cycle rankine-cycle
вечный+двигатель: perpetual-motion-machine perpetual-motion
тепловой+мост: thermal-bridge cold-bridge
теплоизолированный: thermally-insulated adiabatic
объединение+тип: union-type
пересечение+тип: intersection-type
параметр+тип: type-parameter
выведение+тип: type-inference
сужение+тип: type-narrowing narrowing
расширение+тип: type-widening widening
защитник+тип: type-guard
охранник+тип: type-guard
утверждение+тип: type-assertion
псевдоним+тип: type-alias
литеральный+тип: literal-type
условный+тип: conditional-type
сопоставленный+тип: mapped-type
отображённый+тип: mapped-type
служебный+тип: utility-type
вспомогательный+тип: utility-type helper-type
необязательный+свойство: optional-property
необязательный+параметр: optional-parameter
опциональный+цепочка: optional-chaining
необязательный+цепочка: optional-chaining
нулевой+слияние: nullish-coalescing
оператор+нулевой+слияние: nullish-coalescing-operator nullish-coalescing
оператор+расширение: spread-operator
остаточный+параметр: rest-parameter rest-parameters
стрелочный+функция: arrow-function
строгий+режим: strict-mode
строгий+равенство: strict-equality
нестрогий+равенство: loose-equality
статический+типизация: static-typing
динамический+типизация: dynamic-typing
структурный+типизация: structural-typing
номинальный+типизация: nominal-typing
неизвестный+тип: unknown-type
исчерпывающий+проверка: exhaustiveness-check exhaustive-check
размеченный+объединение: discriminated-union tagged-union
дискриминированный+объединение: discriminated-union
перегрузка+функция: function-overloading
сигнатура+индекс: index-signature
файл+объявление: declaration-file
объявление+тип: type-declaration
поднятие+состояние: lifting-state-up
глобальный+состояние: global-state
локальный+состояние: local-state
управление+состояние: state-management
хранилище+состояние: state-store store
условный+отрисовка: conditional-rendering
серверный+отрисовка: server-side-rendering
двусторонний+связывание: two-way-binding two-way-data-binding
односторонний+поток+данные: one-way-data-flow unidirectional-data-flow
связывание+данные: data-binding
проброс+свойство: prop-drilling
контролируемый+компонент: controlled-component
неконтролируемый+компонент: uncontrolled-component
компонент+высокий+порядок: higher-order-component
чистый+функция: pure-function
разделение+код: code-splitting
встряхивание+дерево: tree-shaking
удаление+мёртвый+код: dead-code-elimination
всплытие+событие: event-bubbling
погружение+событие: event-capturing
перехват+событие: event-capturing
делегирование+событие: event-delegation
цикл+событие: event-loop
очередь+микрозадача: microtask-queue
шаблонный+строка: template-literal template-string
тегированный+шаблон: tagged-template
утверждение+ненулевой: non-null-assertion
блочный+область+видимость: block-scope
временный+мёртвый+зона: temporal-dead-zone
поверхностный+копия: shallow-copy
глубокий+копия: deep-copy
поверхностный+сравнение: shallow-comparison shallow-equality
граница+ошибка: error-boundary
совместимость+тип: type-compatibility
безопасность+тип: type-safety
типобезопасность: type-safety
функциональный+требование: functional-requirement
бизнес-требование: business-requirement
пользовательский+требование: user-requirement
системный+требование: system-requirement
управление+требование: requirements-management
заинтересованный+лицо: stakeholder
действующий+лицо: actor
диаграмма+прецедент: use-case-diagram
документ+требование: requirements-document
анализ+разрыв: gap-analysis
текущий+состояние: as-is current-state
целевой+состояние: to-be target-state future-state
анализ+заинтересованный+сторона: stakeholder-analysis
бизнес-правило: business-rule
граница+система: system-boundary
изменение+требование: requirements-change
проверка+требование: requirements-validation requirements-review
согласование+требование: requirements-approval requirements-sign-off
обоснование+проект: business-case project-justification
технико-экономический+обоснование: feasibility-study
осуществимость: feasibility
моделирование+процесс: process-modeling
диаграмма+поток+данные: data-flow-diagram
диаграмма+деятельность: activity-diagram
болевой+точка: pain-point
владелец+процесс: process-owner
атрибут+качество: quality-attribute
удобство+использование: usability
проверяемость: verifiability testability
показатель+эффективность: performance-indicator
анализ+первопричина: root-cause-analysis
первопричина: root-cause
основной+сценарий: main-success-scenario basic-flow
альтернативный+сценарий: alternative-flow alternative-scenario
базовый+линия: baseline
рабочий+группа: working-group
анализ+предметный+область: domain-analysis
экспертный+оценка: expert-judgment
карта+поток+создание+ценность: value-stream-map
описание+процесс: process-description
анализ+требование: requirements-analysis
спецификация+требование: requirements-specification
матрица+прослеживаемость: traceability-matrix
источник+требование: requirement-source
противоречие+требование: conflicting-requirements requirements-conflict
бизнес-потребность: business-need
потребность+пользователь: user-need
реестр+заинтересованный+сторона: stakeholder-register
карта+заинтересованный+сторона: stakeholder-map
матрица+влияние+интерес: power-interest-grid
анализ+влияние: impact-analysis
анализ+осуществимость: feasibility-analysis
анализ+затрата+выгода: cost-benefit-analysis
видение+продукт: product-vision
поток+работа: workflow
моделирование+бизнес-процесс: business-process-modeling
поток+событие: flow-of-events event-flow
исключительный+поток: exception-flow
альтернативный+поток: alternative-flow
основной+поток: basic-flow main-flow
словарь+данные: data-dictionary
семинар+требование: requirements-workshop
сквозной+просмотр: walkthrough
критерий+успех: success-criteria
ограничение+проект: project-constraint
требование+интерфейс: interface-requirement
требование+данные: data-requirement
требование+производительность: performance-requirement
требование+безопасность: security-requirement
переходный+требование: transition-requirement
требование+заинтересованный+сторона: stakeholder-requirement
требование+решение: solution-requirement
оценка+решение: solution-evaluation
обязательный+требование: mandatory-requirement must-have
желательный+требование: desirable-requirement nice-to-have
карта+процесс: process-map
схема+процесс: process-diagram process-flowchart
блок-схема: flowchart
событийный+цепочка+процесс: event-driven-process-chain
улучшение+процесс: process-improvement
непрерывный+улучшение: continuous-improvement
макет+интерфейс: interface-mockup mockup
история+пользователь: user-story
детализация+требование: requirements-refinement
уточнение+требование: requirements-clarification requirements-refinement
критерий+готовность: definition-of-done definition-of-ready
этика+добродетель: virtue-ethics
высший+благо: highest-good summum-bonum
общий+благо: common-good
несправедливость: injustice
добро+зло: good-and-evil
проблема+зло: problem-of-evil
свобода+воля: free-will
моральный+ответственность: moral-responsibility
нравственный+ответственность: moral-responsibility
честность: honesty integrity
порядочность: decency integrity
мужество: courage
умеренность: temperance moderation
благоразумие: prudence
практический+мудрость: practical-wisdom phronesis
процветание: flourishing prosperity
страдание: suffering
общественный+договор: social-contract
естественный+право: natural-law natural-rights
человеческий+достоинство: human-dignity
уважение: respect
информированный+согласие: informed-consent
проблема+вагонетка: trolley-problem
принцип+двойной+эффект: doctrine-of-double-effect double-effect
нравственный+релятивизм: moral-relativism
нравственный+закон: moral-law
нравственный+выбор: moral-choice
нравственный+суждение: moral-judgment
моральный+суждение: moral-judgment
допустимость: permissibility
сверхдолжный: supererogatory
распределительный+справедливость: distributive-justice
воздаяние: retribution
возмездие: retribution revenge
карательный+справедливость: retributive-justice
восстановительный+правосудие: restorative-justice
прощение: forgiveness
милосердие: mercy
благотворительность: charity philanthropy
смертный+казнь: death-penalty capital-punishment
право+животное: animal-rights
прикладной+этика: applied-ethics
этика+забота: ethics-of-care care-ethics
лицемерие: hypocrisy
правдивость: truthfulness veracity
честь: honour honor
гордыня: pride hubris
смирение: humility
алчность: greed avarice
жадность: greed
щедрость: generosity
терпимость: tolerance
беспристрастность: impartiality
универсализуемость: universalizability
золотой+правило: golden-rule
теория+божественный+повеление: divine-command-theory
заповедь: commandment
грех: sin
искупление: atonement redemption
самоуважение: self-respect
самопожертвование: self-sacrifice
принцип+вред: harm-principle
непричинение+вред: non-maleficence
благодеяние: beneficence
ненасилие: nonviolence non-violence
нравственный+долг: moral-duty moral-obligation
моральный+долг: moral-duty moral-obligation
самоопределение: self-determination
частный+жизнь: private-life privacy
жестокость: cruelty
самоубийство: suicide
справедливый+война: just-war
теория+справедливый+война: just-war-theory
гражданский+неповиновение: civil-disobedience
моральный+удача: moral-luck
нравственный+воспитание: moral-education
нравственный+ценность: moral-value moral-values
бескорыстие: selflessness disinterestedness
личный+интерес: self-interest
разумный+эгоизм: rational-egoism enlightened-self-interest
раскаяние: remorse repentance
чувство+вина: guilt sense-of-guilt
смертный+грех: deadly-sin mortal-sin
добросовестность: good-faith conscientiousness
свобода+выбор: freedom-of-choice
беспристрастный+наблюдатель: impartial-spectator ideal-observer
завеса+неведение: veil-of-ignorance
принцип+наибольший+счастье: greatest-happiness-principle
исчисление+удовольствие: hedonic-calculus felicific-calculus
этика+долг: duty-ethics deontological-ethics
святость+жизнь: sanctity-of-life
трёхстворчатый+клапан: tricuspid-valve
двустворчатый+клапан: bicuspid-valve mitral-valve
тонкий+кишка: small-intestine
толстый+кишка: large-intestine colon
двенадцатиперстный+кишка: duodenum
слепой+кишка: cecum caecum
прямой+кишка: rectum
мочеиспускательный+канал: urethra
кора+мозг: cerebral-cortex
черепной+нерв: cranial-nerve
блуждающий+нерв: vagus-nerve
кровеносный+сосуд: blood-vessel
полый+вена: vena-cava
лёгочный+артерия: pulmonary-artery
венечный+артерия: coronary-artery
сонный+артерия: carotid-artery
большой+круг+кровообращение: systemic-circulation
малый+круг+кровообращение: pulmonary-circulation
эритроцит: red-blood-cell erythrocyte
лейкоцит: white-blood-cell leukocyte
тромбоцит: platelet thrombocyte
свёртывание+кровь: blood-clotting coagulation
грудной+клетка: rib-cage thorax chest
плечевой+кость: humerus
бедренный+кость: femur thighbone
большеберцовый+кость: tibia shinbone
надколенник: patella kneecap
скелетный+мышца: skeletal-muscle
гладкий+мышца: smooth-muscle
сердечный+мышца: cardiac-muscle
двуглавый+мышца: biceps
трёхглавый+мышца: triceps
потовый+железа: sweat-gland
железа+внутренний+секреция: endocrine-gland
пищеварительный+система: digestive-system
дыхательный+система: respiratory-system
дыхательный+путь: airway respiratory-tract
выделительный+система: excretory-system
мочевыделительный+система: urinary-system
половой+система: reproductive-system
маточный+труба: fallopian-tube
предстательный+железа: prostate-gland prostate
радужный+оболочка: iris
носовой+полость: nasal-cavity
вкусовой+сосочек: taste-bud
слюнный+железа: salivary-gland
кровяной+давление: blood-pressure
частота+сердечный+сокращение: heart-rate
сердечный+цикл: cardiac-cycle
сердечный+выброс: cardiac-output
ударный+объём: stroke-volume
водитель+ритм: pacemaker
брюшина: peritoneum
брюшной+полость: abdominal-cavity
мозговой+оболочка: meninges
жизненный+ёмкость+лёгкое: vital-capacity
газообмен: gas-exchange
мышечный+сокращение: muscle-contraction
опорно-двигательный+аппарат: musculoskeletal-system
сердечно-сосудистый+система: cardiovascular-system
червеобразный+отросток: appendix vermiform-appendix
желудочный+сок: gastric-juice
ворсинка: villus villi
воротный+вена: portal-vein hepatic-portal-vein
почечный+каналец: renal-tubule
спинномозговой+нерв: spinal-nerve
седалищный+нерв: sciatic-nerve
веко: eyelid
голосовой+связка: vocal-cords vocal-folds
лёгочный+пузырёк: alveolus
сердечный+клапан: heart-valve
группа+кровь: blood-group blood-type
лимфатический+сосуд: lymphatic-vessel
эпителиальный+ткань: epithelial-tissue
соединительный+ткань: connective-tissue
мышечный+ткань: muscle-tissue
костный+ткань: bone-tissue osseous-tissue
жировой+ткань: adipose-tissue
синовиальный+жидкость: synovial-fluid
тазобедренный+сустав: hip-joint
коленный+сустав: knee-joint
плечевой+сустав: shoulder-joint
предплечье: forearm
четырёхглавый+мышца: quadriceps
желудочно-кишечный+тракт: gastrointestinal-tract digestive-tract
половой+железа: gonad sex-gland
молочный+железа: mammary-gland
основной+обмен: basal-metabolism basal-metabolic-rate
глотание: swallowing deglutition
пищеварительный+фермент: digestive-enzyme
электрический+цепь: electric-circuit circuit
катушка+индуктивность: inductor coil
электрический+ёмкость: capacitance
полный+сопротивление: impedance
реактивный+сопротивление: reactance
активный+сопротивление: resistance
внутренний+сопротивление: internal-resistance
удельный+сопротивление: resistivity
ёмкостный+сопротивление: capacitive-reactance
индуктивный+сопротивление: inductive-reactance
сила+ток: current current-strength
источник+ток: current-source
источник+напряжение: voltage-source
электродвижущий+сила: electromotive-force
делитель+ток: current-divider
метод+узловой+потенциал: nodal-analysis node-voltage-method
метод+контурный+ток: mesh-analysis mesh-current-method
контурный+ток: mesh-current loop-current
соединение+звезда: star-connection wye-connection
соединение+треугольник: delta-connection
эквивалентный+схема: equivalent-circuit
теорема+эквивалентный+генератор: thevenin-theorem norton-theorem
принцип+наложение: superposition-principle superposition
активный+мощность: active-power real-power
реактивный+мощность: reactive-power
полный+мощность: apparent-power
коэффициент+мощность: power-factor
действующий+значение: effective-value root-mean-square-value
среднеквадратичный+значение: root-mean-square
угловой+частота: angular-frequency
сдвиг+фаза: phase-shift
комплексный+амплитуда: phasor complex-amplitude
векторный+диаграмма: phasor-diagram
резонанс+напряжение: series-resonance voltage-resonance
резонанс+ток: parallel-resonance current-resonance
трёхфазный+цепь: three-phase-circuit
трёхфазный: three-phase
линейный+напряжение: line-voltage line-to-line-voltage
фазный+напряжение: phase-voltage
нулевой+провод: neutral-wire neutral-conductor
коэффициент+трансформация: turns-ratio transformation-ratio
первичный+обмотка: primary-winding
вторичный+обмотка: secondary-winding
магнитный+поток: magnetic-flux
магнитопровод: magnetic-core magnetic-circuit
асинхронный+двигатель: induction-motor asynchronous-motor
синхронный+двигатель: synchronous-motor
положительный+обратный+связь: positive-feedback
фильтр+верхний+частота: high-pass-filter
амплитудно-частотный+характеристика: frequency-response magnitude-response
передаточный+функция: transfer-function
согласование+импеданс: impedance-matching
электроснабжение: power-supply electricity-supply
электросеть: power-grid electrical-grid
линия+электропередача: power-line transmission-line
подстанция: substation
электроэнергия: electricity electric-energy
разность+потенциал: potential-difference
напряжённость+поле: field-strength
диэлектрический+проницаемость: permittivity
магнитный+проницаемость: permeability
взаимоиндукция: mutual-inductance mutual-induction
вихревой+ток: eddy-current
электрический+заряд: electric-charge
напряжение+питание: supply-voltage
номинальный+напряжение: rated-voltage nominal-voltage
номинальный+ток: rated-current
номинальный+мощность: rated-power
пусковой+ток: inrush-current starting-current
ток+короткий+замыкание: short-circuit-current
устройство+защитный+отключение: residual-current-device
диэлектрический+прочность: dielectric-strength
источник+бесперебойный+питание: uninterruptible-power-supply
преобразователь+напряжение: voltage-converter
понижающий+трансформатор: step-down-transformer
повышающий+трансформатор: step-up-transformer
частота+вращение: rotational-speed
электропривод: electric-drive
частотный+преобразователь: variable-frequency-drive frequency-converter
электромагнитный+совместимость: electromagnetic-compatibility
полный+проводимость: admittance
реактивный+проводимость: susceptance
активный+проводимость: conductance
четырёхполюсник: two-port-network two-port
двухполюсник: one-port-network two-terminal-network
зависимый+источник: dependent-source controlled-source
тепловой+действие+ток: joule-heating heating-effect-of-current
электробезопасность: electrical-safety
поражение+электрический+ток: electric-shock
электростанция: power-plant power-station
социальный+неравенство: social-inequality
восходящий+мобильность: upward-mobility
нисходящий+мобильность: downward-mobility
предписанный+статус: ascribed-status
достигнутый+статус: achieved-status
ролевой+ожидание: role-expectation
отклоняющийся+поведение: deviant-behavior deviance
преступность: crime criminality
навешивание+ярлык: labeling labelling
теория+навешивание+ярлык: labeling-theory
малый+группа: small-group
первичный+группа: primary-group
вторичный+группа: secondary-group
старение+население: population-aging
народонаселение: population
сельский+местность: rural-area countryside
понимающий+социология: interpretive-sociology verstehen
теория+обмен: exchange-theory
теория+рациональный+выбор: rational-choice-theory
рабочий+класс: working-class
правящий+класс: ruling-class
разделение+труд: division-of-labour division-of-labor
профессия: occupation vocation
предрассудок: prejudice
общественный+мнение: public-opinion
включённый+наблюдение: participant-observation
качественный+исследование: qualitative-research
количественный+исследование: quantitative-research
социальный+изменение: social-change
гражданский+общество: civil-society
общественный+движение: social-movement
коллективный+действие: collective-action
повседневность: everyday-life
самоисполняющийся+пророчество: self-fulfilling-prophecy
вероисповедание: religion faith denomination
изгой: outcast
социальный+исключение: social-exclusion
бездомность: homelessness
неформальный+группа: informal-group
общественный+сознание: social-consciousness public-consciousness
ложный+сознание: false-consciousness
классовый+сознание: class-consciousness
коллективный+сознание: collective-consciousness
социальный+действие: social-action
неравенство+доход: income-inequality
уровень+жизнь: standard-of-living living-standard
качество+жизнь: quality-of-life
неполный+семья: single-parent-family
расширенный+семья: extended-family
сожительство: cohabitation
межпоколенческий+мобильность: intergenerational-mobility
общественный+отношение: social-relations
социальный+связь: social-tie social-bond
социальный+расслоение: social-stratification
внутрипоколенческий+мобильность: intragenerational-mobility
статусный+набор: status-set
ролевой+набор: role-set
ролевой+напряжение: role-strain
общественный+норма: social-norm
ценностный+ориентация: value-orientation
общественный+институт: social-institution
родительство: parenthood parenting
этнический+меньшинство: ethnic-minority
расовый+неравенство: racial-inequality
социальный+справедливость: social-justice
социальный+защита: social-protection
социальный+обеспечение: social-security welfare
государство+благосостояние: welfare-state
прожиточный+минимум: subsistence-minimum poverty-line
черта+бедность: poverty-line poverty-threshold
относительный+бедность: relative-poverty
абсолютный+бедность: absolute-poverty
нищета: destitution extreme-poverty
трущоба: slum slums
средство+массовый+информация: mass-media media
повестка+день: agenda
расколдовывание: disenchantment
общественный+развитие: social-development
общество+потребление: consumer-society
потребительство: consumerism
демонстративный+потребление: conspicuous-consumption
досуг: leisure
свободный+время: free-time leisure-time
добровольчество: volunteering volunteerism
цифровой+неравенство: digital-divide
цифровой+разрыв: digital-divide
общественный+пространство: public-space public-sphere
взаимность: reciprocity
полевой+исследование: fieldwork field-research
руководитель+проект: project-manager
структура+декомпозиция+работа: work-breakdown-structure
метод+критический+путь: critical-path-method
полный+резерв: total-float
свободный+резерв: free-float
оценка+трудоёмкость: effort-estimation
трёхточечный+оценка: three-point-estimate
оценка+аналог: analogous-estimating
метод+освоенный+объём: earned-value-management
плановый+стоимость: planned-value
фактический+стоимость: actual-cost
отклонение+стоимость: cost-variance
отклонение+срок: schedule-variance
индекс+выполнение+стоимость: cost-performance-index
индекс+выполнение+срок: schedule-performance-index
снижение+риск: risk-mitigation
смягчение+риск: risk-mitigation
уклонение+риск: risk-avoidance
передача+риск: risk-transfer
принятие+риск: risk-acceptance
журнал+проблема: issue-log
разрастание+содержание: scope-creep
расползание+содержание: scope-creep
выравнивание+ресурс: resource-leveling
распределение+ресурс: resource-allocation
команда+проект: project-team
управление+закупка: procurement-management
управление+коммуникация: communications-management
управление+качество: quality-management
обеспечение+качество: quality-assurance
завершение+проект: project-closure project-completion
портфель+проект: project-portfolio
управление+портфель: portfolio-management
офис+управление+проект: project-management-office
отчёт+статус: status-report
стартовый+совещание: kickoff-meeting
поставляемый+результат: deliverable
приёмка+работа: work-acceptance
пакет+работа: work-package
зависимость+задача: task-dependency
предшествующий+задача: predecessor-task predecessor
последующий+задача: successor-task successor
перерасход+бюджет: budget-overrun cost-overrun
сжатие+срок: schedule-compression crashing
быстрый+проход: fast-tracking
руководитель+команда: team-lead team-leader
распределение+задача: task-assignment
план+управление+риск: risk-management-plan
качественный+анализ+риск: qualitative-risk-analysis
количественный+анализ+риск: quantitative-risk-analysis
вероятность+риск: risk-probability
владелец+риск: risk-owner
непредвиденный+расход: contingency contingency-reserve
резерв+непредвиденный+расход: contingency-reserve
управленческий+резерв: management-reserve
план+реагирование+риск: risk-response-plan
реагирование+риск: risk-response
журнал+риск: risk-log risk-register
тройной+ограничение: triple-constraint
железный+треугольник: iron-triangle triple-constraint
восходящий+оценка: bottom-up-estimating
параметрический+оценка: parametric-estimating
график+проект: project-schedule
календарный+график: project-schedule schedule
ленточный+диаграмма: gantt-chart bar-chart
человеко-час: person-hour man-hour
загрузка+ресурс: resource-utilization resource-loading
информационный+панель: dashboard
управляющий+комитет: steering-committee
руководящий+комитет: steering-committee
проектный+команда: project-team
ответственный+исполнитель: assignee responsible-person
запуск+проект: project-launch project-kickoff
инициирование+проект: project-initiation
стадия+проект: project-phase project-stage
этап+проект: project-phase project-stage
отчёт+прогресс: progress-report
управление+ожидание: expectation-management
управление+заинтересованный+сторона: stakeholder-management
управление+содержание: scope-management
управление+срок: schedule-management time-management
управление+стоимость: cost-management
управление+ресурс: resource-management
свод+знание: body-of-knowledge
допустимый+отклонение: tolerance
план+выпуск: release-plan release-planning
передача+проект: project-handover handover
договор+фиксированный+цена: fixed-price-contract
запрос+предложение: request-for-proposal
разрешение+конфликт: conflict-resolution
эвристика+доступность: availability-heuristic
эвристика+репрезентативность: representativeness-heuristic
эвристика+узнавание: recognition-heuristic
якорение: anchoring
эффект+якорение: anchoring-effect
эффект+привязка: anchoring-effect
эффект+ореол: halo-effect
ошибка+игрок: gambler-fallacy
ошибка+выживший: survivorship-bias
ретроспективный+искажение: hindsight-bias
фундаментальный+ошибка+атрибуция: fundamental-attribution-error
ошибка+атрибуция: attribution-error
эффект+ложный+консенсус: false-consensus-effect
эффект+ложный+уникальность: false-uniqueness-effect
эффект+владение: endowment-effect
неприятие+потеря: loss-aversion
неприятие+риск: risk-aversion
неприятие+неоднозначность: ambiguity-aversion
эффект+обрамление: framing-effect
ошибка+планирование: planning-fallacy
ошибка+невозвратный+затрата: sunk-cost-fallacy
ошибка+конъюнкция: conjunction-fallacy
эффект+новизна: recency-effect
эффект+свидетель: bystander-effect
эффект+прожектор: spotlight-effect
эффект+третий+лицо: third-person-effect
эффект+самоотнесение: self-reference-effect
сверхуверенность: overconfidence
мотивированный+рассуждение: motivated-reasoning
ограниченный+рациональность: bounded-rationality
теория+перспектива: prospect-theory
самосбывающийся+пророчество: self-fulfilling-prophecy
социальный+леность: social-loafing
групповой+мышление: groupthink
нормативный+влияние: normative-influence
информационный+влияние: informational-influence
социальный+доказательство: social-proof
угроза+стереотип: stereotype-threat
управление+впечатление: impression-management
межличностный+привлекательность: interpersonal-attraction
послушание: obedience
уступчивость: compliance
сопереживание: empathy
имплицитный+память: implicit-memory
эксплицитный+память: explicit-memory
декларативный+память: declarative-memory
автобиографический+память: autobiographical-memory
след+память: memory-trace
объём+память: memory-span
объём+внимание: attention-span
фонологический+петля: phonological-loop
центральный+исполнитель: central-executive
свидетельский+показание: eyewitness-testimony
практика+припоминание: retrieval-practice
мнемонический+приём: mnemonic-device
заучивание: memorization rote
воспоминание: recollection memory
забывчивость: forgetfulness
выборочный+внимание: selective-attention
черта+личность: personality-trait
доброжелательность: agreeableness
теория+привязанность: attachment-theory
жизнестойкость: resilience hardiness
защитный+механизм: defense-mechanism
эффект+простой+предъявление: mere-exposure-effect
эффект+дезинформация: misinformation-effect
эффект+позиция+ряд: serial-position-effect
стадный+инстинкт: herd-instinct
диффузия+ответственность: diffusion-responsibility
отсроченный+вознаграждение: delayed-gratification
практика+извлечение: retrieval-practice
стратегия+ветвление: branching-strategy
модель+ветвление: branching-model
влить: merge
переписывание+история: history-rewriting
перезапись: overwrite rewrite
перезаписать: overwrite rewrite
рабочий+дерево: working-tree
рабочий+копия: working-copy
удалённый+репозиторий: remote-repository
основной+ветка: main-branch
главный+ветка: main-branch
функциональный+ветка: feature-branch
ветка+релиз: release-branch
долгоживущий+ветка: long-lived-branch
отслеживающий+ветка: tracking-branch
защищённый+ветка: protected-branch
магистральный+разработка: trunk-based-development
трёхсторонний+слияние: three-way-merge
родительский+коммит: parent-commit
отсоединённый+голова: detached-head
отсоединённый: detached
набор+изменение: changeset
сообщение+коммит: commit-message
подписанный+коммит: signed-commit
принудительный+отправка: force-push
мягкий+сброс: soft-reset
жёсткий+сброс: hard-reset
управление+версия: version-control
система+управление+версия: version-control-system
обзор+код: code-review
мелкий+клон: shallow-clone
разреженный+извлечение: sparse-checkout
аннотированный+метка: annotated-tag
легковесный+метка: lightweight-tag
вышестоящий+репозиторий: upstream-repository
ветка+исправление: hotfix-branch
чистый+история: clean-history
журнал+коммит: commit-log
история+коммит: commit-history
область+подготовленный+файл: staging-area
удалённый+ветка: remote-branch
локальный+ветка: local-branch
голый+репозиторий: bare-repository
пустой+репозиторий: empty-repository
слияние+ветка: branch-merging
удаление+ветка: branch-deletion
создание+ветка: branch-creation
переименование+ветка: branch-rename
объединение+коммит: squash-commits
интерактивный+перебазирование: interactive-rebase
незафиксированный+изменение: uncommitted-changes
рабочий+каталог: working-directory
журнал+ссылка: reference-log
висячий+коммит: dangling-commit
недостижимый+объект: unreachable-object
история+изменение: change-history
указатель+ветка: branch-pointer
вершина+ветка: branch-tip
база+слияние: merge-base
коммит+слияние: merge-commit
стратегия+слияние: merge-strategy
перемотка+вперёд: fast-forward
ветка+разработка: development-branch
тематический+ветка: topic-branch
отмена+коммит: commit-revert
конец+строка: line-ending
двоичный+файл: binary-file
конфликтующий+изменение: conflicting-changes
маркер+конфликт: conflict-marker
инструмент+слияние: merge-tool
распределённый+система+управление+версия: distributed-version-control-system
ссылочный+прозрачность: referential-transparency
ленивый+вычисление: lazy-evaluation
энергичный+вычисление: eager-evaluation
строгий+вычисление: strict-evaluation
отложенный+вычисление: delayed-evaluation
нечистый: impure
бесконечный+список: infinite-list
бесконечный+поток: infinite-stream
лямбда+исчисление: lambda-calculus
связанный+переменная: bound-variable
свободный+переменная: free-variable
применение+функция: function-application
частичный+применение: partial-application
хвостовой+рекурсия: tail-recursion
хвостовой+вызов: tail-call
взаимный+рекурсия: mutual-recursion
комбинатор+неподвижный+точка: fixed-point-combinator
левый+свёртка: left-fold
правый+свёртка: right-fold
сопоставление+образец: pattern-matching
охранный+выражение: guard-expression
алгебраический+тип+данные: algebraic-data-type
тип+произведение: product-type
тип+высший+род: higher-kinded-type
ограничение+тип: type-constraint
переменная+тип: type-variable
конструктор+данные: data-constructor
списковый+включение: list-comprehension
бесточечный+стиль: point-free-style
стиль+передача+продолжение: continuation-passing-style
зависимый+тип: dependent-type
частичный+функция: partial-function
слабый+заголовочный+нормальный+форма: weak-head-normal-form
стрелочный+тип: arrow-type
стирание+тип: type-erasure
сильный+типизация: strong-typing
синтаксический+сахар: syntactic-sugar
свободный+монада: free-monad
единичный+тип: unit-type
пустой+тип: empty-type
нижний+тип: bottom-type
ссылочный+прозрачный: referentially-transparent
чисто+функциональный: purely-functional
закон+монада: monad-laws
закон+функтор: functor-laws
неявный+параметр: implicit-parameter
рекурсивный+тип+данные: recursive-data-type
ленивый+поток: lazy-stream
редукция+нормальный+порядок: normal-order-reduction
аппликативный+порядок: applicative-order
оператор+применение: application-operator
ленивый+значение: lazy-value
ленивый+последовательность: lazy-sequence
тождественный+функция: identity-function
функция+первый+класс: first-class-function
лексический+область+видимость: lexical-scope
альфа+преобразование: alpha-conversion
эта+преобразование: eta-conversion
типизированный+лямбда+исчисление: typed-lambda-calculus
просто+типизированный+лямбда+исчисление: simply-typed-lambda-calculus
нетипизированный+лямбда+исчисление: untyped-lambda-calculus
производный+экземпляр: derived-instance
минимальный+полный+определение: minimal-complete-definition
семейство+тип: type-family
обобщённый+алгебраический+тип+данные: generalized-algebraic-data-type
тип+высший+ранг: higher-rank-type
ограниченный+полиморфизм: bounded-polymorphism
специальный+полиморфизм: ad-hoc-polymorphism
монада+состояние: state-monad
монада+читатель: reader-monad
монада+писатель: writer-monad
ленивый+образец: lazy-pattern
неопровержимый+образец: irrefutable-pattern
строгий+поле: strict-field
восклицательный+образец: bang-pattern
утечка+пространство: space-leak
отложенный+затенение: deferred-shading
рассеянный+освещение: diffuse-lighting
объёмный+освещение: volumetric-lighting
модель+освещение: lighting-model
точечный+источник+свет: point-light
зеркальный+блик: specular-highlight
временной+сглаживание: temporal-antialiasing
сверхвыборка: supersampling
карта+нормаль: normal-map
теневой+объём: shadow-volume
буфер+кадр: frame-buffer
трафарет: stencil
вычислительный+шейдер: compute-shader
подразделение+поверхность: subdivision-surface
каркасный: wireframe
подповерхностный+рассеяние: subsurface-scattering
излучательность: radiosity
размытие+движение: motion-blur
высокий+динамический+диапазон: high-dynamic-range
цветовой+охват: color-gamut
бросание+луч: ray-casting
пространственный+структура+данные: spatial-data-structure
восьмеричный+дерево: octree
дерево+квадрант: quadtree
двоичный+разбиение+пространство: binary-space-partitioning
иерархия+ограничивающий+объём: bounding-volume-hierarchy
ограничивающий+прямоугольник: bounding-box
ограничивающий+сфера: bounding-sphere
равномерный+сетка: uniform-grid
пространственный+хеширование: spatial-hashing
пространственный+индекс: spatial-index
скелетный+анимация: skeletal-animation
алгоритм+художник: painter-algorithm
удаление+невидимый+поверхность: hidden-surface-removal
облако+точка: point-cloud
матрица+преобразование: transformation-matrix
освещённость: illuminance
карта+рельеф: bump-map
карта+отражение: reflection-map
фоновый+свет: ambient-light
диффузный+отражение: diffuse-reflection
блеск: gloss glossiness shininess
отбрасывание+тень: shadow-casting
выборка+значимость: importance-sampling
стратифицированный+выборка: stratified-sampling
первичный+луч: primary-ray
теневой+луч: shadow-ray
отражённый+луч: reflected-ray
преломлённый+луч: refracted-ray
пересечение+луч+треугольник: ray-triangle-intersection
ускоряющий+структура: acceleration-structure
эвристика+площадь+поверхность: surface-area-heuristic
передний+буфер: front-buffer
время+кадр: frame-time
перспективный+деление: perspective-divide
плоскость+отсечение: clipping-plane
ближний+плоскость+отсечение: near-clipping-plane
дальний+плоскость+отсечение: far-clipping-plane
мировой+координата: world-coordinates
экранный+координата: screen-coordinates
нормализованный+координата+устройство: normalized-device-coordinates
сетка+треугольник: triangle-mesh
полоса+треугольник: triangle-strip
веер+треугольник: triangle-fan
буфер+вершина: vertex-buffer
атрибут+вершина: vertex-attribute
нормаль+вершина: vertex-normal
нормаль+грань: face-normal
порядок+обход: winding-order
карта+освещение: light-map
запекание: baking
цветовой+модель: color-model
мирный+договор: peace-treaty
вестфальский+мир: peace-westphalia
утрехтский+мир: peace-utrecht
аугсбургский+мир: peace-augsburg
венский+конгресс: congress-vienna
версальский+договор: treaty-versailles
священный+союз: holy-alliance
тройственный+союз: triple-alliance
мюнхенский+соглашение: munich-agreement
священный+римский+империя: holy-roman-empire
тридцатилетний+война: thirty-years-war
столетний+война: hundred-years-war
семилетний+война: seven-years-war
наполеоновский+война: napoleonic-wars
война+испанский+наследство: war-spanish-succession
крестьянский+война: peasants-war
гражданский+война: civil-war
холодный+война: cold-war
железный+занавес: iron-curtain
французский+революция: french-revolution
славный+революция: glorious-revolution
промышленный+революция: industrial-revolution
промышленный+переворот: industrial-revolution
государственный+переворот: coup
великий+раскол: great-schism
еретик: heretic
отлучение: excommunication
папство: papacy
папский: papal
церковный+собор: church-council
тридентский+собор: council-trent
вормсский+рейхстаг: diet-worms
нантский+эдикт: edict-nantes
варфоломеевский+ночь: bartholomew-massacre
резня: massacre
монашеский+орден: monastic-order
светский: secular
третий+сословие: third-estate
генеральный+штат: estates-general
просвещённый+абсолютизм: enlightened-absolutism
эпоха+просвещение: age-enlightenment
средний+век: middle-ages
крестовый+поход: crusade
крепостной+право: serfdom
самодержец: autocrat
престолонаследие: succession
отречение: abdication
низложение: deposition
цареубийство: regicide
равновесие+сила: balance-power
раздел+польша: partition-poland
ганзейский+союз: hanseatic-league
долгий+парламент: long-parliament
великий+хартия+вольность: magna-carta
вольность: liberty
веротерпимость: toleration tolerance
контрибуция: indemnity
курфюрст: elector
герцогство: duchy
объединение+германия: german-unification
объединение+италия: italian-unification
весна+народ: spring-nations
религиозный+война: religious-war
религиозный+мир: religious-peace
религиозный+реформа: religious-reform
церковный+реформа: church-reform
сейм: diet
настоящий+простой: present-simple
прошедший+простой: past-simple
будущий+простой: future-simple
настоящий+длительный: present-continuous
прошедший+длительный: past-continuous
будущий+длительный: future-continuous
настоящий+совершенный: present-perfect
прошедший+совершенный: past-perfect
будущий+совершенный: future-perfect
настоящий+совершенный+длительный: present-perfect-continuous
прошедший+совершенный+длительный: past-perfect-continuous
предпрошедший: pluperfect
длительный: continuous progressive
согласование+время: sequence-tenses
определённый+артикль: definite-article
неопределённый+артикль: indefinite-article
нулевой+артикль: zero-article
исчисляемый: countable
неисчисляемый: uncountable
исчисляемый+существительное: countable-noun
неисчисляемый+существительное: uncountable-noun
прямой+дополнение: direct-object
косвенный+дополнение: indirect-object
главный+предложение: main-clause
определительный+придаточный: relative-clause
относительный+местоимение: relative-pronoun
условный+предложение: conditional-sentence
нулевой+условный: zero-conditional
первый+условный: first-conditional
второй+условный: second-conditional
третий+условный: third-conditional
смешанный+условный: mixed-conditional
модальный+глагол: modal-verb
смысловой+глагол: main-verb
неправильный+глагол: irregular-verb
правильный+глагол: regular-verb
фразовый+глагол: phrasal-verb
пассивный+залог: passive-voice
прямой+речь: direct-speech
сравнительный+степень: comparative-degree
превосходный+степень: superlative-degree
притяжательный+падеж: possessive-case
множественный+число: plural
единственный+число: singular
разделительный+вопрос: tag-question
общий+вопрос: general-question
специальный+вопрос: special-question
вопросительный+предложение: interrogative-sentence
отрицательный+предложение: negative-sentence
утвердительный+предложение: affirmative-sentence
утвердительный: affirmative
сложный+дополнение: complex-object
сложный+подлежащее: complex-subject
безличный+предложение: impersonal-sentence
формальный+подлежащее: formal-subject
порядковый+числительное: ordinal-numeral
количественный+числительное: cardinal-numeral
согласование+подлежащее+сказуемое: subject-verb-agreement
причастный+оборот: participial-phrase
причастие+прошедший+время: past-participle
причастие+настоящий+время: present-participle
долженствование: obligation necessity
сожаление: regret
ложный+друг+переводчик: false-friends
орфография: spelling orthography
краткий+форма: short-form
указательный+местоимение: demonstrative-pronoun
личный+местоимение: personal-pronoun
неопределённый+местоимение: indefinite-pronoun
вопросительный+местоимение: interrogative-pronoun
сочинительный+союз: coordinating-conjunction
подчинительный+союз: subordinating-conjunction
облачный+вычисление: cloud-computing
облачный+хранилище: cloud-storage
облачный+поставщик: cloud-provider
виртуальный+частный+облако: virtual-private-cloud
частный+облако: private-cloud
публичный+облако: public-cloud
гибридный+облако: hybrid-cloud
зона+доступность: availability-zone
периферийный+вычисление: edge-computing
бессерверный+вычисление: serverless-computing
блочный+хранилище: block-storage
файловый+хранилище: file-storage
холодный+хранилище: cold-storage
архивный+хранилище: archive-storage
эфемерный+хранилище: ephemeral-storage
класс+хранение: storage-class
политика+жизненный+цикл: lifecycle-policy
группа+автомасштабирование: auto-scaling-group
высокий+доступность: high-availability
межрегиональный+репликация: cross-region-replication
управление+идентификация+доступ: identity-access-management
политика+доступ: access-policy
наименьший+привилегия: least-privilege
ключ+доступ: access-key
секретный+ключ: secret-key
управление+секрет: secrets-management
группа+безопасность: security-group
частный+подсеть: private-subnet
публичный+подсеть: public-subnet
таблица+маршрутизация: route-table
выделенный+хост: dedicated-host
выделенный+экземпляр: dedicated-instance
тип+экземпляр: instance-type
зарезервированный+экземпляр: reserved-instance
прерываемый+экземпляр: preemptible-instance
образ+машина: machine-image
пользовательский+данные: user-data
постоянный+диск: persistent-disk
управляемый+служба: managed-service
управляемый+база+данные: managed-database
реестр+контейнер: container-registry
шина+событие: event-bus
доменный+имя: domain-name
тарификация: billing pricing
выставление+счёт: billing-invoicing
ограничение+скорость: rate-limiting
общий+ответственность: shared-responsibility
модель+общий+ответственность: shared-responsibility-model
многоарендность: multitenancy
привязка+поставщик: vendor-lock-in
вычислительный+ресурс: compute-resource
вычислительный+мощность: compute-capacity
холодный+старт: cold-start
тёплый+старт: warm-start
предоставление+ресурс: resource-provisioning
выделение+ресурс: resource-allocation
журнал+аудит: audit-log
оплата+использование: pay-per-use
периферийный: edge peripheral
облачный+функция: cloud-function
хранилище+объект: object-store
хранилище+ключ+значение: key-value-store
бессерверный+функция: serverless-function
управление+ключ: key-management
учётный+запись+служба: service-account
временный+учётный+данные: temporary-credentials
исходящий+трафик: egress-traffic
входящий+трафик: ingress-traffic
оптимизация+затрата: cost-optimization
целевой+точка+восстановление: recovery-point-objective
целевой+время+восстановление: recovery-time-objective
модульный+тест: unit-test
приёмочный+критерий: acceptance-criteria
покрытие+ветвь: branch-coverage
покрытие+оператор: statement-coverage
тестовый+сценарий: test-scenario
тестовый+данные: test-data
тестовый+стенд: test-bench
тестовый+среда: test-environment
тестовый+прогон: test-run
тестовый+дублёр: test-double
подставной+объект: mock-object
анализ+граничный+значение: boundary-value-analysis
попарный+тестирование: pairwise-testing
таблица+решение: decision-table
переход+состояние: state-transition
нестабильный+тест: flaky-test
тестирование+безопасность: security-testing
тестирование+совместимость: compatibility-testing
контроль+качество: quality-control
повторяемость: repeatability
восстанавливаемость: recoverability
пиковый+нагрузка: peak-load
объёмный+тестирование: volume-testing
тестирование+снимок: snapshot-testing
критерий+выход: exit-criteria
критерий+вход: entry-criteria
пирамида+тестирование: test-pyramid
нефункциональный+требование: nonfunctional-requirement
тестирование+пользовательский+интерфейс: user-interface-testing
граничный+случай: edge-case
крайний+случай: corner-case
тестовый+покрытие: test-coverage
внедрение+ошибка: fault-injection
генерация+тестовый+данные: test-data-generation
изолированный+тест: isolated-test
выживший+мутант: surviving-mutant
падающий+тест: failing-test
красный+зелёный+рефакторинг: red-green-refactor
тестовый+обвязка: test-harness
табличный+тест: table-driven-test
сопоставитель: matcher
поддельный+объект: fake-object
фиктивный+объект: dummy-object
проверка+поведение: behavior-verification
проверка+состояние: state-verification
тестирование+доступность: accessibility-testing
тестирование+установка: installation-testing
тестирование+восстановление: recovery-testing
нагрузочный+профиль: load-profile
тестирование+масштабируемость: scalability-testing
тестирование+стабильность: stability-testing
тестирование+выносливость: endurance-testing
повторный+тестирование: retesting
подтверждающий+тестирование: confirmation-testing
тестовый+отчёт: test-report
жизненный+цикл+дефект: defect-life-cycle
критический+ошибка: critical-bug
блокирующий+ошибка: blocker-bug
плотность+дефект: defect-density
разбиение+класс+эквивалентность: equivalence-partitioning
предугадывание+ошибка: error-guessing
тестирование+вариант+использование: use-case-testing
сквозной+тест: end-to-end-test
приёмочный+тест: acceptance-test
дымовой+тест: smoke-test
нагрузочный+тест: load-test
покрытие+условие: condition-coverage
покрытие+путь: path-coverage
покрытие+строка: line-coverage
покрытие+функция: function-coverage
покрытие+требование: requirements-coverage
неизменяемый+инфраструктура: immutable-infrastructure
дрейф+конфигурация: configuration-drift
управление+конфигурация: configuration-management
файл+состояние: state-file
скользящий+обновление: rolling-update
распределённый+трассировка: distributed-tracing
целевой+уровень+обслуживание: service-level-objective
пространство+ядро: kernel-space
дочерний+процесс: child-process
родительский+процесс: parent-process
осиротевший+процесс: orphan-process
корневой+пользователь: root-user
корневой+каталог: root-directory
домашний+каталог: home-directory
жёсткий+ссылка: hard-link
символический+ссылка: symbolic-link
индексный+дескриптор: inode
планировщик+задача: task-scheduler
ограничение+ресурс: resource-limit
контрольный+группа: control-group
командный+строка: command-line
командный+оболочка: command-shell
перенаправление+вывод: output-redirection
стандартный+вывод: standard-output
стандартный+ввод: standard-input
диспетчер+пакет: package-manager
хранилище+артефакт: artifact-repository
проверка+живучесть: liveness-probe
проверка+готовность: readiness-probe
плоскость+управление: control-plane
плоскость+данные: data-plane
агент+сборка: build-agent
матричный+сборка: matrix-build
ночной+сборка: nightly-build
воспроизводимый+сборка: reproducible-build
многоэтапный+сборка: multi-stage-build
средний+загрузка: load-average
раздел+подкачка: swap-partition
виртуальный+память: virtual-memory
журнал+ядро: kernel-log
система+инициализация: init-system
ротация+журнал: log-rotation
уровень+журналирование: log-level
порог+оповещение: alert-threshold
инвентарь: inventory
хранилище+секрет: secret-store
конвейер+развёртывание: deployment-pipeline
конвейер+сборка: build-pipeline
автоматизация+развёртывание: deployment-automation
среда+разработка: development-environment
промышленный+среда: production-environment
тестовый+окружение: test-environment
сборочный+сервер: build-server
автоматический+развёртывание: automatic-deployment
теневой+развёртывание: shadow-deployment
тёмный+запуск: dark-launch
постепенный+выкатка: gradual-rollout
откат+развёртывание: deployment-rollback
модуль+ядро: kernel-module
параметр+ядро: kernel-parameter
паника+ядро: kernel-panic
дерево+процесс: process-tree
группа+процесс: process-group
управляющий+терминал: controlling-terminal
фоновый+процесс: background-process
код+возврат: return-code
код+завершение: exit-code
стандартный+поток+ошибка: standard-error
подстановка+команда: command-substitution
журналируемый+файловый+система: journaling-file-system
логический+том: logical-volume
таблица+раздел: partition-table
разрешение+файл: file-permissions
бит+исполнение: execute-bit
липкий+бит: sticky-bit
кэш+зависимость: dependency-cache
этап+сборка: build-stage
этап+развёртывание: deployment-stage
ручной+подтверждение: manual-approval
агент+мониторинг: monitoring-agent
сбор+метрика: metrics-collection
сбор+журнал: log-collection
централизованный+журналирование: centralized-logging
структурированный+журналирование: structured-logging
распределённый+система: distributed-system
строгий+согласованность: strong-consistency
сильный+согласованность: strong-consistency
слабый+согласованность: weak-consistency
причинный+согласованность: causal-consistency
последовательный+согласованность: sequential-consistency
выбор+лидер: leader-election
сетевой+разделение: network-partition
расщепление+мозг: split-brain
устойчивость+разделение: partition-tolerance
византийский+отказ: byzantine-fault
отказ+узел: node-failure
частичный+отказ: partial-failure
каскадный+отказ: cascading-failure
единый+точка+отказ: single-point-failure
единственный+точка+отказ: single-point-failure
ровно+один+раз: exactly-once
векторный+часы: vector-clock
логический+часы: logical-clock
синхронизация+часы: clock-synchronization
дрейф+часы: clock-drift
рассинхронизация+часы: clock-skew
трёхфазный+фиксация: three-phase-commit
журнал+упреждающий+запись: write-ahead-log
отставание+репликация: replication-lag
ключ+секционирование: partition-key
ключ+шардирование: shard-key
согласованный+хеширование: consistent-hashing
виртуальный+узел: virtual-node
горячий+ключ: hot-key
горячий+точка: hotspot
протокол+сплетня: gossip-protocol
ограничитель+скорость: rate-limiter
коэффициент+попадание: hit-ratio
политика+вытеснение: eviction-policy
аннулирование+кэш: cache-invalidation
полный+порядок: total-order
частичный+порядок: partial-order
отношение+предшествование: happens-before
групповой+рассылка: multicast
конфликт+запись: write-conflict
бесконфликтный+реплицируемый+тип+данные: conflict-free-replicated-data-type
чтение+свой+запись: read-your-writes
монотонный+чтение: monotonic-reads
неповторяемый+чтение: non-repeatable-read
потерянный+обновление: lost-update
маркер+ограждение: fencing-token
обнаружение+отказ: failure-detection
восстановление+сбой: crash-recovery
ведущий+узел: leader-node
ведомый+узел: follower-node
многоуровневый+кэширование: multilevel-caching
модель+согласованность: consistency-model
многоведущий+репликация: multi-leader-replication
восстановление+узел: node-recovery
протокол+членство: membership-protocol
удалённый+вызов+процедура: remote-procedure-call
согласованность+кэш: cache-consistency
стратегия+кэширование: caching-strategy
холодный+кэш: cold-cache
тёплый+кэш: warm-cache
горячий+данные: hot-data
холодный+данные: cold-data
вытеснение+давно+неиспользуемый: least-recently-used
наименее+часто+используемый: least-frequently-used
отрицательный+кэширование: negative-caching
диапазонный+секционирование: range-partitioning
коэффициент+репликация: replication-factor
восстановление+чтение: read-repair
ключ+идемпотентность: idempotency-key
упорядоченный+доставка: ordered-delivery
очередь+недоставленный+сообщение: dead-letter-queue
реплика+чтение: read-replica
отказ+ведущий: leader-failure
реплицируемый+журнал: replicated-log
репликация+конечный+автомат: state-machine-replication
уплотнение+журнал: log-compaction
органоид: organelle
клеточный+стенка: cell-wall
клеточный+мембрана: cell-membrane
ядерный+оболочка: nuclear-envelope
ядерный+пора: nuclear-pore
эндоплазматический+сеть: endoplasmic-reticulum
шероховатый+эндоплазматический+сеть: rough-endoplasmic-reticulum
гладкий+эндоплазматический+сеть: smooth-endoplasmic-reticulum
комплекс+гольджи аппарат+гольджи: golgi-apparatus
клеточный+центр: centrosome
веретено+деление: spindle mitotic-spindle
жгутик: flagellum
ресничка: cilium
микроворсинка: microvillus
микротрубочка: microtubule
промежуточный+филамент: intermediate-filament
цепь: strand
антисмысловой+цепь: antisense-strand
матрица: template
репликационный+вилка: replication-fork
начало+репликация: origin-of-replication
раскручивание расплетание: unwinding
полуконсервативный: semiconservative
спаривание: pairing
спаривание+основание: base-pairing
предшественник: precursor
колпачок: cap
сдвиг+рамка: frameshift
мутация+сдвиг+рамка: frameshift-mutation
точковый+мутация: point-mutation
выпадение: deletion
бессмысленный+мутация: nonsense-mutation
молчащий+мутация: silent-mutation
транспортный+рнк: transfer-rna trna
матричный+рнк информационный+рнк: messenger-rna mrna
рибосомный+рнк: ribosomal-rna rrna
днк: dna
рнк: rna
наследственность: inheritance
дочерний+клетка: daughter-cell
материнский+клетка: parent-cell mother-cell
активный+центр: active-site
кофермент: coenzyme
конкурентный+ингибирование: competitive-inhibition
неконкурентный+ингибирование: noncompetitive-inhibition
укладка: folding
пептидный+связь: peptide-bond
липидный+бислой: lipid-bilayer
избирательный+проницаемость: selective-permeability
облегчённый+диффузия: facilitated-diffusion
протонный+насос: proton-pump
метаболический+путь: metabolic-pathway
передача+сигнал: signal-transduction
клеточный+дыхание: cellular-respiration
дыхательный+цепь: respiratory-chain electron-transport-chain
световой+фаза: light-reactions light-dependent-reactions
темновой+фаза: dark-reactions light-independent-reactions
белковый+оболочка: capsid protein-coat
клетка+хозяин: host-cell
обратный+транскриптаза: reverse-transcriptase
опухолевый+супрессор супрессор+опухоль: tumor-suppressor
программируемый+клеточный+смерть: programmed-cell-death
восстановление+днк: dna-repair
вычитка корректура: proofreading
сверхспирализация суперспирализация: supercoiling
сшивание: ligation
атф: atp
макроэргический+связь: high-energy-bond
энергетический+обмен: catabolism energy-metabolism
пластический+обмен: anabolism
биосинтез+белок: protein-synthesis
сигнальный+последовательность: signal-sequence
межклеточный+вещество: extracellular-matrix
плотный+контакт: tight-junction
расхождение+хромосома: chromosome-segregation
замена+основание: base-substitution
двухцепочечный+разрыв: double-strand-break
одноцепочечный: single-stranded
двухцепочечный: double-stranded
оболочечный+вирус: enveloped-virus
почкование: budding
индуцированный+соответствие: induced-fit
ингибирование+обратный+связь: feedback-inhibition
сопряжённый+транспорт: coupled-transport cotransport
индуцированный+мутация: induced-mutation
вырезание+основание: base-excision-repair
неспаренный+основание: mismatched-base mismatch
правило+чаргаффа: chargaff-rule
созревание+рнк: rna-processing rna-maturation
полипептидный+цепь: polypeptide-chain
растущий+цепь: nascent-chain growing-chain
свободный+рибосома: free-ribosome
участок+связывание: binding-site
липкий+конец: sticky-end
непредумышленный+убийство: manslaughter
убийство+неосторожность: involuntary-manslaughter negligent-homicide
умышленный+убийство: murder intentional-homicide
предумышленный: premeditated
предумышленный+убийство: premeditated-murder first-degree-murder
умысел: malice
преступный+умысел: criminal-intent mens-rea
заранее+обдуманный+умысел: malice-aforethought
бездействие: omission inaction
двойной+преследование повторный+осуждение: double-jeopardy
наводящий+вопрос: leading-question
показание+чужой+слово свидетельство+чужой+слово: hearsay
ответственность+производитель: products-liability product-liability
причинение+неудобство: nuisance
частный+неудобство: private-nuisance
публичный+неудобство: public-nuisance
нарушение+владение: trespass
незаконный+проникновение: trespass unlawful-entry
сравнительный+вина: comparative-negligence comparative-fault
смешанный+вина: contributory-negligence
обязанность+осмотрительность: duty-of-care
разумный+человек: reasonable-person
непосредственный+причина ближайший+причина: proximate-cause
фактический+причина: cause-in-fact actual-cause
убыток: damages
штрафной+убыток карательный+убыток: punitive-damages
гражданский+правонарушение: tort civil-wrong
строгий+ответственность: strict-liability
косвенный+ответственность: vicarious-liability
незаконный+лишение+свобода: false-imprisonment
вторжение+частный+жизнь: invasion-of-privacy
встречный+удовлетворение: consideration
правоспособность: legal-capacity
дееспособность: capacity-to-act legal-competence
нарушение+договор: breach-of-contract
исполнение+натура: specific-performance
неустойка: liquidated-damages
задаток: earnest-money deposit
односторонний+договор: unilateral-contract
двусторонний+договор: bilateral-contract
введение+заблуждение: misrepresentation
неправомерный+влияние: undue-influence
невозможность+исполнение: impossibility-of-performance impracticability
отказ+право: waiver
поручительство: guarantee
исковой+давность: statute-of-limitations
уголовный+право: criminal-law
уголовный+процесс: criminal-procedure
приготовление+преступление: preparation
подстрекательство: solicitation incitement
пособничество: aiding abetting
пособник: accessory abettor
разбой: armed-robbery
поджог: arson
похищение: kidnapping abduction
защитник: defense-counsel
коллегия+присяжный: jury
суд+присяжный: jury-trial
судебный+разбирательство: trial litigation
предварительный+слушание: preliminary-hearing
ордер+обыск: search-warrant
выемка: seizure
необоснованный+обыск: unreasonable-search
допрос: examination
перекрёстный+допрос: cross-examination
прямой+допрос: direct-examination
повторный+допрос: redirect-examination
очевидец: eyewitness
допустимость: admissibility
допустимый: admissible feasible allowable
недопустимый: inadmissible infeasible
бремя+доказывание: burden-of-proof
разумный+сомнение: reasonable-doubt
перевес+доказательство: preponderance-of-evidence
косвенный+доказательство: circumstantial-evidence
прямой+доказательство: direct-evidence
вещественный+доказательство: physical-evidence real-evidence
адвокатский+тайна: attorney-client-privilege
самообвинение: self-incrimination
плод+отравленный+дерево: fruit-of-the-poisonous-tree
равный+защита: equal-protection
свобода+слово: free-speech
судебный+контроль: judicial-review
судебный+власть: judiciary judicial-branch
прецедентный+право: case-law
общий+право: common-law
право+справедливость: equity
особый+мнение: dissenting-opinion dissent
совпадающий+мнение: concurring-opinion
опрометчивость: recklessness
опрометчивый: reckless
равномерный+движение: uniform-motion
равноускоренный+движение: uniformly-accelerated-motion
первый+закон+ньютон: newton-first-law
второй+закон+ньютон: newton-second-law
третий+закон+ньютон: newton-third-law
закон+ома: ohm-law
коэффициент+трение: coefficient-of-friction
трение+покой: static-friction
сила+упругость: elastic-force
закон+гук: hooke-law
сила+натяжение: tension-force
закон+сохранение+импульс: conservation-of-momentum
импульс+сила: impulse
реактивный+движение: jet-propulsion
механический+работа: mechanical-work
закон+сохранение+энергия: conservation-of-energy
момент+сила: torque moment-of-force
неподвижный+блок: fixed-pulley
подвижный+блок: movable-pulley
простой+механизм: simple-machine
центр+тяжесть: center-of-gravity
центр+масса: center-of-mass
архимедова+сила: buoyant-force buoyancy
сообщающийся+сосуд: communicating-vessels
пружинный+маятник: spring-pendulum
длина+волна: wavelength
продольный+волна: longitudinal-wave
поперечный+волна: transverse-wave
показатель+преломление: index-of-refraction
угол+падение: angle-of-incidence
угол+отражение: angle-of-reflection
угол+преломление: angle-of-refraction
полный+внутренний+отражение: total-internal-reflection
предельный+угол: critical-angle
собирающий+линза: converging-lens
рассеивающий+линза: diverging-lens
фокусный+расстояние: focal-length
оптический+сила: optical-power
главный+оптический+ось: principal-axis
мнимый+изображение: virtual-image
действительный+изображение: real-image
электрический+ток: electric-current
последовательный+соединение: series-connection
эдс: emf
электроёмкость: capacitance
магнитный+поле: magnetic-field
магнитный+индукция: magnetic-flux-density
электромагнитный+индукция: electromagnetic-induction
сила+лоренц: lorentz-force
правило+буравчик правило+правый+рука: right-hand-rule
правило+левый+рука: left-hand-rule
постоянный+магнит: permanent-magnet
силовой+линия: field-line
переменный+ток: alternating-current
постоянный+ток: direct-current
деление+ядро ядерный+деление: nuclear-fission
термоядерный+синтез: nuclear-fusion
массовый+число: mass-number
зарядовый+число: atomic-number
энергия+связь: binding-energy
ионизирующий+излучение: ionizing-radiation
счётчик+гейгера: geiger-counter
количество+теплота: quantity-of-heat
система+отсчёт: frame-of-reference reference-frame
инерциальный+система+отсчёт: inertial-frame
вращательный+движение: rotational-motion
поступательный+движение: translational-motion
закон+паскаль: pascal-law
закон+архимед: archimedes-principle
закон+кулон: coulomb-law
правило+ленца: lenz-law
закон+фарадей: faraday-law
закон+отражение: law-of-reflection
закон+преломление: law-of-refraction snell-law
абсолютный+нуль: absolute-zero
броуновский+движение: brownian-motion
тепловой+движение: thermal-motion
работа+выход: work-function
красный+граница: threshold-frequency cutoff-frequency
скорость+свет: speed-of-light
скорость+звук: speed-of-sound
звуковой+волна: sound-wave
стоячий+волна: standing-wave
падающий+луч: incident-ray
первый+космический+скорость: first-cosmic-velocity
мгновенный+скорость: instantaneous-velocity
средний+скорость: average-velocity
закон+сохранение+заряд: conservation-of-charge
точечный+заряд: point-charge
предельный+полезность: marginal-utility
убывающий+предельный+полезность: diminishing-marginal-utility
кривая+безразличие: indifference-curve
безразличие: indifference
бюджетный+ограничение: budget-constraint
бюджетный+линия: budget-line
предельный+норма+замещение: marginal-rate-of-substitution
эффект+доход: income-effect
эффект+замещение: substitution-effect
уравнение+слуцкий: slutsky-equation
совершенный+заменитель: perfect-substitutes
совершенный+дополнитель: perfect-complements
взаимодополняющий+товар: complementary-goods complements
товар+заменитель: substitute-goods substitutes
нормальный+товар: normal-good
низший+товар: inferior-good
товар+гиффен: giffen-good
товар+роскошь: luxury-good
кривая+спрос: demand-curve
кривая+предложение: supply-curve
закон+спрос: law-of-demand
величина+спрос: quantity-demanded
равновесный+цена: equilibrium-price
рыночный+равновесие: market-equilibrium
потребительский+излишек излишек+потребитель: consumer-surplus
излишек+производитель: producer-surplus
безвозвратный+потеря чистый+потеря: deadweight-loss
ценовой+эластичность: price-elasticity
перекрёстный+эластичность: cross-price-elasticity
потолок+цена ценовой+потолок: price-ceiling
ценовой+пол: price-floor
налоговый+бремя: tax-incidence tax-burden
отдача+масштаб: returns-to-scale
возрастающий+отдача+масштаб: increasing-returns-to-scale
убывающий+отдача+масштаб: decreasing-returns-to-scale
постоянный+отдача+масштаб: constant-returns-to-scale
убывающий+отдача: diminishing-returns
экономия+масштаб эффект+масштаб: economies-of-scale
экономия+разнообразие: economies-of-scope
отрицательный+эффект+масштаб: diseconomies-of-scale
предельный+издержка: marginal-cost
средний+издержка: average-cost
средний+переменный+издержка: average-variable-cost
общий+издержка: total-cost
постоянный+издержка: fixed-cost
переменный+издержка: variable-cost
альтернативный+издержка: opportunity-cost
вменённый+издержка неявный+издержка: implicit-cost
явный+издержка: explicit-cost
невозвратный+издержка безвозвратный+издержка: sunk-cost
бухгалтерский+прибыль: accounting-profit
экономический+прибыль: economic-profit
нормальный+прибыль: normal-profit
предельный+выручка предельный+доход: marginal-revenue
общий+выручка валовой+выручка: total-revenue
производственный+функция: production-function
предельный+продукт: marginal-product
совершенный+конкуренция: perfect-competition
естественный+монополия: natural-monopoly
ценовой+дискриминация: price-discrimination
ценовой+дискриминация+первый+степень: first-degree-price-discrimination
ценовой+дискриминация+третий+степень: third-degree-price-discrimination
ценополучатель: price-taker
рыночный+власть: market-power
барьер+вход: barriers-to-entry
теория+игра: game-theory
равновесие+нэш: nash-equilibrium
дилемма+заключённый: prisoner-dilemma
игра+нулевой+сумма: zero-sum-game
повторяющийся+игра: repeated-game
платёжный+матрица: payoff-matrix
смешанный+стратегия: mixed-strategy
чистый+стратегия: pure-strategy
обратный+индукция: backward-induction
несклонность+риск: risk-aversion
склонность+риск: risk-seeking risk-loving
нейтральность+риск: risk-neutrality
ожидаемый+полезность: expected-utility
ожидаемый+значение: expected-value
премия+риск: risk-premium
неблагоприятный+отбор ухудшающий+отбор: adverse-selection
моральный+риск: moral-hazard
асимметрия+информация асимметричный+информация: asymmetric-information information-asymmetry
внешний+эффект: externality
отрицательный+внешний+эффект: negative-externality
общественный+благо: public-good
безбилетник: free-rider
проблема+безбилетник: free-rider-problem
трагедия+община: tragedy-of-the-commons
выявленный+предпочтение: revealed-preference
функция+полезность: utility-function
провал+рынок фиаско+рынок: market-failure
зеркальный+изомер: enantiomer
асимметрический+атом+углерод: chiral-carbon asymmetric-carbon
функциональный+группа: functional-group
карбоновый+кислота: carboxylic-acid
заместитель: substituent
нуклеофильный+присоединение: nucleophilic-addition
промежуточный+соединение: intermediate
правило+марковникова: markovnikov-rule
правило+зайцева: zaitsev-rule
окислитель: oxidizing-agent
восстановитель: reducing-agent
энтальпия+образование: enthalpy-of-formation
стандартный+энтальпия+образование: standard-enthalpy-of-formation
энтальпия+сгорание: enthalpy-of-combustion
энтальпия+решётка: lattice-enthalpy
энтальпия+растворение: enthalpy-of-solution
теплота+образование: heat-of-formation
теплота+реакция тепловой+эффект+реакция: heat-of-reaction
закон+гесса: hess-law
средний+энергия+связь: average-bond-enthalpy
скорость+реакция: reaction-rate
константа+скорость: rate-constant
порядок+реакция: reaction-order
константа+равновесие: equilibrium-constant
химический+равновесие: chemical-equilibrium
смещение+равновесие: equilibrium-shift
самопроизвольный+процесс: spontaneous-process
обратимый+реакция: reversible-reaction
закон+действующий+масса: law-of-mass-action
закрытый+система: closed-system
открытый+система: open-system
растворённый+вещество: solute
насыщенный+раствор: saturated-solution
водородный+показатель: ph
буферный+раствор: buffer-solution
сопряжённый+основание: conjugate-base
сопряжённый+кислота: conjugate-acid
степень+диссоциация: degree-of-dissociation
неподелённый+электронный+пара: lone-pair
количество+вещество: amount-of-substance
постоянный+авогадро число+авогадро: avogadro-constant avogadro-number
ряд+активность: reactivity-series
агрегатный+состояние: state-of-matter
изомерия+положение: position-isomerism
межклассовый+изомерия: functional-group-isomerism
гомолитический+разрыв: homolytic-fission
гетеролитический+разрыв: heterolytic-fission
образование+связь: bond-formation
нуклеофильный+атака: nucleophilic-attack
лимитирующий+стадия: rate-determining-step
обращение+конфигурация: inversion-of-configuration
изогнутый+стрелка: curly-arrow
сложноэфирный+связь: ester-linkage
изомерия+цепь изомерия+углеродный+скелет: chain-isomerism
разветвлённый+цепь: branched-chain
неразветвлённый+цепь: straight-chain unbranched-chain
ненасыщенность: unsaturation
кислотный+катализ: acid-catalysis
межмолекулярный+сила: intermolecular-force
ионный+произведение+вода: ionic-product-of-water
произведение+растворимость: solubility-product
константа+кислотность: acid-dissociation-constant
константа+диссоциация: dissociation-constant
сильный+кислота: strong-acid
слабый+кислота: weak-acid
сильный+основание: strong-base
слабый+основание: weak-base
точка+эквивалентность: equivalence-point
теплота+растворение: heat-of-solution
теплота+нейтрализация: heat-of-neutralization
энергия+решётка: lattice-energy
сродство+электрон: electron-affinity
уравнение+реакция: chemical-equation
закон+сохранение+масса: conservation-of-mass
теория+столкновение: collision-theory
активированный+комплекс: activated-complex
уравнение+аррениус: arrhenius-equation
пространственный+затруднение: steric-hindrance
плоскость+симметрия: plane-of-symmetry
оптический+вращение: optical-rotation
конформация+кресло: chair-conformation
конформация+ванна: boat-conformation
заслонённый+конформация: eclipsed-conformation
заторможенный+конформация: staggered-conformation
реакционный+способность: reactivity
локальный+сеть: local-area-network lan
глобальный+сеть: wide-area-network wan
городской+сеть: metropolitan-area-network man
коммутация: switching
коммутация+пакет: packet-switching
коммутация+канал: circuit-switching
стек+протокол: protocol-stack
канальный+уровень: data-link-layer link-layer
сетевой+уровень: network-layer
транспортный+уровень: transport-layer
прикладной+уровень: application-layer
физический+уровень: physical-layer
сеансовый+уровень: session-layer
тройной+рукопожатие: three-way-handshake
повторный+передача: retransmission
скользящий+окно: sliding-window
окно+перегрузка: congestion-window
управление+перегрузка: congestion-control
управление+поток: flow-control
медленный+старт: slow-start
потеря+пакет: packet-loss
широковещательный+рассылка: broadcast
многоадресный+рассылка: multicast
маска+подсеть: subnet-mask
основной+шлюз: default-gateway
система+доменный+имя: domain-name-system
разрешение+имя: name-resolution
преобразование+сетевой+адрес: network-address-translation
трансляция+адрес: address-translation
установление+соединение: connection-establishment
гарантированный+доставка: guaranteed-delivery
сетевой+карта: network-interface-card
повторитель: repeater
точка+доступ: access-point
беспроводной+сеть: wireless-network
витый+пара: twisted-pair
оптоволокно: optical-fiber
ячеистый+сеть: mesh-network
одноранговый+сеть: peer-to-peer-network
таблица+маршрутизация: routing-table
протокол+маршрутизация: routing-protocol
состояние+канал: link-state
вектор+расстояние: distance-vector
автономный+система: autonomous-system
пограничный+шлюз: border-gateway
открытый+ключ: public-key
удостоверяющий+центр: certificate-authority
время+жизнь: time-to-live
перехват: sniffing
распределённый+отказ+обслуживание: ddos
несущий+частота: carrier-frequency
множественный+доступ: multiple-access
среда+передача: transmission-medium
скорость+передача: transmission-rate
битовый+скорость: bitrate bit-rate
виртуальный+частный+сеть: virtual-private-network vpn
широковещательный+адрес: broadcast-address
петлевой+адрес: loopback-address
связующий+дерево: spanning-tree
виртуальный+локальный+сеть: virtual-lan vlan
магистральный+сеть: backbone-network
точка+обмен+трафик: internet-exchange-point
известный+порт: well-known-port
отправитель: sender
получатель: recipient
номер+порт: port-number
номер+последовательность: sequence-number
сброс+соединение: connection-reset
разрыв+соединение: disconnection
закрытие+соединение: connection-close
почтовый+сервер: mail-server
электронный+почта: email e-mail
доменный+зона: dns-zone
корневой+сервер: root-server
обратный+просмотр: reverse-lookup
аренда+адрес: address-lease
статический+адрес: static-address
динамический+адрес: dynamic-address
частный+адрес: private-address
публичный+адрес: public-address
сетевой+адрес: network-address
физический+адрес: physical-address mac-address
разрешение+адрес: address-resolution
скорость+канал: link-speed
очередь+пакет: packet-queue
глубокий+инспекция+пакет: deep-packet-inspection
фильтрация+пакет: packet-filtering
демилитаризованный+зона: dmz
временной+сложность: time-complexity
пространственный+сложность: space-complexity
сложность+память: space-complexity memory-complexity
худший+случай: worst-case
лучший+случай: best-case
средний+случай: average-case
динамический+массив: dynamic-array
связный+список: linked-list
двусвязный+список: doubly-linked-list
односвязный+список: singly-linked-list
приоритетный+очередь очередь+приоритет: priority-queue
двусторонний+очередь: deque double-ended-queue
метод+цепочка: separate-chaining
открытый+адресация: open-addressing
коэффициент+заполнение: load-factor
двоичный+дерево бинарный+дерево: binary-tree
двоичный+дерево+поиск бинарный+дерево+поиск: binary-search-tree
сбалансированный+дерево: balanced-tree
префиксный+дерево нагруженный+дерево: trie prefix-tree
дерево+отрезок: segment-tree
дерево+фенвика: fenwick-tree
двоичный+куча: binary-heap
пирамидальный+сортировка: heapsort heap-sort
сортировка+слияние: merge-sort mergesort
быстрый+сортировка: quicksort quick-sort
сортировка+вставка: insertion-sort
сортировка+выбор: selection-sort
пузырьковый+сортировка сортировка+пузырёк: bubble-sort
сортировка+подсчёт: counting-sort
поразрядный+сортировка: radix-sort
устойчивый+сортировка: stable-sort
опорный+элемент: pivot
двоичный+поиск бинарный+поиск: binary-search
линейный+поиск: linear-search
поиск+ширина обход+ширина: breadth-first-search bfs
поиск+глубина обход+глубина: depth-first-search dfs
прямой+обход: preorder pre-order
обратный+обход: postorder post-order
симметричный+обход центрированный+обход: inorder in-order
ориентированный+граф: directed-graph digraph
неориентированный+граф: undirected-graph
взвешенный+граф: weighted-graph
вес+ребро: edge-weight
матрица+смежность: adjacency-matrix
список+смежность: adjacency-list
компонента+сильный+связность: strongly-connected-component
минимальный+остовный+дерево: minimum-spanning-tree
жадный+алгоритм: greedy-algorithm
полный+перебор: brute-force exhaustive-search
поиск+возврат перебор+возврат: backtracking
базовый+случай: base-case
метод+ветвь+граница: branch-and-bound
разделять+властвовать: divide-and-conquer
инвариант+цикл: loop-invariant
максимальный+поток: maximum-flow max-flow
минимальный+разрез: minimum-cut min-cut
двудольный+граф: bipartite-graph
раскраска+граф: graph-coloring
задача+рюкзак: knapsack-problem
наибольший+общий+подпоследовательность: longest-common-subsequence
поиск+подстрока: substring-search string-matching
два+указатель: two-pointers
префиксный+сумма: prefix-sum
непересекающийся+множество система+непересекающийся+множество: disjoint-set union-find
разреженный+матрица: sparse-matrix
кольцевой+буфер циклический+буфер: ring-buffer circular-buffer
список+пропуск: skip-list
поворот+дерево: tree-rotation
высота+дерево: tree-height
дочерний+узел: child-node
родительский+узел: parent-node
сжатие+путь: path-compression
объединение+ранг: union-by-rank
кратчайший+путь: shortest-path
волновой+алгоритм: lee-algorithm
релаксация+ребро: edge-relaxation
отрицательный+цикл: negative-cycle
транзитивный+замыкание: transitive-closure
эйлеров+путь: eulerian-path
гамильтонов+цикл: hamiltonian-cycle
сортировка+куча: heapsort
порядковый+статистика: order-statistic
амортизированный+стоимость: amortized-cost
верхний+граница: upper-bound
нижний+граница: lower-bound
асимптотический+оценка: asymptotic-bound
рекуррентный+соотношение: recurrence-relation
основной+теорема: master-theorem
жадный+выбор: greedy-choice
оптимальный+подструктура: optimal-substructure
перекрывающийся+подзадача: overlapping-subproblems
фиксировать: commit
область+подготовка: staging-area
отложить: stash
отложенный+изменение: stash
выборочный+перенос: cherry-pick
вытянуть: pull
переключение: checkout
оторванный+голова: detached-head
быстрый+перемотка: fast-forward
ускоренный+слияние: fast-forward-merge
склеивание: squash
общий+предок: merge-base
разработка+основа+ствол: trunk-based-development
основной+линия: mainline
срочный+исправление: hotfix
монорепозиторий: monorepo
запрос+изменение: pull-request
ловушка: hook
номер+версия: version-number
метка+версия: version-tag
построчный+авторство: blame
перезапись+история: history-rewriting
подпись+коммит: commit-signing
восходящий+ветка вышестоящий+ветка: upstream-branch
поверхностный+клон: shallow-clone
частичный+клон: partial-clone
сливать: merge
вливание: merge
отменить+коммит: revert-commit
дополнить+коммит исправить+коммит: amend
чистый+рабочий+дерево: clean-working-tree
неотправленный: unpushed
распределённый+система+контроль+версия: distributed-version-control
владелец+код: code-owner
ветвь+разработка: development-branch develop-branch
короткоживущий+ветка: short-lived-branch
удалить+ветка: delete-branch
переименовать+ветка: rename-branch
создать+ветка: create-branch
слить+ветка: merge-branch
двоичный+поиск+коммит: bisect
журнал+ссылка: reflog
игнорируемый+файл: ignored-file
хранение+большой+файл: large-file-storage
изменённый: modified
отслеживание+ветка: branch-tracking
опережать: ahead
отставать: behind
разошедшийся+ветка: diverged-branches
ветка+функциональность ветка+фича: feature-branch
флаг+функциональность: feature-flag feature-toggle
локальный+изменение: local-changes
отменить+индексация: unstage
граф+коммит: commit-graph
первый+родитель: first-parent
ветка+выпуск выпускной+ветка: release-branch
стабильный+ветка: stable-branch
экспериментальный+ветка: experimental-branch
ветка+умолчание: default-branch
перенести+коммит: cherry-pick
переписать+история: rewrite-history
объединить+коммит: squash-commits
разрешить+конфликт: resolve-conflict
автоматический+слияние: auto-merge
ручной+слияние: manual-merge
стянуть: pull
залить: push
общий+репозиторий: shared-repository
линейный+история: linear-history
список+изменение: changelog
примечание+выпуск заметка+выпуск: release-notes
защита+ветка: branch-protection
правило+защита+ветка: branch-protection-rule
автор+коммит: commit-author
идентификатор+коммит: commit-id commit-hash
исправление+ошибка: bug-fix bugfix
параллельный+разработка: parallel-development
воронка+конверсия: conversion-funnel
коэффициент+отток: churn-rate
стоимость+привлечение+клиент: cac
пожизненный+ценность+клиент: ltv
ценность+клиент: customer-value
жизненный+цикл+клиент: customer-lifecycle
активный+пользователь: active-user
ежедневный+активный+пользователь: daily-active-users dau
ежемесячный+активный+пользователь: monthly-active-users mau
минимальный+жизнеспособный+продукт: mvp
продуктовый+менеджер менеджер+продукт: product-manager
управление+продукт: product-management
продуктовый+дорожный+карта: product-roadmap
проверка+гипотеза: hypothesis-testing
статистический+значимость: statistical-significance
статистический+мощность: statistical-power
размер+выборка объём+выборка: sample-size
тестовый+группа экспериментальный+группа: treatment-group test-group
разбиение+трафик: traffic-split
минимальный+обнаруживаемый+эффект: minimum-detectable-effect mde
размер+эффект: effect-size
подглядывание: peeking
поправка+бонферрони: bonferroni-correction
ключевой+метрика: key-metric
целевой+метрика: target-metric
метрика+северный+звезда: north-star-metric
ключевой+показатель+эффективность: key-performance-indicator
индекс+удовлетворённость+клиент: customer-satisfaction-index csi
индекс+потребительский+лояльность: nps
сторонник: promoter
критик: detractor
клиентский+опыт: customer-experience
портрет+клиент: customer-persona
показ: impression
кликабельность: click-through-rate ctr
рентабельность+инвестиция окупаемость+инвестиция: return-on-investment roi
средний+чек: average-order-value
модель+ценообразование: pricing-model
бесплатный+пробный+период: free-trial
пробный+период: trial-period
ежемесячный+регулярный+доход: monthly-recurring-revenue mrr
регулярный+доход: recurring-revenue
каркас: wireframe
постепенный+выкатывание: gradual-rollout
внедрение: adoption
жизненный+цикл+продукт: product-lifecycle
боль+клиент: pain-point
эффект+новизна: novelty-effect
эффект+первенство: primacy-effect
случайный+распределение: random-assignment
многорукий+бандит: multi-armed-bandit
снижение+дисперсия: variance-reduction
прирост: uplift lift
относительный+прирост: relative-uplift
абсолютный+прирост: absolute-uplift
удержание+первый+день: day-one-retention
кривая+удержание: retention-curve
липкость: stickiness
частота+покупка: purchase-frequency
средний+доход+пользователь: average-revenue-per-user arpu
средний+доход+платящий+пользователь: average-revenue-per-paying-user arppu
платящий+пользователь: paying-user
бесплатный+пользователь: free-user
условно-бесплатный: freemium
брошенный+корзина: abandoned-cart cart-abandonment
оформление+заказ: checkout
ошибка+первый+рода: type-i-error false-positive
ошибка+второй+рода: type-ii-error false-negative
вероятность+ошибка+первый+рода: significance-level alpha
вероятность+ошибка+второй+рода: beta
коэффициент+удержание: retention-rate
коэффициент+вовлечённость: engagement-rate
стоимость+клик: cost-per-click cpc
стоимость+тысяча+показ: cost-per-mille cpm
стоимость+действие: cost-per-action cpa
контекстный+реклама: contextual-advertising
поисковый+оптимизация: seo
маркетинговый+комплекс: marketing-mix
ранний+последователь: early-adopter
кривая+принятие: adoption-curve
контролируемый+эксперимент: controlled-experiment
анализ+мощность: power-analysis
последовательный+тестирование: sequential-testing
продолжительность+тест: test-duration
единица+рандомизация: randomization-unit
сетевой+эффект: network-effect
удовлетворённость+пользователь: user-satisfaction
индекс+усилие+клиент: customer-effort-score ces
голос+клиент: voice-of-customer
показатель+отказ коэффициент+отказ: bounce-rate
анонимный+функция: anonymous-function lambda
функция+высокий+порядок: higher-order-function
охранный+выражение: guard
тип+данные: data-type
тип+сумма: sum-type
проверка+тип: type-checking
строгий+типизация: strong-typing
отложенный+вычисление: thunk deferred-computation
генератор+список: list-comprehension
неподвижный+точка: fixed-point
полугруппа: semigroup
чисто+функциональный+язык: purely-functional-language
свободный+переменный: free-variable
область+видимость: scope
голова+список: head
хвост+список: tail
пустой+список: empty-list
ввод+вывод: input-output io
действие+ввод+вывод: io-action
новый+тип: newtype
переменный+тип: type-variable
обобщённый+алгебраический+тип+данные: gadt
ограничение+класс: class-constraint
бесточечный: pointfree
сечение+оператор: operator-section
левоассоциативный: left-associative
правоассоциативный: right-associative
условный+выражение: conditional-expression
правило+отступ: layout-rule offside-rule
интерактивный+оболочка: repl interactive-shell
эквациональный+рассуждение: equational-reasoning
преобразователь+монада: monad-transformer
сворачиваемый: foldable
обходимый: traversable
развёртка: unfold
линейный+тип: linear-type
полнота: totality
полный+функция: total-function
сопоставление+шаблон: pattern-matching
исчерпывающий+сопоставление: exhaustive-matching
неисчерпывающий+образец: non-exhaustive-patterns
образец+подстановочный: wildcard-pattern
именованный+образец: as-pattern
ленивый+образец: irrefutable-pattern
синтаксис+запись: record-syntax
поле+запись: record-field
функция+доступ: accessor
тип+функция: function-type
вывод+экземпляр: instance-deriving deriving
класс+тип: type-class
экземпляр+класс+тип: type-class-instance
метод+умолчание: default-method
полиморфный+функция: polymorphic-function
ограничение+мономорфизм: monomorphism-restriction
конструктор+тип: type-constructor
применение+тип: type-application
распаковка: unwrapping
распакованный: unboxed
упакованный: boxed
аннотация+строгость: strictness-annotation bang-pattern
оптимизация+хвостовой+вызов: tail-call-optimization
свёртка+слева: foldl
свёртка+справа: foldr
частично+применённый: partially-applied
рекурсивный+случай: recursive-case
перечислимый+тип: enumeration-type enum
пустой+тип: void-type
тип+высокий+рода: higher-kinded-type
функциональный+зависимость: functional-dependency
изменяемый+ссылка: mutable-reference
программный+транзакционный+память: software-transactional-memory
неизменяемый+структура+данные: immutable-data-structure
вызов+необходимость: call-by-need
вызов+значение: call-by-value
вызов+имя: call-by-name
нормальный+порядок+вычисление: normal-order-evaluation
захват+переменный: variable-capture
локальный+привязка: local-binding
вспомогательный+функция: helper-function
постоянный+функция: constant-function
приоритет+оператор: operator-precedence
инфиксный+запись: infix-notation
громкость: volume
затухание: rolloff falloff
наследование: inherit
миоз: miosis
мидриаз: mydriasis
ботулотоксин ботокс: botulinum botox
рецептор: receptor
вершинный: apex
толерантность: tolerance
эвтрофикация: eutrophication
биоаккумуляция: bioaccumulation
фрагментация: fragmentation
сопряжённый сопряженный: coupled
аффективный: affective
когнитивный: cognitive
психомоторный: psychomotor
болонский: bologna
коллекционер: collector
таксономия: taxonomy
ноумен: noumenon
феномен: phenomenon
фальсификация фальсифицируемость: falsification falsifiability
верификация: verification
парадигма: paradigm
вещь+в+себе: thing-in-itself
структурированный: structured
поражение: blast
жир жировой: fat adipose
жидкомозаичный: mosaic
разобщение: uncoupling
сегнетоэлектрик: ferroelectric
диэлектрический+восприимчивость: electric-susceptibility dielectric-susceptibility
теорема+гаусс: gauss-law gauss-theorem
встреча+посередине атака+встреча+посередине: meet-in-the-middle
телескоп+рефрактор: refracting-telescope
синодический: synodic
сидерический звёздный+месяц: sidereal
полутень: penumbra
тень: umbra shadow
дифференциальный+сопротивление: dynamic-resistance differential-resistance
треугольник+звезда: delta-wye
стабилитрон: zener
затмение: eclipse
останавливаться остановиться: halt stop
формальный формально: formal formally
неоднозначно: ambiguously ambiguous
внутрибольничный госпитальный: nosocomial hospital-acquired
привлекательный: attractive appealing lovable
президентский: presidential
президент: president
республика: republic
парламентский: parliamentary
унитарный: unitary
федеративный: federal federative
арбитраж: arbitrage
полудуплексный полудуплекс: half-duplex
ниша: niche
больший: larger greater bigger
закон+больший+число: law-large-numbers
гипотетический: hypothetical
императив: imperative
натуралистический: naturalistic
электрический: electric electrical
магнитный: magnetic
маржа: margin
конкуренция: rivalry
ээг электроэнцефалография: eeg electroencephalography
экг электрокардиограмма: ecg ekg electrocardiogram
мрт: mri
фмрт: fmri
кт: ct
крымский: crimean
соляной: salt
побоище: battle massacre slaughter
ледовый: ice icy
вольный: free
хлебопашец: farmer ploughman plowman tiller
самозванец: impostor pretender
девиация отклонение: deviance deviation
девиантный: deviant
лишение+свобода: incarceration imprisonment
зеркальный: mirror looking-glass
живописец: painter
живописный: pictorial painterly picturesque
акварель: watercolor watercolour
роспись: mural
настенный: mural
рисовать: draw
гравюра: engraving
гравер: engraver
офорт: etching
ксилография: woodcut
ваяние: sculpture
изваяние: statue sculpture
резчик: carver
лепка: modeling modelling
литье: casting
зодчество: architecture
зодчий: architect
купол: dome cupola
витраж: stained-glass
убранство: decoration furnishing
станковый: easel
натюрморт: still-life
бытовой: genre everyday
батальный: battle
обнаженный: nude naked
нагота: nudity
лик: countenance
ракурс: foreshortening
светотень: chiaroscuro
колорит: coloring colouring palette
краска: paint pigment
лак: varnish lacquer
подрамник: stretcher
штриховка: hatching
плоскостной: planar
соразмерность: proportionality
манера: manner
подмастерье: apprentice journeyman
покровитель меценат: patron
покровительство меценатство: patronage
экспозиция: display exhibition
экспонат: exhibit
датировка: dating
романский: romanesque
беспредметный: non-objective nonrepresentational
передвижник: itinerant wanderer
фламандский: flemish
символика: symbolism
позолота: gilding
ювелирный: jewelry jewellery
фарфор: porcelain
ковер: carpet rug
гобелен: tapestry
вышивка: embroidery
зал: hall room gallery
надгробие: tombstone tomb
развалины руины: ruins
плакат: poster
условность: conventionality
богоматерь богородица: virgin madonna
распятие: crucifixion crucifix
благовещение: annunciation
рождество: nativity
вечеря: supper
воскресение: resurrection
троица: trinity
нимб: halo nimbus
одеяние: garment robe
драпировка: drapery
гипс: plaster
постамент: pedestal plinth
фронтон: pediment gable
карниз: cornice
ампир: empire
пышный: lavish ornate
сдержанный: restrained
тушь: ink
чернила: ink
перо: pen quill feather
левкас: gesso
яичный: egg
финифть: enamel
резной: carved
придворный: court courtly
клеймо: hallmark
красочный: paint colorful colourful
трубочка: tubule tube
мрнк: mrna
трнк: trna
адф: adp
ферментативный: enzymatic
апофермент: apoenzyme
изофермент: isozyme isoenzyme
клетчатка: cellulose
янтарный: succinic
яблочный: malic
пировиноградный: pyruvic
щавелевоуксусный: oxaloacetic
кетоновый: ketone
мочевина: urea
перекрест: crossover crossing
близнец: twin
перетяжка: constriction
отцовский: paternal
многоклеточный: multicellular
одноклеточный: unicellular single-celled
штамм: strain
глушитель: silencer
кодировать: encode
меченый: labeled labelled tagged
пцр: pcr
питательный: nutrient nutritive
окрашивание: staining
краситель: dye stain
надосадочный: supernatant
пыльца: pollen
устьице: stoma
щелочноземельный: alkaline-earth
цинк: zinc
марганец: manganese
сурьма: antimony
мышьяк: arsenic
висмут: bismuth
вольфрам: tungsten
серный: sulfuric sulphuric
сернистый: sulfurous sulphurous
фосфорный: phosphoric
угольный: carbonic
плавиковый: hydrofluoric
синильный: hydrocyanic prussic
неподеленный: lone unshared
окисел: oxide
известь: lime
селитра: saltpeter saltpetre nitrate
квасцы: alum
купорос: vitriol
кремнезем: silica
глинозем: alumina
разветвленный: branched
неразветвленный: unbranched
перегруппировка: rearrangement
атакующий: attacking
заслоненный: eclipsed
нитрование: nitration
сульфирование: sulfonation
горючий: combustible flammable
взрывчатый: explosive
горелка: burner
мерный: volumetric measuring
осушитель: desiccant drier
реактив: reagent
окраска: coloration
дисперсный: dispersed
пена: foam
летучесть: volatility fugacity
алмаз: diamond
обжиг: roasting calcination firing
манипулирование: manipulation
предоставлять: grant
отзывать: revoke
разбивка: splitting partitioning
предатель: traitor
геораспределенный: geo-distributed
обитать: inhabit live dwell
обитатель: inhabitant dweller
взаимовыгодный: mutualistic
водоем: reservoir pond
пресноводный: freshwater
соленый: salty saline
наземный: terrestrial
загрязняющий: polluting
утилизация: recycling
озоновый: ozone
надвиг: thrust
желоб: trench trough
пепел: ash
жерло: vent
размыв: erosion washout
излом: fracture
окаменелый: fossilized petrified
подножие: foothill
исток: headwater
бассейн: basin
засушливый: arid
умеренный: temperate
горизонталь: contour
хозяйственный: economic
хозяйствующий: economic
удорожание: appreciation
дешевый: cheap inexpensive
перераспределение: redistribution
вмененный: imputed
огосударствление: nationalization
дополняющий: complementary
мвф: imf
вто: wto
некоммерческий: nonprofit non-profit
антимонопольный: antitrust antimonopoly
недобросовестный: unfair
потрясение: shock
плательщик: payer
ликвидационный: liquidation salvage
приведенный: discounted
акционерный: joint-stock
страхователь: policyholder insured
расчетный: checking
взаимозачет: netting setoff
зачет: setoff
ревизор: auditor inspector
пенсионный: pension
казначейский: treasury
банкомат: atm
отмывание: laundering
контрагент: counterparty
министерство: ministry
палата: chamber house
депутат: deputy
представительный: representative
бюллетень: ballot
многопартийный: multiparty multi-party
однопартийный: one-party single-party
свержение: overthrow
вооруженный: armed
нераспространение: nonproliferation non-proliferation
невмешательство: nonintervention non-interference
сверхдержава: superpower
однополярный: unipolar
многополярный: multipolar
двухполярный: bipolar
убежище: asylum refuge
перемещенный: displaced
правоохранительный: law-enforcement
стража: guard
пристав: bailiff marshal
уполномоченный: authorized commissioner ombudsman
шествие: march procession
слушающий: hearer
овладение: mastery
освоение: mastering
усваивать: acquire
лепет: babbling
губно-губной: bilabial
губно-зубной: labiodental
небный: palatal
мягкость: softness palatalization
заднеязычный: velar
язычный: lingual
переднеязычный: coronal
произносить: pronounce
расподобление: dissimilation
словоизменительный: inflectional
послелог: postposition
спрягать: conjugate
именной: nominal
обозначаемое: signified
означающее: signifier
произвольность: arbitrariness
многоязычный: multilingual
вежливость: politeness
приемлемость: acceptability
приемлемый: acceptable
изолирующий: isolating
флективный: inflectional fusional
переводить: translate
предписывающий: prescriptive
сопоставительный: contrastive
аудирование: listening
говорение: speaking
повесть: novella
роман: novel romance
новелла: novella short-story
басня: fable
притча: parable
эпос: epic epos
эпический: epic
герой: hero protagonist
героиня: heroine
фабула: fabula
завязка: complication
кульминация: climax
стихотворение: poem
стихотворный: poetic
поэма: poem
хорей: trochee
четверостишие: quatrain
двустишие: couplet distich
стихосложение: versification prosody
троп: trope
преуменьшение: understatement
намек: allusion
отсылка: allusion
цитировать: cite
подтекст: subtext
образность: imagery
всеведущий всезнающий: omniscient
вставной: embedded inserted interpolated
посвящение: dedication
вымысел: fiction invention
вымышленный: fictional fictitious
мемуары: memoirs
дневник: diary
эпистолярный: epistolary
очерк: essay
публицистика: journalism
новаторство: innovation
сказитель: storyteller
послание: epistle
двойник: doppelganger
судьба: fate destiny
рок: fate doom
издание: edition publication
редакция: version edition
сборник: anthology
красноречие: eloquence
оратор: orator
ораторский: oratorical
убедительный: persuasive convincing
прения: debate
полемика: controversy polemic
уловка: trick ploy
уместность: appropriateness propriety decorum
похвала: praise
хвалебный: laudatory panegyric
порицание: blame censure
совещательный: deliberative
торжественный: epideictic ceremonial
единоначалие: anaphora
восклицание: exclamation
многосоюзие: polysyndeton
бессоюзие: asyndeton
каламбур: pun
остроумие: wit
насмешка: mockery ridicule
смешной: funny comic
словесность: literature letters
опоясывающий: enclosed envelope
неточный: inexact slant
концовка: ending
исповедь: confession
житие: hagiography
рыцарский: chivalric knightly
плутовской: picaresque
антиутопия: dystopia
приключение: adventure
странствие: wandering
нравы: manners mores
нравоучение: moralizing
подвиг: feat exploit deed
злодей: villain
возлюбленный: lover beloved
изгнанник: outcast
искушение: temptation
отражать: reflect
воплощение: embodiment incarnation
выражать: express
обличение: denunciation exposure
проповедник: preacher
надгробный: funeral funerary
опровергать: refute
нрав: temper
воззвание: proclamation
лозунг: slogan
коллектив: team
финансирование: financing funding
партнерство: partnership
тариф: tariff
средства: funds
стажер: intern trainee
стажировка: internship
умножать: multiply
неотрицательный: nonnegative
ступенчатый: echelon
накопленный: cumulative
конечность: limb extremity
легкое: lung
нос: nose
жевание: chewing mastication
железистый: glandular
пот: sweat
покраснение: redness
назначать: prescribe
яд: poison venom
вич: hiv
спид: aids
цнс: cns
реанимация: resuscitation
предсказывать: predict
разметчик: annotator labeler
взрывающийся: exploding
разделяющий: separating
наивный: naive
разведочный: exploratory
дисбаланс: imbalance
зашумленный: noisy
нормировка: normalization
предсказательный: predictive
многоклассовый: multiclass
обучаемый: trainable learnable
квантование: quantization
музыка: music
музыкальный: musical music
целотонный: whole-tone
прима: unison prime
нона: ninth
децима: tenth
уменьшенный: diminished
квартсекстаккорд: six-four
предъем: anticipation
одноименный: parallel
каденция: cadence
плагальный: plagal
темперация: temperament
синкопа: syncopation
громко: loudly
тихо: softly quietly
нарастание: crescendo
затихание: diminuendo decrescendo fading
диез: sharp
повышать: raise sharpen
понижать: flatten
триоль: triplet
дуоль: duplet
квинтоль: quintuplet
четырехдольный: quadruple
аппликатура: fingering
звукоизвлечение: articulation
смычок: bow
струнный: stringed
клавишный: keyboard
скрипка: violin fiddle
альт: viola alto
виолончель: cello violoncello
контрабас: double-bass contrabass
гобой: oboe
фагот: bassoon
валторна: horn
литавры: timpani kettledrums
барабан: drum
фортепиано рояль пианино: piano
хор: choir chorus
хоровой: choral
камерный: chamber
исполнять: perform
репетиция: rehearsal
дирижер: conductor
дирижировать: conduct
сочинять: compose
пение: singing
певец: singer
петь: sing
звучание: sonority
заключительный: closing concluding
трехчастный: ternary
многоголосный: polyphonic
одноголосный: monophonic
противосложение: countersubject
напев: tune melody chant
двенадцатитоновый: twelve-tone dodecaphonic
ракоход ракоходный: retrograde
фальшивый: out-of-tune
цифрованный: figured
генерал-бас: thoroughbass continuo
форшлаг: grace appoggiatura
группетто: turn
увертюра: overture
колыбельная: lullaby
переложение: transcription
поступенный: stepwise conjunct
скачкообразный: disjunct
построение: construction
смычковый: bowed
щипковый: plucked
звучный: sonorous resonant
затор: congestion
отбрасывать: drop discard
унифицированный: unified
абонент: subscriber
коммутируемый: switched
привязывать: bind
подключаться: connect
отправлять посылать: send
кэширующий: caching
равноправный: peer
бесклассовый: classless
сокращенный: abbreviated shortened
незащищенный: insecure unprotected
сигнализация: signaling signalling
завершенный: terminated finished completed
устанавливать: install
загружать: boot
загружаемый: loadable
гостевой: guest
неудачный: failed unsuccessful
многопользовательский: multi-user
многопроцессорный: multiprocessor
однопоточный: single-threaded
подкоманда: subcommand
переименовывать: rename
убивать: kill
перезапускать: restart
подключать: connect attach
отключать: disconnect detach unmount disable
выключать: disable shutdown
выгружать: unload
небытие: nonbeing non-being
ничто: nothing nothingness
неразумный: irrational unreasonable
самопознание: self-knowledge
ложность: falsity
очевидность: self-evidence obviousness
перводвигатель: prime-mover
особенный: particular special
противоположность: opposite
вечность: eternity
пустота: emptiness
спасение: salvation
бессмертие: immortality
бессмертный: immortal
мудрец: sage
безобразный: ugly
заброшенность: thrownness
сверхчеловек: overman superman
современность: modernity
раскопка: excavation dig
повод: pretext occasion
папа: pope
язычник: pagan heathen
набег: raid
горожанин: townsman burgher
прямолинейный: rectilinear
намагниченность: magnetization
поршень: piston
преломленный: refracted
непрозрачный: opaque
освещенность: illuminance illumination
возбужденный: excited
запутанность: entanglement
запутанный: entangled
фотоэлемент: photocell
секундомер: stopwatch
электроемкость: capacitance
выделять: allocate
распределитель аллокатор: allocator
перечисляемый: enumerated
безблокировочный: lock-free
атомарный: atomic
приостанавливать: suspend
возобновлять: resume
разыменовывать: dereference
дружественный: friend
вариативный: variadic
прерывать: abort interrupt
неинициализированный: uninitialized
уничтожать: destroy
переносимый: portable
реализовывать: implement
стремление: aspiration striving
беспокойство: worry concern
ревность: jealousy
отвержение: rejection
одиночество: loneliness solitude
психика: psyche
бред: delusion
сверстник: peer
межгрупповой: intergroup
молодежь: youth
приписывание: attribution
сми: media
повседневный: everyday daily
застенчивость: shyness
неуверенность: insecurity
осознанность: mindfulness
сосредоточенность сосредоточение: concentration
рассеянность: absent-mindedness distraction
саморегуляция: self-regulation
самоконтроль: self-control
подзаголовок: subheading subtitle
запоминаемость: memorability
заметность: salience noticeability
обнаруживаемость: discoverability findability
слабослышащий: hard-of-hearing
носимый: wearable
воспринимаемый: perceived
свернутый: collapsed minimized
развернутый: expanded
плитка: tile
пиктограмма: icon pictogram
субтитр: subtitle
детализированный: detailed
мастер: wizard
пошаговый: step-by-step
переиспользуемый: reusable
микротекст: microcopy
редактура: editing
формулировка: wording phrasing
модификатор: modifier
инъекция+зависимость: dependency-injection
соседний+селектор: sibling-selector adjacent-sibling-selector
селектор+потомок: descendant-selector
дочерний+селектор: child-selector
блочный+модель: box-model
мнемоника: entity mnemonic
уровень+переопределение: redefinition-level
ложный+колонка: faux-columns
изолированный+класс: sealed-class
вторичный+конструктор: secondary-constructor
первичный+конструктор: primary-constructor
блок+инициализация: init-block initializer-block
матрица+гессе: hessian hessian-matrix
соприкасающийся+окружность: osculating-circle
полный+производная: total-derivative
производная+направление: directional-derivative
второй+производная: second-derivative
повторный+интеграл: iterated-integral
тройной+интеграл: triple-integral
локальный+максимум: local-maximum local-max
локальный+минимум: local-minimum local-min
глобальный+максимум: global-maximum global-max absolute-maximum
глобальный+минимум: global-minimum global-min absolute-minimum
гармонический+ряд: harmonic-series
ряд+тейлор: taylor-series
множитель+лагранж: lagrange-multiplier
разложение+простой+дробь: partial-fractions partial-fraction-decomposition
простейший+дробь: partial-fractions
интегрирование+часть: integration-by-parts
дифференциальный+уравнение: differential-equation
обыкновенный+дифференциальный+уравнение: ordinary-differential-equation ode
асимптотически+устойчивый: asymptotically-stable
преобразование+лаплас: laplace-transform
метод+эйлер: euler-method
локальный+погрешность: local-truncation-error
градиент: gradient
дивергенция: divergence
лапласиан: laplacian
корреляция: correlation
формула+байес: bayes-theorem bayes-formula
плотность+распределение: probability-density density
биномиальный+распределение: binomial-distribution
пуассон+распределение: poisson-distribution
экспоненциальный+распределение: exponential-distribution
закон+большой+число: law-of-large-numbers
испытание+бернулли: bernoulli-trial
лучевой+кость: radius
локтевой+кость: ulna
малоберцовый+кость: fibula
артерия: artery
вена: vein
капилляр: capillary
аорта: aorta
трахея: trachea
бронх: bronchus
альвеола: alveolus
диафрагма: diaphragm
нерв: nerve
нейрон: neuron
нефрон: nephron
гормон: hormone
гипоталамус: hypothalamus
эпидермис: epidermis
дерма: dermis
эпителий эпителиальный: epithelium epithelial
хеморецептор: chemoreceptor
барорецептор: baroreceptor
натурфилософия: natural-philosophy
юридический+лицо: legal-entity
физический+лицо: individual natural-person
конституция: constitution
норма: norm
санкция: sanction
"""


# Words clipped in speech and chat, and the full words they stand for (written by hand: no
# maintained list of English clippings of study and IT words exists on PyPI).
CLIPPINGS: dict[str, tuple[str, ...]] = {
    "auth": ("authentication", "authorization", "authorisation"),
    "authn": ("authentication",), "authz": ("authorization", "authorisation"),
    "config": ("configuration",), "configs": ("configuration",), "conf": ("configuration",),
    "repo": ("repository",), "repos": ("repository",),
    "admin": ("administrator", "administration"),
    "spec": ("specification",), "specs": ("specification",), "impl": ("implementation",),
    "init": ("initialization", "initialisation", "initialize"), "env": ("environment",),
    "envs": ("environment",), "info": ("information",), "prod": ("production",),
    "dev": ("development", "developer"), "param": ("parameter",), "params": ("parameter",),
    "arg": ("argument",), "args": ("argument",), "async": ("asynchronous",),
    "sync": ("synchronous", "synchronization"), "app": ("application",),
    "apps": ("application",), "doc": ("documentation", "document"),
    "docs": ("documentation", "document"), "lib": ("library",), "libs": ("library",),
    "var": ("variable",), "vars": ("variable",), "func": ("function",), "fn": ("function",),
    "dir": ("directory",), "dirs": ("directory",), "req": ("request",),
    "resp": ("response",), "msg": ("message",), "msgs": ("message",), "db": ("database",),
    "stats": ("statistics",), "stat": ("statistic", "statistics"),
    "temp": ("temporary", "temperature"),
    "approx": ("approximation", "approximate"), "eval": ("evaluation",), "exec": ("execution",),
    "perf": ("performance",), "prob": ("probability",), "calc": ("calculus", "calculation"),
    "diff": ("difference", "differential"), "deps": ("dependency",), "dep": ("dependency",),
    "pkg": ("package",), "util": ("utility",), "utils": ("utility",), "max": ("maximum",),
    "min": ("minimum",), "avg": ("average",), "abbr": ("abbreviation",),
    "bio": ("biology",), "chem": ("chemistry",), "econ": ("economics",), "psych": ("psychology",),
    "math": ("mathematics",), "maths": ("mathematics",),
    "postgres": ("postgresql",), "pg": ("postgresql",), "mongo": ("mongodb",),
}  # fmt: skip


def _parse() -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    out: list[tuple[tuple[str, ...], tuple[str, ...]]] = []
    for line in _PAIRS.strip().splitlines():
        russian, _, english = line.partition(":")
        out.append((tuple(russian.split()), tuple(english.split())))
    return out


LEXICON = _parse()
_PHRASE_LINES = [(ru, en) for ru, en in LEXICON if any("+" in w for w in ru)]


def translations(term: Callable[[str], str]) -> dict[str, frozenset[str]]:
    """Index term → the index terms of its other-language names (both directions)."""
    out: dict[str, set[str]] = {}
    for words_ru, english in LEXICON:
        russian = [w for w in words_ru if "+" not in w]
        # "том" lemmatizes as the pronoun "тот": the word as written is a key too.
        ru = {term(w) for w in russian} | {fold(w) for w in russian}
        en = {term(v) for w in english for p in w.split("-") if p for v in spellings(p)}
        for r in ru:
            out.setdefault(r, set()).update(en | ru - {r})
        for e in en:
            out.setdefault(e, set()).update(ru)
        # "источник+событие: event-sourcing": a part of a compound English name ("sourcing")
        # means none of the phrase's words alone; the whole name, glued, means them all.
        whole = {term(v) for w in english for v in _glued_spellings(w)}
        for phrase in (w for w in words_ru if "+" in w):
            # "взаимный+блокировка: deadlock": two Russian words for one English word; the
            # pair is a key of its own, and the English word means both of them.
            parts = [p for p in phrase.split("+") if p]
            out.setdefault(phrase_key(term, parts), set()).update(en)
            for e in whole:
                out.setdefault(e, set()).update(term(p) for p in parts)
        # "db" and "database", "k8s" and "kubernetes": a short English word of the line that
        # abbreviates a longer one means it too.
        for a in english:
            for b in english:
                if a != b and (_abbreviates(a, b) or _abbreviates(b, a)):
                    out.setdefault(term(a), set()).add(term(b))
    return {k: frozenset(v) for k, v in out.items()}


def glued_phrases(term: Callable[[str], str]) -> dict[str, list[tuple[frozenset[str], set[str]]]]:
    """English name glued into one word → the words of each Russian phrase it translates
    ("namespace" → {пространство, имя}), with those of them it means only through the
    phrase: the notes hold it only where they hold all the phrase's words."""
    phrased: dict[str, list[frozenset[str]]] = {}
    for words_ru, english in _PHRASE_LINES:
        phrases = [frozenset(term(p) for p in w.split("+") if p) for w in words_ru if "+" in w]
        for glued in {g for w in english for g in _glued_spellings(w)}:
            phrased.setdefault(glued, []).extend(phrases)
    # "streaming" is «потоковый» on a line of its own, whatever phrase it also names.
    direct: dict[str, set[str]] = {}
    for words_ru, english in LEXICON:
        for glued in {g for w in english for g in _glued_spellings(w)} & phrased.keys():
            direct.setdefault(glued, set()).update(term(w) for w in words_ru if "+" not in w)
    out: dict[str, list[tuple[frozenset[str], set[str]]]] = {}
    for glued, groups in phrased.items():
        plain = direct.get(glued, set())
        out.setdefault(term(glued), []).extend((g, set(g - plain)) for g in groups)
    return out


def phrase_names(term: Callable[[str], str]) -> dict[str, list[list[frozenset[str]]]]:
    """Lexicon phrase key → its English names, each as its parts (each part in all its
    spellings): "ошибка+выживший" → [[{survivorship}, {bias}]]. A vault that holds only some
    parts of a name ("bias") holds something else."""
    out: dict[str, list[list[frozenset[str]]]] = {}
    for words_ru, english in _PHRASE_LINES:
        names = [
            [frozenset(term(v) for v in spellings(p)) for p in w.split("-") if p] for w in english
        ]
        for phrase in (w for w in words_ru if "+" in w):
            parts = [p for p in phrase.split("+") if p]
            out.setdefault(phrase_key(term, parts), []).extend(names)
    return out


@cache
def spellings(word: str) -> frozenset[str]:
    """An English word in its British and American spellings ("modelling", "modeling";
    "defence", "defense"; "behaviour", "behavior"): the notes may write either."""
    if not _SPELLING_ENDS.search(word):
        return frozenset((word,))
    out = {word}
    for pattern, replacement, shortest in _SPELLINGS:
        m = pattern.search(word) if len(word) >= shortest else None
        if m is not None:
            out.add(word[: m.start()] + m.expand(replacement) + word[m.end() :])
    return frozenset(out)


@cache
def _glued_spellings(name: str) -> frozenset[str]:
    """A hyphenated English name glued into one word, in each spelling of its parts."""
    glued = {""}
    for part in (p for p in name.split("-") if p):
        glued = {g + v for g in glued for v in spellings(part)}
    return frozenset(glued)


# Any ending one of `_SPELLINGS` may change: most words have none and skip them all.
_SPELLING_ENDS = re.compile(
    r"(?:l(?:ing|ed|er)|ou?r(?:s|ed|ing|al)?|en[cs]es?|[iy][sz](?:e|ed|es|ing|ations?|er)"
    r"|[bt](?:re|er)s?|ogues?)$"
)
# Each way between British and American spelling: a pattern, its replacement, and the
# shortest word it applies to ("four" is no "for", "tour" no "tor").
_SPELLINGS = [
    (re.compile(pattern), replacement, shortest)
    for pattern, replacement, shortest in (
        (r"([bcdfgkmnprstvz]e)l(ing|ed|er)$", r"\1ll\2", 6),
        (r"([bcdfgkmnprstvz]e)ll(ing|ed|er)$", r"\1l\2", 7),
        (r"our(s|ed|ing|al)?$", r"or\1", 6),
        (r"([^o])or(s|ed|ing|al)?$", r"\1our\2", 5),
        (r"ence(s)?$", r"ense\1", 5),
        (r"ense(s)?$", r"ence\1", 5),
        (r"([iy])s(e|ed|es|ing|ation|ations|er)$", r"\1z\2", 6),
        (r"([iy])z(e|ed|es|ing|ation|ations|er)$", r"\1s\2", 6),
        (r"([bt])re(s)?$", r"\1er\2", 5),
        (r"([bt])er(s)?$", r"\1re\2", 5),
        (r"ogue(s)?$", r"og\1", 6),
    )
]


def phrase_key(term: Callable[[str], str], words: list[str]) -> str:
    """The key of a lexicon phrase (`взаимный+блокировка`) for the words as read."""
    return "+".join(term(w) for w in words)


def _abbreviates(short: str, long: str) -> bool:
    """Its letters, first one first, are in the longer word in order ("db" in "database"),
    or it counts the letters between the first and the last ("k8s" for "kubernetes")."""
    counted = re.fullmatch(r"([a-z])(\d{1,2})([a-z])", short)
    if counted:
        first, inner, last = counted.groups()
        return long[0] == first and long[-1] == last and len(long) == int(inner) + 2
    if not 2 <= len(short) <= 4 or len(long) < 2 * len(short) or short[0] != long[0]:
        return False
    rest = iter(long[1:])
    return all(ch in rest for ch in short[1:])
