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
from bibliomobile.services.bookmobile.desk_state import (
    DeskOutcome,
    DeskState,
    OutcomeKind,
    Tone,
    loan_refusal,
)
from bibliomobile.services.circulation.errors import CheckoutRefused, CirculationError
from bibliomobile.services.circulation.lookup import patron_panel
from bibliomobile.services.drive.bags import bag_content
from bibliomobile.services.drive.common import DriveError
from bibliomobile.services.drive.handover import WrongVisit, bag_holder, hand_over_bag, return_bag
from bibliomobile.store.uow import UnitOfWork


def bag_scan(uow: UnitOfWork, state: DeskState, code: str) -> DeskOutcome | None:
    """Hand over the scanned bag (all items lent to its patron) or take an empty bag
    back; None if the scan is not a bag code.

    A bag for another visit (day or stop) is refused in orange, naming its patron, until
    the crew gives a reason (F4); a closed visit hands over nothing. A refused hand-over
    writes nothing (its loans run in a savepoint).
    """
    if not looks_like_bag_code(code):
        return None
    holder: tuple[str, str] | None = None
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
            holder = bag_holder(uow, code)
            refusal = loan_refusal(uow, state)
            if refusal is not None:
                whose = f" de {holder[1]}" if holder else ""
                return DeskOutcome(
                    state=state,
                    kind=OutcomeKind.ERROR,
                    tone=Tone.ERROR,
                    message=f"Sac{whose} non remis. {refusal}",
                    code=code,
                )
            result = hand_over_bag(
                uow,
                code,
                visit_id=state.visit_id,
                override_reason=state.override_reason,
                other_visit_reason=state.override_reason,
            )
    except (WrongVisit, CheckoutRefused) as refused:
        # The bag's patron becomes the one at the desk: F4 (a reason) then hands it over.
        patron_id = holder[0] if holder else state.patron_id
        whose = f" de {holder[1]}" if holder else ""
        message = (
            str(refused) if isinstance(refused, WrongVisit) else f"Sac{whose} non remis. {refused}"
        )
        return DeskOutcome(
            state=replace(state, patron_id=patron_id, override_reason=None),
            kind=OutcomeKind.REFUSED,
            tone=Tone.WARNING,
            message=message,
            code=code,
            panel=patron_panel(uow, patron_id) if patron_id else None,
            needs_override=True,
        )
    except (DriveError, CirculationError) as error:
        return DeskOutcome(
            state=state, kind=OutcomeKind.ERROR, tone=Tone.ERROR, message=str(error), code=code
        )
    return DeskOutcome(
        state=replace(state, patron_id=result.patron_id, override_reason=None),
        kind=OutcomeKind.OTHER,
        tone=Tone.WARNING if result.other_visit else Tone.OK,
        message=result.message,
        code=code,
        panel=patron_panel(uow, result.patron_id),
        event_id=result.loans[-1].event_id if result.loans else None,
    )
