#!/usr/bin/env python3
"""Validate the held-out mixed28 German/English eval data (standard library only): the checks of
``eval/check_mixed.py`` for articles en_R1 … de_R3, questions nx01 … and claims ny01 ….

Usage: python eval/mixed28/check_mixed28.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from check_mixed import check  # noqa: E402

if __name__ == "__main__":
    sys.exit(check(HERE, "R", "nx", "ny"))
