"""Which MARC fields feed which catalogue columns: a documented, editable TOML file.

The defaults are ``resources/mappings/unimarc.toml`` and ``marc21.toml``; a library
whose system stores its items elsewhere (915, 930, 949…) copies one, edits it and
passes it with ``--mapping FILE``.

A *source* is written ``TAG$codes`` (``200$a``, ``606$axyz``), optionally with a
character range ``/start-end`` (0-based, end included, as in the MARC manuals:
``100$a/9-12``); a control field is ``TAG`` or ``TAG/start-end`` (``008/7-10``).
Single-valued columns take the first source that has a value; ``authors`` and
``subjects`` collect every occurrence of every source.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from bibliomobile.domain.enums import DocumentFormat, Location
from bibliomobile.lang import Message
from bibliomobile.resources import resource_path

FLAVOURS = ("unimarc", "marc21")

#: Record columns a mapping may feed.
RECORD_TARGETS = (
    "title",
    "subtitle",
    "responsibility",
    "authors",
    "isbn",
    "publisher",
    "year",
    "physical_description",
    "series",
    "summary",
    "subjects",
    "dewey",
    "language",
    "document_type",
)

_SOURCE = re.compile(
    r"^(?P<tag>[0-9A-Za-z]{3})(?:\$(?P<codes>[0-9A-Za-z]+))?(?:/(?P<start>\d+)(?:-(?P<end>\d+))?)?$"
)


class MappingError(ValueError):
    """A mapping file that cannot be used; the message is French, for the user."""


@dataclass(frozen=True, slots=True)
class Source:
    """One ``TAG$codes/start-end`` source."""

    tag: str
    codes: str = ""
    start: int | None = None
    end: int | None = None

    @classmethod
    def parse(cls, text: str) -> Source:
        match = _SOURCE.match(text.strip())
        if not match:
            raise MappingError(Message("interop.source_text_invalide_ecrire", text=text))
        start = match["start"]
        end = match["end"]
        return cls(
            match["tag"],
            match["codes"] or "",
            int(start) if start is not None else None,
            int(end) if end is not None else (int(start) if start is not None else None),
        )

    def __str__(self) -> str:
        text = self.tag + (f"${self.codes}" if self.codes else "")
        if self.start is not None:
            text += f"/{self.start}" + (f"-{self.end}" if self.end != self.start else "")
        return text


@dataclass(frozen=True, slots=True)
class ItemSource:
    """Where a system writes its items: one field per item, one subfield per column."""

    tag: str
    barcode: str
    call_number: str = ""  # several codes: their values joined by a space (852$h$i)
    library: str = ""  # several codes: the first one present (995$b then $c)
    location: str = ""
    document_type: str = ""


@dataclass(frozen=True)
class MarcMapping:
    """A whole mapping: record columns, items, and the code tables."""

    flavour: str
    source_id: tuple[Source, ...]
    record: dict[str, tuple[Source, ...]]
    items: tuple[ItemSource, ...]
    locations: dict[str, str] = field(default_factory=dict)
    document_types: dict[str, str] = field(default_factory=dict)

    def tags(self) -> set[str]:
        """Every tag the mapping reads (the reader decodes only those)."""
        found = {s.tag for s in self.source_id}
        for sources in self.record.values():
            found.update(s.tag for s in sources)
        found.update(i.tag for i in self.items)
        return found

    def with_flavour(self, flavour: str) -> MarcMapping:
        return replace(self, flavour=flavour)


def _string_list(value: Any, where: str) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return list(value)
    raise MappingError(Message("interop.where_source_liste_sources", where=where))


def _code_table(value: Any, where: str, allowed: set[str]) -> dict[str, str]:
    if not isinstance(value, dict):
        raise MappingError(Message("interop.where_table_code_valeur", where=where))
    table: dict[str, str] = {}
    for key, target in value.items():
        if not isinstance(target, str) or target not in allowed:
            raise MappingError(
                Message(
                    "interop.where_key_target_valeurs",
                    where=where,
                    key=key,
                    target=repr(target),
                    names=", ".join(sorted(allowed)),
                )
            )
        table[str(key)] = target
    return table


def mapping_from_dict(data: dict[str, Any]) -> MarcMapping:
    """Validate a parsed mapping document."""
    flavour = data.get("flavour")
    if flavour not in FLAVOURS:
        raise MappingError(Message("interop.flavour_flavour_unimarc_marc21", flavour=repr(flavour)))
    record_data = data.get("record", {})
    if not isinstance(record_data, dict):
        raise MappingError(Message("interop.record_table_attendue"))
    record: dict[str, tuple[Source, ...]] = {}
    for key, value in record_data.items():
        if key not in RECORD_TARGETS:
            raise MappingError(
                Message(
                    "interop.record_key_colonne_inconnue", key=key, names=", ".join(RECORD_TARGETS)
                )
            )
        record[key] = tuple(Source.parse(s) for s in _string_list(value, f"[record] {key}"))
    if "title" not in record:
        raise MappingError(Message("interop.record_title_source_titre"))
    items: list[ItemSource] = []
    raw_items = data.get("items", [])
    if not isinstance(raw_items, list):
        raise MappingError(Message("interop.items_liste_tables_attendue"))
    for number, entry in enumerate(raw_items, start=1):
        if not isinstance(entry, dict) or not re.match(
            r"^[0-9A-Za-z]{3}$", str(entry.get("tag", ""))
        ):
            raise MappingError(Message("interop.items_number_tag_zone", number=number))
        if not entry.get("barcode"):
            raise MappingError(Message("interop.items_number_barcode_f", number=number))
        unknown = set(entry) - {
            "tag",
            "barcode",
            "call_number",
            "library",
            "location",
            "document_type",
        }
        if unknown:
            raise MappingError(
                Message(
                    "interop.items_number_cle_inconnue",
                    number=number,
                    names=", ".join(sorted(unknown)),
                )
            )
        items.append(ItemSource(**{k: str(v) for k, v in entry.items()}))
    return MarcMapping(
        flavour=flavour,
        source_id=tuple(
            Source.parse(s) for s in _string_list(data.get("source_id", ["001"]), "source_id")
        ),
        record=record,
        items=tuple(items),
        locations=_code_table(
            data.get("locations", {}),
            "locations",
            {str(v) for v in (Location.VAN, Location.STACKS)},
        ),
        document_types=_code_table(
            data.get("document_types", {}), "document_types", {str(v) for v in DocumentFormat}
        ),
    )


def mapping_to_dict(mapping: MarcMapping) -> dict[str, Any]:
    items = []
    for item in mapping.items:
        entry = {"tag": item.tag, "barcode": item.barcode}
        for key in ("call_number", "library", "location", "document_type"):
            if getattr(item, key):
                entry[key] = getattr(item, key)
        items.append(entry)
    return {
        "flavour": mapping.flavour,
        "source_id": [str(s) for s in mapping.source_id],
        "record": {k: [str(s) for s in v] for k, v in mapping.record.items()},
        "items": items,
        "locations": dict(mapping.locations),
        "document_types": dict(mapping.document_types),
    }


def load_mapping(path: Path | str) -> MarcMapping:
    """Read a mapping file.

    Raises:
        MappingError: unreadable TOML or an invalid entry (French message).
    """
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as error:
        raise MappingError(
            Message("interop.fichier_correspondance_introuvable_path", path=path)
        ) from error
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise MappingError(
            Message("interop.fichier_correspondance_illisible_path", path=path, error=error)
        ) from error
    return mapping_from_dict(data)


def default_mapping(flavour: str) -> MarcMapping:
    """The shipped mapping of a flavour (``unimarc`` or ``marc21``)."""
    if flavour not in FLAVOURS:
        raise MappingError(
            Message("interop.format_flavour_inconnu_unimarc_2", flavour=repr(flavour))
        )
    return load_mapping(resource_path("mappings", f"{flavour}.toml"))


def _toml_string(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'


def _toml_key(key: str) -> str:
    return key if re.match(r"^[A-Za-z0-9_-]+$", key) else _toml_string(key)


def _toml_value(value: Any) -> str:
    if isinstance(value, str):
        return _toml_string(value)
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    raise TypeError(f"unsupported TOML value {value!r}")


def dumps_mapping(mapping: MarcMapping) -> str:
    """The mapping as TOML text (what :func:`load_mapping` reads back)."""
    data = mapping_to_dict(mapping)
    lines = [
        "# Bibliomobile MARC mapping (see resources/mappings/*.toml for the documented defaults).",
        f"flavour = {_toml_value(data['flavour'])}",
        f"source_id = {_toml_value(data['source_id'])}",
        "",
        "[record]",
    ]
    lines += [f"{_toml_key(k)} = {_toml_value(v)}" for k, v in data["record"].items()]
    for item in data["items"]:
        lines += ["", "[[items]]"]
        lines += [f"{_toml_key(k)} = {_toml_value(v)}" for k, v in item.items()]
    for table in ("locations", "document_types"):
        lines += ["", f"[{table}]"]
        lines += [f"{_toml_key(k)} = {_toml_value(v)}" for k, v in data[table].items()]
    return "\n".join(lines) + "\n"


def save_mapping(mapping: MarcMapping, path: Path | str) -> None:
    Path(path).write_text(dumps_mapping(mapping), encoding="utf-8")
