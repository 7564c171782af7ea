"""A sync client run as a separate process, which kills itself (SIGKILL) at a chosen point.

Usage: python sync_client_proc.py DB_PATH MODE
MODE: before_push | after_push_commit | after_pull_response | before_cursor_commit
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable
from typing import TypeVar

import httpx
from sqlalchemy import select

from bibliomobile.services.sync import client as sync
from bibliomobile.services.sync.common import CURSOR
from bibliomobile.store.models import DeviceSetting
from bibliomobile.store.uow import Store, Transactions, UnitOfWork

T = TypeVar("T")


def die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


class Killer(httpx.HTTPTransport):
    def __init__(self, mode: str) -> None:
        super().__init__()
        self.mode = mode

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if self.mode == "before_push" and path == "/sync/push":
            die()
        response = super().handle_request(request)
        if path == "/sync/push" and self.mode == "after_push_commit":
            response.read()
            die()
        if path == "/sync/pull" and self.mode == "after_pull_response":
            response.read()
            die()
        return response


def dying_before_cursor_commit(store: Store) -> Transactions:
    """Steps as ``store.transactions()`` runs them, but the first one that moves the
    cursor dies before its commit: the page's rows and cursor are written, not committed."""

    def run(step: Callable[[UnitOfWork], T], /) -> T:
        committed = store.setting(CURSOR)
        with store.unit_of_work() as uow:
            result = step(uow)
            cursor = uow.session.scalar(
                select(DeviceSetting.value).where(DeviceSetting.key == CURSOR)
            )
            if cursor != committed:
                die()
            uow.commit()
            return result

    return run


def main() -> None:
    db, mode = sys.argv[1], sys.argv[2]
    store = Store.open(db)
    transactions = (
        dying_before_cursor_commit(store)
        if mode == "before_cursor_commit"
        else store.transactions()
    )
    sync.sync_once(transactions, transport=Killer(mode), push_batch=3, pull_page=2)
    print("finished without being killed")


if __name__ == "__main__":
    main()
