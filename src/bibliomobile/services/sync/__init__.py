"""The device's sync client: enrolment, push, pull, snapshot, conflicts to review.

Start at :mod:`.client` (one sync, :func:`~.client.sync_once`); it names the other parts.
"""
