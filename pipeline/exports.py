"""Exports beside the CSV tables: one Excel workbook with a sheet per table, and Parquet files,
for researchers who work in spreadsheets or in pandas/R."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from .write import TABLES

CORPUS_TABLES = ["timeline", "partnerships_all"]
EXCEL_CELL_LIMIT = 32_767


def read_tables(out: Path) -> dict[str, pd.DataFrame]:
    names = [*TABLES, *CORPUS_TABLES]
    return {
        name: pd.read_csv(out / f"{name}.csv", dtype=str, keep_default_na=False)
        for name in names
        if (out / f"{name}.csv").exists()
    }


def write_exports(out: Path) -> None:
    """`kembar.xlsx` (a sheet per table) and `parquet/<table>.parquet`, from the CSV tables."""
    out = Path(out)
    tables = read_tables(out)
    (out / "parquet").mkdir(exist_ok=True)
    for name, frame in tables.items():
        frame.to_parquet(out / "parquet" / f"{name}.parquet", index=False)
    with pd.ExcelWriter(out / "kembar.xlsx", engine="openpyxl") as workbook:
        for name, frame in tables.items():
            clipped = frame.apply(lambda column: column.str.slice(0, EXCEL_CELL_LIMIT))
            clipped.to_excel(workbook, sheet_name=name[:31], index=False)
