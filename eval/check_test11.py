#!/usr/bin/env python3
"""Check the test11 split (questions_test11.jsonl, claims_test11.jsonl) against the seed articles: the checks of
``check_test5.py`` with test11's files, ids and counts (48 questions g01…g48, 54 claims h01…h54, six of each kind).

Usage:
    python eval/check_test11.py                  # articles in <repo>/data/articles
    python eval/check_test11.py path/to/articles

Standard library only. Prints one summary line per file; exits 1 with the reasons on any failure.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import check_test5 as check

check.six_per_kind("test11", "g", "h")

if __name__ == "__main__":
    sys.exit(check.main())
