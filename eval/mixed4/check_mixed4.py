#!/usr/bin/env python3
"""Validate the held-out mixed4 German/English eval data (standard library only): the checks of
``eval/check_mixed.py`` for articles en_31 … de_33, questions l01 … and claims o01 ….

Usage: python eval/mixed4/check_mixed4.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from check_mixed import check  # noqa: E402

if __name__ == "__main__":
    sys.exit(check(HERE, "3", "l", "o"))
