"""The server side of sync: apply pushed batches, serve pull pages, snapshots, reviews.

Start at :mod:`.state` (what the parts share, and why the pull feed is safe); the
endpoints that call the parts, and own their transactions, are in ``server/routers``.
"""
