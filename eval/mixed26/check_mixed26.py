#!/usr/bin/env python3
"""Validate the held-out mixed26 German/English eval data (standard library only): the checks of
``eval/check_mixed.py`` for articles en_P1 … de_P3, questions nt01 … and claims nu01 ….

Usage: python eval/mixed26/check_mixed26.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from check_mixed import check  # noqa: E402

if __name__ == "__main__":
    sys.exit(check(HERE, "P", "nt", "nu"))
