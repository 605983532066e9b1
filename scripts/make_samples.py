#!/usr/bin/env python3
"""Deterministic sample data for reconciliation: a purchase ledger (台账) and the platform's export.

Writes into --out:
  ledger.csv     the merchant's ledger (--encoding utf-8 or gbk), header on row 1
  ledger-gbk.csv the same ledger in GBK (--gbk-copy)
  ledger.xlsx    the same ledger as a workbook (--ledger-xlsx)
  export.xlsx    sheet 发票基础信息, two title rows, the 19-column header on row 3
  export.csv     the same export as UTF-8 CSV without title rows (--export-csv, for benchmarks)
  truth.json     what a correct reconciliation finds (the format of the team's shared sample)

About 1% of invoices carry each planted difference: missing in the export (other region, recent,
unknown), missing in the ledger (not recorded, voided), changed values, mistyped numbers, platform
status, duplicate ledger rows, Excel-damaged numbers. Same --seed and --rows, same bytes.

Usage (what is committed):
  python3 scripts/make_samples.py --rows 200 --out static/samples
  python3 scripts/make_samples.py --rows 300 --seed 7 --gbk-copy --ledger-xlsx \
      --out crates/fapiao-core/tests/fixtures/reconcile/generated
  bench/reconcile.sh makes the 100,000 and 1,000,000-row sets under bench/out/.
"""

import argparse
import csv
import datetime as dt
import json
import os
import random
import sys
from decimal import ROUND_HALF_UP, Decimal


from pyneed import need  # noqa: E402  (scripts/ is on sys.path when run as a script)


ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]
BEIJING_DISTRICTS = ["110101", "110102", "110105", "110106", "110108", "110112", "110115"]
PREFIXES = ["北京", "华信", "嘉禾", "海纳", "明远", "泰和", "瑞丰", "博达", "鼎盛", "天成", "润泽", "金桥"]
MIDDLES = ["宏图", "兴业", "博达", "嘉禾", "瑞丰", "润泽", "明远", "金桥", "天成", "鼎盛"]
TRADES = ["科技", "信息技术", "物流", "咨询", "餐饮管理", "文化传媒", "建筑工程", "商贸", "设备租赁"]
RATES = [("13%", Decimal("0.13")), ("9%", Decimal("0.09")), ("6%", Decimal("0.06")),
         ("3%", Decimal("0.03")), ("1%", Decimal("0.01"))]
EXPORT_HEADER = ["序号", "发票代码", "发票号码", "数电发票号码", "销方识别号", "销方名称", "购方识别号",
                 "购买方名称", "开票日期", "金额", "税额", "价税合计", "发票来源", "发票票种", "发票状态",
                 "是否正数发票", "发票风险等级", "开票人", "备注"]
LEDGER_HEADER = ["发票号码", "开票日期", "销方名称", "销方税号", "金额", "税率", "税额", "价税合计", "备注"]
BUYER_NAME = "北京润泽润泽餐饮管理有限公司"
AS_OF = dt.date(2024, 11, 30)
START = dt.date(2024, 9, 1)
CENT = Decimal("0.01")


def org_code(rng):
    body = "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(8))
    value = lambda c: int(c) if c.isdigit() else ord(c) - 55
    check = 11 - sum(value(c) * w for c, w in zip(body, ORG_WEIGHTS)) % 11
    return body + {10: "X", 11: "0"}.get(check, str(check))


def uscc(rng):
    """An 18-character 统一社会信用代码 with a valid GB 32100 check character."""
    body = "91" + rng.choice(BEIJING_DISTRICTS) + org_code(rng)
    total = sum(ALPHABET.index(c) * w for c, w in zip(body, USCC_WEIGHTS))
    return body + ALPHABET[(31 - total % 31) % 31]


def company(rng):
    trade = rng.choice(TRADES)
    if rng.random() < 0.25:
        return f"{rng.choice(PREFIXES)}{trade}（北京）有限公司"
    return f"北京{rng.choice(PREFIXES)}{rng.choice(MIDDLES)}{trade}有限公司"


def number(rng, province="11"):
    return "24" + province + "2" + "".join(rng.choice("0123456789") for _ in range(15))


def typo(rng, n):
    """One digit substituted, or two adjacent different digits swapped (past the prefix)."""
    s = list(n)
    while True:
        i = rng.randrange(5, len(s) - 1)
        if rng.random() < 0.5 and s[i] != s[i + 1]:
            s[i], s[i + 1] = s[i + 1], s[i]
        else:
            s[i] = rng.choice([d for d in "0123456789" if d != s[i]])
        t = "".join(s)
        if t != n:
            return t


def excel_damaged(n):
    """What Excel shows for a 20-digit number typed into a General cell."""
    return f"{Decimal(n):.5E}"


def money(x):
    return x.quantize(CENT, rounding=ROUND_HALF_UP)


class Invoice:
    def __init__(self, rng, sellers, day=None, province="11"):
        self.number = number(rng, province)
        self.date = day or START + dt.timedelta(days=rng.randrange((AS_OF - START).days + 1))
        self.time = f"{rng.randrange(8, 19):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}"
        self.seller_name, self.seller_id = rng.choice(sellers)
        self.rate_text, rate = rng.choice(RATES)
        self.amount = money(Decimal(rng.randrange(10000, 5000000)) / 100)
        self.tax = money(self.amount * rate)
        self.total = self.amount + self.tax
        self.kind = rng.choice(["数电票（普通发票）", "数电票（增值税专用发票）"])
        self.status = "正常"

    def ledger_row(self, number=None, total=None):
        total = self.total if total is None else total
        return [number or self.number, self.date.isoformat(), self.seller_name, self.seller_id,
                str(self.amount), self.rate_text, str(self.tax), str(total), ""]

    def export_row(self, serial):
        return [serial, "", "", self.number, self.seller_id, self.seller_name, "9111010274Q28PCGMU",
                BUYER_NAME, f"{self.date.isoformat()} {self.time}", self.amount, self.tax, self.total,
                "电子发票服务平台", self.kind, self.status, "是", "正常", "系统", ""]


def generate(rows, seed):
    rng = random.Random(seed)
    sellers = [(company(rng), uscc(rng)) for _ in range(max(12, rows // 50))]
    k = max(2, rows // 100)
    truth = {kind: [] for kind in
             ["missing_in_export", "missing_in_ledger", "mismatch", "status", "duplicate", "invalid"]}
    diagnosis = {}
    ledger, export, damaged_rows = [], [], []  # ledger: (row values, tag)

    def plain(**kw):
        inv = Invoice(rng, sellers, **kw)
        ledger.append(inv.ledger_row())
        export.append(inv)
        return inv

    base = rows - 8 * k
    for i in range(base):
        # A recent, matched invoice keeps the export's last issue date at the as-of date.
        plain(day=AS_OF if i == 0 else AS_OF - dt.timedelta(days=4 + rng.randrange((AS_OF - START).days - 4)))
    for _ in range(k):
        inv = Invoice(rng, sellers, province=rng.choice(["31", "32", "44"]))
        ledger.append(inv.ledger_row())
        truth["missing_in_export"].append(inv.number)
        diagnosis[inv.number] = "other_region"
        inv = Invoice(rng, sellers, day=AS_OF - dt.timedelta(days=rng.randrange(3)))
        ledger.append(inv.ledger_row())
        truth["missing_in_export"].append(inv.number)
        diagnosis[inv.number] = "recent"
        inv = Invoice(rng, sellers, day=START + dt.timedelta(days=rng.randrange(60)))
        ledger.append(inv.ledger_row())
        truth["missing_in_export"].append(inv.number)
        diagnosis[inv.number] = "unknown"
    for j in range(k):
        inv = Invoice(rng, sellers)
        if j % 2:
            inv.status = "已作废"
        export.append(inv)
        truth["missing_in_ledger"].append(inv.number)
    for j in range(k):
        inv = Invoice(rng, sellers)
        export.append(inv)
        changed = inv.total + money(Decimal(rng.randrange(1, 1000)) / 100)
        ledger.append(inv.ledger_row(total=changed))
        truth["mismatch"].append(inv.number)
        inv = Invoice(rng, sellers)
        export.append(inv)
        ledger.append(inv.ledger_row(number=typo(rng, inv.number)))
        truth["mismatch"].append(inv.number)
    for j in range(k):
        inv = plain()
        inv.status = ["已作废", "已红冲-全额", "已红冲-部分"][j % 3]
        truth["status"].append(inv.number)
    for _ in range(k):
        inv = plain()
        ledger.append(inv.ledger_row())
        truth["duplicate"].append(inv.number)
    for _ in range(k):
        inv = Invoice(rng, sellers)
        export.append(inv)
        row = inv.ledger_row(number=excel_damaged(inv.number))
        ledger.append(row)
        damaged_rows.append(row)
        truth["invalid"].append(inv.number)

    rng.shuffle(ledger)
    rng.shuffle(export)
    validation = [{"row": i + 2, "rule": "invoice_number.excel_damaged"}
                  for i, r in enumerate(ledger) if any(r is d for d in damaged_rows)]
    bad = {v["row"] for v in validation}
    return {
        "ledger": ledger,
        "export": export,
        "truth": {
            "as_of": AS_OF.isoformat(),
            "ledger": "ledger.csv",
            "export": "export.xlsx",
            "ledger_rows": len(ledger),
            "export_rows": len(export),
            "exceptions": {kind: sorted(v) for kind, v in truth.items()},
            "diagnosis": diagnosis,
            "validation": validation,
            "clean_rows": [i + 2 for i in range(len(ledger)) if i + 2 not in bad],
        },
    }


def write_ledger_csv(path, rows, encoding):
    with open(path, "w", encoding=encoding, newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(LEDGER_HEADER)
        w.writerows(rows)


def write_ledger_xlsx(path, rows):
    xlsxwriter = need("xlsxwriter", "XlsxWriter")
    wb = xlsxwriter.Workbook(path, {"constant_memory": True, "strings_to_numbers": False})
    wb.set_properties({"created": dt.datetime(2024, 11, 30)})
    ws = wb.add_worksheet("台账")
    ws.write_row(0, 0, LEDGER_HEADER)
    for r, row in enumerate(rows, start=1):
        for c, v in enumerate(row):
            if c in (4, 6, 7):
                ws.write_number(r, c, float(v))
            else:
                ws.write_string(r, c, v)
    wb.close()


def write_export_xlsx(path, invoices):
    xlsxwriter = need("xlsxwriter", "XlsxWriter")
    wb = xlsxwriter.Workbook(path, {"constant_memory": True, "strings_to_numbers": False})
    wb.set_properties({"created": dt.datetime(2024, 11, 30)})
    ws = wb.add_worksheet("发票基础信息")
    money_fmt = wb.add_format({"num_format": "0.00"})
    ws.write_string(0, 0, "全量发票查询导出结果")
    ws.write_string(1, 0, f"查询条件：开票日期 {START.isoformat()} 至 {AS_OF.isoformat()}  购方识别号：9111010274Q28PCGMU")
    ws.write_row(2, 0, EXPORT_HEADER)
    for r, inv in enumerate(invoices, start=3):
        for c, v in enumerate(inv.export_row(r - 2)):
            if isinstance(v, Decimal):
                ws.write_number(r, c, float(v), money_fmt)
            elif isinstance(v, int):
                ws.write_number(r, c, v)
            else:
                ws.write_string(r, c, v)
    wb.close()


def write_export_csv(path, invoices):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(EXPORT_HEADER)
        for i, inv in enumerate(invoices, start=1):
            w.writerow([str(v) for v in inv.export_row(i)])


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--rows", type=int, default=200, help="ledger rows, about (default 200)")
    p.add_argument("--seed", type=int, default=20241130)
    p.add_argument("--out", required=True, help="output folder")
    p.add_argument("--encoding", default="utf-8", choices=["utf-8", "gbk"], help="ledger CSV encoding")
    p.add_argument("--ledger-xlsx", action="store_true", help="also write ledger.xlsx")
    p.add_argument("--gbk-copy", action="store_true", help="also write ledger-gbk.csv (the same rows in GBK)")
    p.add_argument("--export-csv", action="store_true", help="also write export.csv (UTF-8, no title rows)")
    p.add_argument("--no-export-xlsx", action="store_true", help="skip export.xlsx (huge sizes)")
    a = p.parse_args()
    if a.rows < 20:
        p.error("--rows must be at least 20")
    os.makedirs(a.out, exist_ok=True)
    data = generate(a.rows, a.seed)
    write_ledger_csv(os.path.join(a.out, "ledger.csv"), data["ledger"], a.encoding)
    if a.gbk_copy:
        write_ledger_csv(os.path.join(a.out, "ledger-gbk.csv"), data["ledger"], "gbk")
    if a.ledger_xlsx:
        write_ledger_xlsx(os.path.join(a.out, "ledger.xlsx"), data["ledger"])
    if not a.no_export_xlsx:
        write_export_xlsx(os.path.join(a.out, "export.xlsx"), data["export"])
    if a.export_csv:
        write_export_csv(os.path.join(a.out, "export.csv"), data["export"])
    with open(os.path.join(a.out, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(data["truth"], f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
