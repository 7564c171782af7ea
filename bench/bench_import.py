"""Catalogue import (issue 7): a 100,000-record UNIMARC file into a fresh store.

The file is generated from the structure of the real UNIMARC records in
``/work/shared/data/marc`` (or ``$BIBLIOMOBILE_MARC_DATA``): each generated record
is a real record with a new 001, a varied title (200$a) and new barcodes (995$f),
re-encoded as ISO 2709. Baseline, same run: pymarc's bare parse of the same file
(``MARCReader(..., force_utf8=True)``, no mapping, no database).

"CPU" is user+sys time per 1,000 records: of the process that writes the database,
and of the worker processes that read and map the records in parallel for a file this
big (a figure less sensitive than wall-clock time to the load of a shared machine).
Wall-clock records/s and the ratio to pymarc are the figures the goal is about.
"""

from __future__ import annotations

import os
import resource
import time
from pathlib import Path

from bench.common import Context, Row, verdict

DATA = Path(
    os.environ.get(
        "BIBLIOMOBILE_MARC_DATA",
        next(
            (
                str(p)
                for p in (Path(__file__).resolve().parents[2] / "shared/data/marc",)
                if p.is_dir()
            ),
            "/work/shared/data/marc",
        ),
    )
)
TEMPLATES = ("koha-unimarc/exported_records", "records_sample.mrc", "serie-HarryPotter.pan")
GOAL = 5000.0

_WORDS = [
    "étranger",
    "peste",
    "chute",
    "été",
    "soleil",
    "forêt",
    "rivière",
    "mémoire",
    "château",
    "village",
    "hiver",
    "lumière",
    "silence",
    "voyage",
    "océan",
    "enfance",
    "jardin",
    "nuit",
    "étoile",
    "montagne",
]


def _fields(chunk: bytes) -> tuple[bytes, list[tuple[bytes, bytes]]]:
    base = int(chunk[12:17])
    directory = chunk[24 : base - 1]
    fields = []
    for start in range(0, len(directory), 12):
        entry = directory[start : start + 12]
        length, offset = int(entry[3:7]), int(entry[7:12])
        fields.append((entry[:3], chunk[base + offset : base + offset + length]))
    return chunk[:24], fields


def _encode(leader: bytes, fields: list[tuple[bytes, bytes]]) -> bytes:
    directory = b""
    body = b""
    for tag, data in fields:
        directory += tag + b"%04d%05d" % (len(data), len(body))
        body += data
    base = 24 + len(directory) + 1
    total = base + len(body) + 1
    return (
        b"%05d" % total
        + leader[5:12]
        + b"%05d" % base
        + leader[17:]
        + directory
        + b"\x1e"
        + body
        + b"\x1d"
    )


def _templates() -> list[tuple[bytes, list[tuple[bytes, bytes]]]]:
    out = []
    for name in TEMPLATES:
        data = (DATA / name).read_bytes()
        for chunk in data.split(b"\x1d"):
            chunk = chunk.strip()
            if chunk:
                out.append(_fields(chunk + b"\x1d"))
    return out


def generate(path: Path, count: int) -> int:
    """Write ``count`` UNIMARC records; returns the number of 995 items written."""
    templates = _templates()
    items = 0
    with path.open("wb") as out:
        for n in range(count):
            leader, fields = templates[n % len(templates)]
            new: list[tuple[bytes, bytes]] = []
            has_001 = False
            for tag, data in fields:
                if tag == b"001":
                    data = b"GEN%08d\x1e" % n
                    has_001 = True
                elif tag == b"200":
                    word = _WORDS[n % len(_WORDS)] + " " + _WORDS[(n // 7) % len(_WORDS)]
                    data = data.replace(b"\x1fa", b"\x1fa" + word.encode() + b" %d " % n, 1)
                elif tag == b"995":
                    parts = data.split(b"\x1f")
                    parts = [p for p in parts if not p.startswith(b"f")]
                    parts.insert(1, b"fG%07d%02d" % (n, items % 100))
                    data = b"\x1f".join(parts)
                    items += 1
                new.append((tag, data))
            if not has_001:
                new.insert(0, (b"001", b"GEN%08d\x1e" % n))
            out.write(_encode(leader, new))
    return items


def _cpu() -> tuple[float, float]:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


def _cpu_text(before: tuple[float, float], count: int) -> str:
    after = _cpu()
    own = (after[0] - before[0]) * 1e6 / count
    workers = (after[1] - before[1]) * 1e6 / count
    return f"CPU per 1,000 records: writer {own:,.0f} ms + workers {workers:,.0f} ms"


def _outbox_rows(store: object) -> int:
    from sqlalchemy import func, select

    from bibliomobile.store.models import OutboxEntry

    with store.reader() as session:  # type: ignore[attr-defined]
        return int(session.scalar(select(func.count()).select_from(OutboxEntry)) or 0)


def run(ctx: Context) -> list[Row]:
    import pymarc

    from bibliomobile.services.interop.marc_import import import_marc
    from bibliomobile.store.uow import Store

    count = 10_000 if ctx.quick else 100_000
    path = ctx.workdir / "import-unimarc.mrc"
    items = generate(path, count)

    start = time.perf_counter()
    cpu_start = time.process_time()
    with path.open("rb") as handle:
        parsed = sum(
            1
            for r in pymarc.MARCReader(handle, to_unicode=True, force_utf8=True, permissive=True)
            if r is not None
        )
    pymarc_seconds = time.perf_counter() - start
    pymarc_cpu = (time.process_time() - cpu_start) * 1e6 / count
    assert parsed == count, parsed
    pymarc_rate = count / pymarc_seconds

    store = Store.open(ctx.workdir / "import.sqlite3")
    try:
        cpu_at = _cpu()
        report = import_marc(store.transactions(), path, flavour="unimarc")
        import_cpu = _cpu_text(cpu_at, count)
        outbox_before = _outbox_rows(store)
        cpu_at = _cpu()
        reimport = import_marc(store.transactions(), path, flavour="unimarc")
        reimport_cpu = _cpu_text(cpu_at, count)
        outbox_written = _outbox_rows(store) - outbox_before
    finally:
        store.close()
    assert report.records_created == count and not report.rejected, report.summary()
    assert report.items_created == items, report.summary()
    assert reimport.records_unchanged == count, reimport.summary()
    assert not (reimport.records_created or reimport.records_updated), reimport.summary()
    rate = count / report.seconds
    rerate = count / reimport.seconds
    return [
        Row(
            "7",
            f"MARC import, {count:,} UNIMARC records + {items:,} items (fresh store)",
            f"{rate:,.0f} records/s ({report.seconds:.1f} s; {import_cpu})",
            f"pymarc bare parse {pymarc_rate:,.0f} records/s (CPU {pymarc_cpu:,.0f} ms per 1,000)",
            f"{rate / pymarc_rate:.2f}× pymarc",
            f">= {GOAL:,.0f} records/s",
            verdict(rate >= GOAL),
        ),
        Row(
            "7",
            f"MARC re-import of the same {count:,} records (nothing changes)",
            f"{rerate:,.0f} records/s ({reimport.seconds:.1f} s; {reimport_cpu}); "
            f"{reimport.records_unchanged:,} unchanged, {reimport.records_updated} updated, "
            f"{outbox_written} outbox rows written",
            f"pymarc bare parse {pymarc_rate:,.0f} records/s (CPU {pymarc_cpu:,.0f} ms per 1,000)",
            f"{rerate / pymarc_rate:.2f}× pymarc",
            f">= {GOAL:,.0f} records/s",
            verdict(rerate >= GOAL and outbox_written == 0 and not reimport.records_updated),
        ),
    ]
