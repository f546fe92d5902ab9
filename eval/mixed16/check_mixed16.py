#!/usr/bin/env python3
"""Validate the held-out mixed16 German/English eval data (standard library only): the checks of
``eval/check_mixed.py`` for articles en_F1 … de_F3, questions mx01 … and claims my01 ….

Usage: python eval/mixed16/check_mixed16.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from check_mixed import check  # noqa: E402

if __name__ == "__main__":
    sys.exit(check(HERE, "F", "mx", "my"))
