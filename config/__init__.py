"""Settings, declared as data: below every layer that reads them (CLI, app, eval), above none.

Only the edges (``styrsvar``, ``app.py``, ``webapp``, ``eval``) import it; the library layers
(``assistant``, ``ingest``, ``store``) receive plain values and never see a Settings object.
"""
