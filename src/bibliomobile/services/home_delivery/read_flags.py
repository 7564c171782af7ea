""" "Déjà lu": the titles of a visit's bag the beneficiary already borrowed once.

On a coordinator's laptop the circulation log says it; a volunteer's laptop holds no
reading history, only the flags the server sends for its bags (:class:`ReadFlag`,
replaced whole at each sync by :func:`replace_read_flags`). :func:`already_read`
answers from both, so every laptop shows the same flags.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete, insert, or_, select

from bibliomobile.domain.enums import CirculationKind
from bibliomobile.store.models import CirculationEvent, Item, ReadFlag
from bibliomobile.store.uow import UnitOfWork


def already_read(uow: UnitOfWork, delivery_id: str, patron_id: str) -> set[str]:
    """The records (titles) the patron of this visit borrowed before it."""
    session = uow.session
    flagged = set(
        session.scalars(select(ReadFlag.record_id).where(ReadFlag.delivery_id == delivery_id))
    )
    borrowed = session.scalars(
        select(Item.record_id)
        .join(CirculationEvent, CirculationEvent.item_id == Item.id)
        .where(
            CirculationEvent.patron_id == patron_id,
            CirculationEvent.kind == CirculationKind.CHECKOUT.value,
            or_(
                CirculationEvent.delivery_id.is_(None),
                CirculationEvent.delivery_id != delivery_id,
            ),
        )
    )
    return flagged | set(borrowed)


def replace_read_flags(uow: UnitOfWork, flags: Iterable[tuple[str, str]]) -> int:
    """Put the server's flags (delivery id, record id) in place of the ones held."""
    rows = [{"delivery_id": d, "record_id": r} for d, r in set(flags)]
    uow.session.execute(delete(ReadFlag))
    if rows:
        uow.session.execute(insert(ReadFlag), rows)
    return len(rows)
