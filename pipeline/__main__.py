"""`python -m pipeline` is the `kembar` command."""

import sys

from .cli import main

sys.exit(main())
