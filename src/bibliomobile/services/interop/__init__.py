"""Exchanges with the library system (SIGB): MARC catalogues, patron files."""
