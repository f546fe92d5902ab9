#!/usr/bin/env python3
"""Validate the held-out mixed18 German/English eval data (standard library only): the checks of
``eval/check_mixed.py`` for articles en_H1 … de_H3, questions nd01 … and claims ne01 ….

Usage: python eval/mixed18/check_mixed18.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from check_mixed import check  # noqa: E402

if __name__ == "__main__":
    sys.exit(check(HERE, "H", "nd", "ne"))
