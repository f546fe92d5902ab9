#!/usr/bin/env python3
"""Validate the held-out mixed20 German/English eval data (standard library only): the checks of
``eval/check_mixed.py`` for articles en_J1 … de_J3, questions nh01 … and claims ni01 ….

Usage: python eval/mixed20/check_mixed20.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from check_mixed import check  # noqa: E402

if __name__ == "__main__":
    sys.exit(check(HERE, "J", "nh", "ni"))
