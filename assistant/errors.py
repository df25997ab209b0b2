"""Errors of the assistant layer."""


class AssistantError(Exception):
    """Base of every assistant error shown to a user."""


class LLMError(AssistantError):
    """The configured chat model failed or is misconfigured; the extractive answer is used instead."""
