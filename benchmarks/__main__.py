"""``python -m benchmarks``: run every benchmark beside its reference and print one table (see ``run``)."""

import sys

from benchmarks.run import main

if __name__ == "__main__":
    sys.exit(main())
