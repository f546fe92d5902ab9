#!/usr/bin/env python3
"""Validate the held-out mixed19 German/English eval data (standard library only): the checks of
``eval/check_mixed.py`` for articles en_I1 … de_I3, questions nf01 … and claims ng01 ….

Usage: python eval/mixed19/check_mixed19.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from check_mixed import check  # noqa: E402

if __name__ == "__main__":
    sys.exit(check(HERE, "I", "nf", "ng"))
