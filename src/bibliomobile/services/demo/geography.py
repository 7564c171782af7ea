"""The demo network's geography: the Puy-de-Dôme (63), its libraries, tours and stops.

Communes, postcodes and coordinates are real (coordinates of the town centre, rounded
to about a hundred metres); places at the stops are typical of rural bookmobile stops.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

DEPARTEMENT = "Puy-de-Dôme"
DEPARTEMENT_CODE = "63"
NETWORK_NAME = "Médiathèque départementale du Puy-de-Dôme"

#: (south, west, north, east): every stop, patron and beneficiary lies inside.
BOUNDING_BOX = (45.28, 2.38, 46.26, 3.99)


@dataclass(frozen=True)
class Commune:
    name: str
    postcode: str
    latitude: float
    longitude: float


@dataclass(frozen=True)
class LibrarySite:
    code: str
    name: str
    kind: str  # central | annex
    commune: str


@dataclass(frozen=True)
class StopPlan:
    """A stop and its timetable: weekday, window and rhythm."""

    commune: str
    place: str
    street: str
    weekday: int
    start: dt.time
    end: dt.time
    rhythm: str  # "2w" every two weeks, "4w" every four weeks, "nth:2" 2nd weekday, "nth:-1" last
    holiday_policy: str = "skip"


@dataclass(frozen=True)
class TourPlan:
    name: str
    vehicle: str
    color: str
    library_code: str
    device: str
    stops: tuple[StopPlan, ...]


COMMUNES: tuple[Commune, ...] = (
    # Combrailles and northern Limagne
    Commune("Saint-Gervais-d'Auvergne", "63390", 46.0307, 2.8180),
    Commune("Pontaumur", "63380", 45.8664, 2.6728),
    Commune("Menat", "63560", 46.1014, 2.9050),
    Commune("Saint-Éloy-les-Mines", "63700", 46.1564, 2.8347),
    Commune("Manzat", "63410", 45.9622, 2.9419),
    Commune("Combronde", "63460", 45.9806, 3.0881),
    Commune("Pionsat", "63330", 46.1103, 2.6944),
    Commune("Ennezat", "63720", 45.8986, 3.2231),
    Commune("Aigueperse", "63260", 46.0247, 3.2031),
    Commune("Randan", "63310", 46.0172, 3.3550),
    # Livradois-Forez
    Commune("Courpière", "63120", 45.7553, 3.5389),
    Commune("Saint-Anthème", "63660", 45.5278, 3.9181),
    Commune("Arlanc", "63220", 45.4139, 3.7253),
    Commune("Cunlhat", "63590", 45.6328, 3.5569),
    Commune("Saint-Germain-l'Herm", "63630", 45.4581, 3.5447),
    Commune("Olliergues", "63880", 45.6761, 3.6364),
    Commune("Viverols", "63840", 45.4342, 3.8853),
    Commune("Marsac-en-Livradois", "63940", 45.4800, 3.7281),
    Commune("Saint-Dier-d'Auvergne", "63520", 45.6717, 3.4806),
    # Sancy, Artense and Lembron
    Commune("Besse-et-Saint-Anastaise", "63610", 45.5083, 2.9347),
    Commune("Tauves", "63690", 45.5606, 2.6250),
    Commune("La Tour-d'Auvergne", "63680", 45.5331, 2.6903),
    Commune("Saint-Germain-Lembron", "63340", 45.4589, 3.2397),
    Commune("Ardes", "63420", 45.4025, 3.1256),
    Commune("Champeix", "63320", 45.5886, 3.1283),
    Commune("Murol", "63790", 45.5744, 2.9436),
    Commune("Rochefort-Montagne", "63210", 45.6878, 2.8056),
    Commune("Picherande", "63113", 45.4664, 2.7825),
    # Seats of the libraries (no bookmobile stop)
    Commune("Clermont-Ferrand", "63000", 45.7772, 3.0870),
    Commune("Ambert", "63600", 45.5497, 3.7417),
    Commune("Issoire", "63500", 45.5444, 3.2489),
)

COMMUNE_BY_NAME = {c.name: c for c in COMMUNES}

LIBRARIES: tuple[LibrarySite, ...] = (
    LibrarySite("MD63", NETWORK_NAME, "central", "Clermont-Ferrand"),
    LibrarySite("MD63-AMB", "Médiathèque départementale — antenne d'Ambert", "annex", "Ambert"),
    LibrarySite("MD63-ISS", "Médiathèque départementale — antenne d'Issoire", "annex", "Issoire"),
)


def _t(text: str) -> dt.time:
    return dt.time.fromisoformat(text)


TOURS: tuple[TourPlan, ...] = (
    TourPlan(
        "Tournée des Combrailles",
        "Bibliobus 1 — Renault Master (GH-412-PT)",
        "#2E7D32",
        "MD63",
        "bibliobus-combrailles",
        (
            StopPlan(
                "Saint-Gervais-d'Auvergne",
                "Place de l'Église",
                "Place de l'Église",
                1,
                _t("09:30"),
                _t("11:00"),
                "2w",
            ),
            StopPlan(
                "Pionsat",
                "Parking de la salle des fêtes",
                "Rue du Château",
                1,
                _t("14:00"),
                _t("15:30"),
                "2w",
            ),
            StopPlan(
                "Saint-Éloy-les-Mines",
                "Place du 8-Mai",
                "Place du 8-Mai",
                1,
                _t("16:15"),
                _t("17:45"),
                "2w",
            ),
            StopPlan(
                "Menat",
                "Place de la Mairie",
                "Place de la Mairie",
                3,
                _t("09:30"),
                _t("10:45"),
                "4w",
            ),
            StopPlan(
                "Manzat",
                "Parking de l'école",
                "Rue des Écoles",
                3,
                _t("11:15"),
                _t("12:15"),
                "2w",
                "next_day",
            ),
            StopPlan(
                "Combronde", "Place du Marché", "Place du Marché", 3, _t("14:00"), _t("15:30"), "2w"
            ),
            StopPlan(
                "Aigueperse", "Devant la halle", "Grande Rue", 4, _t("09:30"), _t("11:30"), "nth:2"
            ),
            StopPlan(
                "Ennezat",
                "Parking de la salle polyvalente",
                "Avenue de la Limagne",
                4,
                _t("14:00"),
                _t("15:30"),
                "4w",
            ),
            StopPlan(
                "Pontaumur",
                "Champ de foire",
                "Route de Clermont",
                4,
                _t("16:00"),
                _t("17:30"),
                "nth:-1",
            ),
        ),
    ),
    TourPlan(
        "Tournée du Livradois-Forez",
        "Bibliobus 2 — Iveco Daily (FK-287-LM)",
        "#1565C0",
        "MD63-AMB",
        "bibliobus-livradois",
        (
            StopPlan(
                "Courpière",
                "Place de la Cité administrative",
                "Place de la Cité administrative",
                1,
                _t("09:30"),
                _t("11:30"),
                "2w",
            ),
            StopPlan(
                "Olliergues",
                "Place de la Mairie",
                "Place de la Mairie",
                1,
                _t("14:00"),
                _t("15:00"),
                "4w",
            ),
            StopPlan(
                "Saint-Dier-d'Auvergne",
                "Parking de la salle des fêtes",
                "Route de Billom",
                1,
                _t("15:45"),
                _t("17:00"),
                "2w",
            ),
            StopPlan(
                "Cunlhat",
                "Place de l'Église",
                "Place de l'Église",
                2,
                _t("10:00"),
                _t("11:30"),
                "2w",
                "next_day",
            ),
            StopPlan(
                "Saint-Germain-l'Herm",
                "Place du Monument",
                "Place du Monument aux morts",
                2,
                _t("14:00"),
                _t("15:30"),
                "4w",
            ),
            StopPlan(
                "Arlanc",
                "Parking de l'EHPAD",
                "Rue du Docteur Dumas",
                3,
                _t("09:30"),
                _t("10:30"),
                "nth:1",
            ),
            StopPlan(
                "Marsac-en-Livradois",
                "Cour de l'école",
                "Chemin de l'École",
                3,
                _t("11:00"),
                _t("12:00"),
                "2w",
            ),
            StopPlan(
                "Viverols",
                "Place du Château",
                "Place du Château",
                3,
                _t("14:00"),
                _t("15:00"),
                "4w",
            ),
            StopPlan(
                "Saint-Anthème",
                "Place de l'Aubépin",
                "Place de l'Aubépin",
                3,
                _t("15:45"),
                _t("17:15"),
                "2w",
            ),
        ),
    ),
    TourPlan(
        "Tournée Sancy-Artense",
        "Bibliobus 3 — Mercedes Sprinter (EZ-905-RC)",
        "#C62828",
        "MD63-ISS",
        "bibliobus-sancy",
        (
            StopPlan(
                "Champeix",
                "Place du Marché",
                "Place du Marché",
                2,
                _t("09:30"),
                _t("11:00"),
                "2w",
                "next_day",
            ),
            StopPlan(
                "Murol",
                "Parking du Syndicat d'initiative",
                "Rue de Jassaguet",
                2,
                _t("11:30"),
                _t("12:30"),
                "4w",
            ),
            StopPlan(
                "Besse-et-Saint-Anastaise",
                "Place du Grand-Mèze",
                "Place du Grand-Mèze",
                2,
                _t("14:00"),
                _t("15:30"),
                "2w",
                "keep",
            ),
            StopPlan(
                "Picherande", "Devant l'église", "Le Bourg", 2, _t("16:15"), _t("17:15"), "nth:3"
            ),
            StopPlan(
                "Rochefort-Montagne",
                "Place du Foirail",
                "Place du Foirail",
                4,
                _t("09:30"),
                _t("11:00"),
                "2w",
                "previous_day",
            ),
            StopPlan(
                "Tauves",
                "Parking de la salle des fêtes",
                "Route de la Bourboule",
                4,
                _t("13:30"),
                _t("14:30"),
                "4w",
            ),
            StopPlan(
                "La Tour-d'Auvergne",
                "Place de la Mairie",
                "Place de la Mairie",
                4,
                _t("15:00"),
                _t("16:30"),
                "2w",
            ),
            StopPlan(
                "Saint-Germain-Lembron",
                "Place du Champ de foire",
                "Avenue de la Gare",
                5,
                _t("09:30"),
                _t("11:00"),
                "2w",
            ),
            StopPlan(
                "Ardes",
                "Place de la Poste",
                "Place de la Poste",
                5,
                _t("11:30"),
                _t("12:30"),
                "nth:2",
            ),
        ),
    ),
)

STREETS: tuple[str, ...] = (
    "rue de l'Église",
    "rue des Écoles",
    "Grande Rue",
    "rue du Commerce",
    "place de la Mairie",
    "rue de la Fontaine",
    "chemin des Vignes",
    "route de Clermont",
    "impasse des Tilleuls",
    "rue du Four",
    "allée des Acacias",
    "rue du Stade",
    "chemin du Moulin",
    "rue des Jardins",
    "route de la Gare",
    "rue Pasteur",
    "avenue de la République",
    "rue Victor-Hugo",
    "chemin de la Croix",
    "rue du Lavoir",
    "rue des Granges",
    "lotissement Les Prés Verts",
    "lieu-dit La Bessette",
    "lieu-dit Les Chaumes",
    "lieu-dit Le Montel",
    "rue de la Poste",
    "place du Foirail",
    "route de Thiers",
    "chemin des Bruyères",
    "rue Jean-Jaurès",
)
