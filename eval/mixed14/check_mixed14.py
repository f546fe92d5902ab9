#!/usr/bin/env python3
"""Validate the held-out mixed14 German/English eval data (standard library only): the checks of
``eval/check_mixed.py`` for articles en_D1 … de_D3, questions mt01 … and claims mu01 ….

Usage: python eval/mixed14/check_mixed14.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from check_mixed import check  # noqa: E402

if __name__ == "__main__":
    sys.exit(check(HERE, "D", "mt", "mu"))
