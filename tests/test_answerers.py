"""The answering core's parts: answer types, amounts and limits, choosing a row by the asker's amount,
the gate, and routing by kind. Fast; the end-to-end behaviour is in test_assistant.py."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from assistant.answerers import ANSWERERS, ROUTES
from assistant.answerers.base import Draft
from assistant.answerers.facts import carries
from assistant.decisions import admits, in_kronor
from assistant.errors import AssistantError
from assistant.gate import decide
from assistant.models import GateFile, Model, load_gate
from assistant.question import (
    AMOUNT,
    BODY,
    DATE,
    DURATION,
    EMAIL,
    NUMBER,
    PHONE,
    PLACE,
    TEXT,
    YESNO,
    Amount,
    understand,
)
from store.schema import Limit

ON = dt.date(2026, 11, 26)


@pytest.mark.parametrize(
    ("question", "answer_type"),
    [
        ("Vem beslutar om rivningslov?", BODY),
        ("När antogs programmet?", DATE),
        ("Hur mycket kostar en timme handläggning?", AMOUNT),
        ("Vad kostar ett bygglov för ett garage?", AMOUNT),
        ("Hur länge får husbilen stå på parkeringen?", DURATION),
        ("Hur snabbt ska jag få svar?", DURATION),
        ("Hur många platser får korttidsboendet?", NUMBER),
        ("Gäller riktlinjen fortfarande?", YESNO),
        ("Får enhetschefen bevilja bistånd?", YESNO),
        ("Vilket telefonnummer har IT-jouren?", PHONE),
        ("Vilken e-postadress har dataskyddsombudet?", EMAIL),
        ("Var hittar jag blanketten för ansökan?", PLACE),
        ("Vad är syftet med intern kontroll?", TEXT),
        ("Who decides on demolition permits?", BODY),
        ("How much is the fee?", AMOUNT),
    ],
)
def test_answer_types(question, answer_type):
    assert understand(question).answer_type == answer_type


@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        ("Vi söker 80 000 kronor i bidrag", (Amount(80000.0, "kr"),)),
        ("ett ärende på 2,5 prisbasbelopp", (Amount(2.5, "prisbasbelopp"),)),
        ("upphandling på 2 miljoner kronor", (Amount(2e6, "kr"),)),
        ("3 pbb", (Amount(3.0, "prisbasbelopp"),)),
        ("en avgift på 250 tkr", (Amount(250000.0, "kr"),)),
        ("under 2024 och 2025", ()),  # years are never amounts
    ],
)
def test_amounts_the_asker_gives(text, amounts):
    assert understand(text).amounts == amounts


def test_a_relation_is_read_with_its_object():
    q = understand("Vem är delegat för avstängning i den nämnd som antog handlingsplanen för läsfrämjande?")
    assert q.relation is not None
    assert (q.relation.noun, q.relation.verb) == ("nämnd", "antog")
    assert q.relation.object == "handlingsplanen för läsfrämjande"
    assert understand("Vem beslutar om rivningslov?").relation is None
    owner = understand("Den som är dokumentägare för riktlinjen om snöröjning – vad får hen besluta om?")
    assert owner.relation is not None and owner.relation.verb == "owner"
    assert owner.relation.span[0] == 0 and owner.relation.object.strip() == "riktlinjen om snöröjning"


def test_the_asked_for_noun():
    assert understand("Vilket telefonnummer har jouren?").focus == "telefonnummer"
    assert understand("Hur många ledamöter har nämnden?").focus == "ledamöter"
    assert understand("Vem beslutar?").focus is None


def test_an_amount_is_compared_with_a_limit_in_one_unit():
    assert admits(Limit(5, "prisbasbelopp", "max"), Amount(250000, "kr"), ON)  # 5 pbb = 296 000 kr in 2026
    assert not admits(Limit(5, "prisbasbelopp", "max"), Amount(300000, "kr"), ON)
    assert admits(Limit(100000, "kr", "min"), Amount(150000, "kr"), ON)
    assert not admits(Limit(100000, "kr", "min"), Amount(100000, "kr"), ON)  # "över" is strictly above
    assert in_kronor(2, "prisbasbelopp", dt.date(2024, 5, 1)) == 2 * 57300
    assert admits(Limit(1, "inkomstbasbelopp", "max"), Amount(1, "kr"), ON) is None  # no conversion known


def test_a_range_admits_only_what_lies_within_it():
    """ "10 000–49 999 kr" is no limit for 5 000 kr; "200 000 kr eller mer" includes 200 000 kr."""
    within = Limit(49999, "kr", "max", 10000)
    assert admits(within, Amount(30000, "kr"), ON)
    assert not admits(within, Amount(5000, "kr"), ON)
    assert not admits(within, Amount(60000, "kr"), ON)
    assert admits(Limit(5, "prisbasbelopp", "max", 2), Amount(200000, "kr"), ON)  # 2-5 pbb in kronor
    assert not admits(Limit(5, "prisbasbelopp", "max", 2), Amount(100000, "kr"), ON)
    assert admits(Limit(200000, "kr", "min", 200000), Amount(200000, "kr"), ON)


@pytest.mark.parametrize(
    ("answer_type", "text", "expected"),
    [
        (DURATION, "Beslut fattas inom 8 veckor.", True),
        (DURATION, "Beslut fattas snarast.", False),
        (AMOUNT, "Glasögon beviljas med högst 2 000 kr.", True),
        (NUMBER, "Visionen är en ledstjärna för kommunen.", False),  # an article is no number
        (PHONE, "Ring jouren på 0583-810 00.", True),
        (DATE, "Planen gäller från den 1 april 2023.", True),
        (BODY, "Beslutet fattas av bygglovschefen.", True),
        (BODY, "Arrangemangsbidrag: högst 15 000 kronor.", False),
    ],
)
def test_a_sentence_carries_a_value_of_the_expected_type(answer_type, text, expected):
    assert carries(answer_type, text) is expected


def test_every_kind_routes_to_known_answerers():
    assert {a for route in ROUTES.values() for a in route} <= set(ANSWERERS)
    assert ROUTES["who_decides"][0] == "who_decides" and ROUTES["fact"] == ("fact",)


def test_the_gate_answers_sure_drafts_and_weighs_the_others():
    sure = Draft("Policyn antogs av KF.", [], "documents", sure=True)
    assert decide(sure).answer
    gate = GateFile(models={"fact": Model(weights={"support": 10.0}, bias=-5.0, threshold=0.5)})
    assert decide(Draft("x", [], "fact", {"support": 0.9}), gate).answer
    assert not decide(Draft("x", [], "fact", {"support": 0.1}), gate).answer
    assert not decide(Draft("x", [], "fact", {}), gate).answer  # a missing signal counts as 0


def test_a_malformed_gate_file_is_an_actionable_error(tmp_path: Path):
    bad = tmp_path / "gate.json"
    bad.write_text(json.dumps({"models": {"fact": {"weights": {}, "bias": "high"}}}), encoding="utf-8")
    with pytest.raises(AssistantError, match="eval.fit_gate"):
        load_gate(bad)
    assert load_gate(tmp_path / "missing.json").models == {}


def test_the_shipped_gate_and_ranker_load():
    from assistant.models import load_ranker

    gate = load_gate()
    assert {"fact", "who_decides"} <= set(gate.models) and gate.fitted_on
    assert load_ranker() is not None
    assert all("broad-blind" not in s for s in gate.fitted_on)  # never fitted on held-out questions


def test_a_price_is_money_and_a_count_counts_something() -> None:
    """ "Vad kostar ...?" is answered by an amount in money, not by a share; "Hur många ...?" by a
    figure that counts, not by a statute, a date or a telephone number."""
    assert understand("Vad kostar skollunchen per dag?").money
    assert not understand("Hur stor andel av eleverna äter skollunch?").money
    share = "Skollunchen ska ge ungefär 30 procent av det dagliga energibehovet."
    assert carries(AMOUNT, share) and not carries(AMOUNT, share, money=True)
    assert carries(AMOUNT, "En portion kostar 45 kr.", money=True)
    assert carries(AMOUNT, "Skollunchen är avgiftsfri.", money=True)
    assert not carries(NUMBER, "Nämnden prövar ansökningar enligt alkohollagen (2010:1622).")
    assert not carries(NUMBER, "Ring kundtjänst på 0583-810 00 senast 2026-05-15.")
    assert carries(NUMBER, "Nämnden har nio ledamöter och fem ersättare.")


def test_the_gate_is_refitted_from_samples_written_before(tmp_path: Path, capsys):
    """``eval.fit_gate --from-samples`` fits on the drafts an earlier run collected, without asking
    the questions again, and reports the cross-validated operating point."""
    from dataclasses import asdict

    from eval.fit_gate import Sample, main

    samples = []
    for k in range(60):
        answerable = k % 3 != 0
        support = 0.2 + 0.6 * (k % 5) / 4 if answerable else 0.1 + 0.05 * (k % 4)
        samples.append(
            Sample(
                f"set:{k}", f"doc{k % 7}", answerable, "fact", "fact", 0, {"support": support}, support > 0.5
            )
        )
    path = tmp_path / "samples.jsonl"
    path.write_text("".join(json.dumps(asdict(s)) + "\n" for s in samples), encoding="utf-8")
    assert main(["--from-samples", str(path)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["samples"] == 60 and report["questions"] == 60
    assert report["cross_validated"]["abstention_recall"] >= 0.9


def test_a_right_delegated_below_with_a_tighter_limit_the_amount_meets_is_the_answer():
    """The reglemente lets the styrelse sell land up to 5 miljoner; the delegationsordning gives the
    arbetsutskott sales up to 2 miljoner. For 1,5 miljoner the arbetsutskott decides; for 3 miljoner
    the styrelse; a record about another matter with a tighter limit is never taken."""
    import datetime as dt
    from types import SimpleNamespace

    from assistant.answerers.who_decides import Scored, choose
    from assistant.question import understand
    from store.schema import DecisionRecord, Limit

    def record(doc: str, matter: str, decider: str, limit: float) -> DecisionRecord:
        return DecisionRecord(
            matter,
            decider,
            None,
            None,
            Limit(limit, "kr", "max"),
            None,
            doc,
            f"{doc}.pdf",
            1,
            "",
            "text",
            matter,
        )

    class Words:  # the evidence a matter is compared with: shared words
        def words(self, text: str) -> list[str]:
            return [w for w in text.lower().split() if len(w) > 3]

        def named_share(self, words: list[str], text: str) -> float:
            return sum(w in text.lower() for w in words) / len(words) if words else 0.0

    ks = record("reglemente", "försäljning av fast egendom", "kommunstyrelsen", 5_000_000)
    au = record("delegationsordning", "försäljning av fast egendom (mark)", "arbetsutskottet", 2_000_000)
    other = record("finanspolicy", "placering av likviditet", "ekonomichef", 2_500_000)
    scored = [Scored(ks, 0.3, None), Scored(other, 0.25, None), Scored(au, 0.2, None)]

    def ctx(question: str) -> SimpleNamespace:
        scope = SimpleNamespace(filters=SimpleNamespace(include_repealed=False), as_of=dt.date(2026, 11, 26))
        return SimpleNamespace(q=understand(question), scope=scope, evidence=Words())

    assert choose(ctx("Vem får sälja mark för 1,5 miljoner kronor?"), scored) == [au]
    assert choose(ctx("Vem får sälja mark för 3 miljoner kronor?"), scored) == [ks]


def test_a_role_may_decide_only_within_its_condition():
    """ "Får bibliotekschefen stänga av en låntagare i ett helt år?": the chef decides, but for at
    most 6 months, so the answer is no; for three months it is yes, and another role is never yes."""
    import datetime as dt
    from types import SimpleNamespace

    from assistant.answerers.who_decides import may_decide
    from assistant.question import understand
    from store.schema import DecisionRecord

    row = DecisionRecord(
        "Avstängning från biblioteket",
        "bibliotekschef",
        "BIC",
        "Högst 6 månader",
        None,
        None,
        "kfn",
        "kfn.pdf",
        2,
        "",
        "table",
        "Avstängning från biblioteket | BIC | Högst 6 månader",
    )

    def ctx(question: str) -> SimpleNamespace:
        return SimpleNamespace(
            q=understand(question), scope=SimpleNamespace(as_of=dt.date(2026, 11, 26)), evidence=_evidence()
        )

    assert (
        may_decide(ctx("Får bibliotekschefen stänga av en låntagare i ett helt år?"), "bibliotekschef", [row])
        is False
    )
    assert (
        may_decide(ctx("Får bibliotekschefen stänga av en låntagare i tre månader?"), "bibliotekschef", [row])
        is True
    )
    assert (
        may_decide(ctx("Får kulturchefen stänga av en låntagare i tre månader?"), "kulturchef", [row])
        is False
    )


def _evidence():
    from assistant.evidence import Evidence
    from store.lexical import LexicalIndex

    texts = [
        "Rivningslov | BHL | Gäller inte byggnad som är kulturhistoriskt värdefull",
        "Avstängning från biblioteket | BIC | Högst 6 månader",
        "Bygglov för nybyggnad av enbostadshus inom detaljplan",
    ]
    return Evidence(LexicalIndex.build([(str(i), t) for i, t in enumerate(texts)]))


def test_a_case_the_condition_leaves_out_is_no_for_the_role():
    """ "Gäller inte byggnad som är kulturhistoriskt värdefull": the handläggare decides rivningslov,
    but not for the building the asker names; for another building the row holds."""
    import datetime as dt
    from types import SimpleNamespace

    from assistant.answerers.who_decides import may_decide
    from assistant.question import understand
    from store.schema import DecisionRecord

    row = DecisionRecord(
        "Rivningslov", "bygglovshandläggare", "BHL", "Gäller inte byggnad som är kulturhistoriskt värdefull",
        None, None, "mbn", "mbn.pdf", 3, "", "table", "Rivningslov | BHL | Gäller inte byggnad ...",
    )  # fmt: skip

    def ctx(question: str) -> SimpleNamespace:
        return SimpleNamespace(
            q=understand(question), scope=SimpleNamespace(as_of=dt.date(2026, 11, 26)), evidence=_evidence()
        )

    role = "bygglovshandläggare"
    asked = "Får en bygglovshandläggare bevilja rivningslov för en kulturhistoriskt värdefull byggnad?"
    assert may_decide(ctx(asked), role, [row]) is False
    assert (
        may_decide(ctx("Får en bygglovshandläggare bevilja rivningslov för ett garage?"), role, [row]) is True
    )
    kept = "Får en handläggare bevilja rivningslov för en byggnad som inte är kulturhistoriskt värdefull?"
    assert may_decide(ctx(kept), role, [row]) is True  # the case the row keeps
    ordinary = DecisionRecord(
        "Rivningslov", "bygglovshandläggare", "BHL", "Om ärendet inte är av principiell betydelse",
        None, None, "mbn", "mbn.pdf", 3, "", "table", "Rivningslov | BHL | Om ärendet inte är ...",
    )  # fmt: skip
    asked = "Får en bygglovshandläggare bevilja rivningslov i ett ärende av principiell betydelse?"
    assert may_decide(ctx(asked), role, [ordinary]) is True  # a condition in words, not a case left out


@pytest.mark.parametrize(
    ("question", "sentence", "verdict"),
    [
        ("Kan man få tidsbegränsat bygglov för sex år på en gång?", "Bygglovet ges för högst fem år.", False),
        ("Får vi hyra lokalen i fyra timmar?", "Lokalen hyrs ut för högst sex timmar.", True),
        ("Kan jag vara tjänstledig ett helt år?", "Tjänstledighet beviljas för högst sex månader.", False),
        ("Min mamma är 84 år. Får hon trygghetslarm?", "Larm ges till den som är över 80 år.", None),
        ("Får vi grilla i parken?", "Grillning är tillåten på anvisade platser.", None),
        ("Får jag handla för 7 000 kr med kortet?", "Inköp med betalkort: högst 5 000 kr per köp.", False),
        ("Får jag handla för 4 500 kr med kortet?", "Inköp med betalkort: högst 5 000 kr per köp.", True),
        ("Får vi ett halvt prisbasbelopp?", "Bidrag ges med högst 10 000 kr.", False),  # about 29 000 kr
    ],
)
def test_a_bound_in_the_sentence_settles_a_yes_no_question_about_a_quantity(question, sentence, verdict):
    from assistant.decisions import settles

    assert settles(question, sentence) is verdict


def test_a_record_of_a_labelled_entry_is_held_by_any_line_of_its_entry():
    """A delegation list sets a point as a matter line, then "Delegat: ..." and "Anm.: ..." lines;
    the remark that states a record's condition, retrieved, ranks that record; a line many points
    share or a line of another chunk does not."""
    from types import SimpleNamespace

    from assistant.answerers.who_decides import _unit_of
    from store.schema import DecisionRecord

    rec = DecisionRecord(
        "Beslut om personlig assistans", "enhetschef", "EC", "över 40 timmar per vecka", None, "9 § 2 LSS",
        "sn", "sn.pdf", 3, "6 LSS", "table",
        "Beslut om personlig assistans | Delegat: LSS-hl / EC | 9 § 2 LSS | LSS-hl upp till 40 timmar per "
        "vecka; över 40 timmar per vecka beslutar EC", "6.1", "sn:0034",
    )  # fmt: skip

    def hit(chunk: str, text: str) -> SimpleNamespace:
        return SimpleNamespace(
            chunk=SimpleNamespace(chunk_id=chunk), unit=SimpleNamespace(text=text, is_row=False)
        )

    anm = hit("sn:0034", "Anm.: LSS-hl upp till 40 timmar per vecka; över 40 timmar per vecka beslutar EC.")
    assert _unit_of(rec, [hit("sn:0034", "Lagrum: 9 § 2 LSS."), anm]) is anm
    assert _unit_of(rec, [hit("sn:0040", anm.unit.text), hit("sn:0034", "Lagrum: 9 § 2 LSS.")]) is None
    # lines many points share ("Delegat: LSS-hl / EC.", a lagrum) hold no record of their own
    assert _unit_of(rec, [hit("sn:0034", "Delegat: LSS-hl / EC.")]) is None


def test_a_yes_no_question_asks_about_its_subject_and_a_body_with_its_owner_is_its_last_part():
    """ "Får en förvaltningschef attestera förvaltningschefs egna utgifter?" asks about the
    förvaltningschef although the matter names it; "lönenämndens arbetsutskott" is the arbetsutskott
    (written "arbetsutskottet" in a row), not the nämnd."""
    from types import SimpleNamespace

    from assistant.answerers.who_decides import _asked_role, _same_body

    def ctx(text: str) -> SimpleNamespace:
        return SimpleNamespace(q=SimpleNamespace(text=text))

    matter = "Beslutsattest av förvaltningschefs egna utgifter"
    assert _asked_role(ctx("Får en förvaltningschef själv beslutsattestera sina egna utgifter?"), matter) == (
        "förvaltningschef"
    )
    role = _asked_role(ctx("Får lönenämndens arbetsutskott besluta om ett avtal på 6 miljoner?"), "Avtal")
    assert role == "lönenämndens arbetsutskott"
    assert _same_body(role, "arbetsutskottet") and not _same_body(role, "lönenämnden")
    assert not _same_body(role, "kommunstyrelsens arbetsutskott")  # another nämnd's
    assert _same_body("förvaltningschef", "förvaltningschefen") and not _same_body(
        "förvaltningschef", "kommundirektör"
    )
    assert _same_body("förvaltningschefen", "förvaltningschef eller enhetschef")  # either alternative decides
    assert not _same_body("kommunstyrelsen", "kommunstyrelsens arbetsutskott")
    assert not _same_body("socialnämndens ordförande", "kommunstyrelsens ordförande")


def test_a_part_of_a_two_part_answer_is_cut_but_its_status_note_never():
    """Each part of a two-part answer gets half the room; a note that the cited document is
    replaced stays whole, so the older version is never shown as if in force."""
    from assistant.service import _cap_keeping_note

    body = "Enligt Delegationsordning för socialnämnden: " + "Beslut om ledsagarservice. " * 30
    note = "\nObservera: Delegationsordning för socialnämnden är upphävd sedan 2026-04-01."
    capped = _cap_keeping_note(body + note, 398, "sv")
    assert capped.endswith(note) and len(capped) <= 398
    assert _cap_keeping_note(body, 398, "sv") == body[:398].rsplit(". ", 1)[0] + "."
