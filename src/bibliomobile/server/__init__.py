"""The central sync server (FastAPI over SQLite or PostgreSQL): start at ``app.py``."""
