"""Exports beside the CSV tables: one Excel workbook with a sheet per table, and Parquet files,
for researchers who work in spreadsheets or in pandas/R; the bibliography for reference
managers (`bibliography.py`) and the REFI-QDA project for QDA software (`qdpx.py`)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from .bibliography import write_bibliography
from .dataset import corpus_tables
from .qdpx import write_qdpx
from .report import write_report
from .review import kept, reviewed_tables
from .store import Store
from .write import typed

EXCEL_CELL_LIMIT = 32_767


def write_exports(out: Path, tables: dict[str, pd.DataFrame]) -> None:
    """`kembar.xlsx` (a sheet per table, numbers as numbers) and `parquet/<table>.parquet`
    (lists as lists, numbers as numbers), from the store's tables."""
    out = Path(out)
    (out / "parquet").mkdir(exist_ok=True)
    typed_tables = {name: typed(name, frame) for name, frame in tables.items()}
    for name, frame in typed_tables.items():
        frame.to_parquet(out / "parquet" / f"{name}.parquet", index=False)
    with pd.ExcelWriter(out / "kembar.xlsx", engine="openpyxl") as workbook:
        for name, frame in tables.items():
            sheet(frame, typed_tables[name]).to_excel(workbook, sheet_name=name[:31], index=False)


def sheet(frame: pd.DataFrame, numbers: pd.DataFrame) -> pd.DataFrame:
    """A table for Excel: whole numbers as numbers (from its typed twin `numbers`), lists as
    their `;`-separated text, every text cut to what one cell holds."""
    return pd.DataFrame(
        {
            column: numbers[column]
            if str(numbers[column].dtype) == "Int64"
            else frame[column].str.slice(0, EXCEL_CELL_LIMIT)
            for column in frame.columns
        },
        columns=frame.columns,
    )


def export_all(out: Path) -> None:
    """Every export of a run, from `out/kembar.sqlite` alone: the rules' rows with the
    researcher's decisions applied, the corpus tables rebuilt from them, then the CSV
    tables, the workbook, Parquet, `report.html`, the bibliography and the QDA project."""
    store = Store(out)
    try:
        tables = reviewed_tables(store.tables(), store.decisions())
        built = corpus_tables(kept(tables["events"]), kept(tables["partnerships"]))
        for name, frame in built.items():
            store.replace_table(name, frame)
            tables[name] = store.frame(name)
        store.export(tables)
    finally:
        store.close()
    write_exports(out, tables)
    write_report(out, tables)
    write_bibliography(out, tables)
    write_qdpx(out, tables)
