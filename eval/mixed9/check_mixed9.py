#!/usr/bin/env python3
"""Validate the held-out mixed9 German/English eval data (standard library only): the checks of
``eval/check_mixed.py`` for articles en_81 … de_83, questions mj01 … and claims mk01 ….

Usage: python eval/mixed9/check_mixed9.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from check_mixed import check  # noqa: E402

if __name__ == "__main__":
    sys.exit(check(HERE, "8", "mj", "mk"))
