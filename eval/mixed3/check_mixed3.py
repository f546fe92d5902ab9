#!/usr/bin/env python3
"""Validate the held-out mixed3 German/English eval data (standard library only): the checks of
``eval/check_mixed.py`` for articles en_21 … de_23, questions s01 … and claims t01 ….

Usage: python eval/mixed3/check_mixed3.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from check_mixed import check  # noqa: E402

if __name__ == "__main__":
    sys.exit(check(HERE, "2", "s", "t", strict=False))
