#!/usr/bin/env python3
"""Validate the held-out mixed29 German/English eval data (standard library only): the checks of
``eval/check_mixed.py`` for articles en_S1 … de_S3, questions nz01 … and claims oa01 ….

Usage: python eval/mixed29/check_mixed29.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from check_mixed import check  # noqa: E402

if __name__ == "__main__":
    sys.exit(check(HERE, "S", "nz", "oa"))
