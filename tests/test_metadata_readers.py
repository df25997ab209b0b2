"""The metadata readers on small texts: what counts as the document's own statement, and what not.

Pages are given as pypdf would extract them (plain text), so each rule is tested on its own.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from ingest.meta.candidates import Candidates, choose
from ingest.meta.decision import Decision, latest, parse_decisions
from ingest.meta.prose import _says_internal
from ingest.meta.title import is_noise, tidy_title
from ingest.meta.vocab import bodies_in, code_body, initials, match_label
from ingest.metadata import extract_metadata
from ingest.pipeline import Source, parse
from store.schema import Publication

D = dt.date
TEXT = "Texten beskriver hur förvaltningen arbetar med frågan och vad som gäller för den som söker stöd."


def meta_of(*lines: str):  # one page of lines
    return extract_metadata(["\n".join(lines)])


# ---- decisions: the document's own, never one it mentions ----------------------------------------


def test_a_decision_the_body_mentions_is_not_the_documents() -> None:
    meta = meta_of(
        "Riktlinje för X",
        TEXT,
        "Kommunfullmäktige beslutade 2024-11-25, § 118, om kommunens mål för arbetsmarknadsinsatser.",
        "Rutinen är en del av ledningssystemet som socialnämnden beslutade om 2024-05-14, § 41.",
    )
    assert (meta.decided_by, meta.decision_date, meta.paragraph) == (None, None, None)


def test_the_header_wins_and_a_section_is_never_taken_from_another_decision() -> None:
    meta = meta_of(
        "Riktlinje för X",
        "Beslutad av: Socialnämnden",
        "Beslutsdatum: 2025-06-10",
        TEXT,
        "Kommunfullmäktige beslutade 2024-11-25, § 118, om kommunens mål för arbetsmarknadsinsatser.",
    )
    assert (meta.decided_by, meta.decision_date, meta.paragraph) == ("socialnämnden", D(2025, 6, 10), None)


def test_latest_revision_is_the_version_in_force() -> None:
    meta = meta_of("Policy för Z", "Antagen: 2019-01-01 (KF § 3)", "Reviderad: 2021-03-01 (KS § 45)", TEXT)
    assert (meta.decided_by, meta.decision_date, meta.paragraph) == ("kommunstyrelsen", D(2021, 3, 1), "§ 45")


def test_a_revision_in_a_sentence_of_its_own_and_a_dnr_in_a_footnote() -> None:
    """ "Antagen av ... § 4. Senast reviderad av ... § 118, dnr ...": the revision is the version in
    force; "1 Dnr SN 2025/290." at the foot of the page is the document's diarienummer."""
    meta = meta_of(
        "Arbetsordning för kommunfullmäktige",
        "Antagen av kommunfullmäktige 2019-01-28, § 4. Senast reviderad av kommunfullmäktige 2024-11-25, "
        "§ 118, dnr KS 2024/0377.",
        TEXT,
    )
    assert (meta.decision_date, meta.paragraph, meta.diarienummer) == (
        D(2024, 11, 25),
        "§ 118",
        "KS 2024/0377",
    )
    footnote = meta_of(
        "Riktlinje för ekonomiskt bistånd", TEXT, "1 Dnr SN 2025/290. Riktlinjen gäller från 2026-01-01."
    )
    assert (footnote.diarienummer, footnote.valid_from) == ("SN 2025/290", D(2026, 1, 1))


def test_a_subjectless_decision_line_in_the_body_does_not_outrank_the_header() -> None:
    meta = meta_of(
        "Riktlinje för X",
        "Beslutad av kommunstyrelsen 2020-02-02, § 12",
        TEXT,
        TEXT,
        "Relaterade dokument",
        "Policy för informationssäkerhet",
        "Antagen av kommunfullmäktige 2024-09-23, § 87",
        TEXT,
    )
    assert (meta.decided_by, meta.decision_date, meta.paragraph) == ("kommunstyrelsen", D(2020, 2, 2), "§ 12")


@pytest.mark.parametrize(
    "sentence",
    [
        "Riktlinjen antogs av socialnämnden den 3 mars 2021, § 12.",
        "Riktlinjen för ekonomiskt bistånd antogs av socialnämnden den 3 mars 2021, § 12.",
        "Denna riktlinje har fastställts av socialnämnden 2021-03-03 § 12.",
        "Socialnämnden antog riktlinjen den 3 mars 2021, § 12.",
        "Socialnämnden beslutade den 3 mars 2021, § 12, att anta riktlinjen.",
        "Socialnämnden har den 3 mars 2021 (§ 12) antagit denna riktlinje.",
        "Den 3 mars 2021 antog socialnämnden riktlinjen (§ 12).",
    ],
)
def test_decision_statements_about_the_document_itself(sentence: str) -> None:
    meta = meta_of("Riktlinje för ekonomiskt bistånd", TEXT, sentence)
    assert (meta.decided_by, meta.decision_date, meta.paragraph) == ("socialnämnden", D(2021, 3, 3), "§ 12")


@pytest.mark.parametrize(
    "sentence",
    [
        "Riktlinjen bygger på den plan som fastställdes av kommunfullmäktige 2019-02-02, § 4.",
        "Dessa mål antogs av kommunfullmäktige 2019-02-02, § 4.",
        "Socialnämnden beslutade 2019-02-02, § 4, att ansökan ska göras via e-tjänst.",
    ],
)
def test_statements_about_something_else_give_no_decision(sentence: str) -> None:
    meta = meta_of("Riktlinje för X", TEXT, sentence)
    assert (meta.decided_by, meta.decision_date, meta.paragraph) == (None, None, None)


def test_namnden_is_the_namnd_the_document_names() -> None:
    meta = meta_of(
        "Kultur- och fritidsnämnden", "Plan för läsning", TEXT, "Planen antogs av nämnden 2023-03-21, § 19."
    )
    assert meta.decided_by == "kultur- och fritidsnämnden"
    nobody = meta_of("Plan för läsning", TEXT, "Planen antogs av nämnden 2023-03-21, § 19.")
    assert nobody.decided_by is None and nobody.decision_date == D(2023, 3, 21)  # unknown, not "nämnden"


def test_a_bare_datum_is_a_decision_date_only_beside_a_decider() -> None:
    assert meta_of("Riktlinje för X", "Datum: 2024-01-15", TEXT).decision_date is None
    assert meta_of("Riktlinje för X", "Beslutad av: KS", "Datum: 2024-01-15", TEXT).decision_date == D(
        2024, 1, 15
    )


# ---- validity, replaces, scope, owner, publication -----------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "start", "end"),
    [
        (
            "Riktlinjen gäller från och med den 1 april 2021 till och med den 31 mars 2024.",
            D(2021, 4, 1),
            D(2024, 3, 31),
        ),
        ("Riktlinjen gäller för verksamhetsåret 2025.", D(2025, 1, 1), D(2025, 12, 31)),
        ("Från och med den 1 april 2021 gäller riktlinjen.", D(2021, 4, 1), None),
        ("Dessa föreskrifter träder i kraft den 1 december 2019.", D(2019, 12, 1), None),
        ("Riktlinjen antogs av KS 2021-03-03, § 5, och gäller från beslutsdagen.", D(2021, 3, 3), None),
        ("Riktlinjen gäller 2024–2027.", D(2024, 1, 1), D(2027, 12, 31)),
    ],
)
def test_validity_in_prose(sentence: str, start: dt.date, end: dt.date | None) -> None:
    meta = meta_of("Riktlinje för X", TEXT, sentence)
    assert (meta.valid_from, meta.valid_to) == (start, end)


def test_a_law_entering_into_force_is_not_the_documents_start() -> None:
    meta = meta_of("Riktlinje för X", TEXT, "Den 1 juli 2025 trädde den nya socialtjänstlagen i kraft.")
    assert meta.valid_from is None


def test_open_end_and_nothing_replaced_are_stated_and_none() -> None:
    meta = meta_of(
        "Policy för X", "Gäller från: 2024-10-01", "Giltig t.o.m.: Tills vidare", "Ersätter: –", TEXT
    )
    assert (meta.valid_from, meta.valid_to, meta.replaces) == (D(2024, 10, 1), None, None)


@pytest.mark.parametrize(
    ("sentence", "replaces"),
    [
        (
            "Riktlinjen antogs av SN 2024-05-02, § 33, och ersätter nämndens tidigare riktlinje, fastställd "
            "2022-05-17, § 44.",
            "nämndens tidigare riktlinje, fastställd 2022-05-17, § 44",
        ),
        (
            "Den tidigare riktlinjen för bistånd, beslutad av socialnämnden 2022-11-15, § 96, "
            "upphör att gälla.",
            "riktlinjen för bistånd, beslutad av socialnämnden 2022-11-15, § 96",
        ),
        ("Riktlinjen ersätter inte en individuell prövning.", None),
        (  # a statute's last §: its number first, the old one ending "at the same time"
            "17 § Denna riktlinje träder i kraft den 1 april 2024. Samtidigt upphör riktlinje för X "
            "antagen av kommunfullmäktige 2019-02-25, § 9, att gälla.",
            "riktlinje för X antagen av kommunfullmäktige 2019-02-25, § 9",
        ),
    ],
)
def test_what_the_document_replaces(sentence: str, replaces: str | None) -> None:
    assert meta_of("Riktlinje för X", TEXT, sentence).replaces == replaces


def test_scope_stops_where_the_sentence_goes_on() -> None:
    meta = meta_of(
        "Plan för X",
        TEXT,
        "Planen gäller för kommunens egna verksamheter och det kommunala bolaget, och den vänder sig "
        "också till hushåll.",
    )
    assert meta.scope == "kommunens egna verksamheter och det kommunala bolaget"
    assert (
        meta_of("Plan för X", TEXT, "Den här texten beskriver vad som gäller för invånare i kommunen.").scope
        is None
    )


@pytest.mark.parametrize(
    ("sentence", "owner"),
    [
        (
            "Ansvarig för att riktlinjerna hålls aktuella är enhetschefen för myndighetsenheten.",
            "enhetschefen för myndighetsenheten",
        ),
        ("Kanslichefen ansvarar för att riktlinjen revideras vid behov.", "Kanslichefen"),
        ("Kanslichefen är ansvarig för riktlinjen.", "Kanslichefen"),
        ("Kanslichefen ansvarar för att hålla riktlinjen aktuell.", "Kanslichefen"),
        ("Riktlinjen revideras vid behov av kanslichefen.", "kanslichefen"),
        ("Kommunstyrelsen ansvarar för uppföljning av riktlinjen.", "Kommunstyrelsen"),
        ("Alla chefer ansvarar för att riktlinjen följs upp på sina enheter.", None),
    ],
)
def test_owner_in_prose(sentence: str, owner: str | None) -> None:
    assert meta_of("Riktlinje för X", TEXT, sentence).owner == owner


@pytest.mark.parametrize(
    ("lines", "publication"),
    [
        (["Rutin för U", TEXT, "Rutinen publiceras på kommunens intranät."], Publication.INTERN),
        (["INTERNT – får inte spridas", "Rutin för U", TEXT], Publication.INTERN),
        (
            [
                "Rutin för U",
                "Publicering: Extern webb",
                TEXT,
                "Rutinen får inte spridas utanför förvaltningen.",
            ],
            Publication.INTERN,
        ),
        (
            ["Styrmodell", TEXT, "Vissa dokument av intern karaktär kan publiceras på intranätet."],
            Publication.UNKNOWN,
        ),
        (["Taxa för X", TEXT, "Taxan publiceras på kommunens webbplats."], Publication.EXTERN),
    ],
)
def test_publication_statements(lines: list[str], publication: Publication) -> None:
    assert meta_of(*lines).publication is publication


# ---- labels, bodies, titles, the choice ----------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "field", "value"),
    [
        ("Beslutsinstans: Socialnämnden", "decision", "Socialnämnden"),
        ("Gäller fr.o.m 2024-01-01", "valid_from", "2024-01-01"),
        ("Beslutsdatum/§: 2023-01-01 § 5", "decision", "2023-01-01 § 5"),
        ("Utbytt den: 2019-11-15", "ignore", "2019-11-15"),
        ("Beslutsinstanser är flera", None, None),
    ],
)
def test_labels_are_data(cell: str, field: str | None, value: str | None) -> None:
    match = match_label(cell)
    assert (match.field, match.value) == (field, value) if match else (field, value) == (None, None)


def test_one_line_header_parted_by_dashes() -> None:
    meta = meta_of("Riktlinje för X", "Socialnämnden – Beslutad 2025-06-10, § 57 – Dnr SN 2025/31", TEXT)
    assert (meta.decided_by, meta.decision_date, meta.paragraph, meta.diarienummer) == (
        "socialnämnden",
        D(2025, 6, 10),
        "§ 57",
        "SN 2025/31",
    )
    wrapped = meta_of("Riktlinje för X", "Ersätter: Riktlinje för X, antagen 2019-01-01", TEXT)
    assert wrapped.replaces == "Riktlinje för X, antagen 2019-01-01"  # a value is never split


def test_codes_and_names_of_bodies() -> None:
    assert initials("bygg- och miljönämnden") == "BMN" and initials("socialnämnden") == "SN"
    assert code_body("MHN 2024-04-16", ["miljö- och hälsoskyddsnämnden"]) == "miljö- och hälsoskyddsnämnden"
    assert [m.name for m in bodies_in("Tekniska nämnden och socialnämndens arbetsutskott")] == [
        "tekniska nämnden",
        "socialnämndens arbetsutskott",
    ]


def test_decision_clauses() -> None:
    found = parse_decisions("KF 2010-11-23 § 115, reviderad KF 2015-04-21 § 40, reviderad 2022-03-14 § 21")
    assert latest(found) == Decision("kommunfullmäktige", D(2022, 3, 14), "§ 21", revision=True)
    assert parse_decisions("2021-03-01 (KS § 45)") == [Decision("kommunstyrelsen", D(2021, 3, 1), "§ 45")]
    assert parse_decisions("Fastställd 2023-01-01 av kommundirektören")[0].body == "kommundirektör"
    assert parse_decisions("av SN den 13 april 2021, § 31 (dnr SN 2021/27), och gäller från 2021-05-01") == [
        Decision("socialnämnden", D(2021, 4, 13), "§ 31", "SN 2021/27")
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Askersunds kommun · Socialnämnden",
        "ASKERSUNDS KOMMUNS FÖRFATTNINGSSAMLING",
        "PROGRAM",
        "KFS 4.1 – 1",
        "Socialförvaltningen",
        "Fiktivt testdokument",
        "Sida 2 av 4",
        "Beslutad av: KF",
    ],
)
def test_lines_that_are_never_a_title(line: str) -> None:
    assert is_noise(line)
    assert not is_noise("Riktlinje för ekonomiskt bistånd")


def test_choice_prefers_the_header_unless_a_later_decision_is_a_revision() -> None:
    def choice(revision: bool) -> tuple[object, object]:
        cands = Candidates()
        cands.decision(
            Decision("kommunfullmäktige", D(2012, 5, 28), "§ 50"), rank=0, group="header", source="s"
        )
        later = Decision("kommunfullmäktige", D(2019, 10, 21), "§ 88", revision=revision)
        cands.decision(later, rank=0, group="line", source="s")
        cands.decision(Decision("socialnämnden", D(2024, 1, 1), "§ 9"), rank=1, group="body", source="s")
        chosen = choose(cands)
        return chosen["decision_date"].value, chosen["paragraph"].value

    assert choice(revision=True) == (D(2019, 10, 21), "§ 88")  # "reviderad KF 2019-10-21 § 88"
    assert choice(revision=False) == (D(2012, 5, 28), "§ 50")  # two statements: the header's


@pytest.mark.parametrize(
    ("closing", "date", "paragraph"),
    [
        ("Riktlinjen reviderades av kommunstyrelsen 2024-06-10, § 80.", D(2024, 6, 10), "§ 80"),
        ("Riktlinjen antogs av kommunstyrelsen 2024-06-10, § 80.", D(2023, 1, 10), "§ 5"),
    ],
)
def test_a_later_statement_replaces_the_header_only_as_a_revision(
    closing: str, date: dt.date, paragraph: str
) -> None:
    meta = meta_of("Riktlinje för X", "Beslutad av KS 2023-01-10, § 5", TEXT, TEXT, closing)
    assert (meta.decision_date, meta.paragraph) == (date, paragraph)


# ---- labels in a block of their own: "Label:" in one cell, the value in the next -----------------


def test_a_label_ending_in_a_colon_takes_the_value_in_the_cell_beside_it() -> None:
    meta = meta_of(
        "Policy för X",
        "Fastställd av:                   Kommunfullmäktige",
        "Datum:                           2023-09-25, § 88",
        "Dokumentet gäller för:           Kommunens nämnder och förvaltningar",
        "Dokumentet gäller till och med:  2027-12-31",
        TEXT,
    )
    assert (meta.decided_by, meta.decision_date, meta.paragraph) == (
        "kommunfullmäktige",
        D(2023, 9, 25),
        "§ 88",
    )
    assert meta.scope == "kommunens nämnder och förvaltningar" and meta.valid_to == D(2027, 12, 31)


@pytest.mark.parametrize(
    ("cell", "field"),
    [("Dokumentet gäller för:", "scope"), ("Riktlinjen gäller till och med: 2027-12-31", "valid_to")],
)
def test_a_label_may_name_its_document_first(cell: str, field: str) -> None:
    match = match_label(cell)
    assert match is not None and match.field == field


def test_a_sentence_about_the_document_is_not_a_label() -> None:
    assert match_label("Riktlinjen gäller för alla som arbetar i kommunen.") is None


def test_a_label_over_a_value_that_names_its_field_again() -> None:
    meta = meta_of(
        "Riktlinje för X",
        TEXT,  # a printed web page: the labels stand under the lead paragraph
        "Beslutande instans:",
        "Teknik- och fritidsnämnden",
        "Beslutsdatum:",
        "2024-03-19",
        "Paragraf:",
        "§ 21",
        TEXT,
    )
    assert (meta.decided_by, meta.decision_date, meta.paragraph) == (
        "teknik- och fritidsnämnden",
        D(2024, 3, 19),
        "§ 21",
    )


def test_a_statutes_section_number_does_not_hide_its_subject() -> None:
    meta = meta_of("Reglemente för X", TEXT, "17 § Detta reglemente träder i kraft den 1 april 2024.")
    assert meta.valid_from == D(2024, 4, 1)


def test_a_value_run_into_the_next_column_is_two_cells() -> None:
    from ingest.meta.document import split_cells

    cells = split_cells("Riktlinje för parkeringstillståndRiktlinje      Samhällsbyggnadsnämnden")
    assert [c.text for c in cells] == [
        "Riktlinje för parkeringstillstånd",
        "Riktlinje",
        "Samhällsbyggnadsnämnden",
    ]
    assert [c.text for c in split_cells("SoL och LSS enligt KSau")] == ["SoL och LSS enligt KSau"]


def test_a_year_range_in_the_title_is_the_period_when_nothing_else_states_one() -> None:
    meta = meta_of("Bostadsförsörjningsprogram 2024–2027", TEXT)
    assert (meta.valid_from, meta.valid_to) == (D(2024, 1, 1), D(2027, 12, 31))
    stated = meta_of(
        "Bostadsförsörjningsprogram 2024–2027", TEXT, "Programmet gäller från och med 2024-07-01."
    )
    assert stated.valid_from == D(2024, 7, 1) and stated.valid_to is None
    later = meta_of("Bostadsförsörjningsprogram 2024–2027", TEXT, "Programmet antogs av KF 2024-06-17, § 60.")
    assert later.valid_from is None and later.valid_to == D(2027, 12, 31)  # not in force before its adoption


def test_names_are_not_cells_run_together() -> None:
    from ingest.meta.document import split_cells

    assert len(split_cells("Rutin för dokumentation i TakeCare och SharePoint")) == 1


@pytest.mark.parametrize(
    ("sentence", "field", "value"),
    [
        ("Riktlinjen upphör den 31 december 2027 att gälla.", "replaces", None),  # a time, not a document
        ("Denna riktlinje, som gäller från och med den 1 januari 2025, ersätter X.", "valid_from",
         D(2025, 1, 1)),  # the document's own relative clause
        ("Den utgår från socialtjänstlagen, som trädde i kraft den 1 juli 2025.", "valid_from", None),
    ],
)  # fmt: skip
def test_relative_clauses_and_ends(sentence: str, field: str, value: object) -> None:
    assert getattr(meta_of("Riktlinje för X", TEXT, sentence), field) == value


def test_a_whole_label_line_is_a_paragraph_of_its_own() -> None:
    from ingest.meta.document import build_view

    text = "Policy för X\nAntagen av kommunfullmäktige 2024-02-26, § 17.\nPolicyn gäller alla i kommunen."
    view = build_view([text], [text])
    assert "Antagen av kommunfullmäktige 2024-02-26, § 17." in [p.text for p in view.paragraphs]


def test_a_code_stands_for_the_body_the_document_names_before_the_vocabularys() -> None:
    """ "MBN" is the vocabulary's miljö- och byggnadsnämnden, but a document that names its
    "Miljö- och byggnämnden" means that one."""
    decided = parse_decisions("Antagen MBN 2025-09-24", known=["miljö- och byggnämnden"])
    assert [d.body for d in decided] == ["miljö- och byggnämnden"]
    assert [d.body for d in parse_decisions("Antagen MBN 2025-09-24")] == ["miljö- och byggnadsnämnden"]


def test_a_sentence_of_the_document_about_itself_can_make_it_internal() -> None:
    """ "Detta beslut är ett internt dokument och publiceras endast på kommunens intranät" in the body
    makes the document internal; a rule about other documents ("kan publiceras på intranätet") does
    not (broad12's vidaredelegering states it in a body paragraph only)."""
    name = "vidaredelegering-samhallsbyggnad-2026.pdf"
    path = Path(__file__).parent / "fixtures" / "broad12" / "pdf" / name
    parsed, _ = parse(Source(path, name, None), "0" * 64, 350)
    assert parsed.record.meta.publication is Publication.INTERN
    assert _says_internal("Riktlinjen publiceras endast på intranätet Insidan.")
    assert _says_internal("Dokumentet publiceras inte på kommunens externa webbplats.")
    assert not _says_internal("Vissa dokument av intern karaktär kan publiceras på intranätet.")
    assert not _says_internal("Denna policy publiceras på kommunens webbplats.")


def test_a_document_names_itself_by_its_titles_head_noun() -> None:
    """ "Denna attestordning antogs ..." in "Attestordning för X", a type no vocabulary lists."""
    meta = meta_of(
        "Attestordning för Granåsa kommun",
        TEXT,
        "Denna attestordning antogs av kommunfullmäktige den 22 mars 2021, § 31 (dnr KS 2021/0087), och",
        "träder i kraft den 1 april 2021.",
    )
    assert (meta.decided_by, meta.decision_date, meta.paragraph, meta.valid_from) == (
        "kommunfullmäktige",
        D(2021, 3, 22),
        "§ 31",
        D(2021, 4, 1),
    )


def test_a_history_grid_with_words_broken_in_narrow_columns_gives_its_latest_row() -> None:
    """Header labels and cells broken inside a word ("Versio" / "n", "Kommunfullmäktig" / "e"), a
    comment that wraps over two lines: the latest row is still the version in force."""
    meta = meta_of(
        "Finanspolicy för Granåsa kommun",
        TEXT,
        "Beslutshistorik",
        "",
        " Versio    Datum        Beslutsinstans      Paragra   Diarienummer   Kommentar",
        " n                                            f",
        " 1.0       2016-09-26   Kommunfullmäktig    § 88      KS 2016/0301   Första versionen.",
        "                        e",
        " 2.0       2019-12-16   Kommunfullmäktig    § 171     KS 2019/0512   Nya regler.",
        "                        e",
        " 3.0       2023-11-27   Kommunfullmäktig    § 142     KS 2023/0388   Nya limiter för",
        "                        e                                            placering och",
        "                                                                     derivat.",
    )
    assert (meta.decided_by, meta.decision_date, meta.paragraph, meta.diarienummer) == (
        "kommunfullmäktige",
        D(2023, 11, 27),
        "§ 142",
        "KS 2023/0388",
    )


def test_labels_of_one_column_joined_by_a_comma_read_as_the_first() -> None:
    meta = meta_of(
        "SOLBACKA KOMMUN",
        " Taxa                Beslutad av           Datum, §              Dnr               Gäller från",
        " Kulturskola         Kommunfullmäktige     2025-11-24, § 139     KS 2025/402       2026-01-01",
        "",
        "Taxa för kulturskolan",
        TEXT,
    )
    assert (meta.decided_by, meta.decision_date, meta.paragraph, meta.valid_from) == (
        "kommunfullmäktige",
        D(2025, 11, 24),
        "§ 139",
        D(2026, 1, 1),
    )
    assert match_label("Datum, 2025") is None  # a label and a value, not two labels


def test_a_validity_without_subject_after_a_line_of_facts_about_the_document() -> None:
    """ "Gäller från och med ..." continues the sentence before it when that spoke of the document,
    with a bare dnr between them or not; after a sentence about something else it stays unread."""
    for facts in (
        "Antagen av kultur- och fritidsnämnden 2025-02-11, § 12. Dnr KFN 2024/188."
        " Gäller från och med 2025-03-01.",
        "Antaget av kommunfullmäktige 2022-12-12, § 148. Gäller från och med 2025-03-01."
        " Reglementet publiceras i kommunens författningssamling på kommunens webbplats och på intranätet.",
    ):
        meta = meta_of("Reglemente för X", TEXT, facts)
        assert meta.valid_from == D(2025, 3, 1)
    other = meta_of(
        "Reglemente för X",
        TEXT,
        "Den nya taxan för hemtjänst som nämnden tog fram förra året ska följas av alla enheter i kommunen."
        " Gäller från och med 2025-03-01. Avgiften tas ut per timme enligt taxan och faktureras månadsvis.",
    )
    assert other.valid_from is None


def test_a_delegeringsordning_is_a_delegationsordning() -> None:
    meta = meta_of("Delegeringsordning för kultur- och fritidsnämnden", TEXT)
    assert meta.doc_type == "delegationsordning"


def test_a_protocol_extract_after_the_document_is_its_decision(tmp_path: Path) -> None:
    """A "Protokollsutdrag" set after the document (organ, meeting date, "§ 47 ...", dnr, "X
    beslutar att anta <title> att gälla från och med ...") is the document's own decision; the date
    the minutes were signed ("Justerat") is not."""
    from ingest.metadata import extract_metadata

    body = (
        "Ägardirektiv för Testbolaget AB\n1 Inledning\nBolaget ägs av kommunen och ska bedriva verksamhet "
        "enligt bolagsordningen.\n2 Ekonomi\nSoliditeten ska vara minst 30 procent."
    )
    extract = (
        "Protokollsutdrag\nKommunfullmäktige i Exempelkommun\nSammanträde 2025-04-28\n"
        "§ 47 Nytt ägardirektiv för Testbolaget AB, dnr KS 2025/088\n"
        "Kommunfullmäktige beslutar att anta ägardirektiv för Testbolaget AB att gälla "
        "från och med 2025-05-15.\n"
        "Justerat 2025-05-02\nRätt utdraget intygar: Anna Andersson"
    )
    meta = extract_metadata([body, extract])
    assert (meta.decided_by, str(meta.decision_date), meta.paragraph, meta.diarienummer) == (
        "kommunfullmäktige",
        "2025-04-28",
        "§ 47",
        "KS 2025/088",
    )
    assert str(meta.valid_from) == "2025-05-15"
    # the signatures end the extract: a § after them is another matter's
    signed = extract.replace("Rätt utdraget", "§ 48 Val av revisorer\nRätt utdraget")
    assert extract_metadata([body, signed]).paragraph == "§ 47"
    # a proposal, several §§, or no meeting date: no decision of this document, rather than a wrong one
    proposed = extract.replace("Kommunfullmäktige beslutar", "Kommunstyrelsen föreslår kommunfullmäktige")
    several = extract.replace("§ 47 Nytt", "§ 45 Ärende\n§ 47 Nytt")
    undated = extract.replace("Sammanträde 2025-04-28\n", "")
    for variant in (proposed, several, undated):
        meta = extract_metadata([body, variant])
        assert (meta.decided_by, meta.decision_date) == (None, None)


def test_a_footer_with_an_abbreviated_revision_gives_the_version_in_force(tmp_path: Path) -> None:
    """ "Antagen av KF 2019-03-25 § 22, rev. KF 2024-02-12 § 9" on every page: the revision of
    2024-02-12 is the version in force ("rev." ends no sentence)."""
    from pdfgen import story_pdf

    from ingest.pdf import read_pages

    blocks = [("h", "Reglemente för testnämnden"), ("p", "1 § Nämnden ansvarar för fritidsfrågor."),
              ("break",), ("p", "2 § Nämnden sammanträder när ordföranden kallar.")]  # fmt: skip
    pdf = story_pdf(
        tmp_path / "r.pdf", blocks, footer="Antagen av KF 2019-03-25 § 22, rev. KF 2024-02-12 § 9"
    )
    meta = extract_metadata(read_pages(pdf))
    assert (meta.decided_by, str(meta.decision_date), meta.paragraph) == (
        "kommunfullmäktige",
        "2024-02-12",
        "§ 9",
    )


def test_a_line_of_two_label_value_pairs_is_no_grid_even_when_a_value_reads_like_a_label() -> None:
    # "Delegationsordning beslutad" could head a column; the date beside "Gäller från" shows the line
    # holds pairs, so every field of the lines under it is read too
    meta = meta_of(
        "Delegationsordning för X-nämnden",
        "Beslutad av       X-nämnden                  Beslutsdatum      2025-12-16, § 97",
        "Gäller från       2026-01-01                 Ersätter          Delegationsordning beslutad",
        "                                                               2023-03-14, § 22",
        "Dokumentansvarig  Förvaltningschef           Revideras senast  2027-12-31",
        "Gäller för        X-förvaltningen",
        TEXT,
    )
    assert (meta.decision_date, meta.paragraph, meta.valid_from) == (D(2025, 12, 16), "§ 97", D(2026, 1, 1))
    assert meta.replaces == "Delegationsordning beslutad 2023-03-14, § 22"
    assert (meta.owner, meta.review_date) == ("Förvaltningschef", D(2027, 12, 31))
    assert meta.scope == "X-förvaltningen"


def test_a_grid_header_is_still_a_grid() -> None:
    meta = meta_of(
        "Riktlinje för X",
        "Version   Beslutsdatum   Instans            Paragraf",
        "1.0       2019-03-11     Kommunstyrelsen    § 61",
        "2.0       2025-02-24     Kommunstyrelsen    § 14",
        TEXT,
    )
    assert (meta.decision_date, meta.paragraph) == (D(2025, 2, 24), "§ 14")


@pytest.mark.parametrize(
    ("lines", "scope"),
    [
        # a subtitle whose subject is the document
        (["Finanspolicy för X kommun", "Omfattar kommunen och de helägda bolagen i kommunkoncernen", TEXT],
         "kommunen och de helägda bolagen i kommunkoncernen"),
        # a label after a sentence of the same paragraph
        (["Delegationsordning för X", TEXT, "Ansvarig: miljöchef. Omfattning: nämndens ansvarsområde."],
         "nämndens ansvarsområde"),
        # the first object that is no time, and the clause that follows cut off
        (["Tillsynsplan för X", TEXT, "Planen gäller för åren 2026–2028 och avser nämndens tillsyn enligt "
          "miljöbalken."], "nämndens tillsyn enligt miljöbalken"),
        (["Taxa för X", TEXT, "Taxan gäller för kommunens samtliga nämnder och tillämpas från 2026-01-01."],
         "kommunens samtliga nämnder"),
        # a subtitle says less than the document's own sentence
        (["Policy för X", "Gäller för anställda i kommunen", TEXT, "Policyn gäller för anställda och "
          "förtroendevalda i kommunens nämnder."], "anställda och förtroendevalda i kommunens nämnder"),
    ],
)  # fmt: skip
def test_scope_wherever_the_document_states_it(lines: list[str], scope: str) -> None:
    assert meta_of(*lines).scope == scope


@pytest.mark.parametrize(
    "lines",
    [
        ["Delegationsordning för X", TEXT, "Upphandling", "Omfattar även avrop från ramavtal"],
        ["Riktlinje för X", TEXT, "Riktlinjen avser att tydliggöra ansvaret."],
        ["Riktlinje för X", TEXT, "Beloppen avser kronor exklusive moms."],
    ],
)
def test_no_scope_from_a_table_cell_an_intention_or_another_subject(lines: list[str]) -> None:
    assert meta_of(*lines).scope is None


def test_a_replaced_version_is_told_with_its_decision_from_the_history() -> None:
    meta = meta_of(
        "Riktlinje för X",
        TEXT,
        "Dokumenthistorik",
        "Version   Datum        Beslutande      §       Kommentar",
        "1.0       2019-05-14   Socialnämnden   § 44    Riktlinjen antas.",
        "2.0       2022-09-20   Socialnämnden   § 81    Uppföljning varje halvår.",
        "3.0       2025-03-18   Socialnämnden   § 27    Nya nivåer; ersätter version 2.0.",
    )
    assert (meta.decision_date, meta.paragraph) == (D(2025, 3, 18), "§ 27")
    assert meta.replaces == "version 2.0, beslutad av socialnämnden 2022-09-20, § 81"


def test_a_history_alone_says_nothing_of_what_is_replaced() -> None:
    meta = meta_of(
        "Riktlinje för X",
        TEXT,
        "Version   Datum        Beslutande      §       Kommentar",
        "1.0       2019-05-14   Socialnämnden   § 44    Riktlinjen antas.",
        "1.1       2022-09-20   Socialnämnden   § 81    Redaktionella ändringar.",
    )
    assert meta.decision_date == D(2022, 9, 20) and meta.replaces is None


def test_a_version_note_names_the_replaced_version_whatever_its_subject() -> None:
    note = "Version 3 ersätter version 2, fastställd 2023-01-16."
    meta = meta_of("Rutin för X", TEXT, "Versionsnotering", note)
    assert meta.replaces == "version 2, fastställd 2023-01-16"


def test_a_labelled_owner_ends_with_its_sentence() -> None:
    meta = meta_of(
        "Riktlinje för X", TEXT, "Dokumentägare: ekonomichef. Riktlinjen gäller för samtliga förvaltningar."
    )
    assert (meta.owner, meta.scope) == ("ekonomichef", "samtliga förvaltningar")


def test_who_answers_for_the_revision_is_the_owner_only_when_no_other_label_names_one() -> None:
    alone = meta_of("Delegationsordning för X", "För revidering ansvarar: Kanslichef", TEXT)
    both = meta_of(
        "Plan för X", "Dokumentansvarig: Gatuchef", "För revidering ansvarar: Tekniska nämnden", TEXT
    )
    assert (alone.owner, both.owner) == ("Kanslichef", "Gatuchef")


def test_a_review_date_labelled_after_a_sentence() -> None:
    meta = meta_of("Riktlinje för X", TEXT, "Dokumentägare: ekonomichef. Nästa översyn: 2026-09-30.")
    assert meta.review_date == D(2026, 9, 30)


@pytest.mark.parametrize(
    ("lines", "field"),
    [
        # a table's last row in the tail is no subtitle
        (["Riktlinje för X", TEXT, "Beslut om avrop      Chef", "Omfattar avrop från ramavtal"], "scope"),
        (["Plan för X", "Avser 2026", TEXT], "scope"),  # a year is a time
        (["Riktlinje för X", TEXT, "Riktlinjen avser främst att tydliggöra ansvaret."], "scope"),
        # a label after a sentence about something else
        (["Handlingsplan för X", TEXT, "Åtgärd 3 genomförs under 2026. Ansvarig: fritidschef."], "owner"),
        (["Riktlinje för X", TEXT, "Den nya blanketten införs i mars. Ersätter: blankett 12."], "replaces"),
        # another thing's version
        (["Riktlinje för X", TEXT, "Standarden WCAG 2.2, som ersätter version 2.1, gäller."], "replaces"),
    ],
)
def test_what_the_document_does_not_say_of_itself_gives_no_value(lines: list[str], field: str) -> None:
    assert getattr(meta_of(*lines), field) is None


def test_the_replaced_version_is_the_one_before_the_latest() -> None:
    meta = meta_of(
        "Riktlinje för X",
        TEXT,
        "Version   Datum        Beslutande      §       Kommentar",
        "1.0       2019-05-14   Socialnämnden   § 44    Riktlinjen antas.",
        "2.0       2022-09-20   Socialnämnden   § 81    Nya nivåer; ersätter version 1.0.",
        "3.0       2025-03-18   Socialnämnden   § 27    Redaktionella ändringar.",
    )
    assert meta.replaces is None  # 3.0 replaces 2.0; the statement names 1.0


@pytest.mark.parametrize(
    ("title", "tidy"),
    [
        ("Riktlinje för X – styrande dokument", "Riktlinje för X"),
        ("Program för X – från ord till handling", "Program för X"),
        ("Policy för X – version 2.0", "Policy för X"),
    ],
)
def test_a_dash_before_a_document_word_a_figure_or_a_motto_ends_the_title(title: str, tidy: str) -> None:
    assert tidy_title(title) == tidy


def test_an_abbreviation_does_not_end_a_labelled_owner() -> None:
    assert meta_of("Riktlinje för X", "Dokumentägare: Avd. Ekonomi och upphandling", TEXT).owner == (
        "Avd. Ekonomi och upphandling"
    )
