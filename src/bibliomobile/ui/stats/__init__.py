"""Statistiques: figures for the annual report, one tab per activity."""
