"""A small home-delivery world for tests (imported by tests/unit and tests/ui).

Beneficiaries and volunteers around Billom (Puy-de-Dôme), records in several
formats and genres with one item each. Deterministic: cards are H000, H001, ...,
barcodes P00000, ...; ``monday`` is the Monday the tests plan around.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from bibliomobile.services.home_delivery.availability import Window
from bibliomobile.services.home_delivery.beneficiaries import BeneficiaryProfile, save_beneficiary
from bibliomobile.services.home_delivery.volunteers import VolunteerData, save_volunteer
from bibliomobile.store.models import Item, Library, Patron, Record
from bibliomobile.store.uow import Store

MONDAY = dt.date(2026, 3, 2)

# (title, author, genre, format)
CATALOGUE = [
    ("Maigret et le corps sans tête", "Simenon, Georges", "policier", "large_print"),
    ("Maigret tend un piège", "Simenon, Georges", "policier", "large_print"),
    ("Le chien jaune", "Simenon, Georges", "policier", "book"),
    ("Les Misérables (tome 1)", "Hugo, Victor", "classique", "large_print"),
    ("Le Horla", "Maupassant, Guy de", "fantastique", "large_print"),
    ("Ça", "King, Stephen", "horreur", "large_print"),
    ("Shining", "King, Stephen", "horreur", "large_print"),
    ("La Gloire de mon père", "Pagnol, Marcel", "terroir", "large_print"),
    ("Le Château de ma mère", "Pagnol, Marcel", "terroir", "large_print"),
    ("Jean de Florette", "Pagnol, Marcel", "terroir", "audiobook"),
    ("Manon des sources", "Pagnol, Marcel", "terroir", "audiobook"),
    ("L'Étranger", "Camus, Albert", "roman", "large_print"),
    ("La Peste", "Camus, Albert", "roman", "book"),
    ("Géo n° 500", None, "magazine", "magazine"),
    ("Les Enfants du marais", None, "comédie", "dvd"),
    ("Le Petit Prince", "Saint-Exupéry, Antoine de", "roman", "large_print"),
]

# (first, last, commune, lat, lon, address)
PEOPLE = [
    ("Jeanne", "Martin", "Billom", 45.7236, 3.3389, "3 rue des Boucheries"),
    ("Paul", "Durand", "Billom", 45.7260, 3.3420, "12 place de la Halle"),
    ("Odette", "Bernard", "Mauzun", 45.7069, 3.4297, "Le Bourg"),
    ("Marcel", "Petit", "Saint-Julien-de-Coppel", 45.7000, 3.3000, "8 route de Billom"),
    ("Lucienne", "Robert", "Égliseneuve-près-Billom", 45.7200, 3.3900, "2 chemin du Puy"),
    ("Henri", "Richard", "Chas", 45.7450, 3.3000, "5 rue de l'Église"),
]


@dataclass
class HomeWorld:
    monday: dt.date = MONDAY
    patrons: list[str] = field(default_factory=list)
    beneficiaries: list[str] = field(default_factory=list)
    volunteers: list[str] = field(default_factory=list)
    items: dict[str, str] = field(default_factory=dict)  # title -> item id
    barcodes: dict[str, str] = field(default_factory=dict)  # title -> barcode


def weekday_windows(start: dt.time, end: dt.time, days: range = range(5)) -> tuple[Window, ...]:
    return tuple(Window(d, start, end) for d in days)


def build_home_world(store: Store, *, beneficiaries: int = 4) -> HomeWorld:
    """Library, catalogue, patrons; the first ``beneficiaries`` patrons are served at home."""
    world = HomeWorld()
    with store.unit_of_work() as uow:
        s = uow.session
        library = Library(code="BIL", name="Médiathèque de Billom")
        s.add(library)
        s.flush()
        for n, (title, author, genre, fmt) in enumerate(CATALOGUE):
            record = Record(title=title, authors=author, genre=genre, format=fmt, year=1950 + n)
            s.add(record)
            s.flush()
            item = Item(
                barcode=f"P{n:05d}",
                record_id=record.id,
                home_library_id=library.id,
                location="stacks",
            )
            s.add(item)
            s.flush()
            world.items[title] = item.id
            world.barcodes[title] = item.barcode
        for n, (first, last, commune, _lat, _lon, address) in enumerate(PEOPLE):
            patron = Patron(
                card_barcode=f"H{n:03d}",
                first_name=first,
                last_name=last,
                birth_year=1931 + n,
                address=address,
                postcode="63160",
                commune=commune,
                phone=f"04 73 68 00 {n:02d}",
            )
            s.add(patron)
            s.flush()
            world.patrons.append(patron.id)
        uow.commit()
    with store.unit_of_work() as uow:
        for n in range(beneficiaries):
            _first, _last, _commune, lat, lon, _address = PEOPLE[n]
            world.beneficiaries.append(
                save_beneficiary(
                    uow,
                    world.patrons[n],
                    BeneficiaryProfile(
                        formats=("large_print",),
                        genres_liked=("policier",),
                        genres_disliked=("horreur",),
                        favourite_authors=("Simenon",),
                        taste_notes="Aime les enquêtes à l'ancienne, pas de violence.",
                        frequency="fortnightly",
                        availability=weekday_windows(dt.time(9, 0), dt.time(12, 0)),
                        access_notes="Digicode 1234B, sonner deux fois",
                        contact_person="Sa fille, Mme Roux",
                        contact_phone="06 11 22 33 44",
                        referral="ccas",
                        latitude=lat,
                        longitude=lon,
                        since=world.monday - dt.timedelta(days=60),
                        legal_basis="public_task",
                        informed_on=world.monday - dt.timedelta(days=60),
                        informed_how="letter",
                    ),
                )
            )
        uow.commit()
    with store.unit_of_work() as uow:
        world.volunteers.append(
            save_volunteer(
                uow,
                VolunteerData(
                    first_name="Claire",
                    last_name="Fontaine",
                    phone="06 98 76 54 32",
                    availability=weekday_windows(dt.time(9, 0), dt.time(12, 30)),
                    max_visits=3,
                    start_address="Médiathèque de Billom",
                    start_latitude=45.7240,
                    start_longitude=3.3400,
                ),
            )
        )
        uow.commit()
    return world
