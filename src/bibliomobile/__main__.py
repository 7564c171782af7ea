import sys

from bibliomobile.cli import main

sys.exit(main())
