"""Entry point of the bundled program: the same ``bibliomobile`` command as from pip."""

import multiprocessing
import sys

from bibliomobile.cli import main

if __name__ == "__main__":
    # Worker processes (MARC import, round planning) re-enter this entry point.
    multiprocessing.freeze_support()
    sys.exit(main())
