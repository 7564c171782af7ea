"""The drive bag at the Arrêt desk: scanning a bag's QR hands it over.

:func:`bag_scan` is a :class:`~bibliomobile.services.bookmobile.desk_state.ScanHandler`:
whoever builds the desk passes it (``Desk(scan_handlers=(bag_scan,))``), and a scan
shaped like a bag code (``looks_like_bag_code``) is then handled here before cards and
items.
"""

from __future__ import annotations

from dataclasses import replace

from bibliomobile.domain.bagcode import looks_like_bag_code
from bibliomobile.domain.enums import BagStatus
from bibliomobile.services.bookmobile.desk_state import DeskOutcome, DeskState, OutcomeKind, Tone
from bibliomobile.services.circulation.errors import CheckoutRefused, CirculationError
from bibliomobile.services.circulation.lookup import patron_panel
from bibliomobile.services.drive.bags import bag_content
from bibliomobile.services.drive.common import DriveError
from bibliomobile.services.drive.handover import hand_over_bag, return_bag
from bibliomobile.store.uow import UnitOfWork


def bag_scan(uow: UnitOfWork, state: DeskState, code: str) -> DeskOutcome | None:
    """Hand over the scanned bag (all items lent to its patron) or take an empty bag
    back; None if the scan is not a bag code.

    A refused hand-over writes nothing (its loans run in a savepoint).
    """
    if not looks_like_bag_code(code):
        return None
    try:
        with uow.session.begin_nested():
            if bag_content(uow, code).status == BagStatus.HANDED_OVER.value:
                # A patron brings an empty bag back: it returns to the stock of bags.
                back = return_bag(uow, code)
                return DeskOutcome(
                    state=state,
                    kind=OutcomeKind.OTHER,
                    tone=Tone.OK,
                    message=back.message,
                    code=code,
                )
            result = hand_over_bag(
                uow,
                code,
                visit_id=state.visit_id,
                override_reason=state.override_reason,
            )
    except CheckoutRefused as refused:
        return DeskOutcome(
            state=state,
            kind=OutcomeKind.REFUSED,
            tone=Tone.WARNING,
            message=f"Sac non remis. {refused}",
            code=code,
            needs_override=True,
        )
    except (DriveError, CirculationError) as error:
        return DeskOutcome(
            state=state, kind=OutcomeKind.ERROR, tone=Tone.ERROR, message=str(error), code=code
        )
    return DeskOutcome(
        state=replace(state, patron_id=result.patron_id, override_reason=None),
        kind=OutcomeKind.OTHER,
        tone=Tone.OK,
        message=result.message,
        code=code,
        panel=patron_panel(uow, result.patron_id),
        event_id=result.loans[-1].event_id if result.loans else None,
    )
