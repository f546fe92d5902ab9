#!/usr/bin/env python3
"""Validate the held-out mixed21 German/English eval data (standard library only): the checks of
``eval/check_mixed.py`` for articles en_K1 … de_K3, questions nj01 … and claims nk01 ….

Usage: python eval/mixed21/check_mixed21.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from check_mixed import check  # noqa: E402

if __name__ == "__main__":
    sys.exit(check(HERE, "K", "nj", "nk"))
