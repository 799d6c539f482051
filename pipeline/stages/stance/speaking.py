"""The party a claim speaks for, shared by the pairing modules.

Why a module of its own: :mod:`.pairs` uses the modules that add pairs of one kind
(:mod:`.named_deniers`) or find deniers (:mod:`.doers`), and they need the same reading
of who speaks.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def speaker_code(claim: Mapping[str, Any]) -> str | None:
    """The speaker's actor code, else the resolved speaker's ("it" -> the ministry)."""
    speaker = claim.get("speaker") or {}
    resolved = claim.get("resolved_speaker") or {}
    return speaker.get("actor") or resolved.get("actor")
