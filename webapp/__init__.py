"""The web app: staff chat (Gradio), JSON API, the residents' widget and PDF serving.

:func:`webapp.factory.build_app` assembles it from a :class:`config.settings.Settings` and an
assistant; ``app.py`` is the edge that reads the environment and opens the store.
"""
