#!/usr/bin/env python3
"""Validate the held-out mixed6 German/English eval data (standard library only): the checks of
``eval/check_mixed.py`` for articles en_51 … de_53, questions md01 … and claims me01 ….

Usage: python eval/mixed6/check_mixed6.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from check_mixed import check  # noqa: E402

if __name__ == "__main__":
    sys.exit(check(HERE, "5", "md", "me"))
