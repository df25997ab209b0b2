"""The store: registry (SQLite) + vector index (Chroma) + lexical index (BM25), in generations.

``ingest`` writes it through :class:`store.writer.StoreWriter`; ``assistant`` reads it through
:class:`store.reader.Store`. :mod:`store.schema` is the contract both share.
"""
