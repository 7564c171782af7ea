"""Circulation: every checkout, return, renewal and undo, and the loans they leave open.

The circulation log (:class:`~bibliomobile.store.models.CirculationEvent`) is
append-only and is the truth: nothing here edits or deletes an event. Who holds an item
is derived from the log (the latest event of the item that was not undone); the local
``loan_state`` table is only an index of that derivation, kept in the same transaction by
the store (see :mod:`bibliomobile.store.projections`) and rebuildable with
:func:`~.open_loans.rebuild_loans`.

Every write goes through the unit of work, so it leaves outbox rows (change capture) and
syncs later. Nothing here commits: the caller commits once per use case. A refused
operation raises :class:`~.errors.CirculationError` (French message for the crew)
before anything is written.

- :mod:`.errors`: what the crew is told when an operation is refused;
- :mod:`.results`: what each operation returns (with its French message);
- :mod:`.log`: the log itself: which events count, appending one, reading the loan index;
- :mod:`.lookup`: scanned items and cards, the patron panel of the desk;
- :mod:`.open_loans`: who holds what, derived from the log;
- :mod:`.due_dates`: the due date of a loan made at a visit or a home delivery;
- :mod:`.loans`: checkout, checkin, renew, undo.

The bookmobile desk ("Arrêt"), drive hand-over, home delivery and ``simulate`` all call
these functions. Visits (open, counters, close) are in
:mod:`bibliomobile.services.bookmobile.visits`.
"""
