"""The Réglages workspace."""
