#!/usr/bin/env python3
"""Validate the held-out mixed10 German/English eval data (standard library only): the checks of
``eval/check_mixed.py`` for articles en_91 … de_93, questions ml01 … and claims mm01 ….

Usage: python eval/mixed10/check_mixed10.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from check_mixed import check  # noqa: E402

if __name__ == "__main__":
    sys.exit(check(HERE, "9", "ml", "mm"))
