#!/usr/bin/env python3
"""Validate the held-out mixed5 German/English eval data (standard library only): the checks of
``eval/check_mixed.py`` for articles en_41 … de_43, questions ma01 … and claims mb01 ….

Usage: python eval/mixed5/check_mixed5.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from check_mixed import check  # noqa: E402

if __name__ == "__main__":
    sys.exit(check(HERE, "4", "ma", "mb"))
