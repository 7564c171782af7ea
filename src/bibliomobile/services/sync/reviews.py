"""Conflicts to review: what the server kept for coordinators, and their resolutions."""

from __future__ import annotations

from dataclasses import dataclass

import httpx

from bibliomobile.lang import Message
from bibliomobile.store.uow import Transactions

from .common import DeviceRevoked, SyncError
from .device import mark_revoked, server_credentials
from .http_client import open_client, request

REVIEW_KINDS = {
    "double_checkout": "Exemplaire prêté deux fois hors connexion",
    "return_without_loan": "Retour sans prêt connu",
    "rejected": "Modification refusée par le serveur",
    "edit_after_delete": "Modification d'une fiche supprimée",
    "deleted_with_newer_edits": "Fiche supprimée malgré des modifications plus récentes",
    "pull_conflict": "Fiche reçue en conflit avec une fiche locale (valeur unique)",
}


@dataclass(frozen=True)
class Review:
    """A conflict the server kept for a coordinator to look at."""

    id: int
    kind: str
    label: str
    entity: str
    entity_id: str
    detail: str
    device_id: str | None
    created_at: str
    resolution: str | None
    resolved_by: str | None
    #: The person signed in on the device that made the change (None: nobody named).
    author: str | None = None


def fetch_reviews(
    transactions: Transactions,
    *,
    include_resolved: bool = False,
    transport: httpx.BaseTransport | None = None,
) -> list[Review]:
    """The server's "to review" list (coordinator devices only)."""
    server_url, token = transactions(server_credentials)
    try:
        with open_client(server_url, token, transport) as client:
            body = request(
                client, "GET", "/sync/reviews", params={"include_resolved": include_resolved}
            )
    except DeviceRevoked:
        transactions(mark_revoked)
        raise
    return [
        Review(
            id=row["id"],
            kind=row["kind"],
            label=REVIEW_KINDS.get(row["kind"], row["kind"]),
            entity=row["entity"],
            entity_id=row["entity_id"],
            detail=row.get("detail") or "",
            device_id=row.get("device_id"),
            created_at=row["created_at"],
            resolution=row.get("resolution"),
            resolved_by=row.get("resolved_by"),
            author=row.get("author"),
        )
        for row in body
    ]


def resolve_review(
    transactions: Transactions,
    review_id: int,
    resolution: str,
    *,
    transport: httpx.BaseTransport | None = None,
) -> None:
    """Record how a coordinator resolved a conflict (kept on the server)."""
    resolution = resolution.strip()
    if not resolution:
        raise SyncError(Message("sync.decrivez_resolution_avant_enregistrer"))
    server_url, token = transactions(server_credentials)
    try:
        with open_client(server_url, token, transport) as client:
            request(
                client,
                "POST",
                f"/sync/reviews/{review_id}/resolve",
                json={"resolution": resolution},
            )
    except DeviceRevoked:
        transactions(mark_revoked)
        raise
