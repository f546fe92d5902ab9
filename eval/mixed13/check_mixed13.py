#!/usr/bin/env python3
"""Validate the held-out mixed13 German/English eval data (standard library only): the checks of
``eval/check_mixed.py`` for articles en_C1 … de_C3, questions mr01 … and claims ms01 ….

Usage: python eval/mixed13/check_mixed13.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from check_mixed import check  # noqa: E402

if __name__ == "__main__":
    sys.exit(check(HERE, "C", "mr", "ms"))
