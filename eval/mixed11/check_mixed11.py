#!/usr/bin/env python3
"""Validate the held-out mixed11 German/English eval data (standard library only): the checks of
``eval/check_mixed.py`` for articles en_A1 … de_A3, questions mn01 … and claims mo01 ….

Usage: python eval/mixed11/check_mixed11.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from check_mixed import check  # noqa: E402

if __name__ == "__main__":
    sys.exit(check(HERE, "A", "mn", "mo"))
