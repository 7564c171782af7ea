"""Sub-commands of ``bibliomobile-server``, one module per topic."""
