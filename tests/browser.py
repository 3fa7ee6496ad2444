"""The real browser the view tests drive: scripts/screenshot.py's Chromium, and a mark that skips without it."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def load_screenshot_script():
    """scripts/screenshot.py as a module (it finds Debian's chromium and drives it)."""
    spec = importlib.util.spec_from_file_location("screenshot", ROOT / "scripts" / "screenshot.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


shot = load_screenshot_script()
needs_chromium = pytest.mark.skipif(not shot.CHROMIUM.exists(), reason=f"{shot.CHROMIUM} not installed")
