"""Access notes on this laptop: sealed with the network's notes key, opened on demand.

The notes key comes from the server at each sync (coordinator and volunteer laptops;
:func:`keep_notes_key`), or is made here for a laptop never enrolled; it is kept
wrapped (see :mod:`bibliomobile.domain.access_notes`). A note is sealed when a profile
is saved (:func:`seal_for`) and opened only by :func:`reveal_for_visit` (the volunteer,
on the day of the visit, on demand) and :func:`note_for_editing` (the coordinator's
form). Round sheets, exports, search and logs only ever see the envelope.
"""

from __future__ import annotations

import datetime as dt
import logging

from sqlalchemy import select, text

from bibliomobile.domain.access_notes import (
    DEVICE_SETTING,
    MAX_NOTE_BYTES,
    SealError,
    is_sealed,
    new_notes_key,
    open_note,
    seal_note,
    unwrap_key,
    wrap_key,
)
from bibliomobile.lang import Message
from bibliomobile.services.home_delivery.common import HomeDeliveryError
from bibliomobile.store.models import Beneficiary, Delivery, DeviceSetting, Round
from bibliomobile.store.uow import UnitOfWork

log = logging.getLogger(__name__)

#: Device setting: the network's notes key, wrapped.
NOTES_KEY = DEVICE_SETTING


def notes_key(uow: UnitOfWork) -> bytes | None:
    """The notes key kept on this laptop, or None (none yet, or not openable here)."""
    wrapped = uow.session.scalar(select(DeviceSetting.value).where(DeviceSetting.key == NOTES_KEY))
    if not wrapped:
        return None
    try:
        return unwrap_key(uow.notes_wrapping_key, wrapped)
    except SealError:
        log.warning("the access-notes key does not open with this database's passphrase")
        return None


def _store_key(uow: UnitOfWork, key: bytes) -> None:
    uow.session.execute(
        text(
            "INSERT INTO device_settings(key, value) VALUES (:k, :v) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value"
        ),
        {"k": NOTES_KEY, "v": wrap_key(uow.notes_wrapping_key, key)},
    )


def keep_notes_key(uow: UnitOfWork, key: bytes) -> int:
    """Keep the network's notes key (from the server); the notes held here are sealed
    with it (plain ones from an earlier version, ones sealed with a key of this laptop
    before it was enrolled). Written as the server's data is: nothing is pushed.
    Returns the number of notes sealed again."""
    old = notes_key(uow)
    if old != key:
        _store_key(uow, key)
    resealed = 0
    rows = uow.session.execute(
        text("SELECT id, access_notes FROM beneficiaries WHERE access_notes IS NOT NULL")
    ).all()
    for beneficiary_id, value in rows:
        if is_sealed(value):
            if old is None or old == key:
                continue
            try:
                plain = open_note(old, beneficiary_id, value)
            except SealError:
                continue  # sealed with the network's key already
        else:
            plain = value
        uow.session.execute(
            text("UPDATE beneficiaries SET access_notes = :v WHERE id = :id"),
            {"v": seal_note(key, beneficiary_id, _fit(plain)), "id": beneficiary_id},
        )
        resealed += 1
    return resealed


def _fit(note: str) -> str:
    """A note as long as an envelope may hold (an older, longer one is cut)."""
    return note.encode()[:MAX_NOTE_BYTES].decode(errors="ignore")


def ensure_notes_key(uow: UnitOfWork) -> bytes:
    """The notes key; a laptop never enrolled makes its own (replaced at enrolment)."""
    key = notes_key(uow)
    if key is None:
        key = new_notes_key()
        keep_notes_key(uow, key)
    return key


def seal_for(uow: UnitOfWork, beneficiary_id: str, note: str | None) -> str | None:
    """What a profile stores for ``note`` (None when empty).

    Raises:
        HomeDeliveryError: a note too long to seal.
    """
    note = (note or "").strip()
    if not note:
        return None
    try:
        return seal_note(ensure_notes_key(uow), beneficiary_id, note)
    except ValueError:
        raise HomeDeliveryError(
            Message("home_delivery.access_note_too_long", max=MAX_NOTE_BYTES)
        ) from None


def _open(uow: UnitOfWork, beneficiary: Beneficiary) -> str | None:
    value = beneficiary.access_notes
    if not value:
        return None
    if not is_sealed(value):
        return value  # not sealed yet (an earlier version): sealed at the next sync
    key = notes_key(uow)
    if key is None:
        raise HomeDeliveryError(Message("home_delivery.access_note_no_key"))
    try:
        return open_note(key, beneficiary.id, value)
    except SealError:
        raise HomeDeliveryError(Message("home_delivery.access_note_wrong_key")) from None


def note_for_editing(uow: UnitOfWork, beneficiary: Beneficiary) -> str | None:
    """The note as the coordinator's profile form shows it."""
    return _open(uow, beneficiary)


def reveal_for_visit(uow: UnitOfWork, delivery_id: str, today: dt.date | None = None) -> str | None:
    """The access note of a visit, shown on demand at the door: only on its day.

    Raises:
        HomeDeliveryError: another day's visit, an unknown one, or a note that does not
            open here.
    """
    delivery = uow.session.get(Delivery, delivery_id)
    round_ = uow.session.get(Round, delivery.round_id) if delivery else None
    beneficiary = uow.session.get(Beneficiary, delivery.beneficiary_id) if delivery else None
    if delivery is None or round_ is None or beneficiary is None:
        raise HomeDeliveryError(Message("home_delivery.visit_gone"))
    if round_.date != (today or dt.date.today()):
        raise HomeDeliveryError(Message("home_delivery.access_note_only_on_the_day"))
    return _open(uow, beneficiary)
