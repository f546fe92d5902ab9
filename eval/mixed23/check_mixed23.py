#!/usr/bin/env python3
"""Validate the held-out mixed23 German/English eval data (standard library only): the checks of
``eval/check_mixed.py`` for articles en_M1 … de_M3, questions nn01 … and claims no01 ….

Usage: python eval/mixed23/check_mixed23.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from check_mixed import check  # noqa: E402

if __name__ == "__main__":
    sys.exit(check(HERE, "M", "nn", "no"))
