"""Statistics on a simulated network: every figure against a count made here, in SQL
written for the test from the raw tables (not by the code under test)."""

from __future__ import annotations

import csv
import io
import shutil
import sqlite3
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pypdfium2
import pytest
from openpyxl import load_workbook

from bibliomobile.cli import main
from bibliomobile.services.stats.common import NETWORK, StatsError, Table, parse_period
from bibliomobile.services.stats.exports import report_csv, report_xlsx, sheet_name
from bibliomobile.services.stats.report import Report, annual_report, first_section
from bibliomobile.services.stats.report_pdf import report_pdf
from bibliomobile.store.uow import Store
from builders.stats import YEAR

# Building the simulated year (once per version of the code, then kept in the pytest
# cache) takes minutes; so does a test run that has to build it.
pytestmark = [pytest.mark.slow, pytest.mark.timeout(2400)]

# A counted bookmobile event: a desk action at a visit of the period, not undone.
COUNTED = """
    SELECT e.* FROM circulation_events e JOIN stop_visits v ON v.id = e.visit_id
     WHERE v.date BETWEEN :start AND :end AND e.delivery_id IS NULL
       AND (e.flag IS NULL OR e.flag = 'no_loan')
       AND NOT EXISTS (SELECT 1 FROM circulation_events u
                        WHERE u.kind = 'undo' AND u.undoes_id = e.id)
"""


def _report(path: Path, period: str = YEAR, scope: str | None = None) -> Report:
    store = Store.open(path)
    try:
        with store.unit_of_work() as uow:
            return annual_report(uow, parse_period(period), scope)
    finally:
        store.close()


@pytest.fixture(scope="module")
def report(simulated_network: Path) -> Report:
    return _report(simulated_network)


@pytest.fixture
def raw(simulated_network: Path) -> Iterator[sqlite3.Connection]:
    db = sqlite3.connect(f"file:{simulated_network}?mode=ro", uri=True)
    yield db
    db.close()


def _table(report: Report, key: str) -> Table:
    return next(t for t in report.tables() if t.key == key)


def _year() -> dict[str, str]:
    return {"start": f"{YEAR}-01-01", "end": f"{YEAR}-12-31"}


def test_bookmobile_per_stop_matches_the_raw_tables(
    report: Report, raw: sqlite3.Connection
) -> None:
    table = _table(report, "bibliobus_arrets")
    by_label = {row[0]: row for row in table.rows}
    stops = raw.execute("SELECT id, commune || ' – ' || place FROM stops").fetchall()
    assert set(by_label) == {label for _, label in stops}
    for stop_id, label in stops:
        where = "stop_id = :stop AND date BETWEEN :start AND :end"
        args = {**_year(), "stop": stop_id}
        planned, cancelled = raw.execute(
            f"SELECT count(*), count(*) FILTER (WHERE status = 'cancelled') FROM stop_visits WHERE {where}",
            args,
        ).fetchone()
        made, minutes, adults, children, registrations = raw.execute(
            "SELECT count(*), coalesce(sum((strftime('%s', end_time) - strftime('%s', start_time)) / 60), 0),"
            " coalesce(sum(adults), 0), coalesce(sum(children), 0), coalesce(sum(new_registrations), 0)"
            f" FROM stop_visits WHERE {where} AND status IN ('open', 'closed')",
            args,
        ).fetchone()
        kinds = Counter(
            dict(
                raw.execute(
                    f"SELECT c.kind, count(*) FROM ({COUNTED}) c JOIN stop_visits v ON v.id = c.visit_id"
                    " WHERE v.stop_id = :stop GROUP BY c.kind",
                    args,
                ).fetchall()
            )
        )
        row = by_label[label]
        assert row[1:] == (
            planned,
            made,
            cancelled,
            round(minutes / 60, 2),
            adults,
            children,
            kinds["checkout"],
            kinds["checkin"],
            kinds["renew"],
            registrations,
        ), label
    loans = raw.execute(
        f"SELECT count(*) FROM ({COUNTED}) WHERE kind = 'checkout'", _year()
    ).fetchone()[0]
    assert loans > 2000  # a simulated year (the demo's own history ends in 2025)
    assert table.total is not None and table.total[7] == loans
    # the same totals by tour and by month
    for key in ("bibliobus_tournees", "bibliobus_mois"):
        other = _table(report, key)
        assert other.total is not None and other.total[1:] == table.total[1:]


def test_the_first_tables_are_those_of_the_whole_report(
    simulated_network: Path, report: Report
) -> None:
    store = Store.open(simulated_network)
    try:
        with store.unit_of_work() as uow:
            first = first_section(uow, parse_period(YEAR), NETWORK)
    finally:
        store.close()
    whole = report.section("bookmobile")
    assert [t.key for t in first.tables] == [
        "bibliobus_arrets",
        "bibliobus_tournees",
        "bibliobus_mois",
        "bibliobus_annulations",
        "bibliobus_cout",
    ]
    assert {t.key for t in whole.tables} - {t.key for t in first.tables} == {
        "bibliobus_documents",
        "emprunteurs_age",
        "emprunteurs_commune",
    }
    for table in first.tables:
        assert table == _table(report, table.key)
    assert first.charts == whole.charts


def test_loans_by_document_type_and_audience(report: Report, raw: sqlite3.Connection) -> None:
    expected = Counter(
        {
            (fmt, audience): n
            for fmt, audience, n in raw.execute(
                f"SELECT r.format, r.audience, count(*) FROM ({COUNTED}) c"
                " JOIN items i ON i.id = c.item_id JOIN records r ON r.id = i.record_id"
                " WHERE c.kind = 'checkout' GROUP BY r.format, r.audience",
                _year(),
            )
        }
    )
    table = _table(report, "bibliobus_documents")
    formats = {
        "Livres": "book",
        "Livres en gros caractères": "large_print",
        "Livres audio": "audiobook",
        "Bandes dessinées": "comic",
        "Revues": "magazine",
        "Vidéo (DVD)": "dvd",
        "Musique (CD)": "music_cd",
    }
    audiences = {"Adultes": "adult", "Adolescents": "young_adult", "Enfants": "child"}
    got = Counter({(formats[str(r[0])], audiences[str(r[1])]): r[2] for r in table.rows})
    assert +got == +expected and len(expected) > 3


def test_active_borrowers_by_age_group_and_commune(report: Report, raw: sqlite3.Connection) -> None:
    first = raw.execute(
        f"SELECT c.patron_id, c.age_group, c.commune, p.birth_year, p.commune, c.occurred_at"
        f" FROM ({COUNTED}) c JOIN patrons p ON p.id = c.patron_id"
        " WHERE c.kind = 'checkout' ORDER BY c.occurred_at",
        _year(),
    ).fetchall()
    seen: dict[str, tuple[str, str]] = {}
    for patron, group, commune, birth, patron_commune, at in first:
        if patron not in seen:
            age = int(at[:4]) - birth if birth else None
            fallback = (
                "?" if age is None else "0-14" if age < 15 else "15-64" if age < 65 else "65+"
            )
            seen[patron] = (group or fallback, commune or patron_commune)
    ages = {"0-14 ans": "0-14", "15-64 ans": "15-64", "65 ans et plus": "65+", "Âge inconnu": "?"}
    table = _table(report, "emprunteurs_age")
    got = {ages[str(r[0])]: r[1] for r in table.rows}
    expected = Counter(g for g, _ in seen.values())
    assert {g: n for g, n in got.items() if n} == dict(expected)
    assert table.total is not None and table.total[1] == len(seen) > 50
    communes = {r[0]: r[1] for r in _table(report, "emprunteurs_commune").rows}
    assert communes == dict(Counter(c for _, c in seen.values()))


def test_drive_figures(report: Report, raw: sqlite3.Connection) -> None:
    requests = (
        "SELECT r.* FROM requests r JOIN stop_visits v ON v.id = r.visit_id"
        " WHERE v.date BETWEEN :start AND :end"
    )
    channels = dict(
        raw.execute(
            f"SELECT channel, count(*) FROM ({requests}) GROUP BY channel", _year()
        ).fetchall()
    )
    labels = {
        "Téléphone": "phone",
        "Courriel": "email",
        "À l'arrêt": "at_stop",
        "Portail": "portal",
    }
    got = {labels[str(r[0])]: r[1] for r in _table(report, "drive_canaux").rows}
    assert {k: v for k, v in got.items() if v} == channels and sum(channels.values()) > 10
    status = dict(
        raw.execute(
            f"SELECT status, count(*) FROM ({requests}) GROUP BY status", _year()
        ).fetchall()
    )
    asked, found = raw.execute(
        f"SELECT count(*), count(l.item_id) FROM request_lines l JOIN ({requests}) r ON r.id = l.request_id"
        " WHERE NOT l.cancelled",
        _year(),
    ).fetchone()
    activity = dict(_table(report, "drive_activite").rows)
    assert activity["Sacs remis"] == status.get("collected", 0) > 0
    assert activity["Sacs non retirés"] == status.get("no_show", 0)
    assert (activity["Titres demandés"], activity["Titres trouvés"]) == (asked, found)


def test_home_delivery_figures(report: Report, raw: sqlite3.Connection) -> None:
    outcomes = dict(
        raw.execute(
            "SELECT coalesce(d.outcome, 'none'), count(*) FROM deliveries d JOIN rounds r ON r.id = d.round_id"
            " WHERE r.date BETWEEN :start AND :end AND r.status != 'cancelled' GROUP BY 1",
            _year(),
        ).fetchall()
    )
    served = raw.execute(
        "SELECT count(DISTINCT d.beneficiary_id) FROM deliveries d JOIN rounds r ON r.id = d.round_id"
        " WHERE r.date BETWEEN :start AND :end AND r.status != 'cancelled' AND d.outcome = 'delivered'",
        _year(),
    ).fetchone()[0]
    rows = dict(_table(report, "portage_visites").rows)
    assert rows["Visites faites (documents remis)"] == outcomes.get("delivered", 0) > 0
    assert rows["Visites manquées : absent"] == outcomes.get("absent", 0)
    assert rows["Visites manquées : refus"] == outcomes.get("refused", 0)
    assert rows["Visites manquées : reportée"] == outcomes.get("postponed", 0)
    assert rows["Bénéficiaires servis"] == served


def test_survey_section_repeats_the_sections_figures(report: Report) -> None:
    survey = {row[1]: row[2] for row in report.section("survey").tables[0].rows}
    stops = _table(report, "bibliobus_arrets")
    assert stops.total is not None
    assert survey["Prêts"] == stops.total[7]
    assert survey["Passages effectués"] == stops.total[2]
    assert survey["Emprunteurs actifs"] == sum(
        int(r[1]) for r in _table(report, "emprunteurs_age").rows
    )
    assert survey["Points de desserte (arrêts desservis)"] == sum(
        1 for r in stops.rows if int(r[2]) > 0
    )


def test_a_tour_scope_counts_only_its_stops(
    simulated_network: Path, report: Report, raw: sqlite3.Connection
) -> None:
    tour_id, name = raw.execute("SELECT id, name FROM tours ORDER BY name LIMIT 1").fetchone()
    scoped = _report(simulated_network, scope=f"tour:{name}")
    stops = raw.execute(
        "SELECT commune || ' – ' || place FROM stops WHERE tour_id = ?", (tour_id,)
    ).fetchall()
    assert {r[0] for r in _table(scoped, "bibliobus_arrets").rows} == {s for (s,) in stops}
    whole = {r[0]: r for r in _table(report, "bibliobus_tournees").rows}
    part = _table(scoped, "bibliobus_tournees").rows
    assert len(part) == 1 and part[0] == whole[name]


def test_figures_survive_the_anonymisation_of_old_loans(
    simulated_network: Path, tmp_path: Path, report: Report
) -> None:
    copy = tmp_path / "anonymised.sqlite3"
    shutil.copyfile(simulated_network, copy)
    db = sqlite3.connect(copy)
    # What the retention job does to loans returned long ago: no patron link any more;
    # and the patrons' own records have changed since (moved, or erased on request).
    db.execute("UPDATE circulation_events SET patron_id = NULL WHERE occurred_at < '2026-03-01'")
    db.execute("UPDATE patrons SET commune = NULL, birth_year = NULL")
    db.commit()
    db.close()
    after = _report(copy)
    for key in ("bibliobus_arrets", "bibliobus_tournees", "bibliobus_mois", "bibliobus_documents"):
        assert _table(after, key) == _table(report, key)
    loans_by_age = {r[0]: r[2] for r in _table(report, "emprunteurs_age").rows}
    assert {r[0]: r[2] for r in _table(after, "emprunteurs_age").rows} == loans_by_age


def test_xlsx_holds_the_same_numbers(report: Report, tmp_path: Path) -> None:
    path = tmp_path / "stats.xlsx"
    path.write_bytes(report_xlsx(report))
    book = load_workbook(path, read_only=True)
    for table in report.tables():
        values = [
            tuple(c for c in row) for row in book[sheet_name(table)].iter_rows(values_only=True)
        ]
        assert values[0][0] == table.title
        assert values[1] == table.headers
        body = [
            tuple(c if c is not None else "" for c in row[: len(table.headers)])
            for row in values[2:]
        ]
        expected = [*table.rows, *([table.total] if table.total else [])]
        assert body == [tuple(r) for r in expected], table.key
    definitions = [row for row in book["Définitions"].iter_rows(values_only=True)]
    assert {row[1] for row in definitions[3:]} == {t.title for t in report.tables()}


def test_csv_for_french_excel(report: Report) -> None:
    data = report_csv(report)
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    stops = _table(report, "bibliobus_arrets")
    assert stops.total is not None
    total_line = next(r for r in rows if r[:1] == ["Total"] and len(r) == len(stops.headers))
    assert total_line[7] == str(stops.total[7])


def test_pdf_text_holds_headings_and_totals(report: Report) -> None:
    pdf = pypdfium2.PdfDocument(report_pdf(report))
    text = "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    assert report.library in text and "Rapport d'activité 2026" in text
    for heading in (
        "Bibliobus",
        "Drive",
        "Portage à domicile",
        "Enquête annuelle — services hors les murs",
        "Prêts par mois, par tournée",
        "Demandes par canal",
    ):
        assert heading in text
    stops = _table(report, "bibliobus_arrets")
    assert stops.total is not None
    loans = int(stops.total[7])
    written = f"{loans:,}".replace(",", "\u202f") if loans >= 10_000 else str(loans)
    assert written in text


def test_command_writes_each_format_and_refuses_bad_input(
    simulated_network: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for fmt in ("csv", "xlsx", "pdf"):
        out = tmp_path / f"r.{fmt}"
        args = [
            "stats",
            "--db",
            str(simulated_network),
            "--period",
            "2026-03",
            "--format",
            fmt,
            "--out",
            str(out),
        ]
        assert main(args) == 0
        assert out.stat().st_size > 500
    assert "Prêts :" in capsys.readouterr().out
    bad = ["stats", "--db", str(simulated_network), "--out", str(tmp_path / "x.csv")]
    assert main([*bad, "--period", "2026-13"]) == 2
    assert "Date impossible" in capsys.readouterr().err
    assert main([*bad, "--period", "2026", "--scope", "tour:Nulle part"]) == 2
    assert "Aucune tournée ne porte ce nom" in capsys.readouterr().err
    assert not (tmp_path / "x.csv").exists()


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2026", "2026-01-01", "2026-12-31"),
        ("2026-02", "2026-02-01", "2026-02-28"),
        ("2026-01-01:2026-06-30", "2026-01-01", "2026-06-30"),
    ],
)
def test_periods(text: str, start: str, end: str) -> None:
    period = parse_period(text)
    assert (period.start.isoformat(), period.end.isoformat()) == (start, end)


def test_a_period_ending_before_it_starts_is_refused() -> None:
    with pytest.raises(StatsError, match="La fin de la période doit suivre son début"):
        parse_period("2026-06-30:2026-01-01")
