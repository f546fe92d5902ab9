#!/usr/bin/env python3
"""Validate the held-out mixed22 German/English eval data (standard library only): the checks of
``eval/check_mixed.py`` for articles en_L1 … de_L3, questions nl01 … and claims nm01 ….

Usage: python eval/mixed22/check_mixed22.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from check_mixed import check  # noqa: E402

if __name__ == "__main__":
    sys.exit(check(HERE, "L", "nl", "nm"))
