"""Rules are data: every list, taxonomy and pattern the stages use is read from `rules/`."""

from __future__ import annotations

import json
import os
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

DEFAULT_RULES = Path(__file__).resolve().parent.parent / "rules"


def rules_dir() -> Path:
    """The rules folder: $KEMBAR_RULES if set, else the repository's `rules/`."""
    return Path(os.environ.get("KEMBAR_RULES", DEFAULT_RULES))


def alternation(words) -> str:
    """A regular-expression alternation of literal words, longest first so that
    `sampai dengan` wins over `sampai`."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=32)
def load_yaml(name: str, folder: str | None = None) -> Any:
    path = Path(folder or rules_dir()) / name
    with path.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


@lru_cache(maxsize=32)
def load_jsonl(name: str, folder: str | None = None) -> list[dict]:
    path = Path(folder or rules_dir()) / name
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip() and not line.startswith("//")]
