"""Entry point of the bundled program: the same ``bibliomobile`` command as from pip."""

import multiprocessing
import sys

from bibliomobile.cli import main

if __name__ == "__main__":
    # The round solver runs in a child process (spawn): the bundle must let it start.
    multiprocessing.freeze_support()
    sys.exit(main())
