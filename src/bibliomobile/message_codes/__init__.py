"""Every message code of the services and the domain, with its French text.

The French text is the source string of the Qt catalogue (context ``Message``):
``make ts`` extracts it, ``resources/translations/bibliomobile_en.ts`` holds the English.
A code with two forms is (singular, plural), chosen by the ``n`` parameter. Parameters
are ``{name}`` placeholders; the English text uses the same ones (a test checks it).
One module per area, so that engineers adding codes in different areas do not collide.
"""

from __future__ import annotations

from . import (
    bagcode,
    bookmobile,
    circulation,
    days,
    demo,
    drive,
    home_delivery,
    interop,
    labels,
    notifications,
    patron_cards,
    schedule,
    simulate,
    stats,
    store,
    sync,
    users,
)
from .base import CONTEXT, QT_TRANSLATE_NOOP, Entry

CATALOGUE: dict[str, Entry] = {
    **bagcode.CODES,
    **bookmobile.CODES,
    **circulation.CODES,
    **days.CODES,
    **demo.CODES,
    **drive.CODES,
    **home_delivery.CODES,
    **interop.CODES,
    **labels.CODES,
    **notifications.CODES,
    **patron_cards.CODES,
    **schedule.CODES,
    **simulate.CODES,
    **stats.CODES,
    **store.CODES,
    **sync.CODES,
    **users.CODES,
}

__all__ = ["CATALOGUE", "CONTEXT", "QT_TRANSLATE_NOOP", "Entry"]
