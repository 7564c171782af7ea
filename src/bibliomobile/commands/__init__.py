"""Sub-commands of the ``bibliomobile`` CLI, one module per topic."""
