"""Days of simulated activity played through the real services (training, demos, load)."""
