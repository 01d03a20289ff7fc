"""Lookup on lecture notes taken as bullets: a bullet that opens with a name written as a
sentence begins ("* Residual volume is the amount of air ...", "* The tidal volume is ...",
"* *Hyperpolarization* is when ...", "* *Cardiac output* is defined as ..."), a name set in
italics as it comes ("processed by a *spliceosome*, which cuts ...") or opening a bullet
that goes on about it ("* *Saltatory* signals travel ...") or after an article with its verb
left out ("* A *hot upgrade* a kind of deployment ..."); a bullet that states something over
a code block, which is no heading ("* Macros are more than textual substitution"); a name
closed by a full stop, then what it does in small letters ("+ Keynesian multiplier effect.
suggests that ..."); Pandoc's picture
attributes (`{width=60%}`), which no reader sees; and a name the author misspells in its
heading and every section under it ("Present perfact"), asked spelled right. One table row
per failure class, the count per class printed."""

from __future__ import annotations

import pytest

from bot.core.markdown import parse
from bot.core.notes import parse_note
from tests.unit.failure_tables import Case, assert_answer, assert_every_class, index_of

LUNGS = (
    "# Lecture 20\n\n## Spirometry and Lung Volume\n\n"
    "* Residual volume is the amount of air left in the lungs no matter how hard you breathe\n"
    "* The tidal volume is the normal volume change during breathing\n"
    "\t* This is the sum of dead space and alveolar volumes\n"
    "* *Hyperpolarization* is when the resting membrane potential becomes more negative\n"
    "* RV cannot be measured directly with spirometry\n"
    "* It is a *good idea*, which makes sense to breathe slowly\n"
    "* Minute ventilation $\\dot V_E = V_T \\times f$ is the volume of gas breathed per "
    "minute; $V_T$ is the tidal volume\n"
    "\t* Air exchange only happens at the ends of the airways\n"
    "* The vector $y = x + \\theta d$ is a basic feasible solution of the new basis\n\n"
    "![Lung volume and capacity breakdown](imgs/lec20_3.png){width=60%}\n"
)
HEART = (
    "# Lecture 16\n\n## Volume Changes in the Cardiac Cycle\n\n"
    "![Changes in the left ventricular volume](imgs/lec16_1.png){width=80%}\n\n"
    "* Changes in left ventricular volume during the cardiac cycle:\n"
    "\t* During the isovolumic contraction the volume stays constant\n"
    "* During a normal, slow heart rate, the contribution of the atrial contraction is small\n"
    "* The *end-diastolic volume* is the volume in the ventricle after it fills (diastole)\n"
    "\t* This is about 135 mL\n"
    "* *Stroke volume* is the amount of blood pumped by the heart every beat\n"
    "\t* This is typically about 135 mL - 65 mL = 70 mL\n"
    "* *Cardiac output* is defined as the product of stroke volume multiplied by heart rate\n"
    "\t* e.g. with a 70 bpm heartbeat and 70 mL stroke volume, the output is about 5 L/min\n"
)
RNA = (
    "# Lecture 3\n\n## Transcription\n\n"
    "* RNA polymerase reads the template strand\n"
    "* The resulting raw RNA strand is processed by a *spliceosome*, which cuts the DNA at "
    "the introns and throws those parts away\n\n"
    "## Translation\n\n* Ribosomes read the messenger RNA three bases at a time\n"
    "* Every group of 3 bases form a *codon*; codon charts tell which amino acid it adds\n"
    "* This step is *crucial*; without it nothing is made\n"
)
NEURON = (
    "# Lecture 7\n\n## Neuron Structure\n\n"
    "* The axon is the long cable part\n"
    "* The membrane is along the axon\n"
    "\t* A signal would start at the axon hillock, and travel along the axon\n"
    "\t* *Saltatory* signals travel instead in big leaps -- this is possible due to myelin\n"
    "\t\t* Saltatory conduction travels from one node to another, much faster\n"
    "* *Phasic* receptors are rapidly adapting; tonic receptors are slowly adapting\n"
    "* *Always* check the electrodes before the recording starts\n"
    "* *Introns* and exons in the open reading frame\n"
)
MACROS = (
    "# Chapter 20 - Macros\n\n## Quote\n\nQuote turns code into its inner form.\n\n"
    "## Macros Are Hygienic\n\n* Macros are more than textual substitution\n\n"
    "```\ndefmodule Scope do\nend\n```\n\n"
    "* If the macro body was just substituted, its variables would clash\n\n"
    "* Macro definition has both its own scope and a scope during execution\n\n"
    "## Releases\n\n* A *release* is a bundle of compiled code\n"
    "* A *hot upgrade* a kind of deployment that changes a running application\n"
)
KEYNES = (
    "# The General theory of employment, interest, money\n"
    "- published work, stressed that markets could make economic weakness worse.\n"
    "- key points\n"
    "    + reject that the economy necessarily returns to a natural state of equilibrium.\n"
    "    + Keynesian multiplier effect. suggests that initial fiscal stimulus will promote AD "
    "and amplify GDP relative to the stimulus.\n"
    "    + It follows. shows that output can stay low for long\n"
)
# The author's own spelling of a name, kept in every section of its note.
PERFACT = (
    "# Present perfact\n\nPresent perfact используется, когда действие завершено к моменту"
    " речи.\n\n## Образование\n\nPresent perfact образуется с have и третьей формой.\n\n"
    "## Вопросы\n\nВ вопросе present perfact have ставится первым.\n\n"
    "## Маркеры\n\nPresent perfact любит слова already и yet.\n"
)
CONTINUOUS = (
    "# Present perfect continuous\n\nPresent perfect continuous используется для действия,"
    " которое началось в прошлом и продолжается сейчас.\n\n## Образование\n\n"
    "Образуется с have been и ing-формой: perfect continuous.\n"
)
NOTES = {
    "bme205/lec20.md": LUNGS,
    "bme205/lec16.md": HEART,
    "bme205/lec3.md": RNA,
    "bme205/lec7.md": NEURON,
    "chapter-20-macros.md": MACROS,
    "commerce/keynesian_economics.md": KEYNES,
    "english/tenses/present/rerfect.md": PERFACT,
    "english/tenses/present/perfect_continuous.md": CONTINUOUS,
}

CASES: list[Case] = [
    ("a name as a sentence begins, then is", "what is residual volume", "Residual volume"),
    ("a name as a sentence begins, then is", "tidal volume", "tidal volume"),
    ("a name, then is when", "hyperpolarization?", "Hyperpolarization"),
    ("a name, then is defined as", "cardiac output", "Cardiac output"),
    ("a name in italics, then which does", "what is a spliceosome", "spliceosome"),
    ("a name in italics opening a nested bullet", "define saltatory conduction", "Saltatory"),
    ("a name in italics opening a bullet", "phasic vs tonic receptors", "Phasic"),
    ("a statement bullet over code, no heading", "hygienic macros", "Macros Are Hygienic"),
    ("a name after an article, its verb left out", "what is a hot upgarde", "hot upgrade"),
    ("a name in italics the parts form", "what is a codon", "codon"),
    ("a name closed by a full stop, then what it does", "keynesian multipler effect",
     "Keynesian multiplier effect"),
    ("a name, its formula, then is", "what's minute ventilation", "Minute ventilation"),
    ("a name its note misspells throughout", "что такое present perfect", "Present perfact"),
]  # fmt: skip


@pytest.mark.parametrize(("failure", "question", "expected"), CASES)
def test_lookup_on_lecture_bullets(failure: str, question: str, expected: str | None) -> None:
    assert_answer(index_of(NOTES), failure, question, expected)


def test_every_class_prints_its_count(capsys: pytest.CaptureFixture[str]) -> None:
    assert_every_class(index_of(NOTES), CASES, "lookup failure classes (lecture bullets)", capsys)


def test_picture_attributes_are_dropped_and_braces_in_text_kept() -> None:
    doc = parse('Before ![Lung](a.png){#fig:x .wide width="50%"} after, {braces} kept.\n')
    assert doc.blocks[0].inline is not None
    assert doc.blocks[0].inline.text == "Before  after, {braces} kept."
    cards = parse_note(LUNGS, "bme205/lec20.md", note="lec20").cards
    assert not any("width" in c.definition for c in cards)


def test_a_stressed_word_in_a_predicate_names_nothing() -> None:
    cards = {c.title for c in parse_note(LUNGS, "bme205/lec20.md", note="lec20").cards}
    assert "good idea" not in cards
    assert "RV" not in cards
    assert "vector" not in cards  # "The vector $y$ is ...": one vector, no name
    rna = {c.title for c in parse_note(RNA, "bme205/lec3.md", note="lec3").cards}
    assert "codon" in rna
    assert "crucial" not in rna


def test_a_pronoun_closed_by_a_full_stop_names_nothing() -> None:
    cards = {c.title for c in parse_note(KEYNES, "commerce/k.md", note="k").cards}
    assert "Keynesian multiplier effect" in cards
    assert "It follows" not in cards


def test_a_stressed_word_or_pair_opening_a_bullet_names_nothing() -> None:
    cards = {c.title for c in parse_note(NEURON, "bme205/lec7.md", note="lec7").cards}
    assert {"Saltatory", "Phasic"} <= cards
    assert "Always" not in cards  # emphasis on how to do something
    assert "Introns" not in cards  # "*Introns* and exons ...": a pair, not a name said
