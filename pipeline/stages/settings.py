"""Typed stage settings: one frozen dataclass per stage, built from its ``configs/`` files.

Why: a stage that unpacks dictionary keys by hand in ``__init__`` fails late and vaguely
(a ``KeyError`` deep in a document, or a silently empty word list after a typo). Each
stage instead declares what it reads as a dataclass; :func:`build` fills it from the
parsed JSON/TOML, converts word lists to frozensets and maps to plain dicts, and raises
:class:`SettingsError` naming the file and the key when something is missing or of the
wrong shape.

A field reads the key of its own name unless ``key(...)`` gives a dotted path into the
file (``"modifier_participles.tags"``). Keys starting with ``_`` are comments. Files may
hold keys for other readers (a lexicon shared by several stages), so unknown keys are
allowed unless ``build(..., strict=True)``.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from collections.abc import Mapping
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")
_MISSING = object()


class SettingsError(ValueError):
    """A configuration file lacks a key or holds a value of the wrong shape."""


def key(path: str, default: Any = _MISSING, **kwargs: Any) -> Any:
    """A dataclass field read from the dotted ``path`` of the file."""
    if default is not _MISSING:
        kwargs["default"] = default
    return dataclasses.field(metadata={"key": path}, **kwargs)


def read_json(path: str | Path) -> dict[str, Any]:
    """A JSON object from ``path``; SettingsError with the file and line if it is not one."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as err:
        raise SettingsError(f"{path}:{err.lineno}: not valid JSON ({err.msg})") from err
    except OSError as err:
        raise SettingsError(f"{path}: cannot be read ({err.strerror})") from err
    if not isinstance(data, dict):
        raise SettingsError(f"{path}: expected a JSON object at the top")
    return data


def _lookup(data: Mapping[str, Any], dotted: str) -> Any:
    node: Any = data
    for part in dotted.split("."):
        if not isinstance(node, Mapping) or part not in node:
            return _MISSING
        node = node[part]
    return node


def _strip_comments(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {k: _strip_comments(v) for k, v in value.items() if not str(k).startswith("_")}
    return value


def _convert(value: Any, hint: Any, where: str) -> Any:
    """``value`` checked against the type ``hint`` (the subset stages use)."""
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if hint is Any:
        return _strip_comments(value)
    if origin in (typing.Union, types.UnionType):
        if value is None and type(None) in args:
            return None
        options = [a for a in args if a is not type(None)]
        errors = []
        for option in options:
            try:
                return _convert(value, option, where)
            except SettingsError as err:
                errors.append(str(err))
        raise SettingsError(errors[0])
    if origin in (frozenset, set, tuple, list):
        if not isinstance(value, list):
            raise SettingsError(f"{where}: expected a list, got {type(value).__name__}")
        inner = args[0] if args else Any
        items = [_convert(v, inner, f"{where}[{i}]") for i, v in enumerate(value)]
        return frozenset(items) if origin in (frozenset, set) else tuple(items)
    if origin in (dict, Mapping) or hint in (dict, Mapping):
        if not isinstance(value, Mapping):
            raise SettingsError(f"{where}: expected an object, got {type(value).__name__}")
        k_hint, v_hint = args if args else (str, Any)
        return {
            _convert(k, k_hint, where): _convert(v, v_hint, f"{where}.{k}")
            for k, v in value.items() if not str(k).startswith("_")
        }
    if hint is bool:
        if not isinstance(value, bool):
            raise SettingsError(f"{where}: expected true or false, got {value!r}")
        return value
    if hint in (int, float):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise SettingsError(f"{where}: expected a number, got {value!r}")
        if hint is int and not float(value).is_integer():
            raise SettingsError(f"{where}: expected a whole number, got {value!r}")
        return hint(value)
    if hint is str:
        if not isinstance(value, str):
            raise SettingsError(f"{where}: expected a string, got {value!r}")
        return value
    if dataclasses.is_dataclass(hint):
        if not isinstance(value, Mapping):
            raise SettingsError(f"{where}: expected an object, got {type(value).__name__}")
        return _build(hint, value, where, strict=False)
    raise TypeError(f"settings type {hint!r} is not supported ({where})")


def convert(value: Any, hint: Any, source: str | Path) -> Any:
    """``value`` checked and converted to the type ``hint``, errors naming ``source``."""
    return _convert(value, hint, str(source))


def _build(cls: type[T], data: Mapping[str, Any], where: str, strict: bool) -> T:
    hints = typing.get_type_hints(cls)
    values: dict[str, Any] = {}
    used: set[str] = set()
    for f in dataclasses.fields(cls):  # type: ignore[arg-type]
        dotted = f.metadata.get("key", f.name)
        used.add(dotted.split(".")[0])
        raw = _lookup(data, dotted)
        if raw is _MISSING:
            if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
                raise SettingsError(f"{where}: missing key {dotted!r}")
            continue
        values[f.name] = _convert(raw, hints[f.name], f"{where}: key {dotted!r}")
    if strict:
        extra = sorted(k for k in data if not str(k).startswith("_") and k not in used)
        if extra:
            raise SettingsError(f"{where}: unknown keys {extra}")
    return cls(**values)


def build(cls: type[T], data: Mapping[str, Any], source: str | Path, strict: bool = False) -> T:
    """An instance of the dataclass ``cls`` from ``data`` read from ``source`` (for errors)."""
    return _build(cls, data, str(source), strict)


def load(cls: type[T], path: str | Path, strict: bool = False) -> T:
    """An instance of ``cls`` from the JSON file at ``path``."""
    return build(cls, read_json(path), path, strict)
