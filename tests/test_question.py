"""Question understanding: kinds, dates in the question's own words, follow-ups."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.question import (
    DOC_DECISION,
    FACT,
    NAME,
    PERSONAL,
    SUPERSESSION,
    WHICH_APPLIES,
    WHO_DECIDES,
    understand,
)


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Vem beslutar om rivningslov?", WHO_DECIDES),
        ("Vem beslutade om rivningslov i juni 2022?", WHO_DECIDES),
        ("Vilken representationspolicy gäller nu?", WHICH_APPLIES),
        ("Vad ersätter delegationsordningen för samhällsbyggnadsnämnden?", SUPERSESSION),
        ("När antogs representationspolicyn?", DOC_DECISION),
        ("Vem har beslutat Riktlinje för synpunkter och klagomål?", DOC_DECISION),
        ("Hur lång tid tar handläggningen av mitt bygglov?", PERSONAL),
        ("Vad heter kommundirektören?", NAME),
        ("Vad är ett program?", FACT),
        ("Vem ska kalla in min ersättare i socialnämnden?", FACT),  # a substitute, not a newer version
        ("Vad ersattes av den nya policyn?", SUPERSESSION),
        ("När ska representationspolicyn ersättas?", SUPERSESSION),
        ("Vem står som ansvarig för reglementet för socialnämnden?", DOC_DECISION),
        ("Vem är dokumentägare för planen för vinterväghållning?", DOC_DECISION),
        ("Vem fattade beslut om riktlinjen för medborgardialog?", DOC_DECISION),  # a document: its decision
        ("Vem fattade beslut om strandskyddsdispens 2022?", WHO_DECIDES),  # a matter: its delegat
        ("Får jag som handläggare själv fatta beslut om marklov?", WHO_DECIDES),  # a mandate, not a case
        ("Huset följer planen. Vem fattar beslut om mitt bygglov?", WHO_DECIDES),  # a rule for any case
        ("Kan en bygglovshandläggare besluta om mitt bygglov?", WHO_DECIDES),
        ("Jag är ny chef. Vilken delegationsordning gäller för mina beslut om bistånd?", WHICH_APPLIES),
        ("Vilket reglemente gällde före det nuvarande, och när antogs det?", DOC_DECISION),  # the one before
        ("Kan kommunstyrelsen själv anta en ny policy?", WHO_DECIDES),
        ("Jag har fått ett beslut om bygglov, varför blev det avslag?", PERSONAL),
        ("Who adopts the budget?", WHO_DECIDES),
        ("Which document superseded the 2019 policy?", SUPERSESSION),
        ("Min ansökan om bygglov, kan ni godkänna den?", PERSONAL),  # the asker does not decide
        ("Jag har sökt bidrag till min förening, kan nämnden bevilja det?", PERSONAL),
        ("Can the board itself adopt a new programme?", WHO_DECIDES),
        ("Jag vill riva ett uthus på min tomt. Vem beslutar om rivningslovet?", WHO_DECIDES),  # the rule
        ("Min ansökan om bygglov avslogs, kan jag ta det vidare?", PERSONAL),
        ("Kan kommunstyrelsen anta en ny policy?", WHO_DECIDES),  # Swedish, though "policy" is English too
        ("Vi har fått in en ansökan om strandskyddsdispens. Vem beslutar om den?", WHO_DECIDES),
        ("Vem har beslutat om kommunens riktlinje för synpunkter och klagomål?", DOC_DECISION),
        ("How do I apply for a building permit?", FACT),  # to apply for is not to be in force
        ("Which policy applied in 2020?", WHICH_APPLIES),
        # the situation told first is not the question: only the last sentence asks about a case
        ("Jag har skickat in min ansökan om färdtjänst. Hur lång tid har kommunen på sig?", FACT),
        ("Har min ansökan om färdtjänst blivit beviljad?", PERSONAL),
        ("And if my application is turned down, where do I appeal?", FACT),  # a case supposed
        ("När får jag besked om min ansökan om bidrag?", PERSONAL),
        ("Vi söker 150 000 kr i bidrag. Vem avgör om vi får pengarna?", WHO_DECIDES),
        ("Vi har stängts av från hallen i fyra månader. Vem är det som beslutar om det?", WHO_DECIDES),
        # a body or role right after "får"/"kan": may it do something, whatever the verb
        ("Får en miljöinspektör utfärda ett föreläggande?", WHO_DECIDES),
        ("Kan förvaltningschefen teckna hyresavtal för lokaler?", WHO_DECIDES),
        ("Kan man överklaga ett beslut om färdtjänst?", FACT),  # nobody named: no decision right
        # which document, of any type, governs a subject
        ("Vilket dokument styr hur kommunen hanterar synpunkter?", WHICH_APPLIES),
        ("Vilket styrdokument anger vem som får teckna avtal?", WHICH_APPLIES),
        ("Which document covers the handling of personal data?", WHICH_APPLIES),
    ],
)
def test_kinds(question, kind):
    assert understand(question).kind == kind


def test_pay_is_not_a_newer_version():
    assert understand("Vilken ersättning får en ledamot?").kind != SUPERSESSION
    assert understand("Vem är ansvarig för ordningen vid sammanträden?").kind != DOC_DECISION


@pytest.mark.parametrize(
    ("question", "as_of", "years"),
    [
        ("Vilken representationspolicy gällde 2020?", dt.date(2020, 12, 31), ()),
        ("Gällde delegationsordningen redan den 15 februari 2024?", dt.date(2024, 2, 15), ()),
        ("Gällde Mål och budget 2026 redan i mitten av december 2025?", dt.date(2025, 12, 15), (2026,)),
        ("Vilken timavgift gäller från 2027?", dt.date(2027, 1, 1), ()),
        ("Hösten 2022 kom en ansökan om bygglov. Vem fick besluta?", dt.date(2022, 10, 15), ()),
        ("Gäller representationspolicyn från 2019 fortfarande?", None, (2019,)),
        # a month or a day after "från" names the version, unless something "gäller från" it
        ("Är delegationsordningen från mars 2023 fortfarande gällande?", None, (2023,)),
        ("Gäller riktlinjen från den 3 mars 2021 fortfarande?", None, (2021,)),
        ("Vilken taxa gäller från 1 januari 2027?", dt.date(2027, 1, 1), ()),
        ("Vilken timavgift gäller efter årsskiftet, alltså från januari 2027?", dt.date(2027, 1, 31), ()),
        ("Vem beslutar om rivningslov?", None, ()),
    ],
)
def test_dates_named_by_the_question(question, as_of, years):
    q = understand(question)
    assert q.as_of == as_of
    assert q.years == years


def test_follow_up_borrows_the_previous_question():
    q = understand("Och om marklov?", [("Vem beslutar om rivningslov?", "Bygglovshandläggaren ...")])
    assert q.follow_up and q.kind == WHO_DECIDES and "rivningslov" in q.search_text
    assert not understand("Vem beslutar om marklov?").follow_up


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("How much may a work meal at an internal meeting cost per person?", "en"),
        ("Who decides on demolition permits?", "en"),
        ("Vem beslutar om rivningslov?", "sv"),
        ("Får en handläggare kalla in en ersättare?", "sv"),
    ],
)
def test_language(question, language):
    assert understand(question).language == language


def test_swedish_with_loanwords_is_swedish():
    assert understand("Kan kommunstyrelsen anta en ny policy?").language == "sv"
    assert understand("Which policy applies to gifts?").language == "en"


@pytest.mark.parametrize(
    ("question", "as_of"),
    [
        ("Under 2021, hur snabbt lovade kommunen att ta bort klotter?", dt.date(2021, 12, 31)),
        ("Under vilken paragraf beslutades delegationsordningen från 2021?", None),  # a version, not a date
        ("Hur många lampor skulle sättas upp enligt handlingsplanen för trygghet 2020–2022?", None),
    ],
)
def test_a_year_dates_the_question_only_when_the_words_say_so(question, as_of):
    assert understand(question).as_of == as_of


@pytest.mark.parametrize(
    ("question", "answer_type"),
    [
        ("Hur ofta ska ett program aktualitetsgranskas?", "frequency"),
        ("How often must a program be reviewed?", "frequency"),
        ("Hur många ledamöter har nämnden?", "number"),
        ("Hur stor del av låneskulden får förfalla inom tolv månader?", "number"),  # a share
        # the question proper comes after the situation the asker tells
        ("Vi bor 5 km från skolan och vår son går i årskurs 5. Måste vi söka skolskjuts?", "yesno"),
        ("Vi ska sälja en bil. Vem får besluta om försäljningen?", "body"),
    ],
)
def test_how_often_asks_for_a_frequency_not_a_number(question, answer_type):
    assert understand(question).answer_type == answer_type


@pytest.mark.parametrize(
    ("question", "meant"),
    [
        (
            "Förut var det förvaltningschefen som godkände all representation. Är det fortfarande så?",
            "Är det förvaltningschefen som beslutar om all representation?",
        ),
        (
            "I den gamla delegationsordningen beslutade arbetsutskottet om alla strandskyddsdispenser. "
            "Gäller det fortfarande?",
            "Är det arbetsutskottet som beslutar om alla strandskyddsdispenser?",
        ),
        (
            "Tidigare var det kommunstyrelsen som fick besluta om avgifter. Gäller det än?",
            "Är det kommunstyrelsen som beslutar om avgifter?",
        ),
        ("Förut kostade grundavgiften 980 kronor om året. Är det fortfarande så?", None),  # no decider
        ("Förut beslutade nämnden om bidrag. Vem beslutar nu?", None),  # not asked whether it holds
        ("Gäller policyn fortfarande?", None),
    ],
)
def test_a_past_claim_asked_whether_it_still_holds_is_the_present_decision_right(question, meant):
    from assistant.question import still_claim

    assert still_claim(question) == meant
    if meant is not None:
        q = understand(question)
        assert (q.text, q.kind, q.answer_type) == (meant, WHO_DECIDES, "yesno")


@pytest.mark.parametrize(
    ("question", "actor"),
    [
        ("Är det kommunstyrelsen som beslutar om uppdragsplanen?", "kommunstyrelsen"),
        ("Är det sant att planen gäller ett år?", None),
        ("Är det nämnden?", None),  # no decision asked about
        ("Är det en enhetschef som ska ringas?", None),
    ],
)
def test_a_yes_no_question_whether_a_body_decides_is_a_decision_right(question, actor):
    from assistant.question import asked_decider

    span = asked_decider(question)
    assert (question[span[0] : span[1]].lower() if span else None) == actor
    if actor is not None:
        q = understand(question)
        assert (q.kind, q.answer_type) == (WHO_DECIDES, "yesno")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Varje program ska aktualitetsgranskas minst en gång per mandatperiod.", True),
        ("Planen följs upp årligen av nämnden.", True),
        ("Rapporten lämnas varje kvartal.", True),
        ("Programmet antas av kommunfullmäktige.", False),
        ("Nämnden har nio ledamöter.", False),
    ],
)
def test_a_frequency_is_carried_in_the_words_documents_use(text, expected):
    from assistant.answerers.facts import carries

    assert carries("frequency", text) is expected


def test_a_share_word_names_the_kind_of_value_not_the_subject():
    assert understand("Hur stor del av låneskulden får förfalla inom ett år?").focus is None
    assert understand("Vilket telefonnummer har jouren?").focus == "telefonnummer"


def test_the_version_before_the_current_one_is_asked_for() -> None:
    assert understand("Vilka riktlinjer gällde före de nuvarande, och när antogs de?").previous
    assert understand("Vilken delegationsordning gällde innan den som började gälla 2026?").previous
    assert not understand("Har beloppsgränsen ändrats jämfört med den förra delegationsordningen?").previous
    assert not understand("Vilken policy gällde 2020?").previous
    assert not understand("Vilken taxa gällde före den 1 juli 2023?").previous  # a date, not a version
