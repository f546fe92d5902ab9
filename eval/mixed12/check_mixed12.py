#!/usr/bin/env python3
"""Validate the held-out mixed12 German/English eval data (standard library only): the checks of
``eval/check_mixed.py`` for articles en_B1 … de_B3, questions mp01 … and claims mq01 ….

Usage: python eval/mixed12/check_mixed12.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from check_mixed import check  # noqa: E402

if __name__ == "__main__":
    sys.exit(check(HERE, "B", "mp", "mq"))
