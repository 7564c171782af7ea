"""Records and items of the demo catalogue.

Real classics (always there, several copies, "L'Étranger" by Albert Camus among them)
and made-up but plausible titles from French word lists, per genre; fiction gets
"R CAM"-style call numbers, non-fiction Dewey ones; books get valid ISBN-13s.
"""

from __future__ import annotations

import random
import unicodedata
from array import array
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from bibliomobile.domain.enums import Location
from bibliomobile.services.demo import works as w
from bibliomobile.services.demo.ids import IdMaker
from bibliomobile.services.demo.names import LAST_NAMES, MIDDLE_FIRST_NAMES, OLDER_FIRST_NAMES

#: Copies per made-up record (mean about 2.3): most titles have one or two copies.
_COPIES = (1, 1, 1, 1, 2, 2, 2, 3, 3, 4, 5)
_FORMAT_PREFIX = {"large_print": "GC ", "audiobook": "LA "}
_VAN, _STACKS, _ON_LOAN = Location.VAN.value, Location.STACKS.value, Location.ON_LOAN.value
T = TypeVar("T")
_ISBN_FORMATS = frozenset({"book", "large_print", "audiobook", "comic"})


_DIGIT = {str(d): d for d in range(10)}


def isbn13(first12: str) -> str:
    """Complete 12 digits with the ISBN-13 (EAN) check digit."""
    digit = _DIGIT
    odd = sum(digit[d] for d in first12[1::2])
    even = sum(digit[d] for d in first12[0::2])
    return first12 + str((10 - (even + 3 * odd) % 10) % 10)


def isbn_for(index: int) -> str:
    """A distinct French ISBN (978-2-…) for each record index."""
    # 7_919_317 is coprime with 10**8: a bijection, so no two records share an ISBN.
    return isbn13(f"9782{(index * 7_919_317 + 2_024_681) % 10**8:08d}")


def item_barcode(index: int) -> str:
    return f"31063{index + 1:07d}"


_CODES: dict[str, str] = {}


def _code(name: str) -> str:
    """First three letters of a surname, upper-case without accents: "Étienne" → "ETI"."""
    found = _CODES.get(name)
    if found is None:
        found = _CODES[name] = _code_of(name)
    return found


def _code_of(name: str) -> str:
    surname = name.split(",")[0]
    for prefix in ("de ", "La ", "Le ", "Les ", "L'"):
        if surname.startswith(prefix) and len(surname) > len(prefix) + 2:
            surname = surname[len(prefix) :]
    folded = unicodedata.normalize("NFKD", surname).encode("ascii", "ignore").decode()
    letters = "".join(ch for ch in folded if ch.isalpha()).upper()
    return (letters or "XXX")[:3]


def _elides(noun: str) -> bool:
    return noun[0] in "aeiouéèêh"


def _de(place: str) -> str:
    """ "de Thiers", "d'Ambert", "de la Sioule"."""
    return (
        f"d'{place}"
        if _elides(place.lower()) and not place.startswith(("la ", "l'"))
        else f"de {place}"
    )


def _of(rng: random.Random) -> str:
    """ "du moulin", "de la rivière", "de l'hiver": a complement of noun."""
    if rng.random() < 0.5:
        noun = _one(rng, w.NOUNS_M)
        return f"de l'{noun}" if _elides(noun) else f"du {noun}"
    noun = _one(rng, w.NOUNS_F)
    return f"de l'{noun}" if _elides(noun) else f"de la {noun}"


def _one(rng: random.Random, seq: Sequence[T]) -> T:
    """``rng.choice`` without its overhead (this runs millions of times at 500,000 items)."""
    return seq[int(rng.random() * len(seq))]


def _expand(pairs: tuple[tuple[str, int], ...]) -> tuple[str, ...]:
    """("a", 2), ("b", 1) → ("a", "a", "b"): a weighted choice is then one index."""
    return tuple(value for value, weight in pairs for _ in range(weight))


@dataclass(frozen=True)
class Placement:
    """Where each item lives: in a van (tour index + 1) or in the stacks (0)."""

    tour_of_item: array[int]
    van_pools: list[list[int]]
    stack_pool: list[int]


def place_items(rng: random.Random, count: int, tours: int, van_capacity: int) -> Placement:
    """Put ``van_capacity`` items (at most) in each van, the rest in the stacks."""
    in_vans = min(count // 3, van_capacity * tours)
    chosen = rng.sample(range(count), in_vans)
    tour_of_item = array("b", bytes(count))
    pools: list[list[int]] = [[] for _ in range(tours)]
    for n, item in enumerate(chosen):
        tour_of_item[item] = n % tours + 1
        pools[n % tours].append(item)
    for pool in pools:
        pool.sort()
    stacks = [i for i in range(count) if tour_of_item[i] == 0]
    return Placement(tour_of_item, pools, stacks)


class TitleMaker:
    """Made-up French titles, authors and subjects, per genre."""

    def __init__(self, rng: random.Random, record_count: int) -> None:
        self.rng = rng
        firsts = (
            MIDDLE_FIRST_NAMES[0]
            + MIDDLE_FIRST_NAMES[1]
            + OLDER_FIRST_NAMES[0]
            + OLDER_FIRST_NAMES[1]
        )
        # A pool of authors, so that the same names come back across titles.
        self.authors = [
            f"{_one(rng, LAST_NAMES)}, {_one(rng, firsts)}"
            for _ in range(max(150, record_count // 6))
        ]

    def _noun_phrase(self) -> str:
        rng = self.rng
        r = rng.random()
        if rng.random() < 0.5:
            noun = _one(rng, w.NOUNS_M)
            if r < 0.15:
                return f"Le {_one(rng, w.ADJECTIVES_BEFORE_M).capitalize()} {noun}"
            head = f"L'{noun.capitalize()}" if _elides(noun) else f"Le {noun.capitalize()}"
            return f"{head} {_one(rng, w.ADJECTIVES_AFTER_M)}" if r > 0.8 else head
        noun = _one(rng, w.NOUNS_F)
        if r < 0.15:
            return f"La {_one(rng, w.ADJECTIVES_BEFORE_F).capitalize()} {noun}"
        head = f"L'{noun.capitalize()}" if _elides(noun) else f"La {noun.capitalize()}"
        return f"{head} {_one(rng, w.ADJECTIVES_AFTER_F)}" if r > 0.8 else head

    def title(self, genre: str) -> tuple[str, str | None]:
        """(title, series) for a made-up record of ``genre``."""
        rng = self.rng
        r = rng.random()
        if genre in ("roman", "terroir", "historique"):
            if r < 0.35:
                return f"{self._noun_phrase()} {_de(_one(rng, w.PLACES))}", None
            if r < 0.6:
                return f"{self._noun_phrase()} {_of(rng)}", None
            if r < 0.8:
                return f"{self._noun_phrase()}", None
            return (
                f"Les {_one(rng, ('Enfants', 'Femmes', 'Silences', 'Saisons', 'Chemins', 'Moissons'))} {_de(_one(rng, w.PLACES))}",
                None,
            )
        if genre == "policier":
            if r < 0.15:
                return f"{_one(rng, w.CRIME_WORDS)} près {_de(_one(rng, w.PLACES))}", None
            if r < 0.5:
                return (
                    f"{_one(rng, w.CRIME_WORDS)} {_one(rng, ('à', 'sur'))} {_one(rng, w.PLACES)}",
                    None,
                )
            if r < 0.8:
                return f"{_one(rng, w.CRIME_WORDS)} {_of(rng)}", None
            return f"L'Affaire {_one(rng, LAST_NAMES)}", None
        if genre in ("science-fiction", "fantasy"):
            world = _one(rng, w.SF_WORDS)
            if r < 0.4:
                return f"Les Chroniques {_de(world)}", f"Les Chroniques {_de(world)}"
            if r < 0.7:
                return (
                    f"{world} {_one(rng, ('Zéro', 'Prime', 'II', 'III', 'Rouge', 'Noire'))}",
                    None,
                )
            return (
                f"L'Empire des {_one(rng, ('étoiles', 'ombres', 'dragons', 'machines', 'glaces'))}",
                None,
            )
        if genre == "jeunesse":
            article, animal = _one(rng, w.ANIMALS)
            name = f"{article}{animal}" if article.endswith("'") else f"{article} {animal}"
            return f"{name[0].upper()}{name[1:]} {_one(rng, w.CHILD_VERBS)}", None
        if genre == "bd":
            series = _one(rng, w.SERIES_BD)
            return f"{series}. Tome {rng.randint(1, 14)} : {self._noun_phrase()}", series
        if genre == "biographie":
            return f"{_one(rng, w.FAMOUS)}, {_one(rng, w.BIO_EPITHETS)}", None
        if genre == "poésie":
            return f"{_one(rng, ('Chants', 'Poèmes', 'Carnets', 'Odes'))} {_of(rng)}", None
        if genre == "théâtre":
            return f"{self._noun_phrase()} : comédie en trois actes", None
        if genre in ("comédie", "drame", "film d'animation"):
            return f"{self._noun_phrase()}", None
        return self._noun_phrase(), None

    def subjects(self, genre: str, title: str) -> str:
        rng = self.rng
        if genre == "policier":
            return f"Enquête ; {_one(rng, ('Gendarmerie', 'Police', 'Meurtre', 'Disparition'))}"
        if genre == "terroir":
            return f"Vie rurale ; {_one(rng, ('Auvergne', 'Limousin', 'Cantal', 'Famille', 'Paysans'))}"
        if genre == "historique":
            return _one(
                rng,
                (
                    "Moyen Âge",
                    "Guerre 1914-1918",
                    "Guerre 1939-1945",
                    "Révolution française",
                    "XIXe siècle",
                ),
            )
        if genre in ("science-fiction", "fantasy"):
            return _one(
                rng,
                (
                    "Voyages dans l'espace",
                    "Mondes imaginaires",
                    "Intelligence artificielle",
                    "Magie",
                ),
            )
        if genre == "jeunesse":
            return _one(rng, ("Animaux", "Amitié", "École", "Famille", "Peur"))
        if genre == "biographie":
            return title.split(",")[0]
        return _one(
            rng, ("Famille", "Amour", "Secrets de famille", "Amitié", "Deuil", "Voyages", "Société")
        )


def _description(rng: random.Random, fmt: str) -> str:
    if fmt == "large_print":
        return f"{rng.randint(180, 520)} p. (gros caractères) ; 24 cm"
    if fmt == "audiobook":
        return f"1 disque compact MP3 ({rng.randint(4, 14)} h {_one(rng, ('05', '20', '35', '50'))} min)"
    if fmt == "dvd":
        return (
            f"1 DVD vidéo ({_one(rng, ('1 h 28 min', '1 h 35 min', '1 h 52 min', '2 h 05 min'))})"
        )
    if fmt == "comic":
        return "48 p. : ill. en coul. ; 30 cm"
    if fmt == "magazine":
        return f"{rng.randint(60, 140)} p. : ill. en coul."
    if fmt == "music_cd":
        return f"1 disque compact ({rng.randint(38, 74)} min)"
    return f"{rng.randint(96, 640)} p. ; {_one(rng, ('18', '21', '22', '23'))} cm"


def _publisher(rng: random.Random, fmt: str, audience: str) -> str:
    if fmt == "large_print":
        return _one(rng, w.PUBLISHERS_LARGE_PRINT)
    if fmt == "audiobook":
        return _one(rng, w.PUBLISHERS_AUDIO)
    if fmt == "comic":
        return _one(rng, w.PUBLISHERS_COMICS)
    if fmt == "dvd":
        return _one(rng, w.PUBLISHERS_DVD)
    if fmt == "music_cd":
        return _one(rng, w.PUBLISHERS_MUSIC)
    if fmt == "magazine":
        return _one(rng, w.PUBLISHERS_MAGAZINES)
    if audience != "adult":
        return _one(rng, w.PUBLISHERS_YOUTH)
    return _one(rng, w.PUBLISHERS)


_SUMMARIES = (
    "Dans un village {place}, {first} découvre un secret que tout le monde croyait enterré.",
    "Un hiver sans fin, une ferme isolée et une famille qui se déchire autour d'un héritage.",
    "Quand {first} revient au pays après trente ans d'absence, rien ne s'est passé comme on le raconte.",
    "Une enquête à travers les hameaux, entre silences obstinés et vieilles rancunes.",
    "Le récit lumineux d'une amitié née sur les bancs de l'école communale.",
    "Un voyage, une lettre retrouvée, et tout un pan de la mémoire familiale qui ressurgit.",
)


def _call_number(
    genre: str, fmt: str, audience: str, author: str, dewey: str | None, series: str | None
) -> str:
    code = _code(series if genre == "bd" and series else author)
    if dewey:
        return f"{dewey} {code}"
    prefix = w.GENRES[genre][3] if genre in w.GENRES else "R"
    if genre == "jeunesse":
        prefix = "A" if audience == "child" and fmt == "book" else "RJ"
    return f"{_FORMAT_PREFIX.get(fmt, '')}{prefix} {code}"


@dataclass
class CatalogueTotals:
    records: int = 0
    items: int = 0


def catalogue_batches(
    ids: IdMaker,
    rng: random.Random,
    item_count: int,
    placement: Placement,
    on_loan: set[int],
    library_ids: list[str],
    tour_ids: list[str],
    tour_library: list[int],
    totals: CatalogueTotals,
    batch_items: int = 20_000,
) -> Iterator[tuple[list[dict[str, Any]], list[dict[str, Any]]]]:
    """Batches of (record rows, item rows) until ``item_count`` items exist."""
    rnd = rng.random
    genres = _expand(tuple((genre, spec[0]) for genre, spec in w.GENRES.items()))
    audiences = {genre: _expand(spec[1]) for genre, spec in w.GENRES.items()}
    formats = {genre: _expand(spec[2]) for genre, spec in w.GENRES.items()}
    titles = TitleMaker(rng, item_count // 2)
    # The central library holds most of the stacks.
    stack_libraries = (0, 0, 0, *range(1, len(library_ids)))
    item_id = ids.of
    records: list[dict[str, Any]] = []
    items: list[dict[str, Any]] = []
    classic_index = 0
    magazine_issue = 0
    item_index = 0
    record_index = 0
    while item_index < item_count:
        summary = None
        series: str | None = None
        dewey: str | None = None
        isbn: str | None = None
        if classic_index < len(w.CLASSICS):
            classic = w.CLASSICS[classic_index]
            classic_index += 1
            genre, audience, fmt = classic.genre, classic.audience, classic.format
            title, author, year, subjects = (
                classic.title,
                classic.author,
                classic.year,
                classic.subjects,
            )
            isbn = classic.isbn
            copies = rng.randint(4, 9)
        else:
            genre = genres[int(rnd() * len(genres))]
            choices = audiences[genre]
            audience = choices[int(rnd() * len(choices))]
            choices = formats[genre]
            fmt = choices[int(rnd() * len(choices))]
            year = min(2025, int(rng.triangular(1960, 2026, 2022)))
            copies = _COPIES[int(rnd() * len(_COPIES))]
            if genre == "documentaire":
                dewey, subjects, patterns = _one(rng, w.DEWEY)
                title = _one(rng, patterns)
                if rng.random() < 0.5:
                    title = f"{title} : {_one(rng, ('guide pratique', 'nouvelle édition', 'un itinéraire', 'mode d’emploi', 'découvertes'))}"
                author = _one(rng, titles.authors)
            elif genre == "magazine":
                magazine_issue += 1
                name, audience, subjects = _one(rng, w.MAGAZINES)
                year = _one(rng, (2024, 2025, 2025, 2026))
                title = f"{name} n° {100 + magazine_issue % 700}"
                series = name
                author = ""
                copies = 1
            elif genre == "musique":
                author = _one(rng, w.MUSIC_ARTISTS)
                title = _one(rng, w.MUSIC_TITLES)
                subjects = "Chanson française"
                dewey = "781.64"
            else:
                title, series = titles.title(genre)
                author = _one(rng, titles.authors)
                subjects = titles.subjects(genre, title)
            if rng.random() < 0.25 and genre in w.FICTION_GENRES:
                summary = _one(rng, _SUMMARIES).format(
                    place=_de(_one(rng, w.PLACES)),
                    first=author.split(", ")[-1] if author else "Marie",
                )
        if isbn is None and fmt in _ISBN_FORMATS:
            isbn = isbn_for(record_index)
        if genre == "magazine":
            call_number = f"PER {_code(series or title)}"
        elif genre == "biographie" and not author.startswith(title.split(",")[0]):
            call_number = f"{_FORMAT_PREFIX.get(fmt, '')}B {_code(title.split(',')[0].split()[-1])}"
        else:
            call_number = _call_number(genre, fmt, audience, author or title, dewey, series)
        record_id = ids.of("records", record_index)
        records.append(
            {
                "id": record_id,
                "source_id": f"MD63-{record_index + 1:07d}",
                "title": title,
                "subtitle": None,
                "authors": author or None,
                "subjects": subjects or None,
                "genre": genre,
                "audience": audience,
                "format": fmt,
                "language": "fre",
                "year": year,
                "isbn": isbn,
                "publisher": _publisher(rng, fmt, audience),
                "series": series,
                "physical_description": _description(rng, fmt),
                "summary": summary,
                "dewey": dewey,
            }
        )
        record_index += 1
        for _ in range(copies):
            if item_index >= item_count:
                break
            tour = placement.tour_of_item[item_index] - 1
            if tour >= 0:
                location = _VAN
                library = tour_library[tour]
            else:
                location = _STACKS
                library = stack_libraries[int(rnd() * len(stack_libraries))]
            if item_index in on_loan:
                location = _ON_LOAN
            items.append(
                {
                    "id": item_id("items", item_index),
                    "barcode": item_barcode(item_index),
                    "record_id": record_id,
                    "call_number": call_number,
                    "home_library_id": library_ids[library],
                    "location": location,
                    "vehicle_tour_id": tour_ids[tour] if tour >= 0 else None,
                    "set_aside_until": None,
                    "withdrawn": False,
                    "note": None,
                }
            )
            item_index += 1
        if len(items) >= batch_items:
            totals.records += len(records)
            totals.items += len(items)
            yield records, items
            records, items = [], []
    if items or records:
        totals.records += len(records)
        totals.items += len(items)
        yield records, items
