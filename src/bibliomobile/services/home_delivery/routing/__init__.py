"""Vehicle routing with time windows, behind one small adapter.

:mod:`.problem` states the problem and its solution as plain dataclasses (times in
seconds from the start of the planning period, distances in metres); only
:mod:`.ortools_adapter` imports OR-Tools (``routing`` extra, pinned version).
"""
