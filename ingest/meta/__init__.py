"""Governance metadata read from a styrdokument's own text: a few general readers over one vocabulary.

:mod:`ingest.metadata` is the entry point; the readers live here, one noun each: ``labels``
(labelled fields in any arrangement), ``prose`` (decision and validity statements in sentences),
``history`` (decision-history tables), ``title``; ``candidates`` chooses among what they found.
"""
