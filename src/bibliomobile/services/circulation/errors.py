"""Why a circulation operation was refused: a French sentence the crew can act on."""

from __future__ import annotations

from bibliomobile.domain.loans import Block


class CirculationError(Exception):
    """An operation refused for a reason the crew can act on; nothing was written."""


class UnknownBarcode(CirculationError):
    """The scanned code is not an item of the catalogue."""

    def __init__(self, code: str) -> None:
        super().__init__(f"Ce code-barres n'est pas un exemplaire connu : {code}")
        self.code = code


class UnknownCard(CirculationError):
    """The scanned code is not a patron card."""

    def __init__(self, code: str) -> None:
        super().__init__(f"Cette carte n'est pas connue : {code}")
        self.code = code


class CheckoutRefused(CirculationError):
    """The patron is blocked; an override with a reason lifts the blocks."""

    def __init__(self, blocks: tuple[Block, ...]) -> None:
        lines = " ".join(b.message for b in blocks)
        super().__init__(f"Prêt refusé. {lines} Pour prêter quand même, indiquez un motif.")
        self.blocks = blocks


class NothingToUndo(CirculationError):
    """No action of this device on this visit is left to undo."""
