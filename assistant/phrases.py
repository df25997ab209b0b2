"""The fixed wording of answers, in Swedish and English. Kept apart so it can be reviewed as text."""

from __future__ import annotations

import datetime as dt

ABSTAIN = {
    "sv": (
        "Jag hittar inget stöd för ett svar på den frågan i kommunens styrdokument. "
        "Vänd dig till kommunens kontaktcenter eller den förvaltning som ansvarar för frågan."
    ),
    "en": (
        "I cannot find support for an answer to that question in the municipality's governing documents. "
        "Please contact the municipality's contact centre or the department responsible."
    ),
}
# Employees and politicians are not sent to the contact centre, which serves residents
ABSTAIN_STAFF = {
    "sv": (
        "Jag hittar inget stöd för ett svar på den frågan i kommunens styrdokument. "
        "Fråga den förvaltning som ansvarar för frågan eller dokumentägaren för det styrdokument som "
        "borde reglera den."
    ),
    "en": (
        "I cannot find support for an answer to that question in the municipality's governing documents. "
        "Please ask the department responsible, or the owner of the governing document that should cover it."
    ),
}
PERSONAL = {
    "sv": (
        "Styrdokumenten beskriver regler och vem som beslutar, inte enskilda ärenden. "
        "Kontakta den förvaltning som handlägger ärendet för besked om just ditt ärende."
    ),
    "en": (
        "The governing documents describe rules and who decides, not individual cases. "
        "Please contact the department handling your case."
    ),
}
NAMES = {
    "sv": (
        "Styrdokumenten anger roller och organ, inte vilka personer som innehar dem. "
        "Namn på förtroendevalda och chefer finns på kommunens webbplats eller hos kommunens kontaktcenter."
    ),
    "en": (
        "The governing documents name roles and bodies, not the people who hold them. "
        "Please see the municipality's website or contact centre."
    ),
}
EMPTY = {"sv": "Frågan är tom. Skriv en fråga om kommunens styrdokument.", "en": "The question is empty."}
TOO_LONG = {
    "sv": "Frågan är för lång ({n} tecken; högst {max}). Korta ner den och fråga igen.",
    "en": "The question is too long ({n} characters; at most {max}). Please shorten it.",
}

# Frames around quoted text. A quote stays verbatim (Swedish); only the frame follows the question.
ACCORDING = {"sv": "Enligt {title}: ", "en": "According to {title} (quoted in Swedish): "}
ROW_DECIDES = {"sv": "{who} beslutar om {matter} {where}.", "en": "{who} decides on {matter} {where}."}
ROW_DECIDES_TO = {"sv": "{who} beslutar {matter} {where}.", "en": "{who} decides {matter} {where}."}
ROW_WHERE = {"sv": "enligt {title}", "en": "according to {title}"}
ROW_ITEM = {"sv": " (punkt {n})", "en": " (item {n})"}
CONDITION = {"sv": "Villkor", "en": "Condition"}
LEGAL_BASIS = {"sv": "Lagrum", "en": "Legal basis"}
DEPENDS = {"sv": "Det beror på ärendet:", "en": "It depends on the matter:"}
NOTE = {"sv": "Observera:", "en": "Note:"}
OTHER_VERSION = {
    "sv": ("Tidigare version", "Senare version"),
    "en": ("Earlier version", "Later version"),
}

# Whether a document applies on a date, by status; {fields} are filled by compose_registry.
STATUS_SENTENCE = {
    "sv": {
        "today": "i dag",
        "on": "den {date}",
        "from": " och gäller från {date}",
        "to": " till och med {date}",
        "in_force": "{title} är gällande {when}{tail}.",
        "since": " sedan {date}",
        "by": " och ersatt av {label}",
        "repealed": "{title} gäller inte längre: den är upphävd{since}{by}.",
        "unknown_date": "okänt datum",
        "expired": (
            "{title} gäller inte längre: giltighetstiden gick ut {end}, "
            "och samlingen har ingen nyare version."
        ),
        "later_date": "ett senare datum",
        "not_yet": "{title} har beslutats men gäller först från {begins}.",
        "unknown": "{title} anger inte under vilken tid den gäller.",
    },
    "en": {
        "today": "today",
        "on": "on {date}",
        "from": " and applies from {date}",
        "to": " to {date}",
        "in_force": "{title} is in force {when}{tail}.",
        "since": " since {date}",
        "by": " and replaced by {label}",
        "repealed": "{title} no longer applies: it has been repealed{since}{by}.",
        "unknown_date": "an unknown date",
        "expired": ("{title} no longer applies: it expired {end}, and the collection has no newer version."),
        "later_date": "a later date",
        "not_yet": "{title} has been decided but applies only from {begins}.",
        "unknown": "{title} does not state when it applies.",
    },
}

# Answers from registry facts (who adopted a document, what it replaces, which version applies).
REGISTRY = {
    "sv": {
        "no_decision": "{title} anger inte vem som har beslutat den eller när.",
        "adopted": "antogs",
        "decided": "beslutades",
        "by": "av {body}",
        "on": "den {date}",
        "dnr": "dnr {dnr}",
        "applies_from": " och gäller från {date}",
        "applies_to": " till och med {date}",
        "owner": " Ansvarig för dokumentet: {owner}.",
        "review": " Revideras senast {date}.",
        "replaces_until": ' Den ersätter enligt dokumentet "{old}", som alltså gäller till dess.',
        "replaces": "{new} ersätter {old}.",
        "replaces_version": (
            "{new} ersätter {old} (samma titel, senare beslut; dokumentet anger inte själv vad det ersätter)."
        ),
        "replaces_quoted": '{new} ersätter enligt dokumentet: "{old}".',
        "replaced_by": "{title} har ersatts av {new}",
        "replaced_from": ", som gäller från {date}.",
        "replaces_nothing": (
            "{label} anger inte att den ersätter något tidigare dokument, och inget dokument i samlingen "
            "ersätter den."
        ),
        "current": "Gällande{when} är {label}",
        "current_on": " den {date}",
        "current_from": ", som gäller från {date}",
        "current_to": " till och med {date}",
        "it_replaces": "Den ersätter {old}.",
        "it_replaces_quoted": 'Den ersätter enligt dokumentet: "{old}".',
        "no_validity": "Dokumentet anger inte sin giltighetstid.",
        "undated_on": (
            "Jag kan inte säga om {label} gäller den {date}: dokumentet anger varken när det "
            "beslutades eller från när det gäller."
        ),
    },
    "en": {
        "no_decision": "{title} does not state who decided it or when.",
        "adopted": "was adopted",
        "decided": "was decided",
        "by": "by {body}",
        "on": "on {date}",
        "dnr": "reg. no. {dnr}",
        "applies_from": " and applies from {date}",
        "applies_to": " to {date}",
        "owner": " Document owner: {owner}.",
        "review": " To be revised by {date} at the latest.",
        "replaces_until": ' According to the document it replaces "{old}", which applies until then.',
        "replaces": "{new} replaces {old}.",
        "replaces_version": (
            "{new} replaces {old} (same title, later decision; the document does not itself state what it "
            "replaces)."
        ),
        "replaces_quoted": '{new} replaces, according to the document: "{old}".',
        "replaced_by": "{title} has been replaced by {new}",
        "replaced_from": ", which applies from {date}.",
        "replaces_nothing": (
            "{label} does not state that it replaces an earlier document, and no document in the "
            "collection replaces it."
        ),
        "current": "In force{when} is {label}",
        "current_on": " on {date}",
        "current_from": ", which applies from {date}",
        "current_to": " to {date}",
        "it_replaces": "It replaces {old}.",
        "it_replaces_quoted": 'It replaces, according to the document: "{old}".',
        "no_validity": "The document does not state how long it applies.",
        "undated_on": (
            "I cannot tell whether {label} applies on {date}: the document states neither when it was "
            "decided nor from when it applies."
        ),
    },
}

STATUS_WORDS = {
    "gällande": "gällande",
    "upphävd": "upphävd",
    "utgången": "utgången",
    "ej ikraft": "inte i kraft ännu",
    "okänd": "med okänd giltighet",
}


def fmt_date(value: dt.date | None) -> str:
    return value.isoformat() if value else "okänt datum"


def capitalize(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def decision_phrase(
    body: str | None, date: dt.date | None, paragraph: str | None, dnr: str | None = None
) -> str:
    """ "kommunfullmäktige 2024-04-22 § 51, dnr KS 2024/31" with the parts that are known."""
    parts = [p for p in (body, date.isoformat() if date else None, paragraph) if p]
    text = " ".join(parts)
    return f"{text}, dnr {dnr}" if text and dnr else text


# a question that asks two things, one of which the documents do not answer
PART_UNANSWERED = {
    "sv": 'På frågan "{part}" hittar jag inget stöd i kommunens styrdokument.',
    "en": 'I find no support in the municipality\'s governing documents for the question "{part}".',
}
YES = {"sv": "Ja. ", "en": "Yes. "}  # an answer that settles a yes/no question opens with it
NO = {"sv": "Nej. ", "en": "No. "}
