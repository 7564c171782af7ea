"""Catalogue and patron search as a librarian types it."""

from __future__ import annotations

import pytest

from bibliomobile.services.catalogue import search_items
from bibliomobile.services.patrons import search_patrons
from bibliomobile.store.models import Item, Patron, Record
from bibliomobile.store.uow import Store


@pytest.fixture
def catalogue(store: Store) -> Store:
    with store.unit_of_work() as uow:
        s = uow.session
        etranger = Record(
            title="L'Étranger",
            authors="Camus, Albert",
            subjects="Roman ; Algérie",
            isbn="9782070360024",
        )
        peste = Record(title="La Peste", authors="Camus, Albert")
        noel = Record(title="Le Père Noël est une ordure", authors="Jugnot, Gérard", format="dvd")
        s.add_all([etranger, peste, noel])
        s.flush()
        s.add_all(
            [
                Item(barcode="31000000123", record_id=etranger.id, call_number="R CAM"),
                Item(barcode="31000000124", record_id=peste.id, call_number="R CAM"),
                Item(barcode="31000000125", record_id=noel.id, call_number="F JUG"),
            ]
        )
        s.add(
            Patron(
                card_barcode="P0042", first_name="Hélène", last_name="Dupré", commune="Égliseneuve"
            )
        )
        uow.commit()
    return store


@pytest.mark.parametrize(
    ("query", "titles"),
    [
        ("etranger camus", ["L'Étranger"]),
        ("ÉTRANGER", ["L'Étranger"]),
        ("camus", ["L'Étranger", "La Peste"]),
        ("algerie", ["L'Étranger"]),
        ("978-2-07-036002-4", ["L'Étranger"]),
        ("31000000125", ["Le Père Noël est une ordure"]),
        ("pere noel", ["Le Père Noël est une ordure"]),
        ("F JUG", ["Le Père Noël est une ordure"]),
        ("etr", ["L'Étranger"]),
        ('camus" OR *', []),
        ("", []),
    ],
)
def test_items_are_found_without_caring_for_accents_or_case(
    catalogue: Store, query: str, titles: list[str]
) -> None:
    with catalogue.unit_of_work() as uow:
        found = sorted(row.title for row in search_items(uow, query))
    assert found == sorted(titles)


def test_a_renamed_record_is_found_by_its_new_title(catalogue: Store) -> None:
    with catalogue.unit_of_work() as uow:
        record = uow.session.query(Record).filter_by(title="La Peste").one()
        record.title = "La Chute"
        uow.commit()
    with catalogue.unit_of_work() as uow:
        assert [r.title for r in search_items(uow, "chute")] == ["La Chute"]
        assert search_items(uow, "peste") == []


def test_patrons_are_found_by_name_commune_or_card(catalogue: Store) -> None:
    with catalogue.unit_of_work() as uow:
        for query in ("helene dupre", "egliseneuve", "P0042", "dupré", "dup hel", "hél d"):
            assert [p.last_name for p in search_patrons(uow, query)] == ["Dupré"], query


def test_a_single_letter_alone_matches_whole_words_only(catalogue: Store) -> None:
    with catalogue.unit_of_work() as uow:
        # "F" of the call number "F JUG", not every word starting with f
        assert [r.call_number for r in search_items(uow, "F")] == ["F JUG"]
        # two letters are a prefix already (the prefix index keeps it cheap)
        assert sorted(r.title for r in search_items(uow, "pe")) == [
            "La Peste",
            "Le Père Noël est une ordure",
        ]


def test_a_very_broad_query_still_lists_its_first_results(
    catalogue: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bibliomobile.services import catalogue as catalogue_service

    monkeypatch.setattr(catalogue_service, "RANK_AT_MOST", 2)  # "camus" has 2 matches
    with catalogue.unit_of_work() as uow:
        assert sorted(r.title for r in search_items(uow, "camus")) == ["L'Étranger", "La Peste"]
        assert len(search_items(uow, "camus", limit=1)) == 1


def test_the_index_follows_every_change_and_stays_consistent(catalogue: Store) -> None:
    """Renames, new barcodes, moved and deleted items: the index never keeps a stale
    word, and FTS5's own integrity check (index against the view) passes."""
    from sqlalchemy import text

    with catalogue.unit_of_work() as uow:
        s = uow.session
        peste = s.query(Record).filter_by(title="La Peste").one()
        peste.subtitle = "roman de la contagion"
        item = s.query(Item).filter_by(barcode="31000000124").one()
        item.barcode = "31000000999"
        moved = s.query(Item).filter_by(barcode="31000000125").one()
        moved.record_id = peste.id
        uow.commit()
    with catalogue.unit_of_work() as uow:
        s = uow.session
        s.delete(s.query(Item).filter_by(barcode="31000000123").one())
        uow.commit()
    with catalogue.unit_of_work() as uow:
        assert sorted(r.barcode for r in search_items(uow, "contagion")) == [
            "31000000125",
            "31000000999",
        ]
        assert search_items(uow, "31000000124") == []
        assert search_items(uow, "ordure") == []  # its only item moved away
        assert search_items(uow, "etranger") == []  # its only item deleted
        uow.session.execute(
            text("INSERT INTO item_fts(item_fts, rank) VALUES ('integrity-check', 1)")
        )


def test_patrons_come_surname_first_then_first_name_then_commune(store: Store) -> None:
    with store.unit_of_work() as uow:
        uow.session.add_all(
            [
                Patron(card_barcode="C1", first_name="Martin", last_name="Aubert", commune="Riom"),
                Patron(card_barcode="C2", first_name="Paul", last_name="Martinez"),
                Patron(card_barcode="C3", first_name="Anne", last_name="Martin"),
                Patron(card_barcode="C4", first_name="Luc", last_name="Roux", commune="Martinet"),
                Patron(card_barcode="C5", first_name="Zoé", last_name="Saint-Martin"),
            ]
        )
        uow.commit()
    with store.unit_of_work() as uow:
        found = [p.card_barcode for p in search_patrons(uow, "martin")]
    # surname starting so, a later part of a surname, a first name, a commune
    assert found == ["C3", "C2", "C5", "C1", "C4"]
