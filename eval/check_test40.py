#!/usr/bin/env python3
"""Check the test40 split (questions_test40.jsonl, claims_test40.jsonl) against the seed articles: the checks of
``check_test5.py`` with test40's files, ids and counts (54 claims, six of each kind).

Usage:
    python eval/check_test40.py                  # articles in <repo>/data/articles
    python eval/check_test40.py path/to/articles

Standard library only. Prints one summary line per file; exits 1 with the reasons on any failure.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import check_test5 as check

check.six_per_kind("test40", "ra", "rb")

if __name__ == "__main__":
    sys.exit(check.main())
