"""Screenshots of the staff chat and the residents' widget, at desktop width and at 390 px.

    .venv/bin/python scripts/screenshots.py                      # canned demo answers
    .venv/bin/python scripts/screenshots.py --store .styrsvar    # the real assistant over a store

Needs /usr/bin/chromium (apt-get install -y chromium); runs offline. Writes PNGs to
docs/screenshots/ (or --out).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from contextlib import ExitStack
from pathlib import Path
from typing import Any

from playwright.sync_api import sync_playwright

from styrsvar.settings import Settings
from webapp.factory import build_app
from webapp.localservers import serve_app, serve_folder, write_host_page
from webapp.testing import Scenario, demo_scenario

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SIZES = {"desktop": (1280, 900), "390": (390, 844)}


def real_scenario(store: Path) -> Scenario:
    from store.reader import Store
    from webapp.boot import make_assistant

    settings = Settings(store=store)
    return Scenario(
        assistant=make_assistant(settings, Store.open(store)),
        store_dir=store,
        staff_question="Vem beslutar om rivningslov?",
        resident_question="Vilken representationspolicy gäller nu?",
        internal_question="",
        internal_document_ids=frozenset(),
    )


def staff(browser: Any, url: str, scenario: Scenario, out: Path) -> None:
    for name, (width, height) in SIZES.items():
        page = browser.new_page(viewport={"width": width, "height": height}, locale="sv-SE")
        page.goto(url + "/")
        page.wait_for_selector("#sv-question textarea")
        page.wait_for_timeout(500)
        page.screenshot(path=str(out / f"staff-empty-{name}.png"))
        page.fill("#sv-question textarea", scenario.staff_question)
        page.keyboard.press("Enter")
        page.wait_for_selector(".sv-answer", timeout=60_000)
        page.wait_for_timeout(1500)  # let streaming finish and the cards render
        page.screenshot(path=str(out / f"staff-{name}.png"))
        page.close()


def widget(browser: Any, site: str, scenario: Scenario, out: Path) -> None:
    for name, (width, height) in SIZES.items():
        page = browser.new_page(viewport={"width": width, "height": height}, locale="sv-SE")
        page.goto(site + "/index.html")
        page.screenshot(path=str(out / f"widget-closed-{name}.png"))
        page.get_by_role("button", name="Fråga om styrdokumenten").click()
        page.get_by_label("Din fråga").fill(scenario.resident_question)
        page.keyboard.press("Enter")
        page.locator("styrsvar-widget .msg.bot, styrsvar-widget .msg.error").first.wait_for(timeout=60_000)
        page.wait_for_timeout(300)
        page.screenshot(path=str(out / f"widget-{name}.png"))
        page.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--store", type=Path, help="use the real assistant over this store (default: demo answers)"
    )
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    args = parser.parse_args(argv)
    if not Path(CHROMIUM).exists():
        print(f"screenshots: {CHROMIUM} is missing: apt-get install -y chromium", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    with ExitStack() as stack:
        work = Path(stack.enter_context(tempfile.TemporaryDirectory()))
        scenario = real_scenario(args.store) if args.store else demo_scenario(work)
        site_dir = work / "site"
        site_dir.mkdir()
        site = stack.enter_context(serve_folder(site_dir))
        settings = Settings(store=work, allowed_origins=site)  # the audit log of these turns is thrown away
        url = stack.enter_context(serve_app(build_app(settings, scenario.assistant)))
        write_host_page(site_dir, url)
        p = stack.enter_context(sync_playwright())
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        staff(browser, url, scenario, args.out)
        widget(browser, site, scenario, args.out)
        browser.close()
    print(f"screenshots written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
