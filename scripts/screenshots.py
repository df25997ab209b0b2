"""Screenshots of the staff chat, the Dokument page and the residents' widget, at desktop width and
at 390 px.

    .venv/bin/styrsvar ingest tests/fixtures/pdf corpus --store /tmp/shots-store
    .venv/bin/python scripts/screenshots.py --store /tmp/shots-store   # the real assistant (README images)
    .venv/bin/python scripts/screenshots.py                            # canned demo answers, no store

Needs /usr/bin/chromium (apt-get install -y chromium); runs offline. Writes PNGs to
docs/screenshots/ (or --out). Each image gets a caption strip below the page saying where the
documents in it come from (the fixture collection is fictitious: "Fiktivt testdokument").
"""

from __future__ import annotations

import argparse
import base64
import datetime as dt
import html
import sys
import tempfile
from contextlib import ExitStack
from pathlib import Path
from typing import Any

from playwright.sync_api import sync_playwright

from config.settings import Settings
from webapp.factory import build_app
from webapp.localservers import CHROMIUM, CHROMIUM_ARGS, serve_app, serve_folder, write_host_page
from webapp.testing import Scenario, demo_scenario

SIZES = {"desktop": (1280, 900), "390": (390, 844)}
FIXTURE_CAPTION = (
    "Fiktivt testdokument: dokumenten i bilden kommer ur Styrsvars testsamling (tests/fixtures), "
    "inte ur Askersunds kommuns verkliga styrdokument."
)
DOCUMENTS_CAPTION = (
    "Fiktivt testdokument: alla dokument i bilden utom Styrmodellen i Askersunds kommun kommer ur "
    "Styrsvars testsamling (tests/fixtures) och är påhittade."
)
DEMO_CAPTION = "Exempelsvar från en testattrapp: dokumenten i bilden är påhittade."
# Scroll the conversation back to the question, so a narrow screen shows the answer's beginning
# (the chat keeps itself scrolled to the bottom).
SHOW_QUESTION_JS = """() => {
  const question = document.querySelector('#sv-chat .message.user, #sv-chat [data-testid="user"]');
  let box = question && question.parentElement;
  while (box && box.id !== 'sv-chat' && !(box.scrollHeight > box.clientHeight + 4
      && ['auto', 'scroll'].includes(getComputedStyle(box).overflowY))) {
    box = box.parentElement;
  }
  if (box && question) {
    box.scrollTop += question.getBoundingClientRect().top - box.getBoundingClientRect().top - 8;
  }
}"""
CAPTION_STYLE = """body{margin:0;background:#fff}figure{margin:0;display:inline-block}img{display:block}
figcaption{box-sizing:border-box;padding:8px 12px;background:#fff4ce;color:#1b1f24;
border-top:2px solid #8a6d00;font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif}"""


def real_scenario(store: Path, today: dt.date | None) -> Scenario:
    from assistant.service import Assistant
    from store.reader import Store

    return Scenario(
        assistant=Assistant(Store.open(store), today=(lambda: today) if today else dt.date.today),
        store_dir=store,
        staff_question="Vem beslutar om rivningslov?",
        resident_question="Vilken representationspolicy gäller nu?",
        internal_question="Vilket telefonnummer har IT-jouren vid en IT-incident?",
        internal_document_ids=frozenset({"riktlinje-it-incidenter"}),
    )


def save(browser: Any, page: Any, path: Path, caption: str, full_page: bool = False) -> None:
    """Screenshot ``page`` to ``path``, with ``caption`` in a strip below it (outside the page)."""
    shot = page.screenshot(full_page=full_page)
    if not caption:
        path.write_bytes(shot)
        return
    width = page.viewport_size["width"]
    framed = browser.new_page(viewport={"width": width, "height": 200})
    framed.set_content(
        f"<!doctype html><html lang='sv'><head><meta charset='utf-8'><style>{CAPTION_STYLE}</style></head>"
        f"<body><figure><img alt='' src='data:image/png;base64,{base64.b64encode(shot).decode()}'>"
        f"<figcaption style='width:{width}px'>{html.escape(caption)}</figcaption></figure></body></html>"
    )
    framed.locator("figure").screenshot(path=str(path))
    framed.close()


def staff(browser: Any, url: str, scenario: Scenario, out: Path, caption: str) -> None:
    for name, (width, height) in SIZES.items():
        page = browser.new_page(viewport={"width": width, "height": height}, locale="sv-SE")
        page.goto(url + "/")
        page.wait_for_selector("#sv-question textarea")
        page.wait_for_timeout(500)
        save(browser, page, out / f"staff-empty-{name}.png", caption)
        page.fill("#sv-question textarea", scenario.staff_question)
        page.keyboard.press("Enter")
        page.wait_for_selector(".sv-card", timeout=60_000)  # the final render, after streaming
        page.wait_for_timeout(1000)
        page.evaluate(SHOW_QUESTION_JS)
        page.wait_for_timeout(300)
        save(browser, page, out / f"staff-{name}.png", caption)
        page.close()


def documents(browser: Any, url: str, today: dt.date | None, out: Path, caption: str) -> None:
    """The Dokument page as of ``today``: the whole page at desktop width, the top at 390 px."""
    date = (today or dt.date.today()).isoformat()
    for name, (width, height) in SIZES.items():
        page = browser.new_page(viewport={"width": width, "height": height}, locale="sv-SE")
        page.goto(url + "/dokument")
        page.wait_for_selector(".sv-doc-table tbody tr")
        box = page.get_by_label("Per datum")
        box.fill(date)
        box.press("Enter")
        page.wait_for_function(f"document.querySelector('#sv-doc-summary')?.innerText.includes('Per {date}')")
        page.wait_for_timeout(500)
        save(browser, page, out / f"documents-{name}.png", caption, full_page=name == "desktop")
        page.close()


def widget(browser: Any, site: str, scenario: Scenario, out: Path, caption: str) -> None:
    for name, (width, height) in SIZES.items():
        page = browser.new_page(viewport={"width": width, "height": height}, locale="sv-SE")
        page.goto(site + "/index.html")
        save(browser, page, out / f"widget-closed-{name}.png", caption)
        page.get_by_role("button", name="Fråga om styrdokumenten").click()
        page.get_by_label("Din fråga").fill(scenario.resident_question)
        page.keyboard.press("Enter")
        page.locator("styrsvar-widget .msg.bot, styrsvar-widget .msg.error").first.wait_for(timeout=60_000)
        page.wait_for_timeout(300)
        save(browser, page, out / f"widget-{name}.png", caption)
        page.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--store", type=Path, help="use the real assistant over this store (default: demo answers)"
    )
    parser.add_argument(
        "--today", type=dt.date.fromisoformat, help="the assistant's 'today' (YYYY-MM-DD; default: today)"
    )
    parser.add_argument(
        "--caption",
        help="text of the strip below each image ('' for none; default: where the documents come from)",
    )
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    args = parser.parse_args(argv)
    if not Path(CHROMIUM).exists():
        print(f"screenshots: {CHROMIUM} is missing: apt-get install -y chromium", file=sys.stderr)
        return 2
    caption = args.caption if args.caption is not None else FIXTURE_CAPTION if args.store else DEMO_CAPTION
    args.out.mkdir(parents=True, exist_ok=True)
    with ExitStack() as stack:
        work = Path(stack.enter_context(tempfile.TemporaryDirectory()))
        scenario = real_scenario(args.store, args.today) if args.store else demo_scenario(work)
        site_dir = work / "site"
        site_dir.mkdir()
        site = stack.enter_context(serve_folder(site_dir))
        settings = Settings(store=work, allowed_origins=site)  # the audit log of these turns is thrown away
        url = stack.enter_context(serve_app(build_app(settings, scenario.assistant)))
        write_host_page(site_dir, url)
        p = stack.enter_context(sync_playwright())
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        staff(browser, url, scenario, args.out, caption)
        shown = DOCUMENTS_CAPTION if args.store and args.caption is None else caption
        documents(browser, url, args.today, args.out, shown)
        widget(browser, site, scenario, args.out, caption)
        browser.close()
    print(f"screenshots written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
