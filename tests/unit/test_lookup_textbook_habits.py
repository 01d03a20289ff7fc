"""Lookup on notes taken from a textbook or a lecture, as people write them:
- a deep outline where a remark's own bullets name terms ("- Зигота → морула →
  целобластула" over "- Целобластула - самый простой тип личинки"): a card for the named
  one, none for a bullet carrying the remark on ("Такой углерод - хиральный", "Происходит
  процесс иммиграции: клетки ...");
- a list of italic names each followed by what it is ("- *Anergy* (peripheral inactivation
  ...)"): a glossary, its brackets no part of the definition; italics saying why ("-
  *pervasive* in that ...") name nothing;
- a sentence opening with an italic name and saying what it is ("*MHC restriction* is the
  dependence of ..."): a term, where "*Always* check ..." and "*Timing* is everything" only stress;
- a sentence ending with the italic name it gives ("... proteins called *immunophilins*.",
  "a polypeptide chain called a *J chain*."), its lines wrapped mid-sentence: a term with
  the whole sentence, where "are called *sum* and *product* after ..." only stresses;
- letters a heading ends with, spelled out in its text ("# Общеязыковая спецификация CLS"
  / "CLS (Common Language specification) ..."): that card's other names, no second card;
- a Russian bullet saying what a noun means ("- Ковариантность означает, что ..."), plural
  letters "called NETs (...)", a name set off in brackets as a sentence closes ("...
  recognized (*epitope spreading*):"): terms, where "permissions (*policies*)" glosses;
- a capital letter of a name ("J chain"), not "о" typed in the other layout, where "how do I
  ..." keeps its pronoun; an italic or bold name with its colon after it over bullets
  ("*azathioprine*:"); "-подобный" for "-like"; "what does X refer to"; a sentence closing
  with the italic name of what it says ("Predisposition to IgE reaction is *atopy*"), where
  "... is *crucial*" says how it is;
- formulas written with spaces inside their dollars ("$ U(t) $"), in LaTeX's own brackets
  or under Hugo's math shortcode: formulas, not LaTeX shown as typed; prices stay.
One table row per failure class, the count per class printed."""

from __future__ import annotations

from bot.core.quizpool import markup_in
from tests.unit.failure_tables import Case, cards_of, table_tests

NOTES = {
    "zoology/Губки.md": (
        "# Губки\n\n- Размножение\n\t- Наружное оплодотворение\n\t\t- Зигота → морула →"
        " целобластула → паренхимула\n\t\t\t- Целобластула - самый простой тип личинки\n"
        "\t\t\t- У стерробластулы полость заполнена другими клетками\n\t\t\t\t- Происходит"
        " процесс иммиграции: клетки делятся и мигрируют внутрь\n\t\t\t\t- Это тоже личинка\n"
        "\t\t- Углерод при четырёх разных заместителях\n\t\t\t- Такой углерод - хиральный\n"
    ),
    "immunology/tolerance.md": (
        "# Tolerance\n\n### More complete list of tolerance mechanisms\n\n- *Anergy* (peripheral"
        " inactivation by signaling without inflammation or costims)\n- *Central tolerance*"
        " (deletion by negative selection)\n- *Functional deviation* direct differentiation"
        " into regulatory cells\n\n### Variation\n\n- *pervasive* in that it occurs across all"
        " people\n- *systematic* in that variation is structured\n- *meaningful* in that"
        " variants carry social meaning\n"
    ),
    "immunology/presentation.md": (
        "# Antigen presentation\n\n## Restriction\n\nIf you do not have an appropriate MHC you"
        " cannot respond to the antigen.\n\n*MHC restriction* is the dependence of the TCR on"
        " *both* the antigen and the\nMHC complex when binding.\n\n*Always* check the donor's"
        " MHC type before a graft.\n\n*Timing* is everything when grafting.\n"
    ),
    "immunology/drugs.md": (
        "# Immunosuppressants\n\n## Calcineurin inhibitors\n\nBoth bind to class of"
        " intracellular proteins called *immunophilins*. These\nare isomerases, but unrelated"
        " to mechanism.\n\n### J chains help IgM and IgA bind\n\nIgM pentamers and IgA dimers"
        " are stabilized by an additional 15kD polypeptide\nchain called a *J chain*.\n\n"
        "## Heavy chains\n\n- Alpha chain - binds the antigen\n"
        "- Gamma chain - crosses the placenta\n\n"
        "## Sums\n\nThese are called *sum* and *product* after the operations.\n"
    ),
    "platform/cls.md": (
        "# Общеязыковая спецификация CLS\n\nОбщеязыковая спецификация CLS (Common Language"
        " specification) описывает подмножество общих типов, которые должны поддерживать все"
        " языки среды .NET.\n"
    ),
    "platform/delegates.md": (
        "# Делегаты\n\nПоддерживается ковариантность и контравариантность.\n\n- Ковариантность"
        " означает, что метод может возвратить тип, производный от типа делегата.\n\n-"
        " Контравариантность означает, что метод может принимать параметр базового типа.\n\n-"
        " Движущей силой является разность типов.\n\n- Репликация не является резервной"
        " копией.\n"
    ),
    "immunology/innate.md": (
        "# Innate immunity\n\n## Neutrophils\n\nNeutrophils can also release their nuclear"
        " chromatin as web like traps called\nNETs (neutrophil extracellular trap) to"
        " immobilize microbes.\n\n## Amplification\n\nHow does the immune response amplify?:\n\n"
        "- More epitopes on the same antigen are"
        " recognized (*epitope spreading*):\n    - hidden components are presented by B cells"
        "\n- A set of users under one set of permissions (*policies*)\n"
    ),
    "immunology/suppressants.md": (
        "# Suppressants\n\n## Cytotoxic drugs\n\n*azathioprine*:\n- converted to a purine analog"
        " that competes with purine metabolism\n- raises the risk of mutation under UV\n\n"
        "**cyclophosphamide**:\n- alkylates DNA of dividing cells\n\n## Toll-like receptors\n\n"
        "Broad class of pattern recognition receptors of innate cells.\n"
    ),
    "stats/errors.md": (
        "# Errors of a test\n\n## Type I error\n\nRejecting a true null hypothesis.\n\n"
        "## Flat priors\n\nA prior that gives every value the same weight.\n"
    ),
    "immunology/allergy.md": (
        "# Allergy\n\n## IgE Allergies\n\n*Immediate hypersensitivity reactions* - multivalent"
        " IgE bridging on mast cells.\n\nPredisposition to IgE reaction is *atopy*\n\nTiming"
        " of the dose is *crucial*.\n"
    ),
    "literature/pygmalion.md": (
        "# Pygmalion\n\n## Origin of Name\nPygmalion is a sculptor, who falls in love with his"
        " own creation, Galatea.\n\n## Depiction of Masculinity\nShows the need to rule.\n"
    ),
    "circuits/ac.md": (
        "# Переменный ток\n\n## Синусоидальное напряжение\n\nСинусоидальное напряжение — это"
        " напряжение, которое меняется по закону синуса: $ U(t) = U_0 \\sin(\\omega t) $, где"
        " $ U_0 $ — амплитудное значение.\n\n## Коэффициент мощности\n\nКоэффициент мощности"
        " — это $ \\cos(\\varphi)$, доля активной мощности в полной.\n\n## Цены\n\nКабель"
        " стоит $ 5 and $ 10 за метр.\n\n## Сумма векторов\n\nВспомним {{< math >}} $\\vec{c}$"
        " как сумму $\\vec{a}$ и $ \\vec{b} $: \\[ | \\vec{c} | = \\sqrt{a^2 + b^2} \\], а"
        " масштаб \\( k \\cdot a \\).\n"
    ),
}

CASES: list[Case] = [
    ("a remark's own bullet naming a term", "что такое целобластула?", "Целобластула"),
    ("italic names, each followed by what it is", "what is anergy", "Anergy"),
    ("italic names, each followed by what it is", "central tolerance", "Central tolerance"),
    ("a sentence opening with an italic name", "what is MHC restriction?", "MHC restriction"),
    ("a sentence ending with the italic name it gives", "what are immunophilins?",
     "immunophilins"),
    ("a sentence ending with the italic name it gives", "what is the J chain?", "J chain"),
    ("a capital letter of a name", "what is the J chain?", "J chain"),
    ("an italic name with its colon over its points", "azathioprine", "azathioprine"),
    ("a bold name with its colon after it over its points", "cyclophosphamide",
     "cyclophosphamide"),
    ("a capital letter of a name", "how do I fix a flat bike tyre?", None),
    ("a sentence closing with the italic name of what it says", "what is atopy?", "atopy"),
    ("'what does X refer to'", "what does Pygmalion refer to?", "Pygmalion"),
    ("'-подобный' for '-like'", "что такое толл-подобные рецепторы?", "Toll-like receptors"),
    ("a heading's letters spelled out in its text", "что такое CLS?",
     "Общеязыковая спецификация CLS"),
    ("a Russian bullet saying what a name means", "ковариантость", "Ковариантность"),
    ("plural letters called so", "what are NETs?", "NETs"),
    ("a name set off in brackets as a sentence closes", "what's epitope spreading",
     "epitope spreading"),
]  # fmt: skip


test_lookup_on_textbook_habits, test_every_class_prints_its_count = table_tests(
    NOTES, CASES, "lookup failure classes (textbook habits)"
)


def test_a_bullet_carrying_the_remark_on_names_nothing() -> None:
    cards = cards_of(NOTES, "zoology/Губки.md")
    assert cards["Целобластула"].definition == "самый простой тип личинки"
    assert not {"Происходит процесс иммиграции", "Такой углерод"} & set(cards)


def test_italic_glossary_drops_the_brackets_and_italics_saying_why_name_nothing() -> None:
    cards = cards_of(NOTES, "immunology/tolerance.md")
    assert cards["Anergy"].definition.startswith("peripheral inactivation by signaling")
    assert not {"pervasive", "systematic", "meaningful"} & set(cards)


def test_stressed_words_are_no_terms() -> None:
    cards = cards_of(NOTES, "immunology/presentation.md")
    assert "MHC restriction" in cards
    assert not {"Always", "Timing"} & set(cards)  # stressed, not said what it is
    cards = cards_of(NOTES, "immunology/drugs.md")
    assert not {"sum", "product"} & set(cards)
    # The sentence goes on across the wrapped line.
    assert cards["immunophilins"].definition.endswith(
        "These are isomerases, but unrelated to mechanism."
    )


def test_spelled_out_letters_of_the_heading_make_no_second_card() -> None:
    cards = cards_of(NOTES, "platform/cls.md")
    assert set(cards) == {"Общеязыковая спецификация CLS"}
    assert "Common Language specification" in cards["Общеязыковая спецификация CLS"].aliases


def test_a_name_in_another_case_or_denied_is_no_term() -> None:
    cards = cards_of(NOTES, "platform/delegates.md")
    assert {"Ковариантность", "Контравариантность"} <= set(cards)
    assert not {"Движущей силой", "Репликация не"} & set(cards)


def test_an_italic_quality_closing_a_sentence_is_no_term() -> None:
    assert "crucial" not in cards_of(NOTES, "immunology/allergy.md")


def test_a_one_word_gloss_in_brackets_is_no_term() -> None:
    assert "policies" not in cards_of(NOTES, "immunology/innate.md")


def test_a_formula_with_spaces_inside_its_dollars_reads_as_a_formula() -> None:
    cards = cards_of(NOTES, "circuits/ac.md")
    said = " ".join(c.definition for c in cards.values())
    assert "U(t) = U_0 sin(ωt)" in said and "cos(φ)" in said
    assert "$ U" not in said and "\\sin" not in said and "\\varphi" not in said
    assert "$ 5 and $ 10" in " ".join(c.definition for c in cards.values())  # prices stay
    # Hugo's math shortcode, and LaTeX's own brackets around a formula.
    summed = cards["Сумма векторов"].definition
    assert "{{" not in summed and "\\" not in summed and "$" not in summed
    assert markup_in(summed) == []
