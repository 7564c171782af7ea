"""End to end in a real browser: Debian's Chromium driven by Selenium, against the real
``bibliomobile-server serve`` (PostgreSQL) and an SMTP server on loopback catching the
codes; a van laptop enrolled on the same server syncs the requests and prepares a bag.
Every page is checked with axe-core (no serious or critical violation) and for
horizontal scrolling at 320 px; screenshots at 375 px and 1280 px go to docs/portal/.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from selenium import webdriver
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support.ui import WebDriverWait
from sqlalchemy import Engine, func, select

from bibliomobile.domain.bagcode import new_bag_code
from bibliomobile.server.models import entity_tables
from bibliomobile.services.drive.bags import add_to_bag, create_bag, mark_bag_ready
from bibliomobile.services.drive.requests import list_requests
from bibliomobile.services.sync import client as sync
from bibliomobile.store.uow import Store
from builders.portal import Inbox, seed_portal, smtp_server
from builders.sync_network import enrolled, free_port

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[3]
AXE = ROOT / ".cache" / "axe" / "node_modules" / "axe-core" / "axe.min.js"
SHOTS = ROOT / "docs" / "portal"
BIN = Path(sys.executable).parent


@pytest.fixture
def portal(pg_engine: Engine, tmp_path: Path) -> Iterator[tuple[str, Inbox, dict[str, Any]]]:
    """The real server (sync API and portal) over PostgreSQL, SMTP on loopback."""
    ids = seed_portal(pg_engine, capacity=1)
    db = pg_engine.url.render_as_string(hide_password=False)
    port = free_port()
    with smtp_server() as (inbox, smtp_port):
        env = {
            **os.environ,
            "BIBLIOMOBILE_PORTAL_SMTP_HOST": "127.0.0.1",
            "BIBLIOMOBILE_PORTAL_SMTP_PORT": str(smtp_port),
            "BIBLIOMOBILE_PORTAL_SMTP_TLS": "none",
            "XDG_CACHE_HOME": str(tmp_path / "cache"),
        }
        proc = subprocess.Popen(
            [str(BIN / "bibliomobile-server"), "serve", "--db", db, "--port", str(port)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        url = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 90
            while True:
                try:
                    health = httpx.get(f"{url}/health").json()
                    if health["catalogue_file"] == "ready":
                        break
                except (httpx.TransportError, ValueError):
                    pass
                assert proc.poll() is None, "server exited"
                assert time.monotonic() < deadline, "server or catalogue not ready"
                time.sleep(0.2)
            ids["engine"] = pg_engine
            yield url, inbox, ids
        finally:
            proc.terminate()
            proc.wait(20)


def chromium() -> WebDriver:
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--lang=fr-FR"):
        options.add_argument(argument)
    options.add_argument("--window-size=1280,900")
    driver = webdriver.Chrome(options=options, service=Service("/usr/bin/chromedriver"))
    driver.set_page_load_timeout(30)
    return driver


@pytest.fixture
def browsers() -> Iterator[Callable[[], WebDriver]]:
    opened: list[WebDriver] = []

    def make() -> WebDriver:
        opened.append(chromium())
        return opened[-1]

    yield make
    for driver in opened:
        driver.quit()


def check_page(driver: WebDriver, shot: str | None = None) -> None:
    """axe-core finds no serious or critical violation; nothing scrolls sideways at
    320 px; screenshots at 375 px and 1280 px when ``shot`` names the page."""
    driver.execute_script(AXE.read_text("utf-8"))
    violations = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations));"
    )
    bad = [
        (v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
        for v in violations
        if v["impact"] in ("serious", "critical")
    ]
    assert bad == [], f"{driver.current_url}: {bad}"
    for width in (320, 375, 1280):
        driver.set_window_size(width, 900)
        wide = driver.execute_script(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert wide <= 0, f"{driver.current_url} scrolls sideways at {width} px"
        if shot and width != 320:
            SHOTS.mkdir(parents=True, exist_ok=True)
            driver.save_screenshot(str(SHOTS / f"{shot}-{width}.png"))
    driver.set_window_size(1280, 900)


def wait_text(driver: WebDriver, text: str) -> None:
    # The page may be replaced while it is read (a form sent, a redirect): read it again.
    WebDriverWait(driver, 20, ignored_exceptions=(StaleElementReferenceException,)).until(
        lambda d: text in d.find_element(By.TAG_NAME, "body").text
    )


LABELS = {
    "fr": {
        "prefix": "",
        "sign_in": "/connexion",
        "requests": "/mes-demandes",
        "received": "Demande reçue",
        "state_new": "reçue",
        "ready": "sac prêt",
    },
    "en": {
        "prefix": "/en",
        "sign_in": "/en/sign-in",
        "requests": "/en/my-requests",
        "received": "Request received",
        "state_new": "received",
        "ready": "bag ready",
    },
}


def sign_in(driver: WebDriver, url: str, inbox: Inbox, lang: str, n: int, shots: bool) -> None:
    words = LABELS[lang]
    driver.get(url + words["sign_in"])
    check_page(driver, f"{lang}-connexion" if shots else None)
    seen = len(inbox.messages)
    driver.find_element(By.ID, "card").send_keys(f"C-nord-{n}")
    driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()
    code = inbox.code_for(f"lecteur{n}@example.org", after=seen)
    field = WebDriverWait(driver, 20).until(lambda d: d.find_element(By.ID, "code"))
    check_page(driver, f"{lang}-code" if shots else None)
    field.send_keys(code)
    driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()
    WebDriverWait(driver, 20).until(lambda d: d.current_url.endswith(words["requests"]))


def choose_title(driver: WebDriver, url: str, lang: str, shots: bool) -> None:
    """Search "etranger", open the first title, add it; on the request page."""
    driver.get(url + LABELS[lang]["prefix"] + "/")
    check_page(driver, f"{lang}-accueil" if shots else None)
    driver.find_element(By.ID, "q").send_keys("etranger")
    driver.find_element(By.CSS_SELECTOR, "form[role=search] button").click()
    link = WebDriverWait(driver, 20).until(lambda d: d.find_element(By.CSS_SELECTOR, ".results a"))
    check_page(driver, f"{lang}-recherche" if shots else None)
    link.click()
    button = WebDriverWait(driver, 20).until(
        lambda d: d.find_element(By.CSS_SELECTOR, "input[name=add] ~ button")
    )
    check_page(driver, f"{lang}-titre" if shots else None)
    button.click()
    WebDriverWait(driver, 20).until(lambda d: d.find_elements(By.NAME, "slot"))
    check_page(driver, f"{lang}-demande" if shots else None)


def pick_slot(driver: WebDriver, index: int) -> None:
    driver.find_elements(By.NAME, "slot")[index].click()


def submit_request(driver: WebDriver) -> None:
    driver.find_element(By.CSS_SELECTOR, "fieldset ~ button[type=submit]").click()


def prepare_bag(van: Store, request_id: str) -> None:
    code = new_bag_code()
    with van.unit_of_work() as uow:
        create_bag(uow, code, request_id=request_id, by="équipage")
        add_to_bag(uow, code, "I00000")
        mark_bag_ready(uow, code, by="équipage")
        uow.commit()


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_reader_finds_asks_follows_and_the_van_prepares_the_bag(
    portal: tuple[str, Inbox, dict[str, Any]],
    browsers: Callable[[], WebDriver],
    tmp_path: Path,
    lang: str,
) -> None:
    url, inbox, ids = portal
    nord = ids["nord"]
    words = LABELS[lang]
    driver = browsers()
    sign_in(driver, url, inbox, lang, 0, shots=True)
    choose_title(driver, url, lang, shots=True)
    pick_slot(driver, 0)
    submit_request(driver)
    wait_text(driver, words["received"])
    assert words["state_new"] in driver.find_element(By.CSS_SELECTOR, ".requests").text
    check_page(driver, f"{lang}-mes-demandes")

    van = Store.open(tmp_path / "van.sqlite3")
    enrolled(van, ids["engine"], url, f"van-nord-{lang}", "crew", f"tour:{nord['tour']}")
    sync.sync_once(van.transactions())
    with van.unit_of_work() as uow:
        found = [
            r for r in list_requests(uow, visit_id=nord["next_visit"]) if r.channel == "portal"
        ]
    assert [(r.patron_card, r.status) for r in found] == [("C-nord-0", "new")]
    prepare_bag(van, found[0].request_id)
    sync.sync_once(van.transactions())
    driver.get(url + words["requests"])
    wait_text(driver, words["ready"])


def test_two_browsers_fill_the_last_place_of_a_slot(
    portal: tuple[str, Inbox, dict[str, Any]], browsers: Callable[[], WebDriver]
) -> None:
    url, inbox, ids = portal
    drivers = [browsers(), browsers()]
    for n, driver in enumerate(drivers):
        sign_in(driver, url, inbox, "fr", n, shots=False)
        choose_title(driver, url, "fr", shots=False)
        pick_slot(driver, 0)  # both see the one place of 10:00 free
    start = threading.Barrier(2)

    def submit(driver: WebDriver) -> None:
        start.wait()
        submit_request(driver)

    threads = [threading.Thread(target=submit, args=(d,)) for d in drivers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    texts = []
    for driver in drivers:
        WebDriverWait(driver, 20).until(
            lambda d: "Demande reçue" in d.page_source or "vient d" in d.page_source
        )
        texts.append(driver.find_element(By.TAG_NAME, "main").text)
    got = [t for t in texts if "Demande reçue" in t]
    full = [t for t in texts if "Le créneau 10:00–10:30 vient d'être complet" in t]
    assert len(got) == 1 and len(full) == 1, texts
    check_page(drivers[texts.index(full[0])], "fr-creneau-complet")
    requests = entity_tables()["requests"]
    with ids["engine"].connect() as conn:
        booked = conn.scalar(
            select(func.count()).where(requests.c.slot_id == ids["nord"]["slots"][0])
        )
    assert booked == 1
