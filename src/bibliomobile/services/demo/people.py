"""Patrons, home-delivery beneficiaries and volunteers of the demo network.

Beneficiaries carry tastes, availability and how to get in: no health data, ever.
"""

from __future__ import annotations

import datetime as dt
import functools
import random
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from bibliomobile.domain.enums import (
    BeneficiaryStatus,
    ContactChannel,
    DocumentFormat,
    InformationWay,
    LegalBasis,
    Referral,
    VisitFrequency,
)
from bibliomobile.services.demo.geography import COMMUNE_BY_NAME, LIBRARIES, STREETS, TOURS
from bibliomobile.services.demo.ids import IdMaker
from bibliomobile.services.demo.names import (
    EMAIL_DOMAINS,
    LAST_NAMES,
    MIDDLE_FIRST_NAMES,
    OLDER_FIRST_NAMES,
    YOUNGER_FIRST_NAMES,
)
from bibliomobile.services.demo.network import Network

#: Birth decades of bookmobile patrons (many retired people and children), weights.
_DECADES = (
    (1930, 3),
    (1940, 9),
    (1950, 13),
    (1960, 10),
    (1970, 9),
    (1980, 9),
    (1990, 7),
    (2000, 8),
    (2010, 14),
)
_DECADES_EXPANDED = tuple(decade for decade, weight in _DECADES for _ in range(weight))
T = TypeVar("T")


def _one(rng: random.Random, seq: Sequence[T]) -> T:
    """``rng.choice`` without its overhead (50,000 patrons and more)."""
    return seq[int(rng.random() * len(seq))]


BLOCK_REASONS = ("Documents non rendus après trois relances", "Document perdu non remplacé")


def card_barcode(index: int) -> str:
    """Card number of the ``index``-th demo patron."""
    return f"P63{index + 1:06d}"


@functools.lru_cache(maxsize=4096)
def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(ch for ch in folded.lower() if ch.isalnum() or ch == "-")


def _first_name(rng: random.Random, birth_year: int) -> tuple[str, int]:
    pool = (
        OLDER_FIRST_NAMES
        if birth_year < 1960
        else MIDDLE_FIRST_NAMES
        if birth_year < 1990
        else YOUNGER_FIRST_NAMES
    )
    sex = int(rng.random() * 2)
    return _one(rng, pool[sex]), sex


def mobile(rng: random.Random) -> str:
    r = rng.random
    return f"0{_one(rng, '667')} {int(r() * 100):02d} {int(r() * 100):02d} {int(r() * 100):02d} {int(r() * 100):02d}"


def landline(rng: random.Random) -> str:
    r = rng.random
    return f"04 73 {int(r() * 100):02d} {int(r() * 100):02d} {int(r() * 100):02d}"


@dataclass
class PatronIndex:
    """What the circulation simulation and home delivery need about the patrons."""

    ids: list[str] = field(default_factory=list)
    by_stop: list[list[int]] = field(default_factory=list)
    birth_year: list[int] = field(default_factory=list)
    commune: list[str] = field(default_factory=list)
    blocked: set[int] = field(default_factory=set)
    names: list[tuple[str, str]] = field(default_factory=list)
    address: list[str] = field(default_factory=list)


def patron_rows(
    ids: IdMaker, rng: random.Random, net: Network, count: int, today: dt.date, index: PatronIndex
) -> Iterator[dict[str, Any]]:
    """``count`` patrons; fills ``index`` as it goes."""
    stop_count = len(net.stop_ids)
    index.by_stop = [[] for _ in range(stop_count)]
    tour_communes = [[s.commune for s in tour.stops] for tour in TOURS]
    library_communes = [site.commune for site in LIBRARIES]
    for i in range(count):
        birth_year = _one(rng, _DECADES_EXPANDED) + int(rng.random() * 10)
        birth_year = min(birth_year, today.year - 3)
        first, _sex = _first_name(rng, birth_year)
        last = _one(rng, LAST_NAMES)
        home_stop: int | None = None
        if rng.random() < 0.9:
            home_stop = int(rng.random() * stop_count)
            commune = net.stop_commune[home_stop]
            if rng.random() < 0.2:  # lives in a hamlet of a neighbouring commune
                commune = _one(rng, tour_communes[net.stop_tour[home_stop]])
        else:
            commune = _one(rng, library_communes)
        place = COMMUNE_BY_NAME[commune]
        street = _one(rng, STREETS)
        address = (
            street[0].upper() + street[1:]
            if street.startswith("lieu-dit")
            else f"{rng.randint(1, 48)} {street}"
        )
        age = today.year - birth_year
        email = None
        if age >= 15 and rng.random() < (0.85 if age < 65 else 0.5):
            suffix = str(rng.randrange(10, 99)) if rng.random() < 0.3 else ""
            email = f"{_ascii(first)}.{_ascii(last)}{suffix}@{_one(rng, EMAIL_DOMAINS)}"
        phone = None
        if age >= 12:
            phone = mobile(rng) if rng.random() < (0.9 if age < 70 else 0.45) else landline(rng)
        if email and rng.random() < 0.7:
            channel = ContactChannel.EMAIL
        elif phone and phone.startswith("0") and not phone.startswith("04") and rng.random() < 0.7:
            channel = ContactChannel.SMS
        elif phone and rng.random() < 0.7:
            channel = ContactChannel.PHONE
        else:
            channel = ContactChannel.LETTER
        registered = today - dt.timedelta(days=rng.randint(20, 9 * 365))
        if rng.random() < 0.12:
            expiry = today - dt.timedelta(days=rng.randint(1, 500))
        else:
            expiry = today + dt.timedelta(days=rng.randint(1, 365))
        expiry = max(expiry, registered + dt.timedelta(days=365))
        blocked = None
        if rng.random() < 0.006:
            blocked = _one(rng, BLOCK_REASONS)
            index.blocked.add(i)
        patron_id = ids.of("patrons", i)
        index.ids.append(patron_id)
        index.birth_year.append(birth_year)
        index.commune.append(commune)
        index.names.append((first, last))
        index.address.append(address)
        if home_stop is not None:
            index.by_stop[home_stop].append(i)
        yield {
            "id": patron_id,
            "card_barcode": card_barcode(i),
            "first_name": first,
            "last_name": last,
            "birth_year": birth_year,
            "address": address,
            "postcode": place.postcode,
            "commune": commune,
            "phone": phone,
            "email": email,
            "preferred_channel": channel.value,
            "card_expiry": expiry,
            "blocked_reason": blocked,
            "home_stop_id": net.stop_ids[home_stop] if home_stop is not None else None,
            "registered_on": registered,
            "max_loans": 10 if age < 12 else 15,
        }


# -- home delivery ------------------------------------------------------------------

_ACCESS_NOTES = (
    "Digicode 4821B, sonner deux fois",
    "Maison au fond de l'impasse, portail vert ; le chien est gentil",
    "2e étage sans ascenseur, frapper fort",
    "Clé chez la voisine (Mme {neighbour}) si pas de réponse",
    "Entrer par la cour, porte de la cuisine",
    "Sonnette en panne : appeler en arrivant",
    "Interphone au nom de {last}, bâtiment B",
    "Se garer sur la place de l'église, la rue est étroite",
    "Ferme isolée après le pont, suivre le panneau « {last} »",
    "Digicode 1968A ; boîte aux lettres pour les retours si absent",
)
_TASTE_NOTES = (
    "Aime les histoires qui finissent bien",
    "Lit le soir, préfère les livres pas trop épais",
    "Adore les enquêtes à la campagne",
    "Aime qu'on lui raconte les nouveautés",
    "Préfère les gros caractères et les couvertures souples",
    "Écoute les livres audio en faisant son tricot",
    "Aime les récits de voyage et les histoires de famille",
    None,
)
_PAUSE_REASONS = ("absence", "indisponible", "travaux")  # domain.health.PAUSE_REASONS
_LIKED = (
    "terroir",
    "policier",
    "roman",
    "historique",
    "biographie",
    "documentaire",
    "poésie",
    "comédie",
)
_DISLIKED = ("science-fiction", "fantasy", "policier", "bd", "poésie", "drame")
_AUTHORS = (
    "Simenon, Georges",
    "Signol, Christian",
    "Anglade, Jean",
    "Michelet, Claude",
    "Pagnol, Marcel",
    "Christie, Agatha",
    "Pourrat, Henri",
    "Giono, Jean",
    "Armand, Marie-Paul",
    "Dicker, Joël",
)


def _windows(rng: random.Random, count: int) -> list[dict[str, Any]]:
    days = sorted(rng.sample(range(5), count))
    windows = []
    for day in days:
        start, end = rng.choice(
            (("09:30", "12:00"), ("14:00", "17:00"), ("10:00", "11:30"), ("14:30", "16:30"))
        )
        windows.append({"weekday": day, "start": start, "end": end})
    return windows


def beneficiary_rows(
    ids: IdMaker, rng: random.Random, patrons: PatronIndex, count: int, today: dt.date
) -> list[dict[str, Any]]:
    """``count`` home-delivery profiles, mostly for elderly patrons, in the delivery sectors."""
    served = {commune for sector in DELIVERY_SECTORS for commune in sector}
    candidates = [
        i
        for i, year in enumerate(patrons.birth_year)
        if year < 1950 and patrons.commune[i] in served
    ]
    if len(candidates) < count:
        candidates += [
            i
            for i, year in enumerate(patrons.birth_year)
            if 1950 <= year < today.year - 18 and patrons.commune[i] in served
        ]
    chosen = sorted(rng.sample(candidates, min(count, len(candidates))))
    rows = []
    for n, patron in enumerate(chosen):
        _first, last = patrons.names[patron]
        place = COMMUNE_BY_NAME[patrons.commune[patron]]
        formats = [DocumentFormat.BOOK.value]
        if rng.random() < 0.5:
            formats = [DocumentFormat.LARGE_PRINT.value] + (formats if rng.random() < 0.3 else [])
        if rng.random() < 0.25:
            formats.append(DocumentFormat.AUDIOBOOK.value)
        if rng.random() < 0.15:
            formats.append(DocumentFormat.DVD.value)
        liked = rng.sample(_LIKED, rng.randint(1, 3))
        disliked = [g for g in rng.sample(_DISLIKED, rng.randint(0, 2)) if g not in liked]
        status = BeneficiaryStatus.PAUSED if n % 13 == 5 else BeneficiaryStatus.ACTIVE
        paused_from = paused_to = None
        pause_reason = None
        if status is BeneficiaryStatus.PAUSED:
            paused_from = today - dt.timedelta(days=rng.randint(3, 20))
            paused_to = today + dt.timedelta(days=rng.randint(10, 40))
            pause_reason = rng.choice(_PAUSE_REASONS)
        contact_person = contact_phone = None
        if rng.random() < 0.6:
            relative = rng.choice(("Fille", "Fils", "Neveu", "Voisine", "Nièce"))
            contact_person = f"{relative} : {rng.choice(MIDDLE_FIRST_NAMES[rng.randrange(2)])} {rng.choice(LAST_NAMES)}"
            contact_phone = mobile(rng)
        note = rng.choice(_ACCESS_NOTES).format(neighbour=rng.choice(LAST_NAMES), last=last)
        rows.append(
            {
                "id": ids.of("beneficiaries", n),
                "patron_id": patrons.ids[patron],
                "formats": formats,
                "genres_liked": liked,
                "genres_disliked": disliked,
                "favourite_authors": rng.sample(_AUTHORS, rng.randint(0, 2)),
                "taste_notes": rng.choice(_TASTE_NOTES),
                "frequency": rng.choice(
                    (
                        VisitFrequency.MONTHLY,
                        VisitFrequency.MONTHLY,
                        VisitFrequency.FORTNIGHTLY,
                        VisitFrequency.WEEKLY,
                    )
                ).value,
                "availability": _windows(rng, rng.randint(1, 3)),
                "access_notes": note,
                "contact_person": contact_person,
                "contact_phone": contact_phone,
                "referral": rng.choice(list(Referral)).value,
                "status": status.value,
                "paused_from": paused_from,
                "paused_to": paused_to,
                "pause_reason": pause_reason,
                "latitude": round(place.latitude + rng.uniform(-0.012, 0.012), 6),
                "longitude": round(place.longitude + rng.uniform(-0.016, 0.016), 6),
                "since": today - dt.timedelta(days=rng.randint(30, 6 * 365)),
                # Served as a public-service mission, told by letter or at the door when
                # the service began (no draw: the demo's other values stay the same).
                "legal_basis": LegalBasis.PUBLIC_TASK.value,
                "informed_how": (InformationWay.LETTER, InformationWay.IN_PERSON)[n % 2].value,
            }
        )
        rows[-1]["informed_on"] = rows[-1]["since"]
    return rows


#: Where home delivery runs: groups of nearby communes (at most about 30 km apart by
#: road), each with its volunteers living there. Beneficiaries live in these communes.
DELIVERY_SECTORS: tuple[tuple[str, ...], ...] = (
    ("Aigueperse", "Combronde", "Ennezat", "Manzat"),
    ("Courpière", "Cunlhat", "Olliergues", "Saint-Dier-d'Auvergne"),
    ("Ambert", "Arlanc", "Marsac-en-Livradois", "Saint-Germain-l'Herm"),
    ("Ardes", "Champeix", "Issoire", "Saint-Germain-Lembron"),
)

#: A volunteer's half-days: (morning, afternoon) on each day they give.
_VOLUNTEER_HALF_DAYS = (
    (("09:00", "12:30"), ("13:30", "17:30")),
    (("08:30", "12:00"), ("14:00", "17:00")),
)


def volunteer_rows(ids: IdMaker, rng: random.Random, count: int) -> list[dict[str, Any]]:
    """``count`` people who deliver at home: two staff members, the others volunteers.

    Volunteers are shared out among the delivery sectors and each covers every commune
    of their sector, so with eight or more every beneficiary has two volunteers. Each
    gives three days a week, staggered so that a sector has someone every weekday.
    """
    rows = []
    for n in range(count):
        sector = DELIVERY_SECTORS[n % len(DELIVERY_SECTORS)]
        rank = n // len(DELIVERY_SECTORS)  # among the volunteers of this sector
        communes = list(sector)
        home = COMMUNE_BY_NAME[rng.choice(sector)]
        morning, afternoon = rng.choice(_VOLUNTEER_HALF_DAYS)
        availability = [
            {"weekday": day, "start": start, "end": end}
            for day in sorted({(2 * rank + d) % 5 for d in range(3)})
            for start, end in (morning, afternoon)
        ]
        birth_year = rng.randint(1950, 1995)
        first, _ = _first_name(rng, birth_year)
        last = rng.choice(LAST_NAMES)
        street = rng.choice([s for s in STREETS if not s.startswith("lieu-dit")])
        rows.append(
            {
                "id": ids.of("volunteers", n),
                "first_name": first,
                "last_name": last,
                "phone": mobile(rng),
                "email": f"{_ascii(first)}.{_ascii(last)}@{rng.choice(EMAIL_DOMAINS)}",
                "availability": availability,
                "communes": communes,
                "max_visits": rng.randint(4, 8),
                "start_address": f"{rng.randint(1, 30)} {street}, {home.postcode} {home.name}",
                "start_latitude": round(home.latitude + rng.uniform(-0.006, 0.006), 6),
                "start_longitude": round(home.longitude + rng.uniform(-0.008, 0.008), 6),
                "is_staff": n < 2,
                "active": True,
            }
        )
    return rows
