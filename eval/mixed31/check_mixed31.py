#!/usr/bin/env python3
"""Validate the held-out mixed31 German/English eval data (standard library only): the checks of
``eval/check_mixed.py`` for articles en_U1 … de_U3, questions od01 … and claims oe01 ….

Usage: python eval/mixed31/check_mixed31.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from check_mixed import check  # noqa: E402

if __name__ == "__main__":
    sys.exit(check(HERE, "U", "od", "oe"))
