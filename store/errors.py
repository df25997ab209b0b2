"""Errors of the store layer."""


class StoreError(Exception):
    """Base of every store error shown to a user."""


class StoreNotFound(StoreError):
    """No index has been built in the store folder yet."""


class MissingDependency(StoreError):
    """An optional backend was selected whose package is not installed."""
