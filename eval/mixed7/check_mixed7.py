#!/usr/bin/env python3
"""Validate the held-out mixed7 German/English eval data (standard library only): the checks of
``eval/check_mixed.py`` for articles en_61 … de_63, questions mf01 … and claims mg01 ….

Usage: python eval/mixed7/check_mixed7.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from check_mixed import check  # noqa: E402

if __name__ == "__main__":
    sys.exit(check(HERE, "6", "mf", "mg"))
