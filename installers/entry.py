"""Entry point of the bundled program: the same ``bibliomobile`` command as from pip."""

import sys

from bibliomobile.cli import main

if __name__ == "__main__":
    sys.exit(main())
