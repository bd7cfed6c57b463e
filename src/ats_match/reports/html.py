"""A report as one self-contained HTML page, or the fragment a notebook shows. Resume text
is untrusted: jinja2 autoescapes and nothing is marked safe. The page loads nothing: CSS
and the SVG chart are inline, there is no script, and a Content-Security-Policy forbids
any fetch."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .view import environment, report_view


def html_from_dict(data: Mapping[str, Any], *, full_page: bool = True) -> str:
    """HTML from a report dict (the shape of `Report.to_dict()`)."""
    template = environment().get_template("report.html.j2")
    return template.render(full_page=full_page, **report_view(data))
