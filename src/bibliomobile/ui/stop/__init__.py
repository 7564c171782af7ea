"""The "Arrêt" workspace: the circulation desk of the bookmobile at a stop."""
