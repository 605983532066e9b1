#!/usr/bin/env python3
"""The peer for bench/reconcile.sh: DuckDB doing the same reconciliation job on the same files.

Reads the ledger CSV and the export CSV (UTF-8), full outer join on the invoice number, compares
date, seller tax id, seller name, amount, tax and total, and writes every difference as JSON.
Usage: duckdb_reconcile.py LEDGER.csv EXPORT.csv OUT.json
"""
import sys

try:
    import duckdb
except ImportError:
    import subprocess

    subprocess.check_call([sys.executable, "-m", "pip", "install", "--quiet", "duckdb"])
    import duckdb

ledger, export, out = sys.argv[1:4]
con = duckdb.connect()
con.execute(f"""
CREATE TABLE l AS SELECT row_number() OVER () + 1 AS row, * FROM read_csv('{ledger}', all_varchar = true, header = true);
CREATE TABLE e AS SELECT row_number() OVER () + 1 AS row, * FROM read_csv('{export}', all_varchar = true, header = true);
COPY (
  WITH j AS (
    SELECT l.row AS ledger_row, e.row AS export_row,
           coalesce(e."数电发票号码", l."发票号码") AS invoice_number,
           l."发票号码" AS l_no, e."数电发票号码" AS e_no,
           l."开票日期" AS l_date, left(e."开票日期", 10) AS e_date,
           upper(trim(l."销方税号")) AS l_tax_id, upper(trim(e."销方识别号")) AS e_tax_id,
           l."销方名称" AS l_name, e."销方名称" AS e_name,
           TRY_CAST(l."金额" AS DECIMAL(18,2)) AS l_amount, TRY_CAST(e."金额" AS DECIMAL(18,2)) AS e_amount,
           TRY_CAST(l."税额" AS DECIMAL(18,2)) AS l_tax, TRY_CAST(e."税额" AS DECIMAL(18,2)) AS e_tax,
           TRY_CAST(l."价税合计" AS DECIMAL(18,2)) AS l_total, TRY_CAST(e."价税合计" AS DECIMAL(18,2)) AS e_total,
           e."发票状态" AS status
    FROM l FULL OUTER JOIN e ON trim(l."发票号码") = trim(e."数电发票号码")
  )
  SELECT CASE WHEN l_no IS NULL THEN 'missing_in_ledger'
              WHEN e_no IS NULL THEN 'missing_in_export'
              WHEN status <> '正常' AND l_date = e_date AND l_tax_id = e_tax_id AND l_name = e_name
                   AND l_amount = e_amount AND l_tax = e_tax AND l_total = e_total THEN 'status'
              ELSE 'mismatch' END AS kind,
         invoice_number, ledger_row, export_row,
         l_date, e_date, l_tax_id, e_tax_id, l_name, e_name,
         l_amount, e_amount, l_tax, e_tax, l_total, e_total, status
  FROM j
  WHERE l_no IS NULL OR e_no IS NULL OR status <> '正常'
     OR l_date IS DISTINCT FROM e_date OR l_tax_id IS DISTINCT FROM e_tax_id
     OR l_name IS DISTINCT FROM e_name OR l_amount IS DISTINCT FROM e_amount
     OR l_tax IS DISTINCT FROM e_tax OR l_total IS DISTINCT FROM e_total
  ORDER BY kind, ledger_row, export_row
) TO '{out}' (FORMAT JSON, ARRAY true);
""")
