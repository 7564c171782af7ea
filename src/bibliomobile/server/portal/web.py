"""The portal's pages (FastAPI router, Jinja2 templates), in French and in English.

Every page exists at a French address and an English one (``/en/…``), made from
:data:`PATHS`. The handlers are plain functions: FastAPI runs them on its thread pool,
where the database work happens.
"""

from __future__ import annotations

import datetime as dt
import logging
import math
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, FastAPI, Form, Request, Response
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape
from sqlalchemy import Engine

from bibliomobile.services.bookmobile.ical import render_ical
from bibliomobile.services.notifications.mail import send_mail

from ..catalogue import CatalogueFiles
from ..sync.state import SyncServer
from . import accounts, asking, finding
from .security import (
    CSRF_COOKIE,
    SESSION_COOKIE,
    RateLimits,
    client_ip,
    csrf_ok,
    csrf_token,
    set_cookie,
)
from .settings import PortalSettings
from .texts import LANGS, long_date, text

log = logging.getLogger(__name__)

HERE = Path(__file__).parent
CSS = HERE / "static" / "portail.css"

#: Page name → (French path, English path).
PATHS: dict[str, tuple[str, str]] = {
    "home": ("/", "/en/"),
    "search": ("/recherche", "/en/search"),
    "title": ("/titre/{record_id}", "/en/title/{record_id}"),
    "sign_in": ("/connexion", "/en/sign-in"),
    "code": ("/connexion/code", "/en/sign-in/code"),
    "sign_out": ("/deconnexion", "/en/sign-out"),
    "requests": ("/mes-demandes", "/en/my-requests"),
    "cancel": ("/mes-demandes/{request_id}/annuler", "/en/my-requests/{request_id}/cancel"),
    "ask": ("/demander", "/en/request"),
    "basket": ("/panier", "/en/basket"),
}
STATIC_CSS = "/portail.css"


def url(name: str, lang: str, query: dict[str, str] | None = None, **params: str) -> str:
    path = PATHS[name][LANGS.index(lang)].format(**params)
    return path + ("?" + urlencode(query) if query else "")


@dataclass
class Portal:
    """What the pages share: the database, the search, the settings and the limits."""

    server: SyncServer
    settings: PortalSettings
    search: finding.TitleSearch
    limits: RateLimits
    env: Environment

    @property
    def engine(self) -> Engine:
        return self.server.engine


def install(app: FastAPI, server: SyncServer, catalogue: CatalogueFiles | None,
            settings: PortalSettings | None) -> None:  # fmt: skip
    """Mount the portal on ``app``."""
    settings = settings or PortalSettings.from_env()
    env = Environment(
        loader=FileSystemLoader(HERE / "templates"),
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    app.state.portal = Portal(
        server, settings, finding.TitleSearch(catalogue), RateLimits(settings.limits), env
    )
    app.include_router(router)


def _portal(request: Request) -> Portal:
    portal: Portal = request.app.state.portal
    return portal


class Page:
    """One answer being made: the language, the reader, the form token."""

    def __init__(self, request: Request, name: str, **params: str) -> None:
        self.request = request
        self.portal = _portal(request)
        self.name = name
        self.params = params
        path = request.url.path
        self.lang = "en" if path == "/en" or path.startswith("/en/") else "fr"
        self.csrf, self.new_csrf = csrf_token(request)
        self.token = request.cookies.get(SESSION_COOKIE)
        self.reader: accounts.Reader | None = None
        if self.token:
            with self.portal.engine.connect() as conn:
                self.reader = accounts.reader_of(conn, self.token)

    def t(self, key: str, **values: object) -> str:
        return text(self.lang, key, **values)

    def url(self, name: str, query: dict[str, str] | None = None, **params: str) -> str:
        return url(name, self.lang, query, **params)

    def date(self, day: dt.date) -> str:
        return long_date(self.lang, day)

    def render(self, template: str, status: int = 200, **context: Any) -> Response:
        other = "fr" if self.lang == "en" else "en"
        query = dict(self.request.query_params)
        values = {
            "t": self.t,
            "url": self.url,
            "date": self.date,
            "lang": self.lang,
            "switch": url(self.name, other, query or None, **self.params),
            "reader": self.reader,
            "csrf": self.csrf,
            "css": STATIC_CSS,
            "page": self.name,
            **context,
        }
        html = self.portal.env.get_template(template).render(**values)
        response = HTMLResponse(html, status_code=status)
        response.headers["cache-control"] = "no-store" if self.reader else "no-cache"
        return self.finish(response)

    def finish(self, response: Response) -> Response:
        if self.new_csrf:
            set_cookie(response, self.request, CSRF_COOKIE, self.csrf)
        return response

    def redirect(self, name: str, query: dict[str, str] | None = None, **params: str) -> Response:
        return self.finish(RedirectResponse(self.url(name, query, **params), status_code=303))

    def message(
        self,
        key: str,
        status: int,
        values: dict[str, object] | None = None,
        retry_after: float = 0,
    ) -> Response:
        response = self.render("message.html", status=status, message=self.t(key, **(values or {})))
        if retry_after:
            response.headers["retry-after"] = str(max(1, math.ceil(retry_after)))
        return response

    def refused_form(self, field: str) -> Response | None:
        """The 403 answer when the form's token does not match the cookie, else None."""
        if csrf_ok(self.request, field):
            return None
        return self.message("csrf", 403)


router = APIRouter(include_in_schema=False)


def _both(method: str, name: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    def register(handler: Callable[..., Any]) -> Callable[..., Any]:
        for path in PATHS[name]:
            router.add_api_route(path, handler, methods=[method], response_class=HTMLResponse)
        return handler

    return register


@router.get(STATIC_CSS)
def css() -> FileResponse:
    return FileResponse(CSS, media_type="text/css", headers={"cache-control": "max-age=86400"})


@_both("GET", "home")
def home(request: Request) -> Response:
    return Page(request, "home").render("home.html")


@_both("GET", "search")
def search(request: Request, q: str = "") -> Response:
    page = Page(request, "search")
    query = q.replace("\x00", "").strip()[:200]
    rows = None
    not_ready = False
    if query:
        try:
            rows = page.portal.search.search(query)
        except finding.CatalogueNotReady:
            not_ready = True
    return page.render("search.html", q=query, rows=rows, not_ready=not_ready)


@_both("GET", "title")
def title(request: Request, record_id: str) -> Response:
    page = Page(request, "title", record_id=record_id)
    with page.portal.engine.connect() as conn:
        home_tour = asking.stop_tour(conn, page.reader.home_stop_id if page.reader else None)
        info = finding.title_info(conn, record_id[:36], home_tour)
    if info is None:
        return page.message("not_found", 404)
    return page.render("title.html", info=info)


def _clean_card(card: str) -> str:
    """A card number as typed, without NUL and bounded."""
    return card.replace("\x00", "").strip()[:40]


def _sign_in_slowed(page: Page, request: Request, card: str) -> Response | None:
    """The 429 page when this address or this card has tried too often, else None."""
    limits = page.portal.limits
    wait = limits.wait((limits.sign_in_ip, client_ip(request)), (limits.sign_in_card, card.upper()))
    if wait:
        return page.message("too_many", 429, {"seconds": math.ceil(wait)}, wait)
    return None


@_both("GET", "sign_in")
def sign_in_form(request: Request) -> Response:
    return Page(request, "sign_in").render("sign_in.html")


@_both("POST", "sign_in")
def sign_in(
    request: Request, card: Annotated[str, Form()] = "", csrf: Annotated[str, Form()] = ""
) -> Response:
    page = Page(request, "sign_in")
    if refused := page.refused_form(csrf):
        return refused
    card = _clean_card(card)
    if slowed := _sign_in_slowed(page, request, card):
        return slowed
    portal = page.portal
    minutes = portal.settings.code_minutes
    if card:
        with portal.engine.begin() as conn:
            to_send = accounts.new_code(conn, card, minutes)
        if to_send is not None:
            _send_code(portal.settings, page.lang, to_send, minutes)
    return page.render("code.html", card=card, sent=page.t("code_sent", minutes=minutes))


def _send_code(
    settings: PortalSettings, lang: str, to_send: accounts.CodeToSend, minutes: int
) -> None:
    """Send the code in the background: the answer takes as long for any card."""
    email = settings.email
    if email is None:
        log.warning("portal: no SMTP server set, a sign-in code was not sent")
        return
    subject = text(lang, "mail_subject")
    body = text(lang, "mail_body", name=to_send.first_name, code=to_send.code, minutes=minutes)

    def send() -> None:
        try:
            send_mail(email, to_send.email, subject, body, "portail")
        except Exception:  # logged: the reader asks for a new code
            log.exception("portal: sign-in code not sent")

    threading.Thread(target=send, name="portal-code", daemon=True).start()


@_both("POST", "code")
def sign_in_code(
    request: Request,
    card: Annotated[str, Form()] = "",
    code: Annotated[str, Form()] = "",
    csrf: Annotated[str, Form()] = "",
) -> Response:
    page = Page(request, "sign_in")
    if refused := page.refused_form(csrf):
        return refused
    card = _clean_card(card)
    if slowed := _sign_in_slowed(page, request, card):
        return slowed
    portal = page.portal
    with portal.engine.begin() as conn:
        patron_id = accounts.check_code(
            conn, card, code.replace("\x00", "")[:20], portal.settings.limits.wrong_codes_per_code
        )
        token = (
            accounts.open_session(conn, patron_id, portal.settings.session_days)
            if patron_id
            else None
        )
    if token is None:
        return page.render("code.html", status=400, card=card, error=page.t("wrong_code"))
    response = page.redirect("requests")
    set_cookie(
        response,
        request,
        SESSION_COOKIE,
        token,
        max_age=portal.settings.session_days * 86400,
    )
    return response


@_both("POST", "sign_out")
def sign_out(
    request: Request, csrf: Annotated[str, Form()] = "", everywhere: Annotated[str, Form()] = ""
) -> Response:
    page = Page(request, "sign_out")
    if refused := page.refused_form(csrf):
        return refused
    if page.token:
        with page.portal.engine.begin() as conn:
            accounts.close_session(conn, page.token, everywhere=bool(everywhere))
    page.reader = None
    response = page.message("signed_out", 200)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


@_both("GET", "requests")
def my_requests(request: Request, done: str = "") -> Response:
    page = Page(request, "requests")
    if page.reader is None:
        return page.redirect("sign_in")
    reader = page.reader
    days = page.portal.settings.visit_days
    with page.portal.engine.connect() as conn:
        mine = asking.my_requests(conn, reader.patron_id)
        loans = asking.my_loans(conn, reader.patron_id)
        visits = asking.timetable(conn, reader.home_stop_id, days) if reader.home_stop_id else []
        home = asking.home_delivery(conn, reader.patron_id, dt.date.today())
    notice = {"asked": "asked_ok", "cancelled": "cancelled_ok"}.get(done)
    return page.render(
        "requests.html",
        requests=mine,
        loans=loans,
        visits=visits,
        home=home,
        notice=page.t(notice) if notice else None,
    )


@_both("POST", "cancel")
def cancel(request: Request, request_id: str, csrf: Annotated[str, Form()] = "") -> Response:
    page = Page(request, "cancel", request_id=request_id)
    if refused := page.refused_form(csrf):
        return refused
    if page.reader is None:
        return page.redirect("sign_in")
    portal = page.portal
    try:
        found = asking.cancel(
            portal.server, portal.engine, patron_id=page.reader.patron_id, request_id=request_id
        )
    except asking.AskRefused as refusal:
        return page.message(refusal.key, 409, refusal.values)
    if not found:
        return page.message("not_found", 404)
    return page.redirect("requests", {"done": "cancelled"})


@_both("POST", "basket")
def basket(
    request: Request,
    csrf: Annotated[str, Form()] = "",
    add: Annotated[str, Form()] = "",
    remove: Annotated[str, Form()] = "",
) -> Response:
    page = Page(request, "basket")
    if refused := page.refused_form(csrf):
        return refused
    if page.reader is None or page.token is None:
        return page.redirect("sign_in")
    chosen = [r for r in page.reader.basket if r != remove[:36]]
    most = page.portal.settings.max_titles
    if add and add[:36] not in chosen:
        if len(chosen) >= most:
            return page.message("basket_full", 409, {"most": most})
        with page.portal.engine.connect() as conn:
            if not finding.titles_by_id(conn, [add[:36]]):
                return page.message("not_found", 404)
        chosen.append(add[:36])
    with page.portal.engine.begin() as conn:
        accounts.set_basket(conn, page.token, chosen)
    return page.redirect("ask")


def _ask_page(page: Page, stop: str, status: int = 200, error: str | None = None) -> Response:
    assert page.reader is not None
    with page.portal.engine.connect() as conn:
        all_stops = asking.stops(conn)
        stop_id = stop or page.reader.home_stop_id or (all_stops[0].stop_id if all_stops else "")
        choices = asking.visit_choices(conn, stop_id, page.portal.settings.visit_days)
        titles = finding.titles_by_id(conn, list(page.reader.basket))
    return page.render(
        "ask.html",
        status=status,
        stops=all_stops,
        stop_id=stop_id,
        choices=choices,
        titles=[(r, titles[r]) for r in page.reader.basket if r in titles],
        most=page.portal.settings.max_titles,
        error=error,
    )


@_both("GET", "ask")
def ask_form(request: Request, arret: str = "") -> Response:
    page = Page(request, "ask")
    if page.reader is None:
        return page.redirect("sign_in")
    return _ask_page(page, arret[:36])


@_both("POST", "ask")
def ask(
    request: Request,
    csrf: Annotated[str, Form()] = "",
    stop: Annotated[str, Form()] = "",
    slot: Annotated[str, Form()] = "",
    surprise: Annotated[str, Form()] = "",
) -> Response:
    page = Page(request, "ask")
    if refused := page.refused_form(csrf):
        return refused
    if page.reader is None or page.token is None:
        return page.redirect("sign_in")
    portal = page.portal
    wait = portal.limits.wait(
        (portal.limits.requests_ip, client_ip(request)),
        (portal.limits.requests_card, page.reader.patron_id),
    )
    if wait:
        return page.message("too_many", 429, {"seconds": math.ceil(wait)}, wait)
    visit_id, _, slot_id = slot.partition("/")
    try:
        asking.ask(
            portal.server,
            portal.engine,
            patron_id=page.reader.patron_id,
            record_ids=list(page.reader.basket),
            visit_id=visit_id[:36],
            slot_id=slot_id[:36],
            max_titles=portal.settings.max_titles,
            surprise=surprise.replace("\x00", "")[:1000],
        )
    except asking.AskRefused as refusal:
        values = {
            k: (f"{v:%H:%M}" if isinstance(v, dt.time) else v) for k, v in refusal.values.items()
        }
        return _ask_page(page, stop[:36], 409, page.t(refusal.key, **values))
    with portal.engine.begin() as conn:
        accounts.set_basket(conn, page.token, [])
    return page.redirect("requests", {"done": "asked"})


@router.get("/arret/{stop_id}/passages.ics")
def stop_calendar(request: Request, stop_id: str) -> Response:
    """A stop's timetable as iCalendar, public (no personal data in it)."""
    portal = _portal(request)
    with portal.engine.connect() as conn:
        visits = asking.timetable(conn, stop_id[:36], 366)
    if not visits:
        return Response("Arrêt sans passage à venir.", status_code=404, media_type="text/plain")
    name = f"Bibliobus – {visits[0].commune}, {visits[0].place}"
    return Response(render_ical(name, visits), media_type="text/calendar; charset=utf-8")
