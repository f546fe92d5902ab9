#!/usr/bin/env python3
"""Validate the held-out mixed15 German/English eval data (standard library only): the checks of
``eval/check_mixed.py`` for articles en_E1 … de_E3, questions mv01 … and claims mw01 ….

Usage: python eval/mixed15/check_mixed15.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from check_mixed import check  # noqa: E402

if __name__ == "__main__":
    sys.exit(check(HERE, "E", "mv", "mw"))
