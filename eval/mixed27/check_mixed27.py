#!/usr/bin/env python3
"""Validate the held-out mixed27 German/English eval data (standard library only): the checks of
``eval/check_mixed.py`` for articles en_Q1 … de_Q3, questions nv01 … and claims nw01 ….

Usage: python eval/mixed27/check_mixed27.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from check_mixed import check  # noqa: E402

if __name__ == "__main__":
    sys.exit(check(HERE, "Q", "nv", "nw"))
