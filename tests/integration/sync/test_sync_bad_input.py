"""Bad input to the server gets a clear 4xx and changes nothing; the OpenAPI document is right."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import Engine, func, select

from bibliomobile.server.models import applied_ops, change_log, conflicts
from bibliomobile.services.sync.common import TOKEN
from bibliomobile.store.uow import Store
from builders.sync_network import enrolled, running, seed_network


@pytest.fixture
def van_server(sqlite_engine: Engine, tmp_path: Path):  # type: ignore[no-untyped-def]
    ids = seed_network(sqlite_engine)
    with running(sqlite_engine) as server:
        van = Store.open(tmp_path / "van.sqlite3")
        enrolled(van, sqlite_engine, server.url, "van", "crew", f"tour:{ids['nord']['tour']}")
        headers = {"Authorization": f"Bearer {van.setting(TOKEN)}"}
        yield server, headers, ids


def _op(ids: dict[str, Any], **overrides: Any) -> dict[str, Any]:
    op = {
        "op_id": "op-1",
        "entity": "patrons",
        "entity_id": ids["nord"]["patrons"][0],
        "op": "update",
        "fields": {"phone": "0600"},
        "hlc": "0001790000000000-0000-dev",
    }
    op.update(overrides)
    return op


def _nothing_applied(engine: Engine) -> None:
    with engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(applied_ops)) == 0
        assert conn.scalar(select(func.count()).select_from(change_log)) == 0


@pytest.mark.parametrize(
    ("body", "status", "words"),
    [
        (b"{not json", 422, "invalide"),
        (b'{"ops": "many"}', 422, "ops"),
        (b'{"ops": [{"op_id": 5}]}', 422, "op_id"),
        (b'{"ops": [], "extra": 1}', 422, "extra"),
        (
            b'{"ops": [{"op_id": "a", "entity": "patrons", "entity_id": "b", "op": "upsert", '
            b'"fields": {}, "hlc": "x"}]}',
            422,
            "op",
        ),
    ],
)
def test_malformed_bodies_are_refused_clearly(
    van_server: Any, sqlite_engine: Engine, body: bytes, status: int, words: str
) -> None:
    server, headers, _ids = van_server
    response = httpx.post(
        f"{server.url}/sync/push",
        content=body,
        headers={**headers, "Content-Type": "application/json"},
    )
    assert response.status_code == status
    assert words in response.json()["detail"]
    _nothing_applied(sqlite_engine)


@pytest.mark.parametrize(
    ("override", "words"),
    [
        ({"entity": "secrets"}, "entité inconnue"),
        ({"fields": {"phone": 612}}, "texte attendu"),
        ({"fields": {"max_loans": "beaucoup"}}, "entier attendu"),
        ({"fields": {"card_expiry": "demain"}}, "card_expiry"),
        ({"fields": {"health": "x"}}, "champ inconnu"),
        ({"hlc": "yesterday"}, "HLC"),
        ({"hlc": "0001790000000000-10000-dev"}, "HLC"),
        ({"fields": {"max_loans": 2**64}}, "hors des limites"),
        ({"fields": {"max_loans": 2**31}}, "hors des limites"),
        ({"fields": {"phone": "06\x0000"}}, "NUL"),
        ({"entity_id": "p\x001"}, "identifiant"),
        ({"fields": {"card_expiry": "0001-01-01"}}, "période"),
        ({"fields": {"registered_on": "0001-01-01T00:00:00+05:00"}}, "registered_on"),
        ({"author": "Vé\x00ra"}, "nom de la personne invalide"),
        ({"author": "Véra\nMartin"}, "nom de la personne invalide"),
        ({"author": "V" * 101}, "trop long"),
        ({"author": "   "}, "nom de la personne vide"),
    ],
)
def test_a_wrong_op_is_refused_alone_and_the_good_ops_of_the_batch_are_applied(
    van_server: Any, sqlite_engine: Engine, override: dict[str, Any], words: str
) -> None:
    server, headers, ids = van_server
    good = _op(ids, op_id="op-good")
    bad = _op(ids, **override)
    response = httpx.post(f"{server.url}/sync/push", json={"ops": [good, bad]}, headers=headers)
    assert response.status_code == 200
    good_result, bad_result = response.json()["results"]
    assert good_result["result"] == "applied"
    assert bad_result["result"] == "rejected" and words in bad_result["reason"]
    with sqlite_engine.connect() as conn:
        # The refused op is not remembered as received: the device keeps it.
        assert set(conn.scalars(select(applied_ops.c.op_id))) == {"op-good"}
        kept = conn.execute(
            select(conflicts.c.kind, conflicts.c.detail).where(conflicts.c.needs_review)
        ).all()
    assert [row.kind for row in kept] == ["refused"] and words in kept[0].detail


def test_oversized_batches_and_bodies_are_refused(van_server: Any, sqlite_engine: Engine) -> None:
    server, headers, ids = van_server
    ops = [_op(ids, op_id=f"op-{n}") for n in range(1001)]
    response = httpx.post(f"{server.url}/sync/push", json={"ops": ops}, headers=headers)
    assert response.status_code == 422 and "ops" in response.json()["detail"]
    huge = b'{"ops": [' + b" " * (17 * 1024 * 1024) + b"]}"
    response = httpx.post(
        f"{server.url}/sync/push",
        content=huge,
        headers={**headers, "Content-Type": "application/json"},
    )
    assert response.status_code == 413 and "trop grande" in response.json()["detail"]
    _nothing_applied(sqlite_engine)


def _resolve(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[1]
        schema = spec["components"]["schemas"][name]
    return schema


def _check(spec: dict[str, Any], schema: dict[str, Any], value: Any, where: str) -> None:
    """A small JSON-schema check of a real response against the served document."""
    schema = _resolve(spec, schema)
    if "anyOf" in schema:
        errors = []
        for option in schema["anyOf"]:
            try:
                _check(spec, option, value, where)
                return
            except AssertionError as error:
                errors.append(str(error))
        raise AssertionError(f"{where}: matches no option: {errors}")
    kind = schema.get("type")
    types = {
        "object": dict,
        "array": list,
        "string": str,
        "integer": int,
        "boolean": bool,
        "null": type(None),
    }
    if kind in types:
        assert isinstance(value, types[kind]), f"{where}: {value!r} is not {kind}"
    if "enum" in schema:
        assert value in schema["enum"], f"{where}: {value!r} not in {schema['enum']}"
    if kind == "object":
        for name in schema.get("required", []):
            assert name in value, f"{where}: missing {name}"
        properties = schema.get("properties", {})
        for name, item in value.items():
            if name in properties:
                _check(spec, properties[name], item, f"{where}.{name}")
            elif isinstance(schema.get("additionalProperties"), dict):
                _check(spec, schema["additionalProperties"], item, f"{where}.{name}")
    if kind == "array" and "items" in schema:
        for index, item in enumerate(value):
            _check(spec, schema["items"], item, f"{where}[{index}]")


def _response_schema(spec: dict[str, Any], path: str, method: str, status: int) -> dict[str, Any]:
    response = spec["paths"][path][method]["responses"][str(status)]
    return response["content"]["application/json"]["schema"]


def test_the_openapi_document_describes_the_real_responses(van_server: Any) -> None:
    server, headers, ids = van_server
    spec = httpx.get(f"{server.url}/openapi.json").json()
    assert {"/sync/push", "/sync/pull", "/sync/snapshot", "/sync/enroll"} <= set(spec["paths"])
    push = httpx.post(f"{server.url}/sync/push", json={"ops": [_op(ids)]}, headers=headers)
    _check(spec, _response_schema(spec, "/sync/push", "post", 200), push.json(), "push")
    pull = httpx.get(f"{server.url}/sync/pull", params={"after": 0}, headers=headers)
    assert pull.json()["changes"], "the push above should be in the feed"
    _check(spec, _response_schema(spec, "/sync/pull", "get", 200), pull.json(), "pull")
    snap = httpx.get(f"{server.url}/sync/snapshot", headers=headers)
    _check(spec, _response_schema(spec, "/sync/snapshot", "get", 200), snap.json(), "snapshot")
    page = httpx.get(f"{server.url}/sync/snapshot/items", headers=headers)
    _check(spec, _response_schema(spec, "/sync/snapshot/{entity}", "get", 200), page.json(), "page")
    refused = httpx.post(
        f"{server.url}/sync/push", json={"ops": [_op(ids, entity="x")]}, headers=headers
    )
    _check(spec, _response_schema(spec, "/sync/push", "post", 200), refused.json(), "rejected")
    invalid = httpx.post(f"{server.url}/sync/push", json={"ops": [{"op": 1}]}, headers=headers)
    _check(spec, _response_schema(spec, "/sync/push", "post", 422), invalid.json(), "422")
    unknown = httpx.get(f"{server.url}/sync/pull", headers={"Authorization": "Bearer nope"})
    _check(spec, _response_schema(spec, "/sync/pull", "get", 401), unknown.json(), "401")
    # A deliberately wrong value is caught by the checker (it can fail).
    with pytest.raises(AssertionError):
        _check(
            spec,
            _response_schema(spec, "/sync/pull", "get", 200),
            {"changes": [], "next": "x"},
            "bad",
        )
