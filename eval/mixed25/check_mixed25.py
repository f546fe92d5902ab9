#!/usr/bin/env python3
"""Validate the held-out mixed25 German/English eval data (standard library only): the checks of
``eval/check_mixed.py`` for articles en_O1 … de_O3, questions nr01 … and claims ns01 ….

Usage: python eval/mixed25/check_mixed25.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from check_mixed import check  # noqa: E402

if __name__ == "__main__":
    sys.exit(check(HERE, "O", "nr", "ns"))
