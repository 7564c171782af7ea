"""The user's preferences on this computer, declared once and read through one typed object.

Each preference is an :class:`Option` (key, default, description) in :data:`OPTIONS`;
the type is the default's. Screens read and write them through :class:`Preferences`,
never through raw ``QSettings`` keys, so a value saved as text by an older version or
edited by hand comes back with the right type (or the default when it cannot be read).
Data shared with other devices (messages, sync) lives in the database, not here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QSettings

T = TypeVar("T", str, int, float, bool)


@dataclass(frozen=True)
class Option(Generic[T]):
    """One preference: where it is kept, its default (and so its type), what it is for."""

    key: str
    default: T
    description: str

    def parse(self, raw: object) -> T:
        """The stored value in this option's type; the default when it cannot be read."""
        if raw is None:
            return self.default
        kind = type(self.default)
        try:
            if kind is bool:
                text = str(raw).strip().lower()
                if text in ("true", "1", "yes", "oui"):
                    return True
                if text in ("false", "0", "no", "non", ""):
                    return False
                return self.default
            return kind(str(raw))
        except ValueError:
            return self.default


LANGUAGE = Option("ui/language", "fr", "Langue de l'interface : fr ou en.")
LAST_WORKSPACE = Option("ui/last_workspace", "catalogue", "L'espace ouvert au dernier lancement.")
USER_NAME = Option(
    "user/name", "", "Nom de la personne qui utilise l'appli (noté quand elle traite une alerte)."
)
VOLUNTEER = Option(
    "home_delivery/volunteer_id",
    "",
    "Bénévole de ce portable : le mode bénévole ne montre que lui.",
)
SPEED_KMH = Option(
    "home_delivery/speed_kmh", 25.0, "Vitesse moyenne sur route (km/h), planification."
)
SERVICE_MINUTES = Option(
    "home_delivery/service_min", 20, "Durée d'une visite à domicile (minutes)."
)
SOLVER_SECONDS = Option("home_delivery/budget_s", 5, "Temps laissé au calcul des tournées (s).")
TIMETABLE_CONTACT = Option(
    "tours/contact",
    "",
    "Ligne de contact imprimée au pied des horaires (téléphone de la médiathèque).",
)
OUTPUT_FOLDER = Option(
    "tours/output_folder", "", "Dernier dossier où les horaires ont été enregistrés."
)
LOCK_MINUTES = Option(
    "security/lock_minutes",
    5,
    "Verrouillage après tant de minutes sans activité (0 : jamais), quand des personnes "
    "avec code PIN sont définies sur cet ordinateur.",
)
SOUNDS = Option("stop/sounds", True, "Un son à chaque scan de l'arrêt : fait, à regarder, refusé.")

#: Every preference of the application, in the order of the documentation.
OPTIONS: tuple[Option[Any], ...] = (
    LANGUAGE,
    LAST_WORKSPACE,
    USER_NAME,
    VOLUNTEER,
    SPEED_KMH,
    SERVICE_MINUTES,
    SOLVER_SECONDS,
    TIMETABLE_CONTACT,
    OUTPUT_FOLDER,
    LOCK_MINUTES,
    SOUNDS,
)


class Preferences:
    """Typed access to the user's preferences (a ``QSettings`` underneath)."""

    def __init__(self, settings: QSettings) -> None:
        self.settings = settings

    def get(self, option: Option[T]) -> T:
        return option.parse(self.settings.value(option.key))

    def set(self, option: Option[T], value: T) -> None:
        if not isinstance(value, type(option.default)):
            raise TypeError(f"{option.key} attend {type(option.default).__name__}")
        self.settings.setValue(option.key, value)
