"""A MARC file read and mapped in batches, in this process or in worker processes.

The writing process imports batch after batch (one transaction each, see
:mod:`.marc_import`); the batches come from here, in file order: mapped in this
process for a small file or a MARCXML one, by worker processes for a big ISO 2709
file (they read and map the next batches while this process writes).
"""

from __future__ import annotations

import collections
import gc
import logging
import multiprocessing
import multiprocessing.connection
import os
import sys
import threading
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from bibliomobile.services.interop.marc_mapper import (
    MappingPlan,
    Outcome,
    map_chunks,
    map_outcome,
)
from bibliomobile.services.interop.marc_reader import MarcRecord, RecordError, split_iso2709

log = logging.getLogger(__name__)

#: Records per task of a worker process (several make one transaction).
WORKER_CHUNK = 1000

#: A record as read: its position, byte offset (None in MARCXML) and content or error.
ReadEntry = tuple[int, int | None, MarcRecord | RecordError]


def mapped_batches(
    path: Path,
    plan: MappingPlan,
    *,
    batch_size: int,
    total: int,
    workers: int | None,
    xml_records: list[ReadEntry] | None,
) -> Iterator[list[Outcome]]:
    """The file's records mapped, in batches of ``batch_size`` (one transaction each).

    Args:
        path: the ISO 2709 file (not read again when ``xml_records`` are given).
        plan: the compiled mapping.
        batch_size: records per batch.
        total: records in the file (decides whether worker processes are worth it).
        workers: processes that read and map; None chooses, 0 reads here.
        xml_records: a MARCXML file's records, already read whole.

    Closing the iterator (``close()``) stops the worker processes of a cancelled import.
    """
    if xml_records is not None:
        return (
            [map_outcome(pos, off, entry, plan) for pos, off, entry in batch]
            for batch in _batches(xml_records, batch_size)
        )
    if processes := _worker_count(workers, total):
        mapped = _mapped_in_workers(path, plan, min(batch_size, WORKER_CHUNK), processes)
        return _regrouped(mapped, batch_size)
    return _local_batches(path, plan, batch_size, after=0)


#: Below this many records, starting worker processes costs more than it saves.
PARALLEL_THRESHOLD = 20_000


def _worker_count(requested: int | None, total: int) -> int:
    if requested is not None:
        return max(0, requested)
    if getattr(sys, "frozen", False) or total < PARALLEL_THRESHOLD:
        return 0  # a frozen app would need freeze_support() to spawn safely
    cpus = os.cpu_count() or 1
    # As many as cores: the writer waits on disk syncs, and the workers idle whenever
    # they are a few batches ahead of it (a re-import writes little and reads a lot).
    return min(4, cpus) if cpus > 1 else 0


def _mapped_in_workers(
    path: Path, plan: MappingPlan, batch_size: int, processes: int
) -> Iterator[list[Outcome]]:
    """Batches read and mapped by worker processes, in file order.

    This process keeps writing while the workers parse the next batches; at most
    a few batches are in flight, so memory stays bounded whatever the file size.
    If the workers cannot run (a process killed, no way to spawn), the rest of the
    file is read here instead: the result is the same, only slower.
    """
    last = 0  # position of the last record handed out
    try:
        for batch in _pool_batches(path, plan, batch_size, processes):
            yield batch
            last = batch[-1][0]
    except (BrokenProcessPool, OSError):
        log.warning("import workers unavailable, reading in this process", exc_info=True)
        yield from _local_batches(path, plan, batch_size, after=last)


def _regrouped(batches: Iterator[list[Outcome]], size: int) -> Iterator[list[Outcome]]:
    """The outcomes of smaller batches, in batches of ``size`` (one transaction each)."""
    pending: list[Outcome] = []
    try:
        for batch in batches:
            pending += batch
            while len(pending) >= size:
                yield pending[:size]
                del pending[:size]
        if pending:
            yield pending
    finally:
        close = getattr(batches, "close", None)
        if close is not None:
            close()  # a cancelled import stops the worker processes


def _chunk_lists(
    stream: BinaryIO, batch_size: int, after: int = 0
) -> Iterator[list[tuple[int, int, bytes, bool]]]:
    chunks: list[tuple[int, int, bytes, bool]] = []
    for chunk in split_iso2709(stream):
        if chunk.position <= after:
            continue
        chunks.append((chunk.position, chunk.offset, chunk.data, chunk.terminated))
        if len(chunks) >= batch_size:
            yield chunks
            chunks = []
    if chunks:
        yield chunks


def _local_batches(
    path: Path, plan: MappingPlan, batch_size: int, after: int
) -> Iterator[list[Outcome]]:
    with path.open("rb") as stream:
        for chunks in _chunk_lists(stream, batch_size, after):
            yield map_chunks(chunks, plan)


def _pool_batches(
    path: Path, plan: MappingPlan, batch_size: int, processes: int
) -> Iterator[list[Outcome]]:
    context = multiprocessing.get_context("spawn")
    in_flight: collections.deque[Future[list[Outcome]]] = collections.deque()
    with (
        ProcessPoolExecutor(
            processes, mp_context=context, initializer=start_worker, initargs=(plan,)
        ) as pool,
        path.open("rb") as stream,
    ):
        try:
            for chunks in _chunk_lists(stream, batch_size):
                in_flight.append(pool.submit(map_chunks_in_worker, chunks))
                if len(in_flight) > 2 * processes:
                    yield in_flight.popleft().result()
            while in_flight:
                yield in_flight.popleft().result()
        finally:
            for future in in_flight:
                future.cancel()


def _batches(records: Iterable[ReadEntry], size: int) -> Iterator[list[ReadEntry]]:
    batch: list[ReadEntry] = []
    for entry in records:
        batch.append(entry)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


#: Objects allocated between two collections of the youngest generation while records
#: are mapped or written (700 by default).
_IMPORT_GC_THRESHOLD = 50_000


@contextmanager
def rare_collections() -> Iterator[None]:
    """Fewer garbage collections while a big batch job runs (restored after).

    Reading and writing records allocates millions of short-lived tuples and no
    reference cycles; with the default threshold the collector runs every few hundred
    allocations and took 6 % of an import's time.
    """
    thresholds = gc.get_threshold()
    gc.set_threshold(max(thresholds[0], _IMPORT_GC_THRESHOLD), *thresholds[1:])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)


_worker_plan: MappingPlan | None = None


def _exit_with_parent() -> None:
    """End this worker process as soon as its parent is gone, however it ended (a
    killed import must not leave its workers behind, holding memory)."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        multiprocessing.connection.wait([parent.sentinel])
        os._exit(1)

    threading.Thread(target=watch, name="watch-parent", daemon=True).start()


def start_worker(plan: MappingPlan) -> None:
    """Keep the plan in a worker process (sent once, not with every batch), and end
    with the parent process."""
    global _worker_plan
    _worker_plan = plan
    _exit_with_parent()
    threshold = gc.get_threshold()
    gc.set_threshold(max(threshold[0], _IMPORT_GC_THRESHOLD), *threshold[1:])  # see above


def map_chunks_in_worker(chunks: list[tuple[int, int, bytes, bool]]) -> list[Outcome]:
    """:func:`map_chunks` with the plan given to :func:`start_worker`."""
    assert _worker_plan is not None, "start_worker() was not called in this process"
    return map_chunks(chunks, _worker_plan)
