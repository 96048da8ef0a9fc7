"""The dashboard's timeline legend in a real browser (issue 14): no category shows a blank value, before
or while pointing at a bar. Reuses the invented reports and the live server of ``test_browser``."""

from __future__ import annotations

import pytest

pytest.importorskip("playwright")

from playwright.sync_api import Page

from test_browser import Live, browser_type_launch_args, live  # noqa: F401  (fixtures)


def test_the_timeline_legend_is_never_blank(page: Page, live: Live) -> None:  # noqa: F811
    page.goto(live.url("/"))
    page.wait_for_selector("#timeline canvas")
    legend = page.locator("#timeline .u-legend .u-series")
    labels = legend.locator(".u-label").all_inner_texts()
    values = legend.locator(".u-value").all_inner_texts()
    assert "civilians" in labels and len(values) == len(labels)
    assert all(v.strip() for v in values), dict(zip(labels, values, strict=True))
    box = page.locator("#timeline .u-over").bounding_box()
    assert box
    page.mouse.move(box["x"] + 2, box["y"] + box["height"] / 2)          # pointing at the first bar
    values = legend.locator(".u-value").all_inner_texts()
    assert all(v.strip() for v in values), dict(zip(labels, values, strict=True))
