#!/usr/bin/env python3
"""Validate the held-out mixed8 German/English eval data (standard library only): the checks of
``eval/check_mixed.py`` for articles en_71 … de_73, questions mh01 … and claims mi01 ….

Usage: python eval/mixed8/check_mixed8.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from check_mixed import check  # noqa: E402

if __name__ == "__main__":
    sys.exit(check(HERE, "7", "mh", "mi"))
