#!/usr/bin/env python3
"""Writes the reader fixtures in crates/fapiao-core/tests/fixtures/read/.

Each file is a case a real user brings: ledgers in every encoding and delimiter, pasted cells,
the platform's export with title rows and both layouts, numbers damaged by Excel, the 1904 date
system, XLS and ODS, and bad inputs (truncated zip, zip bomb, renamed PDF, web page saved as
.xls, password-protected workbook). Run from anywhere: python3 scripts/make_read_fixtures.py
Output is deterministic except password.xlsx (encryption uses a random salt).
"""

import datetime
import io
import os
import sys
import zipfile


from pyneed import need  # noqa: E402  (scripts/ is on sys.path when run as a script)


xlsxwriter = need("xlsxwriter", "xlsxwriter")
xlwt = need("xlwt", "xlwt")
need("odf", "odfpy")
msoffcrypto = need("msoffcrypto", "msoffcrypto-tool")
ooxml = need("msoffcrypto.format.ooxml", "msoffcrypto-tool")
from odf.opendocument import OpenDocumentSpreadsheet  # noqa: E402
from odf.table import Table, TableRow, TableCell  # noqa: E402
from odf.text import P  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "crates", "fapiao-core", "tests", "fixtures", "read")
CREATED = datetime.datetime(2024, 12, 1, 9, 0, 0)

# A small ledger: number, date, seller, seller tax id, amount, rate, tax, total, remark.
LEDGER = [
    ("24112000000012345678", "2024-11-05", "北京明远宏图科技有限公司", "91110102YXN5PREKXR",
     "1000.00", "13%", "130.00", "1130.00", ""),
    ("24312000000136634917", "2024-11-06", "上海浦江数据服务有限公司", "91310115MA1H7ABC2X",
     "2000.00", "6%", "120.00", "2120.00", "会议费"),
    ("21010038", "2024-09-18", "华信信息技术（北京）有限公司", "91110106MTD2XDL24J",
     "300.00", "3%", "9.00", "309.00", "旧版发票"),
    ("24112000000012345680", "2024-10-05", "北京天成嘉禾物流有限公司", "91110102BYNFX14PU4",
     "-100.00", "13%", "-13.00", "-113.00", "红字"),
]
LEDGER_HEADER = ["发票号码", "开票日期", "销方名称", "销方税号", "金额", "税率", "税额", "价税合计", "备注"]


def write(name, data):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)


def delimited(rows, sep):
    out = []
    for row in rows:
        cells = []
        for c in row:
            c = str(c)
            if sep in c or '"' in c or "\n" in c:
                c = '"' + c.replace('"', '""') + '"'
            cells.append(c)
        out.append(sep.join(cells))
    return "\r\n".join(out) + "\r\n"


def text_fixtures():
    # GBK, a title row, synonyms (合计金额 next to 金额 and 税额), a blank row and a totals row.
    rows = [["2024年9-11月进项发票台账"],
            ["序号", "发票号码", "开票日期", "销售方名称", "销售方纳税人识别号", "金额", "税额", "合计金额", "备注"]]
    for i, r in enumerate(LEDGER, 1):
        rows.append([i, r[0], r[1].replace("-", "/"), r[2], r[3], r[4], r[6], r[7], r[8]])
    rows.append([])
    rows.append(["合计", "", "", "", "", "3200.00", "246.00", "3446.00", ""])
    write("ledger_gbk.csv", delimited(rows, ",").encode("gb18030"))

    # UTF-8 with BOM, headers with a trailing *, money with ¥ and thousands separators,
    # full-width digits in one cell and a full-width, lower-case tax id.
    rows = [["发票号码*", "开票日期*", "销方名称", "销方税号", "金额*", "税率", "税额", "价税合计*", "备注"]]
    rows.append(["２４１１２０００００００１２３４５６７８", "2024年11月5日", LEDGER[0][2], "９１１１０１０２yxn5prekxr",
                 "¥1,000.00", "13%", "￥130.00", "1,130.00", ""])
    rows.append([LEDGER[1][0], "20241106", LEDGER[1][2], LEDGER[1][3], "2,000.00", "0.06", "120", "¥2,120.00",
                 "含逗号, 与\"引号\""])
    rows.append([LEDGER[3][0], "2024.10.05", LEDGER[3][2], LEDGER[3][3], "(100.00)", "13", "(13.00)", "(113.00)", ""])
    write("ledger_utf8_bom.csv", b"\xef\xbb\xbf" + delimited(rows, ",").encode("utf-8"))

    # UTF-16LE with BOM, tab separated: what Excel saves as "Unicode text"; English headers.
    rows = [["Invoice No", "Date", "Seller", "Seller Tax ID", "Amount", "Tax Rate", "Tax", "Total", "Remark"]]
    rows += [list(r) for r in LEDGER]
    write("ledger_utf16le.txt", b"\xff\xfe" + delimited(rows, "\t").encode("utf-16-le"))

    plain = [LEDGER_HEADER] + [list(r) for r in LEDGER]
    write("ledger.tsv", delimited(plain, "\t").encode("utf-8"))
    write("ledger_semicolon.csv", delimited(plain, ";").encode("utf-8"))
    write("ledger_pipe.txt", delimited(plain, "|").encode("utf-8"))

    # Cells pasted from a web page: tab separated, no header row.
    write("paste_no_header.txt", delimited([list(r[:8]) for r in LEDGER[:3]], "\t").encode("utf-8"))

    # An unquoted comma in a name shifts one line; another line is cut short.
    ragged = delimited([LEDGER_HEADER, list(LEDGER[0]), list(LEDGER[2])], ",")
    ragged += "24312000000136634917,2024-11-06,上海浦江,数据服务有限公司,91310115MA1H7ABC2X,2000.00,6%,120.00,2120.00,\r\n"
    ragged += "24112000000012345680,2024-10-05\r\n"
    write("ragged.csv", ragged.encode("utf-8"))

    # Headers this tool does not know for the number: a clear error, not a guess.
    write("unknown_headers.csv", "单据号,日期,金额\r\nA-001,2024-11-05,100.00\r\n".encode("utf-8"))

    # The deduction-selection export (发票勾选确认): `*` in headers, 票面税额, 数电发票号码.
    rows = [["序号", "是否勾选*", "数电发票号码", "开票日期*", "金额*", "票面税额*", "有效抵扣税额*", "购买方识别号*",
             "销售方纳税人名称", "销售方纳税人识别号", "发票来源", "票种*", "发票状态"]]
    rows.append([1, "是", LEDGER[0][0], "2024-11-05", "1000.00", "130.00", "130.00", "91110108MA01ABCD1X",
                 LEDGER[0][2], LEDGER[0][3], "电子发票服务平台", "数电发票（增值税专用发票）", "正常"])
    write("deduction_select.csv", delimited(rows, ",").encode("utf-8"))

    write("empty.csv", b"")


# The platform export, 19 columns (发票基础信息).
BASIC_HEADER = ["序号", "发票代码", "发票号码", "数电发票号码", "销方识别号", "销方名称", "购方识别号", "购买方名称",
                "开票日期", "金额", "税额", "价税合计", "发票来源", "发票票种", "发票状态", "是否正数发票",
                "发票风险等级", "开票人", "备注"]
BUYER = ("91110108MA01ABCD1X", "北京示例采购有限公司")
# code, number, 数电 number, seller id, seller, date, amount, tax, total, source, kind, status, positive
EXPORT = [
    ("", "", "24112000000012345678", "91110102YXN5PREKXR", "北京明远宏图科技有限公司", "2024-11-05 14:23:11",
     1000.00, 130.00, 1130.00, "电子发票服务平台", "数电发票（增值税专用发票）", "正常", "是"),
    ("", "", "24312000000136634917", "91310115MA1H7ABC2X", "上海浦江数据服务有限公司", "2024-11-06 09:01:02",
     2000.00, 120.00, 2120.00, "电子发票服务平台", "数电票（普通发票）", "已红冲-部分", "是"),
    ("011001900311", "21010038", "", "91110106MTD2XDL24J", "华信信息技术（北京）有限公司", "2024-09-18 10:00:00",
     300.00, 9.00, 309.00, "增值税发票管理系统", "增值税电子普通发票", "正常", "是"),
    ("", "", "24112000000012345680", "91110102BYNFX14PU4", "北京天成嘉禾物流有限公司", "2024-10-05 16:40:00",
     -100.00, -13.00, -113.00, "电子发票服务平台", "数电发票（增值税专用发票）", "正常", "否"),
    ("", "", "24112000000012345681", "91110102BYNFX14PU4", "北京天成嘉禾物流有限公司", "2024-10-08 08:00:00",
     50.00, 6.50, 56.50, "电子发票服务平台", "数电发票（普通发票）", "已作废", "是"),
]

# Lines (信息汇总表): which invoice (index in EXPORT), tax code, item, spec, unit, qty, price, amount, rate, tax.
LINES = [
    (0, "3040201010000000000", "*信息技术服务*软件维护", "", "项", 1, 600.00, 600.00, "13%", 78.00),
    (1, "3040201010000000000", "*现代服务*数据处理", "", "次", 2, 500.00, 1000.00, "6%", 60.00),
    (0, "1090511030000000000", "*计算机配套产品*键盘", "K-100", "个", 4, 100.00, 400.00, "13%", 52.00),
    (1, "3040201010000000000", "*现代服务*数据存储", "", "月", 1, 1000.00, 1000.00, "6%", 60.00),
    (2, "3070401000000000000", "*餐饮服务*餐费", "", "", "", "", 300.00, "3%", 9.00),
    (3, "1090511030000000000", "*计算机配套产品*键盘", "K-100", "个", -1, 100.00, -100.00, "13%", -13.00),
    # An invoice that is not on the basic sheet: its lines cannot be attached.
    (None, "3040201010000000000", "*现代服务*咨询", "", "次", 1, 80.00, 80.00, "6%", 4.80),
]
LINES_HEADER = ["序号", "发票代码", "发票号码", "数电发票号码", "销方识别号", "销方名称", "购方识别号", "购买方名称",
                "开票日期", "税收分类编码", "特定业务类型", "货物或应税劳务名称", "规格型号", "单位", "数量", "单价",
                "金额", "税率", "税额", "价税合计", "发票来源", "发票票种", "发票状态", "是否正数发票", "发票风险等级",
                "开票人", "备注"]
ORPHAN = ("", "", "24112000000099999999", "91110000000000000X", "孤立明细有限公司", "2024-11-20 12:00:00",
          80.00, 4.80, 84.80, "电子发票服务平台", "数电票（普通发票）", "正常", "是")


def new_book(name, **options):
    wb = xlsxwriter.Workbook(os.path.join(OUT, name), options)
    wb.set_properties({"created": CREATED})
    return wb


def basic_sheet(wb, title_rows=True):
    ws = wb.add_worksheet("发票基础信息")
    row = 0
    if title_rows:
        merged = wb.add_format({"bold": True, "align": "center"})
        ws.merge_range(0, 0, 0, 18, "全量发票查询导出结果", merged)
        ws.merge_range(1, 0, 1, 18, "查询条件：开票日期 2024-09-01 至 2024-11-30；取得发票", None)
        row = 2
    ws.write_row(row, 0, BASIC_HEADER)
    for i, inv in enumerate(EXPORT, 1):
        code, number, digital, sid, seller, date, amount, tax, total, source, kind, status, positive = inv
        ws.write_row(row + i, 0, [i, code, number, digital, sid, seller, BUYER[0], BUYER[1], date,
                                   amount, tax, total, source, kind, status, positive, "正常", "张三", ""])
    return ws


def lines_sheet(wb, title_row=False):
    ws = wb.add_worksheet("信息汇总表")
    row = 0
    if title_row:
        ws.write(0, 0, "信息汇总表")
        row = 1
    ws.write_row(row, 0, LINES_HEADER)
    for i, line in enumerate(LINES, 1):
        which, tax_code, item, spec, unit, qty, price, amount, rate, tax = line
        inv = EXPORT[which] if which is not None else ORPHAN
        code, number, digital, sid, seller, date, _a, _t, _total, source, kind, status, positive = inv
        ws.write_row(row + i, 0, [i, code, number, digital, sid, seller, BUYER[0], BUYER[1], date, tax_code,
                                   "", item, spec, unit, qty, price, amount, rate, tax, round(amount + tax, 2),
                                   source, kind, status, positive, "正常", "张三", ""])
        # The tax code is a 19-digit text, as the platform writes it.
        ws.write_string(row + i, 9, tax_code)
    return ws


def xlsx_fixtures():
    wb = new_book("export_title_rows.xlsx")
    basic_sheet(wb)
    wb.close()

    wb = new_book("export_both_layouts.xlsx")
    lines_sheet(wb, title_row=True)  # first in the workbook: the reader must still prefer 发票基础信息
    basic_sheet(wb, title_rows=False)
    wb.close()

    wb = new_book("export_lines_only.xlsx")
    lines_sheet(wb)
    wb.close()

    # Excel damage: a 20-digit number typed into a General cell is a float; date cells.
    wb = new_book("ledger_numbers.xlsx")
    ws = wb.add_worksheet("台账")
    dates = wb.add_format({"num_format": "yyyy-mm-dd"})
    ws.write_row(0, 0, ["发票号码", "开票日期", "销方名称", "销方税号", "金额", "税额", "价税合计"])
    data = [
        (24112000000012345678, datetime.date(2024, 11, 5), 1000, 130, 1130),   # float: damaged
        ("24312000000136634917", datetime.date(2024, 11, 6), 2000, 120, 2120),  # text: kept
        (21010038, datetime.date(2024, 9, 18), 300, 9, 309),                    # 8 digits: exact
        ("2.41123E+19", datetime.date(2024, 10, 5), 1130.5, 0.1 + 0.2, 1130.8),   # damaged before
    ]
    for i, (number, day, amount, tax, total) in enumerate(data, 1):
        if isinstance(number, str):
            ws.write_string(i, 0, number)
        else:
            ws.write_number(i, 0, number)
        ws.write_datetime(i, 1, datetime.datetime.combine(day, datetime.time()), dates)
        ws.write_row(i, 2, ["北京明远宏图科技有限公司", "91110102YXN5PREKXR", amount, tax, total])
    ws.write_row(len(data) + 1, 0, ["合计", "", "", "", 4430.5, 259.3, 4689.8])
    wb.close()

    # The 1904 date system (old Mac Excel): the same dates must come out.
    wb = new_book("date1904.xlsx", date_1904=True)
    ws = wb.add_worksheet("Sheet1")
    ws.write_row(0, 0, ["发票号码", "开票日期", "价税合计"])
    ws.write_string(1, 0, LEDGER[0][0])
    ws.write_datetime(1, 1, datetime.datetime(2024, 11, 5), dates_format(wb))
    ws.write_number(1, 2, 1130)
    wb.close()

    # A header and nothing below it.
    wb = new_book("empty_sheet.xlsx")
    wb.add_worksheet("发票基础信息").write_row(0, 0, BASIC_HEADER)
    wb.close()


def dates_format(wb):
    return wb.add_format({"num_format": "yyyy-mm-dd"})


def xls_fixture():
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("台账")
    date_style = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    for c, h in enumerate(LEDGER_HEADER):
        ws.write(0, c, h)
    for r, row in enumerate(LEDGER, 1):
        ws.write(r, 0, row[0])
        y, m, d = map(int, row[1].split("-"))
        ws.write(r, 1, datetime.date(y, m, d), date_style)
        ws.write(r, 2, row[2])
        ws.write(r, 3, row[3])
        ws.write(r, 4, float(row[4]))
        ws.write(r, 5, row[5])
        ws.write(r, 6, float(row[6]))
        ws.write(r, 7, float(row[7]))
        ws.write(r, 8, row[8])
    buf = io.BytesIO()
    wb.save(buf)
    write("ledger.xls", buf.getvalue())


def ods_fixture():
    doc = OpenDocumentSpreadsheet()
    table = Table(name="台账")
    header = TableRow()
    for h in LEDGER_HEADER:
        cell = TableCell(valuetype="string")
        cell.addElement(P(text=h))
        header.addElement(cell)
    table.addElement(header)
    for row in LEDGER:
        tr = TableRow()
        for i, v in enumerate(row):
            if i == 1:
                cell = TableCell(valuetype="date", datevalue=v)
            elif i in (4, 6, 7):
                cell = TableCell(valuetype="float", value=v)
            else:
                cell = TableCell(valuetype="string")
            cell.addElement(P(text=v))
            tr.addElement(cell)
        table.addElement(tr)
    doc.spreadsheet.addElement(table)
    buf = io.BytesIO()
    doc.write(buf)
    write("ledger.ods", normalise_zip(buf.getvalue()))


def normalise_zip(data):
    """Rewrites a zip with fixed timestamps so the fixture is the same on every run."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2024, 12, 1, 9, 0, 0))
            fixed.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


def bad_fixtures():
    with open(os.path.join(OUT, "ledger_numbers.xlsx"), "rb") as f:
        good = f.read()
    write("truncated.xlsx", good[: len(good) * 6 // 10])

    # A zip bomb dressed as a workbook: 64 MiB of zeros deflate to about 64 KiB.
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("[Content_Types].xml", date_time=(2024, 12, 1, 9, 0, 0)), "<Types/>")
        z.writestr(zipfile.ZipInfo("xl/workbook.xml", date_time=(2024, 12, 1, 9, 0, 0)), "<workbook/>")
        info = zipfile.ZipInfo("xl/worksheets/sheet1.xml", date_time=(2024, 12, 1, 9, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, b"\0" * (64 * 1024 * 1024))
    write("zip_bomb.xlsx", out.getvalue())

    # An ODS "repeat bomb": under 1 KiB, but one row of 90 values repeated a million times.
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content'
               ' xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
               ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
               ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
               '<office:body><office:spreadsheet><table:table table:name="S"><table:table-row>'
               '<table:table-cell office:value-type="string"><text:p>发票号码</text:p></table:table-cell>'
               '</table:table-row><table:table-row table:number-rows-repeated="1000000">'
               '<table:table-cell office:value-type="float" office:value="1" table:number-columns-repeated="90">'
               '<text:p>1</text:p></table:table-cell></table:table-row></table:table>'
               '</office:spreadsheet></office:body></office:document-content>')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in [("mimetype", "application/vnd.oasis.opendocument.spreadsheet"),
                           ("content.xml", content)]:
            z.writestr(zipfile.ZipInfo(name, date_time=(2024, 12, 1, 9, 0, 0)), data)
    write("ods_repeat_bomb.ods", out.getvalue())

    write("pdf_renamed.xlsx", b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
    html = ("<html><head><meta charset=\"utf-8\"></head><body><table>"
            "<tr><td>发票号码</td><td>价税合计</td></tr><tr><td>24112000000012345678</td><td>1130.00</td></tr>"
            "</table></body></html>")
    write("web_page.xls", html.encode("utf-8"))
    xml = ('<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n'
           '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"'
           ' xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="Sheet1"><Table>'
           '<Row><Cell><Data ss:Type="String">发票号码</Data></Cell></Row></Table></Worksheet></Workbook>')
    write("spreadsheet_2003.xls", xml.encode("utf-8"))

    encrypted = io.BytesIO()
    office = ooxml.OOXMLFile(io.BytesIO(good))
    office.encrypt("1234", encrypted)
    write("password.xlsx", encrypted.getvalue())


def main():
    os.makedirs(OUT, exist_ok=True)
    text_fixtures()
    xlsx_fixtures()
    xls_fixture()
    ods_fixture()
    bad_fixtures()
    print("fixtures written to", os.path.relpath(OUT, ROOT))


if __name__ == "__main__":
    main()
