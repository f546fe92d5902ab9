#!/usr/bin/env python3
"""Validate the held-out mixed24 German/English eval data (standard library only): the checks of
``eval/check_mixed.py`` for articles en_N1 … de_N3, questions np01 … and claims nq01 ….

Usage: python eval/mixed24/check_mixed24.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from check_mixed import check  # noqa: E402

if __name__ == "__main__":
    sys.exit(check(HERE, "N", "np", "nq"))
