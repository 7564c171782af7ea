"""The labels of a visit's drive bags, written to a file or laid out for a printer.

The label itself (QR, code, stop, slot, initials) is :mod:`bibliomobile.services.labels`'s.
"""

from __future__ import annotations

from bibliomobile.lang import Message
from bibliomobile.services.drive.common import DriveError
from bibliomobile.services.labels import write_labels
from bibliomobile.services.labels.data import labels_for_visit
from bibliomobile.services.labels.layout import Page, layout_pages
from bibliomobile.services.labels.templates import template
from bibliomobile.store.uow import UnitOfWork


def write_visit_labels(
    uow: UnitOfWork, visit_id: str, fmt: str, out: object, *, start: int = 1, level: str = "Q"
) -> int:
    """Write the labels of the visit's bags in format ``fmt`` (a sheet or roll, or "zpl")
    to the path ``out``, the first at position ``start``; returns how many were written."""
    labels = labels_for_visit(uow, visit_id)
    if not labels:
        raise DriveError(Message("drive.aucun_sac_etiqueter_passage"))
    write_labels(labels, fmt, out, start, level)
    return len(labels)


def visit_label_pages(
    uow: UnitOfWork, visit_id: str, fmt: str, *, start: int = 1, level: str = "Q"
) -> list[Page]:
    """The labels of the visit's bags placed on pages of ``fmt``, for the print dialog."""
    return layout_pages(labels_for_visit(uow, visit_id), template(fmt), start, level)
