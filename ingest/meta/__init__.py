"""Governance metadata read from a styrdokument's own text: a few general readers over one vocabulary.

:mod:`ingest.metadata` is the entry point. The page model is ``document`` (lines in cells, zones,
paragraphs; ``styled`` adds font sizes, ``wrapping`` joins wrapped table rows); the readers are
``labels`` with ``history`` (labelled fields in any arrangement, grids and decision histories;
``values`` parses a labelled value), ``prose`` with ``clauses`` (what the document says about
itself in sentences) and ``title``; ``decision`` reads a decision clause; ``candidates`` chooses
among what the readers found; ``vocab`` holds the labels (``labels.toml``) and value parsers.
"""
