"""Entry point of the frozen app: the ``workshop-app`` command line; with no command it opens the window."""

import sys

from workshop_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
