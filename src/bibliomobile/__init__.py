"""Bibliomobile: offline-first software for libraries that go to their readers."""

__version__ = "0.1.0"
