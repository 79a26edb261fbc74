"""The rules loader: one checked object for every vocabulary, errors that name file and key."""

from __future__ import annotations

import shutil

import pytest

from pipeline.rules import RulesError, load_rules, rules_dir


def copied_rules(tmp_path, name: str, old: str, new: str) -> str:
    folder = tmp_path / "rules"
    shutil.copytree(rules_dir(), folder)
    path = folder / name
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return str(folder)


def test_the_repository_rules_load_with_their_vocabularies():
    rules = load_rules()
    assert rules.event_types[:3] == ["legislative", "renewed", "suspended"]
    assert rules.agreement_codes[:3] == ["loi", "mou", "agreement"]
    assert "Kabupaten" in rules.government_forms("CITY")
    assert "Prefecture" in rules.government_suffixes("PROVINCE")


def test_an_alias_with_an_unknown_label_names_the_file_and_the_alias(tmp_path):
    folder = copied_rules(tmp_path, "places.yaml", "label: PROVINCE", "label: STATE")
    with pytest.raises(RulesError, match=r"places.yaml: aliases: .*: label 'STATE'"):
        load_rules(folder)


def test_a_partnership_kind_that_is_no_agreement_code_is_refused(tmp_path):
    folder = copied_rules(
        tmp_path, "events.yaml", "partnership_kinds: [", "partnership_kinds: [twin_town, "
    )
    with pytest.raises(RulesError, match="partnership_kinds: twin_town is not in agreements"):
        load_rules(folder)


def test_a_missing_rules_file_is_named(tmp_path):
    folder = tmp_path / "rules"
    shutil.copytree(rules_dir(), folder)
    (folder / "sectors.yaml").unlink()
    with pytest.raises(RulesError, match="sectors.yaml is missing"):
        load_rules(str(folder))


def test_a_trigger_given_in_another_shape_is_refused(tmp_path):
    folder = copied_rules(tmp_path, "events.yaml", "happening:\n  words:", "happening:\n  verbs:")
    with pytest.raises(RulesError, match="happening: expected roots"):
        load_rules(folder)
