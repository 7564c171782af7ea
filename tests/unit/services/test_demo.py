"""The demo network: sizes, determinism, realism checks and the ``demo`` command."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, inspect, text
from stdnum import isbn as stdnum_isbn

from bibliomobile.cli import main
from bibliomobile.domain.schedule import french_public_holidays
from bibliomobile.services.catalogue import search_items
from bibliomobile.services.demo.create import (
    DEMO_TABLES,
    count_rows,
    create_demo,
    generated_ahead,
)
from bibliomobile.services.demo.geography import BOUNDING_BOX
from bibliomobile.services.demo.ids import IdMaker
from bibliomobile.store.models import Item, Record
from bibliomobile.store.uow import Store

TODAY = dt.date(2026, 9, 15)  # four months back covers May holidays, 14 July and August
ITEMS, PATRONS, SEED = 2000, 300, 7


def _build(path: Path, seed: int = SEED) -> Store:
    store = Store.open(path)
    create_demo(store.engine, items=ITEMS, patrons=PATRONS, seed=seed, today=TODAY)
    return store


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    store = _build(tmp_path_factory.mktemp("demo") / "demo.sqlite3")
    yield store
    store.close()


def _rows(engine: Engine, sql: str, **params: object) -> list[tuple[object, ...]]:
    with engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(sql), params).all()]


def _dump(engine: Engine) -> dict[str, list[tuple[object, ...]]]:
    return {name: _rows(engine, f"SELECT * FROM {name} ORDER BY id") for name in DEMO_TABLES}


def test_sizes_are_the_ones_asked_for(demo: Store) -> None:
    counts = count_rows(demo.engine)
    assert counts["items"] == ITEMS
    assert counts["patrons"] == PATRONS
    assert counts["tours"] == 3
    assert 20 <= counts["stops"] <= 30
    assert counts["libraries"] == 3
    assert counts["beneficiaries"] == 40
    assert counts["volunteers"] == 8
    assert ITEMS / 4 < counts["records"] < ITEMS
    assert counts["circulation_events"] > 300


@pytest.mark.slow
def test_same_seed_gives_the_same_database_ids_included(demo: Store, tmp_path: Path) -> None:
    again = _build(tmp_path / "again.sqlite3")
    other = _build(tmp_path / "other.sqlite3", seed=SEED + 1)
    try:
        reference = _dump(demo.engine)
        assert _dump(again.engine) == reference
        different = _dump(other.engine)
        assert different["items"] != reference["items"]
        assert different["patrons"] != reference["patrons"]
    finally:
        again.close()
        other.close()


def test_demo_ids_are_the_domain_deterministic_ids() -> None:
    ids = IdMaker(SEED)
    cases = (("items", 0), ("items", 4095), ("items", 4096), ("patrons", 123_456), ("records", 9))
    for table, index in cases:
        assert ids.of(table, index) == ids.reference(SEED, table, index)


def test_etranger_camus_is_found_by_catalogue_search(demo: Store) -> None:
    with demo.unit_of_work() as uow:
        rows = search_items(uow, "etranger camus")
    assert rows
    assert {r.title for r in rows} == {"L'Étranger"}
    assert {r.authors for r in rows} == {"Camus, Albert"}
    assert {r.call_number for r in rows} == {"R CAM"}


def test_search_triggers_work_again_after_the_load(demo: Store, tmp_path: Path) -> None:
    store = _build(tmp_path / "triggers.sqlite3")
    try:
        with store.unit_of_work() as uow:
            record = Record(title="Le Buron des Quatre-Vents", authors="Vialle, Odette")
            uow.session.add(record)
            uow.session.flush()
            uow.session.add(Item(barcode="99999999", record_id=record.id, call_number="RT VIA"))
            uow.commit()
        with store.unit_of_work() as uow:
            assert [r.barcode for r in search_items(uow, "buron quatre vents")] == ["99999999"]
    finally:
        store.close()


def test_the_load_is_a_snapshot_without_outbox_rows(demo: Store) -> None:
    assert _rows(demo.engine, "SELECT count(*) FROM outbox") == [(0,)]


def test_every_foreign_key_points_to_a_row(demo: Store) -> None:
    assert _rows(demo.engine, "PRAGMA foreign_key_check") == []


def test_every_stop_is_in_the_puy_de_dome(demo: Store) -> None:
    south, west, north, east = BOUNDING_BOX
    stops = _rows(demo.engine, "SELECT commune, place, address, latitude, longitude FROM stops")
    assert len({s[0] for s in stops}) >= 20
    for commune, place, address, lat, lon in stops:
        assert south < float(str(lat)) < north, commune
        assert west < float(str(lon)) < east, commune
        assert place and re.search(r"\b63\d{3}\b", str(address)), address
    places = _rows(
        demo.engine,
        "SELECT latitude, longitude FROM beneficiaries UNION ALL "
        "SELECT start_latitude, start_longitude FROM volunteers",
    )
    assert all(south < float(str(a)) < north and west < float(str(b)) < east for a, b in places)


def test_every_open_loan_is_due_on_a_visit_of_its_stop(demo: Store) -> None:
    loans = _rows(
        demo.engine,
        """SELECT ls.due_date, v.stop_id FROM loan_state ls
             JOIN circulation_events e ON e.id = ls.event_id
             JOIN stop_visits v ON v.id = e.visit_id""",
    )
    assert len(loans) > 50
    visits = set(
        _rows(demo.engine, "SELECT date, stop_id FROM stop_visits WHERE status != 'cancelled'")
    )
    assert all(loan in visits for loan in loans)
    overdue = [due for due, _stop in loans if dt.date.fromisoformat(str(due)) < TODAY]
    assert 0 < len(overdue) < len(loans)


def test_items_on_loan_are_the_ones_the_log_says(demo: Store) -> None:
    on_loan = set(_rows(demo.engine, "SELECT id FROM items WHERE location = 'on_loan'"))
    from_log = set(_rows(demo.engine, "SELECT item_id FROM loan_state"))
    assert on_loan == from_log
    returned = _rows(demo.engine, "SELECT count(*) FROM circulation_events WHERE kind = 'checkin'")
    assert int(str(returned[0][0])) > len(from_log)  # most loans came back
    van = _rows(
        demo.engine,
        "SELECT count(*) FROM items WHERE location = 'van' AND vehicle_tour_id IS NOT NULL",
    )
    assert int(str(van[0][0])) > 0


def test_visits_follow_holidays_and_the_summer_break(demo: Store) -> None:
    visits = _rows(
        demo.engine,
        "SELECT v.date, v.status, v.moved_from, r.holiday_policy FROM stop_visits v "
        "JOIN schedule_rules r ON r.id = v.rule_id",
    )
    holidays = french_public_holidays(2026, 2027)
    dates = [dt.date.fromisoformat(str(v[0])) for v in visits]
    on_holidays = {v[3] for day, v in zip(dates, visits, strict=True) if day in holidays}
    assert on_holidays <= {"keep"}
    assert not [d for d in dates if dt.date(2026, 8, 3) <= d <= dt.date(2026, 8, 23)]
    moved = [(day, v[2]) for day, v in zip(dates, visits, strict=True) if v[2] is not None]
    assert moved and all(dt.date.fromisoformat(str(origin)) in holidays for _day, origin in moved)
    for day, v in zip(dates, visits, strict=True):
        assert v[1] in (("closed", "cancelled") if day < TODAY else ("planned",))
    assert min(dates) < TODAY < max(dates)
    assert max(dates) >= TODAY + dt.timedelta(days=80)


def test_catalogue_looks_like_a_french_library(demo: Store) -> None:
    records = _rows(demo.engine, "SELECT genre, format, audience, isbn, dewey FROM records")
    assert {
        "roman",
        "policier",
        "science-fiction",
        "terroir",
        "biographie",
        "documentaire",
        "jeunesse",
        "bd",
    } <= {r[0] for r in records}
    assert {"book", "large_print", "audiobook", "dvd", "magazine", "comic"} <= {
        r[1] for r in records
    }
    assert {"adult", "young_adult", "child"} <= {r[2] for r in records}
    isbns = [str(r[3]) for r in records if r[3]]
    assert len(isbns) > len(records) / 2
    assert all(stdnum_isbn.is_valid(i) and len(i) == 13 for i in isbns)
    calls = _rows(
        demo.engine,
        "SELECT r.genre, r.dewey, i.call_number FROM items i JOIN records r ON r.id = i.record_id",
    )
    for genre, dewey, call in calls:
        if dewey:
            assert str(call).startswith(str(dewey)), call
        if genre == "roman":
            assert re.fullmatch(r"(GC |LA )?R [A-Z]{3}", str(call)), call


def test_patrons_look_like_french_readers(demo: Store) -> None:
    patrons = _rows(
        demo.engine,
        "SELECT phone, email, preferred_channel, card_expiry, home_stop_id, postcode, birth_year FROM patrons",
    )
    phones = [str(p[0]) for p in patrons if p[0]]
    assert all(re.fullmatch(r"0[4-7]( \d\d){4}", p) for p in phones)
    assert sum(p.startswith("06") for p in phones) > len(phones) / 3
    assert sum(1 for p in patrons if p[1]) > len(patrons) / 2
    assert {"email", "sms", "phone", "letter"} <= {p[2] for p in patrons}
    expired = [p for p in patrons if dt.date.fromisoformat(str(p[3])) < TODAY]
    assert 0 < len(expired) < len(patrons) / 3
    assert sum(1 for p in patrons if p[4]) > len(patrons) * 0.8
    assert all(str(p[5]).startswith("63") for p in patrons)


HEALTH_COLUMNS = (
    "health",
    "medic",
    "disab",
    "diagnos",
    "handicap",
    "sante",
    "illness",
    "condition",
)
HEALTH_WORDS = (
    "santé",
    "médic",
    "malad",
    "handicap",
    "alzheimer",
    "diabèt",
    "fauteuil roulant",
    "diagnostic",
    "traitement",
)


def test_beneficiaries_have_profiles_and_no_health_data(demo: Store) -> None:
    columns = [c["name"] for c in inspect(demo.engine).get_columns("beneficiaries")]
    assert not [c for c in columns if any(word in c.lower() for word in HEALTH_COLUMNS)]
    rows = _rows(
        demo.engine,
        "SELECT formats, genres_liked, availability, access_notes, taste_notes, frequency, referral FROM beneficiaries",
    )
    assert all(r[0] != "[]" and r[1] != "[]" and r[2] != "[]" and r[3] for r in rows)
    assert any("digicode" in str(r[3]).lower() for r in rows)
    text_values = " ".join(str(v) for r in rows for v in r).lower()
    assert not [w for w in HEALTH_WORDS if w in text_values]


def test_an_empty_network_can_be_asked_for(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "tiny.sqlite3")
    try:
        summary = create_demo(store.engine, items=0, patrons=0, seed=1, today=TODAY)
        assert summary.counts["items"] == 0 and summary.counts["stops"] > 0
    finally:
        store.close()


def test_the_service_refuses_a_database_with_data(demo: Store) -> None:
    with pytest.raises(ValueError, match="déjà des données"):
        create_demo(demo.engine, items=10, patrons=10, today=TODAY)


def test_the_command_prints_counts_and_refuses_to_overwrite(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "cli.sqlite3"
    args = ["demo", "--db", str(path), "--items", "400", "--patrons", "60", "--today", "2026-09-15"]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert re.search(r"exemplaires\s+400\b", out)
    assert re.search(r"lecteurs\s+60\b", out)
    assert "Terminé en" in out
    assert main([*args[:3], "--items", "800"]) == 2
    err = capsys.readouterr().err
    assert "contient déjà des données" in err and "--force" in err
    store = Store.open(path)
    try:
        assert count_rows(store.engine)["items"] == 400  # untouched
    finally:
        store.close()
    assert main([*args[:3], "--items", "800", "--patrons", "60", "--force"]) == 0
    assert "800" in capsys.readouterr().out
    store = Store.open(path)
    try:
        assert count_rows(store.engine)["items"] == 800
    finally:
        store.close()


def test_the_command_refuses_bad_sizes_in_french(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        main(["demo", "--db", str(tmp_path / "x.sqlite3"), "--items", "beaucoup"])
    assert "nombre entier attendu" in capsys.readouterr().err
    assert not (tmp_path / "x.sqlite3").exists()


def test_the_command_leaves_a_foreign_file_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("liste de courses")
    assert main(["demo", "--db", str(path), "--items", "10", "--force"]) == 2
    assert "pas une base Bibliomobile" in capsys.readouterr().err
    assert path.read_text() == "liste de courses"


def test_visits_are_the_ones_the_timetable_service_would_generate(demo: Store) -> None:
    from bibliomobile.services.bookmobile.tours import list_tours
    from bibliomobile.services.bookmobile.visit_generation import generate_visits

    with demo.unit_of_work() as uow:  # not committed: the shared demo stays as it is
        for tour in list_tours(uow):
            report = generate_visits(
                uow,
                tour_id=tour.tour_id,
                start=TODAY - dt.timedelta(days=100),
                end=TODAY + dt.timedelta(days=80),
                today=TODAY,
            )
            assert (report.created, report.updated, report.removed) == (0, 0, 0), tour.name
            assert report.unchanged > 50


def test_the_desk_works_on_the_demo(demo: Store) -> None:
    from bibliomobile.services.circulation.loans import checkin, checkout
    from bibliomobile.services.circulation.lookup import identify_patron

    (barcode, holder) = _rows(
        demo.engine,
        "SELECT i.barcode, ls.patron_id FROM loan_state ls JOIN items i ON i.id = ls.item_id "
        "ORDER BY i.barcode LIMIT 1",
    )[0]
    (patron, stop, card) = _rows(
        demo.engine,
        "SELECT id, home_stop_id, card_barcode FROM patrons WHERE home_stop_id IS NOT NULL "
        "AND blocked_reason IS NULL AND card_expiry > :today AND id NOT IN "
        "(SELECT patron_id FROM loan_state WHERE due_date < :today) ORDER BY id LIMIT 1",
        today=TODAY.isoformat(),
    )[0]
    (visit, day) = _rows(
        demo.engine,
        "SELECT id, date FROM stop_visits WHERE stop_id = :stop AND date >= :today ORDER BY date LIMIT 1",
        stop=stop,
        today=TODAY.isoformat(),
    )[0]
    visit_day = dt.date.fromisoformat(str(day))
    with demo.unit_of_work() as uow:  # never committed: the shared demo stays as it is
        assert not identify_patron(uow, str(card), today=visit_day).blocks
        back = checkin(uow, item_barcode=str(barcode), visit_id=str(visit), today=visit_day)
        assert back.patron_id == holder
        lent = checkout(
            uow,
            item_barcode=str(barcode),
            patron_id=str(patron),
            visit_id=str(visit),
            today=visit_day,
        )
        stop_days = {
            dt.date.fromisoformat(str(d))
            for (d,) in uow.session.execute(
                text(
                    "SELECT date FROM stop_visits WHERE stop_id = :stop AND status != 'cancelled'"
                ),
                {"stop": stop},
            ).all()
        }
        assert lent.due_date in stop_days


@pytest.mark.parametrize(
    "table",
    [
        "libraries",
        "tours",
        "stops",
        "schedule_rules",
        "stop_visits",
        "patrons",
        "records",
        "items",
        "circulation_events",
        "beneficiaries",
        "volunteers",
    ],
)
def test_rows_are_stored_exactly_as_core_inserts_would_store_them(
    demo: Store, tmp_path: Path, table: str
) -> None:
    from sqlalchemy import insert, select

    from bibliomobile.store.models import Base

    model = Base.metadata.tables[table]
    with demo.engine.connect() as conn:
        rows = [
            dict(r._mapping) for r in conn.execute(select(model).order_by(model.c.id).limit(150))
        ]
    fresh = Store.open(tmp_path / "core.sqlite3")
    try:
        with fresh.engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            assert raw is not None
            raw.execute("PRAGMA foreign_keys=OFF")  # the rows they point to are not copied
            with conn.begin():
                conn.execute(insert(model), rows)
        dump = f"SELECT * FROM {table} ORDER BY id"
        assert _rows(fresh.engine, dump) == _rows(demo.engine, dump + " LIMIT 150")
    finally:
        fresh.close()


def test_a_generator_error_reaches_the_loader_and_stops_it() -> None:
    def broken() -> Iterator[int]:
        yield 1
        raise RuntimeError("générateur cassé")

    got: list[int] = []
    with pytest.raises(RuntimeError, match="générateur cassé"):
        for value in generated_ahead(broken()):
            got.append(value)
    assert got == [1]
    # A consumer that stops early does not leave the producer blocked.
    assert next(iter(generated_ahead(iter(range(1000))))) == 0
