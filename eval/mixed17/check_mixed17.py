#!/usr/bin/env python3
"""Validate the held-out mixed17 German/English eval data (standard library only): the checks of
``eval/check_mixed.py`` for articles en_G1 … de_G3, questions mz01 … and claims na01 ….

Usage: python eval/mixed17/check_mixed17.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from check_mixed import check  # noqa: E402

if __name__ == "__main__":
    sys.exit(check(HERE, "G", "mz", "na"))
