"""Why a circulation operation was refused: a message the crew can act on."""

from __future__ import annotations

from bibliomobile.domain.loans import Block
from bibliomobile.lang import Message


class BlockList:
    """The blocks of a refusal as one parameter, rendered in the language shown."""

    def __init__(self, blocks: tuple[Block, ...]) -> None:
        self.blocks = blocks

    def __str__(self) -> str:
        return " ".join(str(block.message) for block in self.blocks)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, BlockList) and other.blocks == self.blocks

    def __hash__(self) -> int:
        return hash(self.blocks)


class CirculationError(Exception):
    """An operation refused for a reason the crew can act on; nothing was written."""


class UnknownBarcode(CirculationError):
    """The scanned code is not an item of the catalogue."""

    def __init__(self, code: str) -> None:
        super().__init__(Message("circulation.unknown_barcode", code=code))
        self.code = code


class UnknownCard(CirculationError):
    """The scanned code is not a patron card."""

    def __init__(self, code: str) -> None:
        super().__init__(Message("circulation.unknown_card", code=code))
        self.code = code


class CheckoutRefused(CirculationError):
    """The patron is blocked; an override with a reason lifts the blocks."""

    def __init__(self, blocks: tuple[Block, ...]) -> None:
        super().__init__(Message("circulation.checkout_refused", blocks=BlockList(blocks)))
        self.blocks = blocks


class NothingToUndo(CirculationError):
    """No action of this device on this visit is left to undo."""
