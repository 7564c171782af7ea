"""The retention job: personal data past its term leaves the server, then the devices.

One transaction, in this order (see docs/retention.md):

1. loans whose return is past the loan-details term lose their patron link; before
   that, the patron's loans of those years receive the patron's borrower token for
   the year, so active borrowers are still counted once each;
2. patrons past the identity term (no loan, request, delivery or registration since,
   nothing still on loan or in a bag) are removed with every row that depends on them
   (:mod:`.removal`);
3. home-delivery profiles of services ended long enough ago are emptied, and so are
   welfare notes handled long enough ago;
4. the sync history about all of this is redacted, and any received op or conflict
   older than the loan-details term loses its content (op ids stay: a replay is still
   recognised);
5. the pull feed announces each change: devices drop or update the rows at their next
   sync.

``apply=False`` (a dry run) does the same work and rolls it back: the counts are exact.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, and_, delete, exists, func, insert, or_, select, update

from bibliomobile.domain.hlc import Timestamp

from ..models import (
    applied_ops,
    borrower_tokens,
    conflicts,
    last_loans,
    retention_runs,
    row_versions,
)
from ..privacy.audit import prune_audit
from ..sync.state import SyncServer, chunks, now
from .removal import Removal, write_tokens
from .rules import Rules, loan_details_cutoff, months_before, read_rules

#: Profile fields of a beneficiary emptied once the service ended long enough ago.
PROFILE_FIELDS = (
    "genres_liked",
    "genres_disliked",
    "favourite_authors",
    "taste_notes",
    "availability",
    "access_notes",
    "contact_person",
    "contact_phone",
    "pause_reason",
    "latitude",
    "longitude",
)


@dataclass(frozen=True)
class RetentionReport:
    """What a run did (or, dry, would do)."""

    today: dt.date
    applied: bool
    rules: Rules
    loans_anonymised: int
    patrons_deleted: int
    profiles_cleared: int
    welfare_notes_cleared: int
    history_redacted: int
    tokens_written: int
    rows: dict[str, int]  # by table and action (see Removal.counts)

    @property
    def total(self) -> int:
        return sum(self.rows.values()) + self.history_redacted


def run_retention(
    engine: Engine, today: dt.date, *, apply: bool, server: SyncServer | None = None
) -> RetentionReport:
    """Apply the retention rules as of ``today`` (or only count, ``apply=False``)."""
    server = server or SyncServer(engine)
    with engine.connect() as conn:
        transaction = conn.begin()
        try:
            report = retention_in(server, conn, today, apply=apply)
            if apply:
                server.save_clock(conn)
                transaction.commit()
            else:
                transaction.rollback()
        except BaseException:
            transaction.rollback()
            raise
    return report


def retention_in(
    server: SyncServer, conn: Connection, today: dt.date, *, apply: bool
) -> RetentionReport:
    """The job's work on ``conn``'s transaction (the caller commits or rolls back)."""
    rules = read_rules(conn)
    loan_cutoff = _start_of(loan_details_cutoff(today, rules.loan_details_months))
    identity_cutoff = _start_of(months_before(today, rules.patron_identity_months))
    removal = Removal(server, conn)

    loans = past_loans(server, conn, loan_cutoff)
    patrons = past_patrons(server, conn, identity_cutoff)

    # 1. Tokens first (they need the patron link), then the link goes.
    events = server.tables["circulation_events"]
    year = func.extract("year", events.c.occurred_at)
    wanted: set[tuple[str, int]] = set()
    loan_ids = [event_id for event_id, _, _, _ in loans]
    wanted.update((patron_id, int(y)) for _, patron_id, y, _ in loans if y is not None)
    wanted.update(
        (patron_id, int(y))
        for patron_id, y in conn.execute(
            select(events.c.patron_id, year)
            .where(
                events.c.kind == "checkout",
                events.c.borrower_token.is_(None),
                events.c.patron_id.is_not(None),
                exists().where(borrower_tokens.c.patron_id == events.c.patron_id),
            )
            .distinct()
        )
    )
    removal.tokened.extend(write_tokens(server, conn, wanted))
    remember_last_loans(server, conn, loans)
    for chunk in chunks(loan_ids, 1000):
        conn.execute(update(events).where(server.in_(events.c.id, chunk)).values(patron_id=None))
    removal.unlinked["circulation_events"].extend(loan_ids)

    # 2. Patrons past their term, and everything that depends on them.
    removal.remove("patrons", patrons)

    # 3. Home delivery.
    profile_cutoff = _start_of(months_before(today, rules.beneficiary_profile_months))
    profiles = ended_profiles(server, conn, profile_cutoff)
    removal.clear("beneficiaries", profiles, PROFILE_FIELDS)
    deliveries = server.tables["deliveries"]
    welfare_cutoff = _start_of(months_before(today, rules.welfare_note_months))
    # Handling a concern already clears the note on the row; its text may still be in
    # the ops received before, which go with it.
    notes = list(
        conn.scalars(
            select(deliveries.c.id).where(
                deliveries.c.welfare_handled_at.is_not(None),
                deliveries.c.welfare_handled_at < welfare_cutoff,
                or_(
                    deliveries.c.welfare_note.is_not(None),
                    exists().where(
                        applied_ops.c.entity == "deliveries",
                        applied_ops.c.entity_id == deliveries.c.id,
                        applied_ops.c.fields.is_not(None),
                    ),
                ),
            )
        )
    )
    removal.clear("deliveries", notes, ("welfare_note",))

    # 4. History.
    removal.redact_history()
    redacted = conn.execute(
        update(applied_ops)
        .where(applied_ops.c.received_at < loan_cutoff, applied_ops.c.fields.is_not(None))
        .values(fields=None, reason=None)
    ).rowcount
    redacted += conn.execute(
        update(conflicts)
        .where(
            conflicts.c.created_at < loan_cutoff,
            or_(
                conflicts.c.kept_value.is_not(None),
                conflicts.c.losing_value.is_not(None),
                conflicts.c.detail.is_not(None),
            ),
        )
        .values(kept_value=None, losing_value=None, detail=None)
    ).rowcount
    # The access log is kept 12 months (server/privacy/audit.py).
    prune_audit(conn, today)
    # Tokens of years long gone: no loan of theirs can still arrive.
    conn.execute(delete(borrower_tokens).where(borrower_tokens.c.year < today.year - 1))

    report = RetentionReport(
        today=today,
        applied=apply,
        rules=rules,
        loans_anonymised=len(loan_ids),
        patrons_deleted=len(patrons),
        profiles_cleared=len(profiles),
        welfare_notes_cleared=len(notes),
        history_redacted=max(redacted, 0),
        tokens_written=len(set(removal.tokened)),
        rows=removal.counts(),
    )
    if apply:
        conn.execute(
            insert(retention_runs).values(ran_at=now(), today=today, counts=_run_counts(report))
        )
    # 5. Last write before COMMIT (see sync/state.py).
    removal.announce()
    return report


def past_loans(
    server: SyncServer, conn: Connection, cutoff: dt.datetime
) -> list[tuple[str, str, int | None, dt.datetime]]:
    """(event id, patron id, checkout's year, time) of the events still linked to a patron whose loan
    ended before ``cutoff``: a checkout or renewal returned before it, any other
    event (a return, an undo) made before it."""
    events = server.tables["circulation_events"]
    later = events.alias("later")
    returned = exists().where(
        later.c.item_id == events.c.item_id,
        later.c.kind == "checkin",
        later.c.hlc > events.c.hlc,
        later.c.occurred_at < cutoff,
    )
    lending = events.c.kind.in_(("checkout", "renew"))
    year = func.extract("year", events.c.occurred_at)
    return [
        (event_id, patron_id, None if kind != "checkout" else int(y), when)
        for event_id, patron_id, kind, y, when in conn.execute(
            select(
                events.c.id, events.c.patron_id, events.c.kind, year, events.c.occurred_at
            ).where(
                events.c.patron_id.is_not(None),
                events.c.occurred_at < cutoff,
                or_(and_(lending, returned), ~lending),
            )
        )
    ]


def remember_last_loans(
    server: SyncServer,
    conn: Connection,
    loans: list[tuple[str, str, int | None, dt.datetime]],
) -> None:
    """Keep each patron's latest loan time before their loans lose the link."""
    latest: dict[str, dt.datetime] = {}
    for _, patron_id, _, when in loans:
        if patron_id not in latest or when > latest[patron_id]:
            latest[patron_id] = when
    for chunk in chunks(sorted(latest), 500):
        known = dict(
            conn.execute(
                select(last_loans.c.patron_id, last_loans.c.last_loan_at).where(
                    server.in_(last_loans.c.patron_id, chunk)
                )
            ).all()
        )
        fresh = [{"patron_id": p, "last_loan_at": latest[p]} for p in chunk if p not in known]
        if fresh:
            server.insert_many(conn, last_loans, fresh)
        for patron_id in chunk:
            if patron_id in known and latest[patron_id] > known[patron_id]:
                conn.execute(
                    update(last_loans)
                    .where(last_loans.c.patron_id == patron_id)
                    .values(last_loan_at=latest[patron_id])
                )


def past_patrons(server: SyncServer, conn: Connection, cutoff: dt.datetime) -> list[str]:
    """Patrons with nothing since ``cutoff``: no loan event, no request for a visit or
    taken since, no delivery round since, registered before it (or, with no
    registration date, having borrowed), no card valid since, nothing still on loan,
    no bag in progress."""
    t = server.tables
    patrons, events, requests = t["patrons"], t["circulation_events"], t["requests"]
    visits, beneficiaries, deliveries, rounds = (
        t["stop_visits"],
        t["beneficiaries"],
        t["deliveries"],
        t["rounds"],
    )
    bags = t["bags"]
    mine = events.c.patron_id == patrons.c.id
    later = events.alias("later")
    recent_event = or_(
        exists().where(mine, events.c.occurred_at >= cutoff),
        exists().where(last_loans.c.patron_id == patrons.c.id, last_loans.c.last_loan_at >= cutoff),
    )
    open_loan = exists().where(
        mine,
        events.c.kind.in_(("checkout", "renew")),
        ~exists().where(later.c.item_id == events.c.item_id, later.c.hlc > events.c.hlc),
    )
    any_event = or_(exists().where(mine), exists().where(last_loans.c.patron_id == patrons.c.id))
    recent_request = exists().where(
        requests.c.patron_id == patrons.c.id,
        or_(
            requests.c.taken_at >= cutoff,
            requests.c.visit_id.in_(select(visits.c.id).where(visits.c.date >= cutoff.date())),
        ),
    )
    served = exists().where(
        beneficiaries.c.patron_id == patrons.c.id,
        or_(
            beneficiaries.c.status != "ended",
            exists().where(
                deliveries.c.beneficiary_id == beneficiaries.c.id,
                deliveries.c.round_id.in_(
                    select(rounds.c.id).where(rounds.c.date >= cutoff.date())
                ),
            ),
        ),
    )
    bag_in_progress = exists().where(
        bags.c.patron_id == patrons.c.id, bags.c.status.in_(("preparing", "ready"))
    )
    dated = or_(
        patrons.c.registered_on < cutoff.date(),
        and_(patrons.c.registered_on.is_(None), any_event),
    )
    # A card still valid (or expired since the cutoff) is a live registration.
    card_valid = and_(patrons.c.card_expiry.is_not(None), patrons.c.card_expiry >= cutoff.date())
    return list(
        conn.scalars(
            select(patrons.c.id)
            .where(
                dated,
                ~card_valid,
                ~recent_event,
                ~open_loan,
                ~recent_request,
                ~served,
                ~bag_in_progress,
            )
            .order_by(patrons.c.id)
        )
    )


def ended_profiles(server: SyncServer, conn: Connection, cutoff: dt.datetime) -> list[str]:
    """Beneficiaries whose service ended before ``cutoff`` (by the time the status was
    last written, else their last round) and whose profile still holds something."""
    t = server.tables
    beneficiaries, deliveries, rounds = t["beneficiaries"], t["deliveries"], t["rounds"]
    recent_round = exists().where(
        deliveries.c.beneficiary_id == beneficiaries.c.id,
        deliveries.c.round_id.in_(select(rounds.c.id).where(rounds.c.date >= cutoff.date())),
    )
    rows = conn.execute(
        select(beneficiaries, row_versions.c.versions)
        .outerjoin(
            row_versions,
            and_(
                row_versions.c.entity == "beneficiaries",
                row_versions.c.entity_id == beneficiaries.c.id,
            ),
        )
        .where(beneficiaries.c.status == "ended", ~recent_round)
    ).all()
    limit = str(Timestamp(int(cutoff.replace(tzinfo=dt.UTC).timestamp() * 1000), 0, ""))
    out = []
    for row in rows:
        ended_hlc = (row.versions or {}).get("status")
        if ended_hlc is not None and ended_hlc >= limit:
            continue
        if any(getattr(row, name) not in (None, [], "") for name in PROFILE_FIELDS):
            out.append(row.id)
    return out


def _start_of(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time())


def _run_counts(report: RetentionReport) -> dict[str, int]:
    return {
        "loans_anonymised": report.loans_anonymised,
        "patrons_deleted": report.patrons_deleted,
        "profiles_cleared": report.profiles_cleared,
        "welfare_notes_cleared": report.welfare_notes_cleared,
        "history_redacted": report.history_redacted,
        **report.rows,
    }
