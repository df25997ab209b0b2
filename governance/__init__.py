"""The collection's health by the styrmodell's own rules: findings per document, from the registry.

``rules.toml`` holds the rules (quoted from the styrmodell, with page) and the kinds of finding;
:mod:`governance.checks` holds one small check per kind; :func:`governance.report.build_report`
runs them over a registry; :func:`governance.notes.notes_for` gives the assistant the few
findings a reader of an answer should hear about.
"""
