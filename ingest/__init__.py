"""Ingest: fill the Chroma store with citable passages from article files."""
