"""Reusable widgets: scan field, search field."""
