"""Settings: where the configuration lives, how it is read, and its fingerprint.

Settings are data (``configs/settings.toml``); stages receive resource paths from
them, so changing a rule never means editing code.
"""

from __future__ import annotations

import hashlib
import os
import tomllib
from pathlib import Path
from typing import Any

PACKAGE_DIR = Path(__file__).resolve().parent
DEFAULT_CONFIG_DIR = PACKAGE_DIR.parent / "configs"
ENV_CONFIG_DIR = "PIPELINE_CONFIG_DIR"


def config_dir(path: str | os.PathLike[str] | None = None) -> Path:
    """The configuration folder: an explicit path, ``$PIPELINE_CONFIG_DIR``, or ``configs/``."""
    chosen = path or os.environ.get(ENV_CONFIG_DIR) or DEFAULT_CONFIG_DIR
    return Path(chosen).resolve()


def load_settings(path: str | os.PathLike[str] | None = None) -> dict[str, Any]:
    """Read ``settings.toml`` and remember the folder it came from under ``_dir``."""
    folder = config_dir(path)
    with open(folder / "settings.toml", "rb") as fh:
        settings = tomllib.load(fh)
    settings["_dir"] = str(folder)
    return settings


def resource(settings: dict[str, Any], relative: str) -> Path:
    """A resource path named in the settings, resolved against the config folder."""
    return Path(settings["_dir"]) / relative


def config_hash(settings: dict[str, Any]) -> str:
    """SHA-256 over every file of the configuration folder, in a stable order.

    The hash identifies the exact rules a run used; it goes into the manifest and
    lets a rerun tell whether earlier output is still valid.
    """
    folder = Path(settings["_dir"])
    digest = hashlib.sha256()
    for file in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(file.relative_to(folder).as_posix().encode())
        digest.update(b"\0")
        digest.update(file.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()
