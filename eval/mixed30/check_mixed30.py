#!/usr/bin/env python3
"""Validate the held-out mixed30 German/English eval data (standard library only): the checks of
``eval/check_mixed.py`` for articles en_T1 … de_T3, questions ob01 … and claims oc01 ….

Usage: python eval/mixed30/check_mixed30.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from check_mixed import check  # noqa: E402

if __name__ == "__main__":
    sys.exit(check(HERE, "T", "ob", "oc"))
