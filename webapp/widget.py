"""The residents' widget script: ``static/widget.js`` with ``static/widget.css`` inlined.

The CSS is kept in its own file to be readable and is joined into the script when served, so a
host page needs exactly one ``<script src=".../widget.js" defer></script>`` and one request; a
stylesheet inside the widget's Shadow DOM would be a second request that a host's CSP might block.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path

STATIC = Path(__file__).parent / "static"
CSS_PLACEHOLDER = "__STYRSVAR_WIDGET_CSS__"


@functools.cache
def widget_script() -> str:
    script = (STATIC / "widget.js").read_text(encoding="utf-8")
    css = (STATIC / "widget.css").read_text(encoding="utf-8")
    if CSS_PLACEHOLDER not in script:
        raise RuntimeError(f"{STATIC / 'widget.js'} lacks the {CSS_PLACEHOLDER} placeholder")
    return script.replace(json.dumps(CSS_PLACEHOLDER), json.dumps(css, ensure_ascii=False))
