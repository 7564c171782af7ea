"""Public outputs of the timetable: the iCalendar file and the noticeboard PDF, and their CLI."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
from sqlalchemy import func, select

from bibliomobile.commands import export as export_command
from bibliomobile.commands import timetable as timetable_command
from bibliomobile.commands.common import CommandError
from bibliomobile.domain.enums import HolidayPolicy
from bibliomobile.domain.schedule import Break
from bibliomobile.services.bookmobile import visit_changes as changes
from bibliomobile.services.bookmobile.ical import escape_text, fold, tour_ical
from bibliomobile.services.bookmobile.timetable_pdf import TimetableRequest, timetable_pdf
from bibliomobile.services.bookmobile.tours import TimetableError
from bibliomobile.services.bookmobile.visit_generation import generate_visits
from bibliomobile.store.models import DeviceSetting, OutboxEntry, StopVisit
from bibliomobile.store.uow import Store
from builders.timetable import D, T, Village, fortnightly, make_village, visit_at

NOW = dt.datetime(2026, 2, 20, 8, 30, tzinfo=dt.UTC)
CONTACT = "Médiathèque de Vic-le-Comte – 04 73 69 00 00"


@pytest.fixture
def village(store: Store) -> Village:
    made = make_village(store)
    to_cancel = visit_at(store, made.stop_id, D(2026, 3, 17))
    to_move = visit_at(store, made.stop_id, D(2026, 3, 31))
    with store.unit_of_work() as uow:
        changes.cancel_visit(uow, to_cancel, "Panne du véhicule")
        changes.move_visit(uow, to_move, D(2026, 4, 1))
        uow.commit()
    return made


# -- iCalendar -------------------------------------------------------------------------


def parse_ical(data: bytes) -> list[dict[str, str]]:
    """A tiny RFC 5545 reader: checks the framing, unfolds, returns the components."""
    text = data.decode("utf-8")
    assert text.endswith("\r\n")
    physical = text.split("\r\n")[:-1]
    assert all(len(line.encode("utf-8")) <= 75 for line in physical)
    assert "\n" not in "".join(physical)  # no bare LF
    logical: list[str] = []
    for line in physical:
        if line.startswith(" "):
            logical[-1] += line[1:]
        else:
            logical.append(line)
    components: list[dict[str, str]] = []
    stack: list[dict[str, str]] = []
    for line in logical:
        name, _, value = line.partition(":")
        if name == "BEGIN":
            stack.append({"BEGIN": value})
        elif name == "END":
            done = stack.pop()
            assert done["BEGIN"] == value
            components.append(done)
        else:
            stack[-1][name] = value
    assert not stack
    return components


def unescape(value: str) -> str:
    return value.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\")


def test_ical_has_one_event_per_visit_with_stable_uids_and_paris_times(
    store: Store, village: Village
) -> None:
    with store.unit_of_work() as uow:
        data = tour_ical(uow, village.tour_id, D(2026, 3, 1), D(2026, 4, 30), now=NOW)
        again = tour_ical(uow, village.tour_id, D(2026, 3, 1), D(2026, 4, 30), now=NOW)
        uow.commit()
    assert data == again  # same visits, same UIDs: subscribed calendars update in place
    components = parse_ical(data)
    calendar = components[-1]
    assert (calendar["BEGIN"], calendar["VERSION"]) == ("VCALENDAR", "2.0")
    assert any(c["BEGIN"] == "VTIMEZONE" and c["TZID"] == "Europe/Paris" for c in components)
    events = {c["DTSTART;TZID=Europe/Paris"]: c for c in components if c["BEGIN"] == "VEVENT"}
    # Saint-Amant every other Tuesday from 3 March, Étables every other Thursday from 5 March.
    assert sorted(events) == [
        "20260303T100000",
        "20260305T140000",
        "20260317T100000",
        "20260319T140000",
        "20260401T100000",  # moved from 31 March
        "20260402T140000",
        "20260414T100000",
        "20260416T140000",
        "20260428T100000",
        "20260430T140000",
    ]
    first = events["20260303T100000"]
    # The stop and the day, the same before and after the van generates the visit.
    assert first["UID"] == f"{village.stop_id}-20260303@bibliomobile"
    assert first["DTEND;TZID=Europe/Paris"] == "20260303T113000"
    assert first["DTSTAMP"] == "20260220T083000Z"
    assert unescape(first["SUMMARY"]) == "Bibliobus – Saint-Amant, place de l'Église"
    assert unescape(first["LOCATION"]) == "1 place de l'Église, 63450 Saint-Amant"
    assert first["GEO"] == "45.650000;3.080000"
    assert first["STATUS"] == "CONFIRMED"
    cancelled = events["20260317T100000"]
    assert cancelled["STATUS"] == "CANCELLED"
    assert "Panne du véhicule" in unescape(cancelled["DESCRIPTION"])
    moved = events["20260401T100000"]
    assert "au lieu du mardi 31 mars 2026" in unescape(moved["DESCRIPTION"])
    assert int(moved["SEQUENCE"]) > int(first["SEQUENCE"])
    assert "GEO" not in events["20260305T140000"]  # Étables has no coordinates


def _rows(store: Store) -> tuple[int, int]:
    with store.unit_of_work() as uow:
        visits = uow.session.scalar(select(func.count()).select_from(StopVisit))
        outbox = uow.session.scalar(select(func.count()).select_from(OutboxEntry))
    return int(visits or 0), int(outbox or 0)


def test_ical_export_changes_nothing_and_names_the_organizer(
    store: Store, village: Village
) -> None:
    before = _rows(store)
    with store.unit_of_work() as uow:  # a year ahead: visits the van has not generated yet
        plain = tour_ical(uow, village.tour_id, D(2026, 3, 1), D(2027, 2, 28), now=NOW)
        uow.commit()
    assert _rows(store) == before  # not one visit, not one outbox row
    components = parse_ical(plain)
    calendar = components[-1]
    assert "METHOD" not in calendar  # PUBLISH needs an ORGANIZER (RFC 5546)
    events = [c for c in components if c["BEGIN"] == "VEVENT"]
    assert len(events) > 40
    assert len({e["UID"] for e in events}) == len(events)
    with store.unit_of_work() as uow:
        uow.session.add(DeviceSetting(key="smtp.sender", value="bibliobus@vic-le-comte.fr"))
        uow.commit()
    with store.unit_of_work() as uow:
        published = tour_ical(uow, village.tour_id, D(2026, 3, 1), D(2027, 2, 28), now=NOW)
        # Generated afterwards, the visits keep their UIDs: calendars update in place.
        generate_visits(uow, tour_id=village.tour_id, start=D(2026, 3, 1), end=D(2027, 2, 28))
        uow.commit()
    with store.unit_of_work() as uow:
        after = tour_ical(uow, village.tour_id, D(2026, 3, 1), D(2027, 2, 28), now=NOW)
    assert after == published
    components = parse_ical(published)
    assert components[-1]["METHOD"] == "PUBLISH"
    events = [c for c in components if c["BEGIN"] == "VEVENT"]
    assert all(e["ORGANIZER;CN=Bibliobus"] == "mailto:bibliobus@vic-le-comte.fr" for e in events)


def test_ical_text_escaping_and_folding() -> None:
    assert escape_text("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"
    long = "SUMMARY:" + "Bibliobus – Saint-Étienne-sur-Usson, " * 5
    folded = fold(long)
    pieces = folded.split("\r\n")
    assert all(len(p.encode("utf-8")) <= 75 for p in pieces)
    assert "".join(p[1:] if i else p for i, p in enumerate(pieces)) == long
    assert pieces[1].startswith(" ")


# -- PDF -------------------------------------------------------------------------------


def pdf_text(data: bytes) -> tuple[str, pdfium.PdfDocument]:
    document = pdfium.PdfDocument(data)
    text = " ".join(document[i].get_textpage().get_text_range() for i in range(len(document)))
    return " ".join(text.split()), document  # table cells wrap: compare words


def test_tour_timetable_pdf_lists_stops_dates_and_changes(store: Store, village: Village) -> None:
    with store.unit_of_work() as uow:
        data = timetable_pdf(
            uow, TimetableRequest(village.tour_id, D(2026, 3, 1), D(2026, 8, 31), contact=CONTACT)
        )
        uow.commit()
    text, document = pdf_text(data)
    assert "Bibliobus – Tournée du Val" in text
    assert "Passages du 1er mars au 31 août 2026" in text
    assert "Saint-Amant – place de l'Église" in text and "Étables – salle des fêtes" in text
    assert "mardi 3 mars" in text and "jeudi 5 mars" in text and "mardi 18 août" in text
    assert "ANNULÉ – Panne du" in text
    assert "mercredi 1er avril" in text and "Déplacé (au lieu du mardi 31 mars)" in text
    assert CONTACT in text
    assert "14h00 – 15h00" in text
    # Large type for a noticeboard: every date is set in 16 pt or more.
    page = document[0].get_textpage()
    full = page.get_text_range()
    at = full.index("mardi 3 mars")
    assert pdfium_c.FPDFText_GetFontSize(page.raw, at) >= 16
    # It renders (pdfium), and the page is not blank.
    image = document[0].render(scale=0.5).to_pil().convert("L")
    assert image.getextrema()[0] < 100


def test_commune_timetable_only_shows_that_commune(store: Store, village: Village) -> None:
    with store.unit_of_work() as uow:
        data = timetable_pdf(
            uow, TimetableRequest(village.tour_id, D(2026, 3, 1), D(2026, 5, 31), commune="étables")
        )
        with pytest.raises(TimetableError, match="ne dessert pas « Vic »"):
            timetable_pdf(
                uow, TimetableRequest(village.tour_id, D(2026, 3, 1), D(2026, 5, 31), commune="Vic")
            )
    text, _ = pdf_text(data)
    assert "Le bibliobus à Étables" in text
    assert "jeudi 5 mars" in text
    assert "Saint-Amant" not in text and "mardi 3 mars" not in text


# -- CLI -------------------------------------------------------------------------------


def run_cli(*argv: str) -> int:
    parser = argparse.ArgumentParser()
    commands = parser.add_subparsers(dest="command")
    timetable_command.register(commands)
    export_command.register(commands)
    args = parser.parse_args(argv)
    return int(args.handler(args))


def test_cli_writes_the_pdf_and_the_ical(
    store: Store, village: Village, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(store.path)
    store.close()
    pdf = tmp_path / "horaires.pdf"
    ics = tmp_path / "tournee.ics"
    assert (
        run_cli(
            "timetable",
            "--db",
            db,
            "--tour",
            "tournée du val",
            "--out",
            str(pdf),
            "--from",
            "2026-03-01",
            "--months",
            "6",
            "--commune",
            "Saint-Amant",
        )
        == 0
    )
    assert (
        run_cli(
            "export",
            "ical",
            "--db",
            db,
            "--tour",
            "Tournée du Val",
            "--out",
            str(ics),
            "--from",
            "2026-03-01",
            "--months",
            "2",
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "du 01/03/2026 au 31/08/2026" in out and "10 passage(s)" in out
    text, _ = pdf_text(pdf.read_bytes())
    assert "Le bibliobus à Saint-Amant" in text and "mardi 18 août" in text
    assert ics.read_bytes().count(b"BEGIN:VEVENT") == 10
    with pytest.raises(CommandError, match="Tournée inconnue"):
        run_cli("export", "ical", "--db", db, "--tour", "Nord", "--out", str(tmp_path / "x.ics"))
    assert not (tmp_path / "x.ics").exists()


def test_period_of_months() -> None:
    assert timetable_command.period_end(D(2026, 3, 1), 6) == D(2026, 8, 31)
    assert timetable_command.period_end(D(2026, 1, 31), 1) == D(2026, 2, 27)
    assert timetable_command.period_end(D(2026, 11, 15), 3) == D(2027, 2, 14)
    assert T(10, 0) < T(11, 0)


def test_timetable_explains_holiday_moves_and_breaks(store: Store) -> None:
    rule = fortnightly(
        D(2026, 6, 30),
        holiday_policy=HolidayPolicy.NEXT_DAY,
        breaks=(Break(D(2026, 8, 1), D(2026, 8, 23), "pause estivale"),),
    )
    made = make_village(store, rule)
    with store.unit_of_work() as uow:
        data = timetable_pdf(
            uow,
            TimetableRequest(made.tour_id, D(2026, 6, 1), D(2026, 9, 30), commune="Saint-Amant"),
        )
    text, _ = pdf_text(data)
    assert "Passage toutes les 2 semaines, le mardi, 10h00–11h30." in text
    assert (
        "mercredi 15 juillet 10h00 – 11h30 Déplacé (au lieu du mardi 14 juillet, Fête nationale)"
        in text
    )
    assert "mardi 11 août" not in text and "mardi 28 juillet" in text and "mardi 25 août" in text
    assert "Pas de passage pendant : pause estivale du 1er août au 23 août." in text
    with store.unit_of_work() as uow:
        winter = timetable_pdf(
            uow,
            TimetableRequest(made.tour_id, D(2026, 11, 1), D(2027, 1, 31), commune="Saint-Amant"),
        )
    text, _ = pdf_text(winter)
    # Across the new year, dates of the next year say so.
    assert "mardi 15 décembre 10h00" in text and "mardi 12 janvier 2027 10h00" in text
    assert "Renseignements auprès de votre médiathèque." in text


def test_the_bibliomobile_command_knows_timetable_and_export_ical(
    store: Store, village: Village, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from bibliomobile.cli import main

    db = str(store.path)
    store.close()
    out = tmp_path / "val.ics"
    assert (
        main(
            [
                "export",
                "ical",
                "--db",
                db,
                "--tour",
                "Tournée du Val",
                "--out",
                str(out),
                "--from",
                "2026-03-01",
                "--months",
                "1",
            ]
        )
        == 0
    )
    assert out.read_bytes().count(b"BEGIN:VEVENT") == 4
    assert (
        main(
            [
                "timetable",
                "--db",
                db,
                "--tour",
                "Tournée du Val",
                "--out",
                str(tmp_path / "t.pdf"),
                "--commune",
                "Vic",
            ]
        )
        == 2
    )
    assert "ne dessert pas « Vic »" in capsys.readouterr().err
    assert not (tmp_path / "t.pdf").exists()
