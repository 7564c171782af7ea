"""A sync client run as a separate process, which kills itself (SIGKILL) at a chosen point.

Usage: python sync_client_proc.py DB_PATH MODE
MODE: before_push | after_push_commit | after_pull_response | before_cursor_commit
"""

from __future__ import annotations

import os
import signal
import sys
from typing import Any

import httpx

from bibliomobile.services.sync import client as sync
from bibliomobile.store.uow import Store


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


def main() -> None:
    db, mode = sys.argv[1], sys.argv[2]
    store = Store.open(db)
    if mode == "before_cursor_commit":
        original = sync._set

        def set_then_die(conn: Any, key: str, value: str) -> None:
            if key == sync.CURSOR:
                die()  # the page's rows are written, its cursor not yet: nothing committed
            original(conn, key, value)

        sync._set = set_then_die  # type: ignore[assignment]
    sync.sync_once(store, transport=Killer(mode), push_batch=3, pull_page=2)
    print("finished without being killed")


if __name__ == "__main__":
    main()
