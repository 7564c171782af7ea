"""The HTTP endpoints of the server, one router per topic; ``server/app.py`` composes them.

Each endpoint is the caller of the sync parts (``server/sync``): it opens the
transaction (or the read connection) and commits it.
"""
