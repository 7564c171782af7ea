"""The OpenAPI document fuzzed by schemathesis with a valid token of each role.

Every operation of the server, with generated inputs (valid and not), called on a
real server on loopback with the token of a crew, a volunteer and a coordination
device: never a server error, always a response the document describes. Bounded in
time (a fixed number of examples per operation); PostgreSQL runs it too.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error, response_schema_conformance
from sqlalchemy import Engine

from bibliomobile.server import devices
from bibliomobile.server.guard import Limits
from builders.sync_network import running, seed_network

pytestmark = pytest.mark.slow

EXAMPLES = 15


def tokens_of_each_role(engine: Engine, ids: dict[str, Any]) -> dict[str, str]:
    scopes = {
        "crew": f"tour:{ids['nord']['tour']}",
        "volunteer": f"volunteer:{ids['volunteer']['volunteer']}",
        "coordinator": "all",
    }
    tokens = {}
    for role, scope in scopes.items():
        code = devices.add_device(engine, f"fuzz-{role}", role, scope).enrolment_code
        tokens[role] = devices.enroll(engine, code, f"node-{role}")[1]
    return tokens


def fuzz(engine: Engine, tmp_path: Path) -> list[str]:
    ids = seed_network(engine)
    tokens = tokens_of_each_role(engine, ids)
    failures: list[str] = []
    statuses: Counter[int] = Counter()
    generous = Limits(enrol_per_ip=(1000.0, 100_000), failed_auth_per_ip=(1000.0, 100_000))
    with running(engine, limits=generous, catalogue_folder=tmp_path / "catalogue") as server:
        schema = schemathesis.openapi.from_url(f"{server.url}/openapi.json")
        for result in schema.get_all_operations():
            for mode in GenerationMode:  # valid inputs, then invalid ones
                check_operation(result.ok(), mode, server.url, tokens, failures, statuses)
    # The fuzzer got through the door: answers of every kind, not only 401s.
    assert statuses[200] > 100 and statuses[422] > 100, statuses
    return failures


def check_operation(
    operation: Any,
    mode: GenerationMode,
    url: str,
    tokens: dict[str, str],
    failures: list[str],
    statuses: Counter[int],
) -> None:
    """Fuzz one operation with the token of each role; failures are collected."""

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(case=operation.as_strategy(generation_mode=mode))
    def call(case: Any) -> None:
        for role, token in list(tokens.items()):
            # The token replaces whatever the fuzzer put for the bearer scheme.
            kept = {k: v for k, v in (case.headers or {}).items() if k.lower() != "authorization"}
            case.headers = {**kept, "Authorization": f"Bearer {token}"}
            response = case.call(base_url=url)
            statuses[response.status_code] += 1
            if operation.label == "POST /sync/token" and response.status_code == 200:
                tokens[role] = response.json()["token"]  # the old one works no more
            try:
                case.validate_response(
                    response, checks=[not_a_server_error, response_schema_conformance]
                )
            except Exception as error:  # every failure is collected, then shown
                failures.append(f"{operation.label} as {role}: {str(error)[:400]}")

    try:
        call()
    except Unsatisfiable:
        assert mode is GenerationMode.NEGATIVE  # an operation without input to spoil


def test_no_server_error_and_no_schema_violation_on_sqlite(
    sqlite_engine: Engine, tmp_path: Path
) -> None:
    assert fuzz(sqlite_engine, tmp_path) == []


def test_no_server_error_and_no_schema_violation_on_postgresql(
    pg_engine: Engine, tmp_path: Path
) -> None:
    assert fuzz(pg_engine, tmp_path) == []
