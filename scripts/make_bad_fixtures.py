#!/usr/bin/env python3
"""Writes the bad-input corpus in tests/fixtures/bad/ and its expectations, expected.tsv.

Every file is input a reader must survive: unusable files (an error with a stable id), hostile
archives and XML, damaged text, and cells whose values are wrong in the ways real ledgers are
(numbers cut by Excel, impossible dates, amounts like 1e309). expected.tsv has one line per file:

    file <TAB> stage <TAB> id <TAB> what it is

stage `error`: parse::read returns Err with that id; stage `note`: the read succeeds and a
diagnostic or a rules::validate finding has that id; stage `ok` (id `-`): the read succeeds with
at least one invoice. The 100 MB line is not committed: the test
builds it from a seed (crates/fapiao-core/tests/bad_inputs.rs). Run from anywhere:
python3 scripts/make_bad_fixtures.py. Output is deterministic except password.xlsx (random salt).
"""

import io
import os
import random
import sys
import zipfile


from pyneed import need  # noqa: E402  (scripts/ is on sys.path when run as a script)


msoffcrypto = need("msoffcrypto", "msoffcrypto-tool")
ooxml = need("msoffcrypto.format.ooxml", "msoffcrypto-tool")
xlwt = need("xlwt", "xlwt")

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "bad")
EXPECTED = []
STAMP = (2024, 12, 1, 9, 0, 0)

HEADER = "发票号码,开票日期,销方名称,销方税号,金额,税率,税额,价税合计"
GOOD = "24112908647155625533,2024-09-03,北京明远宏图科技有限公司,91110102YXN5PREKXR,35788.12,6%,2147.29,37935.41"


def write(name, data, stage, rule, what):
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)
    EXPECTED.append((name, stage, rule, what))


def ledger(*rows):
    return "\n".join([HEADER, *rows]) + "\n"


def cells(number="24112908647155625533", date="2024-09-03", tax_id="91110102YXN5PREKXR",
          amount="35788.12", rate="6%", tax="2147.29", total="37935.41"):
    """One ledger row with one value changed; a cell with a comma is quoted."""
    vals = [number, date, "北京明远宏图科技有限公司", tax_id, amount, rate, tax, total]
    return ",".join('"' + v.replace('"', '""') + '"' if "," in v or '"' in v else v for v in vals)


def zip_bytes(entries, method=zipfile.ZIP_DEFLATED):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", method) as z:
        for name, data in entries:
            info = zipfile.ZipInfo(name, STAMP)
            info.compress_type = method
            z.writestr(info, data, compresslevel=9 if method == zipfile.ZIP_DEFLATED else None)
    return out.getvalue()


CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
    'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.'
    'openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType='
    '"application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.'
    'openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName='
    '"/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.'
    'spreadsheetml.worksheet+xml"/></Types>'
)
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.'
    'org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.'
    'org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
    '</Relationships>'
)
WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/'
    'spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.'
    'org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.'
    'org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
    '</Relationships>'
)


def col(n):
    s = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def inline(ref, text):
    text = text.replace("&", "&amp;").replace("<", "&lt;")
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def xlsx(sheet_body, dimension="A1"):
    """A minimal hand-written XLSX whose one sheet has `sheet_body` as its <sheetData>."""
    sheet = (
        '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.'
        f'org/spreadsheetml/2006/main"><dimension ref="{dimension}"/><sheetData>{sheet_body}'
        "</sheetData></worksheet>"
    )
    return zip_bytes([
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", ROOT_RELS),
        ("xl/workbook.xml", WORKBOOK),
        ("xl/_rels/workbook.xml.rels", WORKBOOK_RELS),
        ("xl/worksheets/sheet1.xml", sheet_body if sheet_body.startswith("<?xml") else sheet),
    ])


def header_row(r=1):
    return f'<row r="{r}">' + "".join(inline(f"{col(i)}{r}", h) for i, h in enumerate(HEADER.split(","))) + "</row>"


def good_row(r):
    return f'<row r="{r}">' + "".join(inline(f"{col(i)}{r}", v) for i, v in enumerate(GOOD.split(","))) + "</row>"


def unusable_files():
    for name in ["empty.csv", "empty.xlsx", "empty.xml", "empty.ofd", "empty.txt"]:
        write(name, b"", "error", "read.empty", "zero bytes")

    rng = random.Random(10)
    for i, size in enumerate([1, 7, 512, 4096, 65536]):
        # Noise that starts with bytes no text has: a NUL-free binary header, then noise.
        write(f"noise_{i}.bin", bytes([0x7F, 0x45, 0x4C, 0x46]) + rng.randbytes(size),
              "error", "read.unsupported", "binary noise")

    book = xlsx(header_row() + good_row(2), "A1:H2")
    for pct in [1, 10, 50, 90, 99]:
        write(f"truncated_{pct}pct.xlsx", book[: max(4, len(book) * pct // 100)],
              "error", "read.zip_damaged", f"an XLSX cut at {pct}%")
    corrupt = bytearray(book)
    for i in range(200, len(corrupt) - 200, 97):
        corrupt[i] ^= 0x55
    write("bitflip.xlsx", bytes(corrupt), "error", "read.zip_damaged", "an XLSX with flipped bits")
    write("zip_header_only.xlsx", b"PK\x03\x04" + b"\x00" * 26, "error", "read.zip_damaged",
          "a zip signature and nothing else")

    zeros = b"\x00" * (48 * 1024 * 1024)
    write("zip_bomb.xlsx", zip_bytes([
        ("[Content_Types].xml", CONTENT_TYPES), ("xl/workbook.xml", WORKBOOK),
        ("xl/worksheets/sheet1.xml", zeros)]),
        "error", "read.limit", "48 MiB of zeros in a 48 KiB workbook")
    write("zip_bomb.ods", zip_bytes([("mimetype", "application/vnd.oasis.opendocument.spreadsheet"),
                                     ("content.xml", zeros)]),
          "error", "read.limit", "a zip bomb as ODS")
    write("zip_bomb.ofd", zip_bytes([("OFD.xml", "<ofd:OFD/>"), ("Doc_0/Document.xml", zeros)]),
          "error", "read.limit", "a zip bomb as OFD")
    write("zip_bomb_spaces.xlsx", zip_bytes([
        ("[Content_Types].xml", CONTENT_TYPES), ("xl/workbook.xml", WORKBOOK),
        ("xl/worksheets/sheet1.xml", b" " * (48 * 1024 * 1024))]),
        "error", "read.limit", "48 MiB of spaces (valid XML whitespace)")

    docx = zip_bytes([("[Content_Types].xml", "<Types/>"), ("word/document.xml", "<w:document/>")])
    write("word.docx", docx, "error", "read.unsupported", "a Word file")
    write("word_renamed.xlsx", docx, "error", "read.unsupported", "a Word file named .xlsx")
    write("archive.zip", zip_bytes([("a.txt", "hello")]), "error", "read.unsupported",
          "a zip of text files")

    pdf = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]"
           b"/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
    write("pdf_renamed.xlsx", pdf, "error", "read.pdf", "a PDF named .xlsx")
    write("pdf_renamed.csv", pdf, "error", "read.pdf", "a PDF named .csv")
    write("pdf_no_table.pdf", pdf, "error", "qr.not_found", "a PDF with no table and no QR code")

    table = "<table><tr><td>发票号码</td><td>金额</td></tr><tr><td>24112908647155625533</td><td>1.00</td></tr></table>"
    write("web_page.xls", f"<!DOCTYPE html><html><body>{table}</body></html>",
          "error", "read.html_as_xls", "HTML saved as .xls")
    write("web_page_bom.xls", "\ufeff<html xmlns:o=\"urn:schemas-microsoft-com:office:office\">" + table + "</html>",
          "error", "read.html_as_xls", "Excel's own HTML export with a BOM")
    write("web_page_upper.xls", "  \r\n<HTML><BODY>" + table + "</BODY></HTML>",
          "error", "read.html_as_xls", "upper-case HTML after blank lines")

    write("billion_laughs.xml", """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<EInvoice><Header><EIid>&lol9;</EIid></Header></EInvoice>
""", "error", "read.xml_dtd", "billion laughs")
    write("xxe_file.xml", """<?xml version="1.0"?>
<!DOCTYPE EInvoice [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<EInvoice><Header><EIid>&xxe;</EIid></Header></EInvoice>
""", "error", "read.xml_dtd", "external entity (file)")
    write("xxe_http.xml", """<?xml version="1.0"?>
<!DOCTYPE EInvoice SYSTEM "http://example.invalid/evil.dtd">
<EInvoice><Header><EIid>24112000000012345678</EIid></Header></EInvoice>
""", "error", "read.xml_dtd", "external DTD")
    write("xxe_parameter.xml", """<?xml version="1.0"?>
<!DOCTYPE EInvoice [<!ENTITY % p SYSTEM "http://example.invalid/p.dtd"> %p;]>
<EInvoice/>
""", "error", "read.xml_dtd", "parameter entity")
    write("xml_deep.xml", '<?xml version="1.0"?><EInvoice>' + "<a>" * 10000 + "</a>" * 10000 + "</EInvoice>",
          "error", "read.xml_too_deep", "10,000 nested elements")
    write("xml_truncated.xml", '<?xml version="1.0"?><EInvoice><Header><EIid>2411200000',
          "error", "read.xml_malformed", "XML cut short")
    write("xml_mismatched.xml", '<?xml version="1.0"?><EInvoice><Header></EInvoice></Header>',
          "error", "read.xml_malformed", "closing tags crossed")
    write("xml_bad_utf8.xml", b'<?xml version="1.0" encoding="UTF-8"?><EInvoice><Header><EIid>\xff\xfe\xc3</EIid></Header></EInvoice>',
          "error", "read.xml_malformed", "invalid UTF-8 in a UTF-8 XML")
    write("xml_not_invoice.xml", '<?xml version="1.0"?><rss><channel><title>news</title></channel></rss>',
          "error", "read.xml_not_invoice", "XML that is not an invoice")
    write("xml_nul.xml", b'<?xml version="1.0"?><EInvoice>\x00\x00</EInvoice>',
          "error", "read.xml_malformed", "NUL bytes inside XML")

    plain = io.BytesIO()
    plain.write(xlsx(header_row() + good_row(2), "A1:H2"))
    plain.seek(0)
    encrypted = io.BytesIO()
    doc = ooxml.OOXMLFile(plain)
    doc.encrypt("secret", encrypted)
    write("password.xlsx", encrypted.getvalue(), "error", "read.password", "a workbook with a password")

    write("ofd_truncated.ofd", zip_bytes([("OFD.xml", "<ofd:OFD/>" * 50)])[:60],
          "error", "read.zip_damaged", "an OFD cut short")


def hostile_sheets():
    # 1,000,000 empty styled rows; only every 30th names its number (a row without r follows
    # the one before), so the sheet deflates 160 times (under the zip ratio limit) to 180 KiB.
    rows = "".join(f'<row r="{r}" s="1" customFormat="1"/>' if r % 30 == 0 else '<row s="1" customFormat="1"/>'
                   for r in range(2, 1_000_002))
    write("million_styled_rows.xlsx", xlsx(header_row() + rows, "A1:H1000001"),
          "note", "read.no_rows", "a header and 1,000,000 empty styled rows")
    write("dimension_lie.xlsx", xlsx(header_row() + good_row(2), "A1:XFD1048576"),
          "ok", "-", "<dimension> claims the whole grid")
    write("far_corner.xlsx", xlsx(header_row() + good_row(2)
                                  + '<row r="1048576">' + inline("XFD1048576", "x") + "</row>",
                                  "A1:XFD1048576"),
          "note", "field.missing", "a cell at XFD1048576, 17 billion cells away")
    wide = '<row r="1">' + "".join(inline(f"{col(i)}1", f"c{i}") for i in range(16384)) + "</row>"
    write("cols_16384.xlsx", xlsx(wide, "A1:XFD1"), "note", "read.header_missing",
          "16,384 columns of unknown headers")
    wide_csv = ",".join(f"c{i}" for i in range(16385)) + "\n" + ",".join("1" for _ in range(16385)) + "\n"
    write("cols_16385.csv", wide_csv, "error", "read.limit", "16,385 columns in a text file")
    write("xlsx_sheet_not_xml.xlsx", xlsx("<?xml version=\"1.0\"?><worksheet><sheetData><row"),
          "error", "read.workbook_damaged", "a sheet whose XML is cut short")
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("台账")
    for r, line in enumerate([HEADER, GOOD]):
        for c, v in enumerate(line.split(",")):
            sheet.write(r, c, v)
    sheet.write(65535, 255, "x")
    out = io.BytesIO()
    book.save(out)
    write("stray_far_cell.xls", out.getvalue(), "error", "read.sheet_sparse",
          "a two-row XLS ledger and one value at IV65536: a 16.7-million-cell area, 17 values")


def text_files():
    write("nul_bytes.csv", ledger(GOOD).replace("北京", "北\x00京"), "ok", "-", "NUL bytes in a cell")
    write("only_nuls.csv", b"\x00" * 2048, "error", "read.unsupported", "2 KiB of NUL bytes")
    write("invalid_utf8_bom.csv", "\ufeff".encode() + ledger(GOOD).encode()[:-1] + b"\xff\xfe\xfd\n",
          "note", "read.encoding_replaced", "invalid UTF-8 in a file with a UTF-8 BOM")
    mixed = (HEADER + "\n").encode("utf-8") + (GOOD + "\n").encode("gbk") + (GOOD + "\n").encode("utf-8")
    write("mixed_encodings.csv", mixed, "note", "read.encoding_replaced", "UTF-8 and GBK lines in one file")
    write("utf16_odd_length.txt", "\ufeff".encode("utf-16-le") + ledger(GOOD).replace(",", "\t").encode("utf-16-le") + b"\x00",
          "note", "read.encoding_replaced", "UTF-16 with an odd number of bytes")
    write("header_only.csv", HEADER + "\n", "note", "read.no_rows", "a header and no rows")
    write("no_header.csv", "a,b,c\n1,2,3\n", "note", "read.header_missing", "no known column")
    write("ragged.csv", ledger(GOOD, "24112908647155625534,2024-09-03"), "note", "read.ragged_row",
          "a short row")
    write("unclosed_quote.csv", ledger(GOOD, '"24112908647155625534,2024-09-03,x'), "note", "read.ragged_row",
          "a quote never closed")
    write("duplicate_header.csv", HEADER + ",发票号码\n" + GOOD + ",24112908647155625533\n",
          "note", "read.header_duplicate", "the number column twice")
    write("totals_row.csv", ledger(GOOD, "合计,,,,35788.12,,2147.29,37935.41"), "note", "read.totals_skipped",
          "a totals row at the end")
    write("crlf_cr_mix.csv", (HEADER + "\r" + GOOD + "\r\n" + GOOD.replace("533,", "534,") + "\n"),
          "ok", "-", "CR, CRLF and LF line ends mixed")
    write("blank_lines.csv", "\n\n\n" + ledger(GOOD), "ok", "-", "blank lines before the header")
    write("control_chars.csv", ledger(cells(number="2411290864715562\x075533")), "note",
          "invoice_number.format", "a bell character inside a number")
    write("bidi_override.csv", ledger(cells(number="\u202e24112908647155625533")), "ok", "-",
          "a right-to-left override before the number")


def value_cells():
    numbers = {
        "sci_short": ("2.41129E+19", "invoice_number.excel_damaged"),
        "sci_long": ("2.41129086471556E+19", "invoice_number.excel_damaged"),
        "sci_lower": ("2.41129086471556e19", "invoice_number.excel_damaged"),
        "sci_comma": ("2,41129E+19", "invoice_number.excel_damaged"),
        "zeros_tail": ("24112908647155600000", "invoice_number.excel_damaged"),
        "float_tail": ("24112908647155625533.0", "invoice_number.excel_damaged"),
        "digits_19": ("2411290864715562553", "invoice_number.format"),
        "digits_21": ("241129086471556255331", "invoice_number.format"),
        "grouped": ("24,112,908,647,155,625,533", "invoice_number.format"),
        "negative": ("-24112908647155625533", "invoice_number.format"),
        "letter_o": ("2411290864715562553O", "invoice_number.format"),
        "hash_marks": ("####################", "invoice_number.format"),
        "formula": ("=24112908647155625533", "invoice_number.format"),
        "region_00": ("24002908647155625533", "invoice_number.region"),
    }
    for name, (value, rule) in numbers.items():
        write(f"number_{name}.csv", ledger(cells(number=value)), "note", rule,
              f"20-digit number as {value}")
    dates = {
        "feb30": ("2024-02-30", "read.value_unreadable"),
        "feb29_2023": ("2023-02-29", "read.value_unreadable"),
        "month13": ("2024-13-01", "read.value_unreadable"),
        "month00": ("2024-00-10", "read.value_unreadable"),
        "day32": ("2024-01-32", "read.value_unreadable"),
        "slash_feb30": ("2024/02/30", "read.value_unreadable"),
        "compact_feb30": ("20240230", "read.value_unreadable"),
        "chinese_feb30": ("2024年2月30日", "read.value_unreadable"),
        "year0": ("0000-01-01", "date.too_old"),
        "far_future": ("9999-12-31", "date.future"),
        "before_1900": ("1899-12-31", "date.too_old"),
        "words": ("昨天", "read.value_unreadable"),
        "serial_huge": ("99999999", "read.value_unreadable"),
    }
    for name, (value, rule) in dates.items():
        write(f"date_{name}.csv", ledger(cells(date=value)), "note", rule, f"issue date {value}")
    amounts = {
        "1e309": "1e309",
        "neg_1e309": "-1e309",
        "nan": "NaN",
        "inf": "inf",
        "infinity": "Infinity",
        "indian_groups": "12,34,56.7",
        "two_points": "1.2.3",
        "decimal_overflow": "79228162514264337593543950336",
        "tiny": "1e-400",
        "hex": "0x10",
        "double_minus": "--5",
        "comma_decimal": "1 130,00",
        "words": "壹仟元",
        "percent": "50%",
    }
    for name, value in amounts.items():
        write(f"amount_{name}.csv", ledger(cells(amount=value)), "note", "read.value_unreadable",
              f"amount {value}")
    write("total_1e309.csv", ledger(cells(total="1e309")), "note", "read.value_unreadable", "total 1e309")
    write("tax_nan.csv", ledger(cells(tax="NaN")), "note", "read.value_unreadable", "tax NaN")
    for name, value, rule in [("130", "130%", "tax.rate_invalid"), ("neg", "-6%", "tax.rate_invalid"),
                              ("7", "7%", "tax.rate_invalid"), ("words", "六个点", "read.value_unreadable")]:
        write(f"rate_{name}.csv", ledger(cells(rate=value)), "note", rule, f"tax rate {value}")
    for name, value, rule in [("short", "91110102YXN5PREK", "tax_id.format"),
                              ("checksum", "91110102YXN5PREKXA", "tax_id.checksum"),
                              ("lower", "91110102yxn5prekxr'", "tax_id.format")]:
        write(f"tax_id_{name}.csv", ledger(cells(tax_id=value)), "note", rule, f"seller tax id {value}")
    write("amount_total_off.csv", ledger(cells(total="37935.42")), "note", "amount.total",
          "total one cent off amount + tax")
    write("duplicate_rows.csv", ledger(GOOD, GOOD), "note", "duplicate.key", "the same invoice twice")


def qr_files():
    cases = {
        "bad_date": ("01,10,037002000311,43951776,121.58,20210230,63863934212965558966,F179,", "qr.format"),
        "amount_1e309": ("01,10,037002000311,43951776,1e309,20210327,63863934212965558966,F179,", "qr.format"),
        "amount_nan": ("01,10,037002000311,43951776,NaN,20210327,63863934212965558966,F179,", "qr.format"),
    }
    for name, (payload, rule) in cases.items():
        write(f"qr_{name}.txt", payload + "\n", "error", rule, f"QR payload: {name}")
    write("qr_fields_missing.txt", "01,10,037002000311\n", "note", "read.header_missing",
          "a QR payload cut after three fields reads as a one-row table")


def fuzz_regressions():
    """Inputs the fuzzer (scripts/fuzz.sh) found that once crashed a reader, kept as they were
    found: their bytes live in FUZZ_FOUND below, base64, so this script stays the one source."""
    import base64
    for name, stage, rule, what, data in FUZZ_FOUND:
        write(name, base64.b64decode(data), stage, rule, what)


FUZZ_FOUND = [
    ("fuzz_paste_121_number_columns.txt", "ok", "-",
     "pasted text with 121 number-like columns: the cubic amount+tax=total search took 5 s",
     "MDEsMTAsMDM3MP7/MDEnLDM0OTE30J6dnNPNz800MDUzAAAAAAAAAAYyLDAxLDIwMjQWMDAzKzEsNDEsLDI0OTIyMDAwMDAw"
     "Myo1MTc3NiwxMDEsMzEsLDI0OTIyMGFiYywyMDImMDUzMiwwMDAwMiY0MDXYLCwxMTRERCw2MDEsMDEsMjgsYWJjLDIwNDQ1"
     "LDEmMCwxREQsNjAxLDAxLC8yOCxhYiEsMjAyPzA1MzJhYmMsMjAyPzA1LzIsMDEsMjAyLDQwNTE0LCwxREQxLDAsMzI2MDEs"
     "MDEsMjgsYWJjLF0wMj8wNTMyLDAxLDIwMiY1MDQxLCwyMzQ0MiEAMDAwMDAxNDIwOTYxAAAxMTIsNzM4NTc5MDIsLDc0QUUy"
     "MDI/MDUvMiwwMSwyMDIsNDA1MTQsLDFENCwwMSwzMjYwMSwwMSwyOCxhYmMsMjAyPzA1MzIsMDEsMjAyJjUwNDEsLDIzNDQy"
     "IQAwMDAwMDE0MjA5NjoAADExMiw3Mzg1NzkwMiwsNzRBRT8wNS8yLDAxLDIwMiw0MDUxNCwsMUREMSwwLDMyNjAxLDAxLDI4"
     "LGFiYyxdMDI/MDUzMDIwMDAzKzEsNDMqNTE3NzYsMTAxLDMxLCwyNDkyMjBhYmMsMjAyPzA1MzIsMDAwMDImNDA1MTQsLDFE"
     "RCw2MDEsMDEsMjgsYWJjLDIwJjQwNTE0LCwxREQsNjAxLDAxLDI4LGFiYywyMDI/MDUzMiwyLDAxLDIwMiY1MDQxLCwyMzQ0"
     "MiEAMDAwMDAxNDIwOTYxAAAxMTIsNzM4NTc5MDIsLDc0QUUyMDI/MDUvMiwwMSwyMDIsNDA1MTQsLDFENCwwMSwzMjYwMSww"
     "MSwyOCxhYmMsMjAyPzA1MzIsMDEsMjI/MDUzMiwwMSwyCjA0MSws//8s/zAxLDIwMiY0MDUxv7+/v7+/v7+/v78BAAAAAAAA"
     "Br+/v7+/v7+/v7+/v7+jv7+/v7+/MDEsMjAyJjQwNTE0LCwxRAAsRCw2CjFERL+/v7+/v7+/v7+/v7+/v7+/v7+/v7+/v7+/"
     "v7++v7/7MjYnCjM0NDIhADAxMgq/v7+/v7+/v7+/v7+/v7+/v7+/v7+/v78mv7+/v7+/v7+/v7+/v7+/v78Kv7+/v7+/v7+/"
     "v7+/ACxELDYKMURENic1MTQsCiwxREQsNgoxREQ1Cg=="),
    ("fuzz_xls_cfb_difat.xls", "error", "read.workbook_damaged",
     "OLE2 whose DIFAT sector calamine read with a length not a multiple of 4 (panicked)",
     "0M8R4KGxGuEAAAAAAAAAAAAAAAAAAAAAPgADAP7/CQAGAAAAAAAAAAAAAAABAAAACQAAAAAAAAAAEAAA/v///wAAAAD+////"
     "AAAAAAgAAAD/////////////////////////////////////////////////////////////////////////////////////"
     "////////////////////////////////////////////////////////////////////////////////////////////////"
     "////////////////////////////////////////////////////////////////////////////////////////////////"
     "////////////////////////////////////////////////////////////////////////////////////////////////"
     "////////////////////////////////////////////////////////////////////////////////////////////////"
     "////////////////////////////////////////////////////////////////////////////////////////////////"
     "//////////8JCBAAAAYFALsNzAcAAAAABgAAAOEAAgCwBMEAAgAAAOIAAABcAHAATm9uZSAgICAgICAgICAgICAgICAgICAg"
     "ICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAg"
     "ICAgICAgICAgICAgICAgIEIAAgCwBGEBAgAAAD0BAgABAJwAAgAOABkAAgAAABIAAgAAAGMAAgAAABMAAgAAAK8BAgAAALwB"
     "AgAAAEAAAgAAAI0AAgAAAD0AEgDgAVoAzz9OKjgAAAAAAAEAWAIiAAIAAAAOAAIAAQC3AQIAAADaAAIAAAAxABUAyAAAAP9/"
     "kAEAAAAAAQAFAEFyaWFsMQAVAMgAAAD/f5ABAAAAAAEABQBBcmlhbDEAFQDIAAAA/3+QAQAAAAABAAUAQXJpYWwxABUAyAAA"
     "AP9/kAEAAAAAAQAFAEFyaWFsMQAVAMgAAAD/f5ABAAAAAAEABQBBcmlhbDEAFQDIAAAA/3+QAQAAAAABAAUAQXJpYWwxABUA"
     "yAAAAP9/kAEAAAAAAQAFAEFyaWFsMQAVAMgAAAD/f5ABAAAAAAEABQBBcmlhbB4EDACkAAcAAEdlbmVyYWweBA8ApQAKAABZ"
     "WVlZLU1NLURE4AAUAAYApAD1/yAAAPQAAAAAAAAAAMAg4AAUAAYApAD1/yAAAPQAAAAAAAAAAMAg4AAUAAYApAD1/yAAAPQA"
     "AAAAAAAAAMAg4AAUAAYApAD1/yAAAPQAAAAAAAAAAMAg4AAUAAYApAD1/yAAAPQAAAAAAAAAAMAg4AAUAAYApAD1/yAAAPQA"
     "AAAAAAAAAMAg4AAUAAYApAD1/yAAAPQAAAAAAAAAAMAg4AAUAAYApAD1/yAAAPQAAAAAAAAAAMAg4AAUAAYApAD1/yAAAPQA"
     "AAAAAAAAAMAg4AAUAAYApAD1/yAAAPQAAAAAAAAAAMAg4AAUAAYApAD1/yAAAPQAAAAAAAAAAMAg4AAUAAYApAD1/yAAAPQA"
     "AAAAAAAAAMAg4AAUAAYApAD1/yAAAPQAAAAAAAAAAMAg4AAUAAYApAD1/yAAAPQAAAAAAAAAAMEg4AAUAAYApAD1/yAAAPQA"
     "AAAAAAAAAMAg4AAUAAYApAD1/yAAAPQAAAAAAAAAAMAg4AAUAAYApAABACAAAPgAAAAAAAAAAMAg4AAUAAcApAABACAAAPgA"
     "AAAAAAAAAMAg4AAUAAgApQABACAAAPgAAAAAAAAAAMAgkwIEAACAAP9gAQIAAQCFAAwAgQUAAAAAAgHwUyaN/ACaARwAAAAb"
     "AAAABAAB0VNoefdTAXgEAAEAX2h55WUfZwQAAQCVuWUNVPB5BAABAJW5ZQ5691MCAAHRkZ2YAgABDnqHcwIAAQ56nZgEAAH3"
     "Tg56CFShiwIAAQdZ6GwUAAAyNDExMjAwMDAwMDAxMjM0NTY3OAwAARdTrE4OZtyPj1v+VtF5gGIJZ1CWbFH4UxIAADkxMTEw"
     "MTAyWVhONVBSRUtYUgMAADEzJRQAADI0MzUyMDAwMDAwMTM2NjM0OTE3DAABCk53bWZtX2xwZW5jDWehUglnUJZsUfhTEgAA"
     "OTEzMTAxMTVNQTFIN0FCQzJYAgAANiUDAAEaT66LOY0IAAAyMTAxMDAzOA4AAU5T4U/hT29ggGIvZwj/F1OsTgn/CWdQlmxR"
     "+FMSAAA5MTExMDEwNk1URDJYREwyNEoCAAAzJQQAAedlSHLRU2h5FAAAMjQxMTIwMDAwMDAwMTIzNDU2ODAMAAEXU6xOKVkQ"
     "YglWvnlpckFtCWdQlmxR+FMSAAA5MTExMDEwMkJZTkZYMTRQVTQCAAGifldbCgAAAAkIEAAABhAAuw3MBwAAAAAGAAAADQAC"
     "AAEADAACAGQADwACAAEAEQACAAAAEAAIAPyp8dJNYlA/XwACAAAAgAAIAAAAAAABAAAAJQIEAAAA/wCBAAIAAQwAAg4AAAAA"
     "AAUAAAAAAAkAAAAqAAIAAAArAAIAAACCAAIAAQAbAAIAAAAaAAIAAAAUAAUAAgAAJlAVAAUAAgAAJkaDAAIAAQCEAAIAAAAm"
     "AAgAMzMzMzMz0z8nAAgAMzMzMzMz0z8oAAgAhetRuB6F4z8pAAgArkfhehSu1z+hACIACQBkAAEAAQABAIMALAEsAZqZmZmZ"
     "mbk/mpmZmZmZuT8BABIAAgAAAN0AAgAAABkAAgAAAGMAAgAAABMAAgAAAAgCEAAAAAAACQD/AAAAAAAAAQ8A/QAKAAAAAAAR"
     "AAAAAAD9AAoAAAABABEAAQAAAP0ACgAAAAIAEQACAAAA/QAKAAAAAwARAAMAAAD9AAoAAAAEABEABAAAAP0ACgAAAAUAEQAF"
     "AAAA/QAKAAAABgARAAYAAAD9AAoAAAAHABEABwAAAP0ACgAAACEAEQAIAAAACAIQAAEAAAAJAP8AAAAAAAABDwD9AAoAAQAA"
     "ABEACQAAAH4CCgABAAEAEgCGyAIA/QAKAAEAAgARAAoAAAD9AAoAAQADABEACwAAAH4CCgABAAQAEQCiDwAA/QAKAAEABQAR"
     "AAwAAAC9ABIAAQAGABEACgIAABEAqhEAAAcAAQIGAAEACAARAAgCEAACAAAACQD/AAAAAAAAAQ8A/QAKAAIAAAARAA0AAAB+"
     "AgoAAgABABIAisgCAP0ACgACAAIAEQAOAAAA/QAKAAIAAwARAA8AAAB+AgoAAgAEABEAQh8AAP0ACgACAAUAEQAQAAAAvQAS"
     "AAIABgARAOIBAAARACIhAAAHAP0ACgACAAgAEQARAAAACAIQAAMAAAAJAP8AAAAAAAABDwD9AAoAAwAAABEAEgAAAH4CCgAD"
     "AAEAEgDGxwIA/QAKAAMAAgARABMAAAD9AAoAAwADABEAFAAAAH4CCgADAAQAEQCyBAAA/QAKAAMABQARABUAAAC9ABIAAwAG"
     "ABEAJgAAABEA1gQAAAcA/QAKAAMACAARABYAAAAIAhAABAAAAAkA/wAAAAAAAAEPAP0ACgAEAAAAEQAXAAAAfgIKAAQAAQAS"
     "AArIAgD9AAoABAACABEAGAAAAP0ACgAEAAMAEQAZAAAAfgIKAAQABAARAHL+///9AAoABAAFABEADAAAAL0AEgAEAAYAEQDO"
     "////EQA+/v//BwD9AAoABAAIABEAGgAAAD4CEgC2AgAAAABAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
     "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
     "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
     "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
     "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
     "AAAAAAD/////////////////////////////////////////////////////////////////////////////////////////"
     "//////////////////////////////////////////////////8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
     "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
     "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
     "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
     "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
     "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
     "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAACAAAAAwAAAAQAAAAFAAAABgAAAAcAAAD+/////f//"
     "//7/////////////////////////////////////////////////////////////////////////////////////////////"
     "////////////////////////////////////////////////////////////////////////////////////////////////"
     "////////////////////////////////////////////////////////////////////////////////////////////////"
     "////////////////////////////////////////////////////////////////////////////////////////////////"
     "////////////////CP/////////////9////////////////////////////////////////////////////////////////"
     "////////////////////////////////////////////////////////////////////////////////////////////////"
     "////////////////////////////////////////////////////////////UgBvAG8AdAAgAEUAbgB0AHIAeQAAAAAAAAAA"
     "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAABYABQH//////////wEAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
     "AAAAAAAAAAAAAAAAAAAAAAD+////AAAAAAAAAABXAG8AcgBrAGIAbwBvAGsAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
     "AAAAAAAAAAAAAAAAAAAAAAAAAAAAEgACAf///////////////wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
     "AAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
     "AAAAAAAAAAAB////////////////AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/v///wAAAAAAAAAAAAAA"
     "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAH/////////"
     "//////8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD+////AAAAAAAAAAA="),
    ("fuzz_xls_stray_cell.xls", "error", "read.sheet_sparse",
     "XLS whose value at B65283 made calamine fill a dense 16.8-million-cell sheet: 1 GB and about 1 s for 5.6 KB",
     "0M8R4KGxGuEAAAAAAAAAAAAAAAAAAAAAPgADAP7/CQAGAAAAAAAAAAAAAAABAAAACQAAAAAAAAAAEAAA/v///wAAAAD+////"
     "AAAAAAgAAAD/////////////////////////////////////////////////////////////////////////////////////"
     "////////////////////////////////////////////////////////////////////////////////////////////////"
     "////////////////////////////////////////////////////////////////////////////////////////////////"
     "////////////////////////////////////////////////////////////////////////////////////////////////"
     "////////////////////////////////////////////////////////////////////////////////////////////////"
     "////////////////////////////////////////////////////////////////////////////////////////////////"
     "//////////8JCBAAAAYFALsNzAcAAAAABgAAAOEAAgCwBMEAAgAAAOIAAABcAHAATm9uZSAgICAgICAgICAgICAgICAgICAg"
     "ICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAg"
     "ICAgICAgICAgICAgICAgIEIAAgCwBGEBAgAAAD0BAgABAJwAAgAOABkAAgAAABIAAgAAAGMAAgAAABMAAgAAAK8BAgAAALwB"
     "AgAAAEAAAgAAAI0AAgAAAD0AEgDgAVoAzz9OKjgAAAAAAAEAWAIiAAIAAAAOAAIAAQC3AQIAAADaAAIAAAAxABUAyAAAAP9/"
     "kAEAAAAAAQAFAEFyaWFsMQAVAMgAAAD/f5ABAAAAAAEABQBBcmlhbDEAFQDIAAAA/3+QAQAAAAABAAUAQXJpYWwxABUAyAAA"
     "AP9/kAEAAAAAAQAFAEFyaWFsMQAVAMgAAAD/f5ABAAAAAAEABQBBcmlhbDEAFQDIAAAA/3+QAQAAAAABAAUAQXJpYWwxABUA"
     "yAAAAP9/kAEAAAAAAQAFAEFyaWFsMQAVAMgAAAD/f5ABAAAAAAEABQBBcmlhbB4EDACkAAcAAEdlbmVyYWweBA8ApQAKAABZ"
     "WVlZLU1NLURE4AAUAAYApAD1/yAAAPQAAAAAAAAAAMAg4AAUAAYApAD1/yAAAPQAAAAAAAAAAMAg4AAUAAYApAD1/yAAAPQA"
     "AAAAAAAAAMAg4AAUAAYApAD1/yAAAPQAAAAAAAAAAMAg4AAUAAYApAD1/yAAAPQAAAAAAAAAAMAg4AAUAAYApAD1/yAAAPQA"
     "AAAAAAAAAMAg4AAUAAYApAD1/yAAAPQAAAAAAAAAAMAg4AAUAAYApAD1/yAAAPQAAAAAAAAAAMAg4AAUAAYApAD1/yAAAPQA"
     "AAAAAAAAAMAg4AAUAAYApAD1/yAAAPQAAAAAAAAAAMAg4AAUAAYApAD1/yAAAPQAAAAAAAAAAMAg4AAUAAYApAD1/yAAAPQA"
     "AAAAAAAAAMAg4AAUAAYApAD1/yAAAPQAAAAAAAAAAMAg4AAUAAYApAD1/yAAAPQAAAAAAAAAAMAg4AAUAAYApAD1/yAAAPQA"
     "AAAAAAAAAMAg4AAUAAYApAD1/yAAAPQAAAAAAAAAAMAg4AAUAAYApAABACAAAPgAAAAAAAAAAMAg4AAUAAcApAARACAAAPgA"
     "AAAAAAAAAMAg4AAUAAgApQABACAAAPgAAAAAAAAAAMAgkwIEAACAAP9gAQIAAQCFAAwAgQUAAAAAAgHwUyaN/ACaARwAAAAb"
     "AAAABAAB0VNoefdTAXgEAAEAX2h55WUfZwQAAQCVuWUNVPB5BAABAJW5ZQ5691MCAAHRkZ2YAgABDnqHcwIAAQ56nZgEAAEo"
     "Tg56CFShiwIAAQdZ6GwUAAAwMDAwMDAwMDAwMDM5ODU5OTgwMQwAARdTrE4OZtyPj1v+VtF5gGIJZ1CWbFH4UxIAADkxMTEw"
     "MTAyWVhONVBSRUtYUgMAADE0JRQAADI0MzEyMDAwMDAwMTM2NjM0OTE3DAABCk53bWZtX2xwZW5jDWehUglnUJZsUfhTEgAA"
     "OTEzMTAxMTVNQTFIN0FCQzJYAgAANiUDAAEaT66LOY0IAAAyMTAxMDAzOA4AAU5T4U/hT29ggGIvZwj/F1OsTgn/CWdQlmxR"
     "+FMSAAA5MTExMDEwNk1URDJYREwyNEoCAAAzJQQAAedlSHLRU2h5FAAAMjQxMTIwMDAwMDAwMTIzNDU2ODAMAAEXU6xOKVkQ"
     "YglWvnlpckFtCWdQlmxR+FMSAAA5MTExMDEwMkJZTkZYMTRQVTQCAAGifldbCgAAAAkIEAAABhAAuw3MBwAAAAAGAAAADQAC"
     "AAEADAACAGQADwACAAEAEQACAAAAEAAIAPyp8dJNYlA/XwACAAAAgAAIAAAAAAABAAAAJQIEAAAA/wCBAAIAAQwAAg4AAAAA"
     "AAUAAAAAAAkAAAAqAAIAAAArAAIAAACCAAIAAQAbAAIAAAAaAAIAAAAUAAUAAgAAJlAVAAUAAgAAJkaDAAIAAQCEAAIAAAAm"
     "AAgAMzMzMzMz0z8nAAgAMzMzMzMz0z8oAAgAhetRuB6F4z8pAAgArkfhehSu1z+hACIACQBkAAEAAQABAIMALAEsAZqZmZmZ"
     "mbk/mpmZmZmZuT8BABIAAgAAAN0AAgAAABkAAgAAAGMAAgAAABMAAgAAAAgCEAAAAAAACQD/AAAAAAAAAQ8A/QAKAAAAAAAR"
     "AAAAAAD9AAoAAAABABEAAQAAAP0ACgAAAAIAEQACAAAA/QAKAAAAAwARAAMAAAD9AAoAAAAEABEABAAAAP0ACgAAAAUAEQAF"
     "AAAA/QAKAAAABgARAAYAAAD9AAoAAAAHABEABwAAAP0ACgAAAAgAEQAIAAAACAIQAAEAAAAJAP8AAAAAAAABDwD9AAoAAQAA"
     "ABEACQAAAH4CCgABAAABEgCGyAIA/QAKAAEAAgARAAoAAAD9AAoAAQADABEACwAAAH4CCgABAAQAEQCiDwAA/QAKAAEABQAR"
     "AAwAAAC9ABIAAQAGABEACgIAABEAqhEAAAcAAQIGAAEACAARAAgCEAACAAAACQD/AAAAAAAAAQ8A/QAKAAIAAAARAAAAYwAC"
     "AAAAEwACAAAACAIQAAAAAAAJAP8AAAAAAAABDwD9AAoAAAAAABEAAAAAAP0ACgAAAAEAEQABAAAA/QAKAAAAAgARAAIAAAD9"
     "AAoAAAADABEAAwAAAP0ACgAAAAQAEQAEAAAA/QAKAAAABQARAAUAAAD9AAoAAAAGABEABgAAAP0ACgAAAAcAEQAHAAAA/QAK"
     "AAAACAARAAgAAAAIAhAAAQAAAAkA/wAAAAAAAAEPAP0ACgABAAAAEQAJAAAAfgIKAAEAAAESAIbIAgD9AAoAAQACABEACgAA"
     "AP0ACgABAAMAEQALAAAAfgIKAAEABAARAKIPAAD9AAoAAQAFABEADAAAAL0AEgABAAYAEQAKAgAAEQCqEQAABwABAgYAAQAI"
     "ABEACAIQAAIAAAAJAP8AAAAAAAABDwD9AAoAAgAAABEADQAAAH4CCgAC/wEAEgCKyAIA/QAKAAIAAgARAA4AAAD9AAoAAgAD"
     "ABEADwAAAH4CCgACAAQAEQBCHwAA/QAKAAIABQARABAAAAC9ABIAAgAGABEA4gEAABEAIiEAAAcA/QAKAAIACAARABEAAAAI"
     "AhAAAwAAAAkA/wAAAAAAAAEPAP0ACgADAAAAEQASAAAAfgIKAAMAAQASAMbHAgD9AAoAAwACABEAEwAAAP0ACgADAAMAEQAU"
     "AAAAfgIKAAMA/gARALIEAAD9AAoABwAFABEAFQAAAL0AEgADAAYAEQAmAAAAEQDWBAAABwD9AAoAAwAIABEAFgAAAAgCEAAE"
     "AAAACQD/AAAAAAAAAQ8A/QAKAAQAAAARABcAAAB+AgoABAABABIACsgCAP0ACgAEAAIAEQAYAAAA/QAKAAQArQARABkAAAB+"
     "AgoABAAEABEAcv7///0ACgAEAAUAEQAMAAAAvQASAAQABgARAM7///8RAD7+//8HAP0ACgAEAAgAEQAaAAAAPgISALYCAAAA"
     "AEAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
     "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
     "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
     "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
     "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAA"
     "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
     "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
     "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
     "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
     "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
     "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAA"
     "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
     "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
     "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
     "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
     "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
     "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
     "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
     "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
     "AQAAAAIAAAADAAAABAAAAAUAAAAGAAAABwAAAP7////9/////v//////////////////////////////////////////////"
     "////////////////////////////////////////////////////////////////////////////////////////////////"
     "////////////////////////////////////////////////////////////////////////////////////////////////"
     "////////////////////////////////////////////////////////////////////////////////////////////////"
     "////////////////////////////////////////////////////////////////////////////////////////////////"
     "////////////////////////////////////////////////////////////////////////////////////////////////"
     "////////////////////////////////////////////////////////////////////////////////////////////////"
     "//////////9SAG8AbwB0ACAARQBuAHQAcgB5AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
     "FgAFAf//////////AQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAP7///8AAAAAAAAAAFcAbwByAGsA"
     "YgBvAG8AawAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAAIB////////////////"
     "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
     "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAH///////////////8AAAAAAAAAAAAAAAAAAAAA"
     "AAAAAAAAAAAAAAAAAAAAAAAAAAD+////AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
     "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAf///////////////wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
     "AAAAAP7///8AAAAAAAAAAA=="),
    ("rqrr_perspective_assert.jpg", "error", "qr.not_found",
     "a 135 x 135 JPEG on which rqrr 0.11 panicked (a degenerate group of finder patterns; vendor/rqrr)",
     "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDADUlKC8oITUvKy88OTU/UIVXUElJUKN1e2GFwarLyL6qurfV8P//1eL/5re6////"
     "////////zv//////////////2wBDATk8PFBGUJ1XV53/3Lrc////////////////////////////////////////////////"
     "////////////////////wAARCACHAIcDASIAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoL/8QAtRAA"
     "AgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAkM2JyggkKFhcYGRolJicoKSo0NTY3AAAA"
     "AAAAAABISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXG"
     "x8jJytLT1NXW19jZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6/8QAHwEAAwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoL/8QAtREA"
     "AgECBAQDBAcFBAQAAQJ3AAECAxEEBSExBhJBUQdhcRMiMoEIFEKRobHBCSMzUvAVYnI04SXxFxgZGiYnKCkqNTY3ODk6Q0RF"
     "VFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqCg4SFhoeIiYqSk5SVlpcxMQo0LiAwIDExCgAAAAAgb2IiMCBSPj5lbiR0YXguMTGY"
     "mZqio6Slpqeoqaqys7S5usLDxMXGx8jJyvP09fb3+Pn6/9oADAMBAAIRAxEAPwDTooqtbYxgRly+/PWgCzRVH7dP/wA+Un6/"
     "4UjahKilms3UDuSR/SgC/RTI5A0KyHCgqGOT04qFJSTjAcUAWqKaXQOEjyFzyaqC/Y3DRiAlUTPU8UAXaKRWV1DKwYHuDmqS"
     "6khtnlKqGU4Cb+T0oAvUVV+2giIogcP6+nSnXN2sECz59KALFFVftbi0ed4GQgEAAAAAAAAApxtJxnp7e9RC/mYAizkIPIIJ"
     "/wAKAL9FUft0/wDz5Sfr/hU9nc/aoi+zbhsYzmgCeiiigAqjf/8AH1Z/7/8AUVeqhqTBLi1ZjgKxJP4igCG9vLiK7dI5MKMY"
     "GB6UvnST6TM0rbiGAzjHcUT/AGCeVpGncFvQH/CmyyWsdjJDBKzFiDyD6j29qAL0aGTT1QYy0QAz9Kqtjn/61PklZbe0hAGP"
     "zp9ru5lC8qfTj2+lAFRQSP8A63vSSS/vPIhyssh2TE9GPT/H0qZ1ciljjit7TaGbzLmPAB7nH/1+9ABGZtPjH2hg0P3VVOoP"
     "X296RbVaZbxBkg/nKe9RWpY2rpIALTqDx/8AW7UAWIIvsfLnp60txGluMTDdaZwiL1Dev8+9NNlZry6XmWT979z3/T3pbmJW"
     "gcltxB9Pr070APubhLnTZXQMACBz9RUdzcSwWtr5Tbdyc8A9hU15NHPp0rRNuAIGcY7ioGks57eBZZmUxqBhQfQe3tQA7Trq"
     "ae4ZZX3ALnGAO4qTSP8Aj1b/AHz/ACFR2z2NtIXSdySMcg/4VJpH/Hq3++f5CgC9RRRQAVUbALfw9Ks1FOkRAlkUt5WWGD07"
     "/wBKAIrlI4YwyWiSknGAo/wqCae3SYRw2sU2Rn5Mf4GrDPLctz9azVtp4L2ONHQSkZB7d/agC5diOPpx+nSpLDb5S78faMHj"
     "Pfv6Vmx3EttdPubq/wC8wBzg8/1q3cyqsC3luCmT6fTp2oAoiG6CFBHMFPJXacGrcdsRGsxuC5hAYxn+HHOOvHSp/tbP/pKE"
     "i3T5WQgbif8AJHeoh/pXmfYv3e7/AFu/+LP5UAStsubZJw62zMeXz6jG9KivI7gf4dqkgspNoit6pqh0+9jM2GwM/Jz1yKAH"
     "wSTQAma2klC4Klwfkx6ccf8A1qtLsvYg8TrDMeW2nLY6c9D6VYmcSWMjjOGjJGfpWbZ/pOiILuY3BUBeuc//AFqALMSC0P2e"
     "RQ8TfM0jDCj2P5evenW7W0zzDyIlWM/ewCCOeentUQAg9qqzRT2KFd64lBBC85/Me9AGmUswgcrAFPAbAwalh8rYfJ2bc87M"
     "Yz+FZUXyWiNd29+9X7G3Z4+goAs0UUUAFRT7loUVEYBBwQf8mgB06w3bG3Z2DPz71Xk061ijLySSBR1OR/hU1ht8pd+PtGDu"
     "3ffxnv39Kr3dxm9QR/v49vManIJ5oAi+0RP99sfZm9M/kPSnQsdeP5+1NtLYXNzI5AQI4JQrnv0/Sp723mj+e3eQFBQUFBQU"
     "FBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFMe3+eaALFisKwkW7s67uSfXAqLU7h4Y1RQpEgYH"
     "P+fePmT27T226EKdvk/U0AV4YZJ3KxLuIGcZxWvdQW890iSO4lK8KPTn2+tUUt/KvHi+0+VtX7/TPTjrV6NRDA0qsAe4qW3j"
     "UJcOJgrSjLDvGeev0z7dKrzr/nFAC/aje2jwnb57H5VAxkDB/wAamsoIRFKUf3Tz0/X1pBcRRQtK1skUqnhDgMR69PrTb5lL"
     "BQwypwTj9aAJlntrNRAZCCnqCevPYe9M0j/j1b/fP8hVWM4q1pH/AB6t/vn+QoAvUUUUAFRTpEQJZFLe/Spap38M0oGMZJ5P"
     "0oAhs5Vn1OWRQQGTv+FOhhhlhMtkhjlU4VnPT19exqRLmeI7rxEjj6Ajnn8z71RuC0l4n24CIbeenP170AaPlfZ7aWRcHdsd"
     "fzqtzjAHcUouIxg8njGePYelILaK6mbz2ZYZdF6DJNe2O2ludm9pY2VfbnVJKgDnirH2STzftmV8vd5uM846/nU9x1pj2lpa"
     "SRvJLIDnK55zj6CkkQkwhdrMOMHk9/qKAEf5Ps23j7Tjzf8Aup6Uv2oWV28J3eQAR3yRTTCEKfPZflYngDJ/+v2qJYLZrecC"
     "M2oAAAAAqZElYygAAYOOv0qpCsJjkMrsrAfIB3P+cUASQR+ftWnZtuiJ8jyPm+7jGffoKAJ6KKKACqN//wAfVn/v/wBRV6oL"
     "m0jutvmFhtzjaaAKl3p8s9y8isg+n0oe3e20qZHKklgePqKk/sqD+/J+Y/wo/sqD+/J+Y/woAkVIjaQyyKW8qMMMHpwDVZ7l"
     "5FBAbHX6VstaYXRlUUAf/9k="),
    ("rqrr_alignment_search_slow.jpg", "error", "qr.not_found",
     "a 135 x 135 JPEG on which rqrr 0.11 searched for an alignment pattern for about 1 s (vendor/rqrr)",
     "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDADUlKC8oITUvKy88OTU/UIVXUElJUKN1e2GFwaqNyL6qurfV8P//1eL/5re6////"
     "////////zv//////////////2wBDATk8PFBGUJ1XV53/3Lrc////////////////////////////////////////////////"
     "////////////////////wAARCACHAIcDASIAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoL/8QAtRAA"
     "AgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAkM2JyggkKFhcYGRolJicoKSo0NTY3ODk6"
     "Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXG"
     "x8jJytLT1NXW19jZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6/8QAHwEAAwEBAQEBAQEBAQAAAAAAAAAAAAABAgMEBQYHCAkKC//E"
     "ALURAAIBAgQEAwQHBQQEAAECdwABAgMRBAUhMQYSQVEHYXETIjKBCBRCkaGxwQkjM1LwFWJy0QoWJDThJfEXGBkaJicoKSo1"
     "Njc4OTpDREVGR0hJSlNUVVZXWFlaY2RlZmdoaWpzdHV2d3h5eoKDhIWGh4iJipKTlJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5"
     "usLDxMXGx8jJytLT1NXW19jZ2uLj5OXm5+jp6vLz9PX29/j5+v/aAAwDAQACEQMRAD8A06KKrXd0bYxgRly+QADj/PWgCzRV"
     "H7dP/wB0YXhfaWQuY2hlY2tzdW0+Un6/4UjahKilms3UDuSR/SgC/RTI5A0KyHCgqGOT04qC5vo4YwyFJSTjAcUAWqKaXQOE"
     "LKGPIXPJqoL9jcNGICVRtrPngDPU8UAXaKRWV1DKwYHuDmqS6khtnlKqGU4Cb+T0oAvUVV+2giIogcNguQ3+r+v6+nSnXN2s"
     "ECyqBIGbHDf59KALFFVftbi0ed4GQgEAAAAAAAAApxtJxnp7e9RC/mYAizkIPIIJ/wAKAL9FUft0/wDz5Sfr/hU9nc/aoi+z"
     "bhsYzmgCeiiigAqjf/8AH1Z/7/8AUVeqhqTBLi1ZjgKxJP4igCG9vLiK7dI5MKMYGB6UvnST6TM0rbiGAzjHcUT/AGCeVpGn"
     "cFvQH/CmyyWsdjJDBKzFiDyD6j29qAL0aGTT1QYy0QAz9Kqtph+zIq7BMD8zZOCOf/rU+SVlt7SEAbZlCse4GAOPzp9rBbwX"
     "TpG7mULyp9OPb6UAVIEu7thcLKgZPlBI/wDre9JJL+88iHKyyHZMT0Y9P8fSpnWFdKmFu7Ou4ZJ9ciljjit7TaGbzLmPAB7n"
     "H/1+9ABGZtPjH2hg0P3VVOoPX296RbW3u7Z2toyjZwC5Pt9aZbzXkR+yxxIWQZIP5+vvUVqWNq6SAC2LfO46g8f/AFu1AFiC"
     "L7ETFcYb7RhRs/Lnp60txGluMTDdaZwiL1Dev8+9NNlZr5eZZP3v3Pf9PeluYlaBbO3JeSNtxB9Pr070APubhLnTZXQMACBz"
     "9RUdzcSwWtr5Tbdyc8A9hU15NHPp0rRNuAIGcY7ioGks57eBZZmUxqBhQfQe3tQA7Trqae4ZZX3ALnGAO4qTSP8Aj1b/AHz/"
     "ACFR2z2NtIXSdySMcg/4VJpH/Hq3++f5CgC9RRRQAVWu5I1lgSSFZPMbALfw9Ks1FOkRAlkUt5WWGD07/wBKAIrlI4YwyWiS"
     "knGAo/wqCae3SYRw2sU2Rn5Mf4GrDPLc2ySWrBCT/GO3P1rNW2ngvY40dBKRkHt39qALlxMGhQRQB324wvJiOPpx+nSpLDb5"
     "S78faMHdu+/jPfv6Vmx3EttdPubq/wC8wBzg8/1q3cyqsC3luCkkjbST6fTp2oAoiG6CFBHMFPJXacGrcdsRGsxuC5hAYxn+"
     "HHOOvHSp/tbP/pKEi3T5WQgbif8AJHeoh/pXmfYv3e7/AFu/+LP5+/pQBK2y5tknDrbMx9fPJ6jGePSoryON0P2aZcYH7mP+"
     "I564H+HapILKTaIrlkeFeVUE8H9PqKZ6dPvYzNhsDPyc9cigB8Ek0AJmtpJQuCpcH5MenHH/ANarS7L2IPE6wzHltpy2OnPQ"
     "+lWJnEljI4zhoyRn6Vm2f+iILqTmNwVAXrnP/wBagCzEgtD9nkUPE3zNIwwo9j+Xr3p1u1tM8w8iJVjP3sAgjnnp7VHIZnjN"
     "nMwaaT5lYfdA/wAg9qqzRT2KFd64lBBC85/Me9AGmUswgcrAFPAbAwath8rYfJ2bc87MYz+FZUXyWiNdfPbkkKi9Q2Tz29+9"
     "X7G3e2hKOVJLZ4+goAs0UUUAFRTW6TSRuxYGM5GP8+20UtVL+5aFFRELNICAQcEH/JoAdOsN2xt2dgyfMQP8+9V5NOtYoy8k"
     "kgUdTkf4VNYbfKXf+v/EAB8BAAMBAQEBAQEBAQEAAAAAAAABAgMEBQYHCAkKC//EALURAAIBAgQEAwQHBQQEAAECdwABAgMR"
     "BAUhMQYSQVEHonETIjKBCBRCkaGxwQkjM1LwFWJy0QoWJDThJfEXGBkaJicoKSo1Njc4OTpDREVGR0hJSlNUVVZXWFlaY2Rl"
     "ZmdoaWpzdHV2d3h5eoKDhIV6gIiJipKTlJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uLj5OXm"
     "5+jp6vLz9PX29/j5+v/aAAwDAQACEQMRAD8A06KKrXd0bYxgRly+QADj/PWgCzRVH7dP/wA+Un6/4UjahKilms3UDuSR/SgC"
     "/RTI5A0KyHCgqGOT04qC5vo4YwyFJSTjAcUAWqKaXQOELKGPIXPJqoL9jcNGICVRtrPngDHU8UAXaKRWV1DKwYHuDmqS6kht"
     "nlKqGU4Cb+T0oAvUVV+2giIogcNguQ3+r+v6+nSnXN2sECyqBIGbHDf59KALFFVftbi0ed4GQqcbScZ6e3vUQv5mAIs5CDyC"
     "Cf8ACgC/RVH7dP8A8+Un6/4VPZ3P2qIvs24bGM5oAnooooAKo3//AB9Wf+//AFFXqoakwS4tWY4CsST+IoAhvby4iu3SOTCj"
     "GBgelL50k+kzNK24hgM4x3FE/wBgnlaRp3Bb0B/wpsslrHYyQwSsxYg8g+o9vagC9Ghk09UGMtEAM/SqraYfsyKuwTA/M2Tg"
     "jn/61PklZbe0hAG2ZQrHuBgDj86fawW8F06Ru5lC8qfTj2+lAFSBLu7YXCyoGT5QSP8A63vSSS/vPIhyssh2TE9GPT/H0qZ1"
     "hXSphbuzruGSfXIpY44re02hm8y5jwAe5x/9fvQARmbT4x9oYND91VTqD19vekW1t7u2draMo2cAuT7fWmW815EfsscSFkGS"
     "D+fr71FaljaukgAti3zuOoPH/wBbtQBYgi+xExXGG+0YUbPy56etLcRpbjEw3WmcIi9Q3r/PvTTZWa+XmWT979z3/T3pbmJW"
     "gWztyXkjbcQfT69O9AD7m4S502V0DAAgc/UVHc3EsFra+U23cnPAPYVNeTRz6dK0TbgCBnGO4qBpLOe3gWWZlMagYUH0Ht7U"
     "AO066mnuGWV9wC5xgDuKk0j/AI9W/wB8/wAhUds9jbSF0nckjHIP+FSaR/x6t/vn+QoAvUUUUAFVruSNZYEkhWTzGwC38PSr"
     "NRTpEQJZFLeVlhg9O/8ASgCK5SOGMMlokpJxgKP8Kgmnt0mEcNrFNkZ+TH+Bqwzy3NsklqwQk/xjtz9azVtp4L2ONHQSkZB7"
     "d/agC5cTBoUEUAd9uMLyYjj6cfp0H79LLGipNvnB3bvv4z37+lZsdxLbXT7m6v8AvMAc4PP9at3MqrAt5bgpJI20k+n06dqA"
     "KIhughQRzBTyV2nBq3HbERrMbguYQGMZ/hxzjrx0qf7Wz/6ShIt0+VkIG4n/ACR3qIf6V5n2L93u/wBbv/iz+fv6UAStsubZ"
     "Jw62zMeXzyeoxnjOu7kn1wKi1O4eGNUUKRIGBz/n3qA+ZPbtPbboQp2+VH/EfXjHr6dqhhia6dlnuCjKcAOckk/UJdAFeGGS"
     "dysS7iBnGcVr3UFvPdIkjuJSvCj059vrVFLfyrx4vtPlbV+/0z0461ejUQwNKrC7kU8MOT9M80APykltLbwsWaNCmD64xVbT"
     "rWaC4ZpU2grjOQe4qW3jUJcOJgrSjLDvGeev0z7dKrxwXEk7It1KYwMiQZL9fegAm+yx27TJDDIF44ArPS0e4E0oVowPmVdv"
     "XqcCo7czSj7LGwCuckH8/wClXrWaZYbpHcEwLhcDpgH/AAoAdBG0llHAsxhlUkkD72Mnt+IqaxlSaEskSxANjA+gqnbw3kp+"
     "1RyoGcYJP5entU+kf8erf75/kKAL1FFFABVPUEtm8v7RIyYzt29+nsauVQ1EBrm0BAIL4IP1FAFbytO/5+JPy/8ArVbnu7Oe"
     "Jo2mIDain/Cobm4ggnaL7HG23HPA7fSkkaKfTZZVgSMqwHAHqPb3oAbNYIBHJEXaI/M7EjhfX8s1LNAJdPjS0zIobIJ49fpT"
     "3i861tl+0eTlAMZ+9wPf/OaqrM+n3LxlmlVRgDOBzg9OaAH3Ebwn7FbjcJBu+brn9PSp5oIWitorh2Rwu1Qvc8fWqttI8sZV"
     "9wJP/HyT9z2z/wDX71HdqYzGRdmY8v9BB+7+poAtWcSwanLGpJCp3/CmRzm4kEwx9rX5UQfdI/yT3pmmzAXbvNIBlMbnbryK"
     "tRrHPGVEa2sxPy8YbHqOh9aAJ7Z7lt32iNUxjbt7/qabIsNtO1zI7Av8vqP88VDamaEXRmMjhOVL55xnpSts1K2RQ6xtncVz"
     "uI6j2oAp2ttBJavNO7qFbHH4e3vRd2kcfkeQWbzem4/TH86dbTvbxm3e1aQsd209/wAMe1F1K80kCtE1sFOATxjp9OlAD7eN"
     "7c4hG67xh0boF9f5d6n0j/j1b/fP8hVO4TyB5sd55kjHB2nnH5+1adm26InyPI+b7uMZ9+goAnooooAKo3//AB9Wf+//AFFX"
     "qgubSO62+YWG3ONpoAqXenyz3LyKyANjqT6fSh7d7bSpkcqSWB4+oqT+yoP78n5j/Cj+yoP78n5j/CgCRUiNpDLIpbyowwwe"
     "nAP9KybuVZ7l5FBAbHX6VstaRt5GS37nG3nr06/lU9AGTDJFNcLbxKy278sh7n69ew7077LDBcbZ03CVsRhSfl579PUetX7a"
     "3S2jKIWIJzzTVtI18/Bb99ndz069PzoApajawwW6tEm0lsZyT2NMe9ja/jnCvtVcEYGeAAAAAAAAAAD/AONXrayjtpC6M5JG"
     "OSKLmyjuZA7s4IGOCKAEuLuFIUMiuVmXoPTH196q6eY2v5DCpWPZwD+FaPlL9n8nJ27due+MYqG2so7auucH/GqN1O0l2VmJ"
     "aOOQjAHbNaMGnxQSrIrOSvqR/hUi2ka+fgt++zu56den50AVGsorm2SS1QISf4yenP1q7bLMsZFw6u2eCPSo2so2tkgLPtU5"
     "ByM9/wDGpLa3S2jKIWIJzzQBLRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQB//2Q=="),
    ("rqrr_alignment_search_hang.jpg", "error", "qr.not_found",
     "a 2,183 x 135 JPEG on which rqrr 0.11 searched for an alignment pattern for 117 s (vendor/rqrr)",
     "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDADUlKC8oITV4Ky88OTU/UIVXUElJUKN1e2GFwarLyL6q+rfV8P//1eL/5rcBAAAA"
     "uv///////////87//////////////9sAQwE5PDxQRlCdV1ed/9y63P//////////////////////////////////////////"
     "/////////////////////////8AAEQgAhwiHAwEiAAIRAQMRAf/EAB8AAAEFAQEBAQEBAAAAAAAAAAAAAAAAAQIDBAUGBwgJ"
     "Cgv/xAC1EAACAQMDAgQDBQUEBAAAAX0BAgMABBEFEiExQQYTUWEHInEUMoGRoQgjQrHBFVLR8CQzYnKCCQoWFxgZGiUmJygp"
     "KjQ1Njc4OTpDREVGR0hJSlNUVVZXWFlaY2RlZmdoaWpzdHV2d3h5eoOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3"
     "uLm6wsPExcbHyMnK0tPU1dbX2Nna4eLj5OXm5+jp6vHy8/T19vf4+fr/xAAfAQADAQEBAQEBAQEBAAAAAAAAAQIDBAUGBwgJ"
     "Cgv/xAC1EQACAQIEBAMEBwUEBAABAncAAQIDEQQFITIGEkFRB2FxEyIygQgUQpGhscEJIzNS8BVictEKFiQ04SXxFxhBGRom"
     "JygpKjU2N8XGxby7urm4SElKU1RjaGVja19jb2RlLmZvcm1hdFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqCg4SFhoeIiYqSk5SV"
     "lpeYmZqio6Slpqeoqaqys7S1tre4ubrCw8TFxsfIycrS09TV1tfY2dri4+Tl5ufo6ery8/T19vf4+fr/2gAMAwEAAhEDEQA/"
     "ANOiiq13dG2MYEZcvkAA4/wBAAszVR+3T/8APlJ+v+FI2oSopZrN1A7kkf0oAv0UyOQNCshwoKhjk9OKgjj65mMMhSUk4wHF"
     "AFqiml0DhCyhjyFzyaqC/RVO4TyB5sd55kiNY1NldCBbIAAAL1BERiAvKUwmYi9idEBxLVxMaz5mYmsrUGBcZl9vRUYlX1xX"
     "Rl5JYClZLi9qbWxnQXE7IzAzJiRzLEk2bF8hK0krQ2NxamsuWV0xKXMwMzpSM2duTDovJ0A3OTMgNTI3IDUyNCBdIDgxIFsg"
     "NTI0IDc3MiA2MjggCiAgNDY1IDYwNyA3NTMgNzExIDk3MiA2NDcgNj3pbmJWgWztyXkjbcQfT69O9AD7m4S502V0DAAgc/UV"
     "Hc3EsFra+U23cnPAPYVNeTRz6dK0TbgCBnGO4qBpLOe3gWWZlMagYUH0Ht7UAO066mnuGWV9CQkJCQkJCQkJCQkJCQkJCTgg"
     "MCBvYmoKiVBORw0KGgoAAMcHaecfn7Vp2bboifI8j5vu4xn36CgCeiiigAqjf/8AH1Z/7/8AUVeqC5tI7rb5hYbc42mgCpd6"
     "fLPcvIrIA2OpPp9KHt3ttKmRypJYHj6ipP4OWndFCQkJpaWnpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWl"
     "paWlpaWlpQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJRiBkbxmPYg5ad8HBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHB"
     "wcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcF0YXhfaWQuZm9ybWF0CQkJCQkJCQkJCQkJCQkJpaWlpaUJ"
     "CQkJCQkJCQkJCQkJCQkJpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpQkJCQkJCQkBAAAA"
     "CQkJCQkJCQnSUhbFcrTJe6pnOib3ZpG0lEWxwDhzb31yAQAAAAAAAABvYmoKPDwKL0YxIDIgMCBSJS9GMiAzIDAgUgo+Pgpl"
     "bmRv45CMAds1owafFBKsis5K+pH+FSLaRr5+C34/+zu56den5/Dw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PBpbnZvaWNl"
     "X251bWJlci5leGNl8PDw8PDw8PDw8PDw8PDw8JG0lEWxwDhzb3VyY2UpCjEgMCBvYmoKPDzw8PDw8PDw8EAVGsorm2SS1QIS"
     "f4yenP1q7bLMsZFw6u2eCPSo2so2tkgLPtU5ByM9/wDGpLa3S2jKIWIJzzQBLRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRR"
     "QAUUUUAFFFFABRRRQB//2Q=="),
    ("fuzz_jpeg_grid_fitness_1.jpg", "error", "qr.not_found",
     "a 2,183 x 135 JPEG: rqrr fitted grids of up to 169 modules to its finder-pattern groups, 1.2-1.6 s",
     "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDADUlKC8oITV4Ky88OTU/UIVXUElJo1B1e2GFwarLyL6q+rfV8P//1eL/5rcBAAAA"
     "uv///////////87//////////////9sAQwE5PDxQRlCdV1ed/9y63P//////////////////////////////////////////"
     "/////////////////////////8AAEQgAhwiHAwEiAAIRAQMRAf/EAB8AAAEFAQEBAQEBAAAAAAAAAAAAAAAAAQIDBAUGBwgJ"
     "Cgv/xAC1EAACAQMDAgQDBQUEBAAAAX0BAgMABBEFEiExQQYTUWEHInEUMoGRoQgjQrHBFVLR8CQzYnKCCQoWFxgZGiUmJygp"
     "KjQ1Njc4OTpDREVGR0hJSlNUVVZXWFlaY2RlZmdoaWpzdHV2d3h5eoOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3"
     "uLm6wsPExcbHyMnK0tPU1dbX2Nna4eLj5OXm5+jp6vHy8/T19vf4+fr/xAAfAQADAQEBAQEBAQEBAAAAAAAAAQIDBAUGBwgJ"
     "Cgv/xAC1EQACAQIEBAMEBwUEBAABAncAAQIDEQQFITIGEkFRB2FxEyIygQgUQpGhscEJIzNS8BVictEKFiQ04SXxFxhBGRom"
     "JygpKjU2N8XGxby7urm4SElKU1RjaGVja19jb2RlLmZvcm1hdFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqCg4SFhoeIiYqSk5SV"
     "lpeYmZqio6Slpqeoqaqys7S1tre4ubrCw8TFxsfIycrS09TV1tfY2dri4+Tl5ufo6ery8/T19vf4+fr/2gAMAwEAAhEDEQA/"
     "ANOiiq13dG0JCaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpd3d3d3d3d3d3d3d3d3d3QAA3d3d3d3d3d3d3d3d3d3d"
     "3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3dmYwwdDIJpaWlpaUJCQkJCQkJCQkJCQkJCQkJpaWlpaWlpaWlpaWl"
     "paWlpaWlpaWlpaWlpaWlpaWl3d3d3d3d3d3d3d3d3d3dAADd3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d"
     "3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3Z3aWlpaWlpaWlpaWlpaWlpaUJCQkJCQkJAQAAAAkJCQkJCScJ0lK5FsVy"
     "tMl7qmc6JvdmkbSURbHANHNvfXIBAAAAAAAAAG9iago8PAovRjEgMiAwIFIlL0YyIDMgMCBSCj4+CmVuZG/jkIwB2zWjBp8U"
     "EqyKzkr6kf4VItpGvn4Lfj/7O7np16fn8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8Gludm9pY2VfbnVtYmVyLmV4Y2Xw"
     "8PDw8PDw8PDw8PDw8PDwkbSUm5ubm5ubm5ubm5ubm5ubm5ubm5ubm7dLaMohYgnPMgEtFFFABRRRQAUUUUAFFFFABRRRQAUU"
     "UUAFFFFABRRRQAUUUUAFFFFAH//Z"),
    ("fuzz_jpeg_grid_fitness_2.jpg", "error", "qr.not_found",
     "a 2,183 x 135 JPEG: rqrr's grid fitting, 0.3 s in a release build, 0.7 s in the fuzz build",
     "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDADUlKC8oITV4Ky88OTU/UIVXUElJUKN1e2GFwarLyL6q+rfV8P//1eL/5rcBAAAA"
     "uv///////////87//////////////9sAQwE5PDxQRlCdV1ed/9y6L0xlbmd0aCAzNSA+Pgrc////////////////////////"
     "////////////////////////////////////////////wAARCACHCIcDASIAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAA"
     "AAAAAAABAgMEBQYHCAkKC//EALUQAAIBAwMCBAMFBQQEAAABfQECAwAEEQUSITFBBhNRYQcicRQygZGhCCNCscEVUtHwJDNi"
     "coIJChYXGBkaJSYnKCkqNDU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVmZ2hpanN0dXZ3eHl6g4SFhoeIiYqSk5SVlpeYmZqi"
     "o6Slpqeoqaqys7S1tre4ubrCw8TFxsfICMrS09TV1tfY2drh4uPk5ebn6Onq8fLz9PX29/j5+v/EAB8BAAMBAQEBAQEBAQEA"
     "AAAAAAABAgMEBQYHCAkKC//EALURAAIBAgQEAwQHBQQEAAECdwABAgMRBAUhMgYSQVEHYXETIjKBCBRCkaGxwQkjM1LwFWJy"
     "0QoWJDThJfEXGEEZGiYnKCkqNTY3xcbFvLu6ubhISUpTVGNoZWNrX2NvZGUuZm9ybWF0VVZXWFlaY2RlZmdoaWpzdHV2d3h5"
     "eoKDhIWGh4iJipKTlJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uLj5OXm5+jp6vLz9PX29/j5"
     "+v/aAAwDAQACEQMRAD8A06KKrXd0bYxgRly+QADj/AFkYXRlLnRvb19vbGQACzNVH7dP/wA+Un6/4UjahKilms3UDuSR/SgC"
     "/RTI5A0KyHCgqGOT04qCOPrmYwyFJSTjAcUAWqKaXQOELKGPIXPJqoL9FU7hPIHmx3nmSI1jU2V0IFsgAAAvUERGIC8pTCZi"
     "L2J0QHEtXExrPmZiaytQYFxmX29FRiVfXFdGXklgKVkuL2ptbGdBcTsjMDMmJHMsSTZsXyErSStDY3Fqay5ZXTEpczAzOlIz"
     "Z25MOi8nQDc5MyA1MjcgNTI0IF0gODEgWyA1MjQgNzcyIDYyOCAKICA0NjUgNjA3IDc1MyA3MTEgOTcyIDY0N+62+YWG3ONp"
     "oAqXenyz3LyKyANjqT6fSh7d7bSpkcqSWB4+oqT+Dlp3RQkJCaWlp6WlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWl"
     "paWlpaWlpaWlpaUJCQkJCQkJCQkJCQkJCQkJCXRlLnRvb19vbGQACzNVH7dP/wA+Un6/4UjahKilms3UDuSR/SgC/RTI5A0K"
     "yHCgqGOT04qCzPrmYwyFJSTjAcUAWqKadXBwbGVtZW50IDAKIDc0OCA2ODQgNTYwIDY5NSA3MzkgNTYzIDUxMSA3MjkgNzkz"
     "IAogIDMxOCAzMTIgNjY2IDUyNiA4OTYgNzU4IDc3MiA1NDQgNzcyIDYyOCAKICA0NjUgNjA3IDc1MyA0MjIgOTcyIDY0NyA2"
     "MjAgNjA3IDM3NCAzMzMgCiBiago8PCAvVHlwZSAvUGFmX29FRiVfXFdGXklgKVkuL2ptbGdBcTsjMDMmJHMsSTZsXyErSStD"
     "Y3Fqay5ZXTEpczAzOlIzZ25MOi8nQDc5MyA1MjcgNTI0IF0gODEgWy81MjQgNzcyIDYyOCAKICA0NjUgNjA3IDc1MyA3MTEg"
     "OTcyIDY0N+62+YWG3ONpoAqXenyz3LyKyANjqT6fSh7d7bSpkcqSWB4+oqT+Dlp3RQkJCaWlp6WlpaWlpaWlpaWlpaWlpaWl"
     "paWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaUJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCUYgZG8Zj2IOWnfBwcHBwcHBwcHBwcHB"
     "wcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBdGF4X2kWZC5mb3JtYXQJ"
     "CQkJCQkJCQkJCQkJCQmlpaWlpQkJCQkJCQkJCQkJCQkJCQmlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWl"
     "paWlpaWlpaWlCQkJCQkJCQEAAAAJCQkJCQkJCdJSFsVytMl7qmc6JvdmkbSURbHAOHNvfXIBAAAAAAAAAG9iago8PAovRjEg"
     "MiAwIFIlL0YyIDMgMCBSCj4+CsHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHB"
     "wcHBwcHBwcHBwXRheF9pZC5mb3JtYXQJCQkJCQkJCQkJCQkJCQmlpaWlpQkJCQkJCQkJCQkJCQkJCQmlpaWlpaWlpaWlpaWl"
     "paWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlCQkJCQkJCQEAAAAJCQkJ9vb29i2t6TpytMl7qmc6JvdmkbSURbHA"
     "OHNvfXIpAAAAAAAAAG9iago8PAovRjEgMiAwIFIlL0YyIDMgMCBSCj4+CmVuZG/jkIwB2zWjBp8UEqyKzkr6kf4VItpGvn4L"
     "fj/7O7np16fn8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8Gludm9pY2VfbnVtZWIueGVjcmXw8PDw8PDw8PDw8PDw8PDw"
     "kbSURbHAOHNvdXJjZSkKMSAwIG9iago8PPDwJvDw8PDw8EAVGsorm2SS1QISf4yenP1q7bLMsZFw6u2eCPSo2so2tkgLPtU5"
     "ByM9/wDGpLa3S2jKIWIJzzQBLRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQB//2Q=="),
    ("fuzz_jpeg_grid_fitness_3.jpg", "error", "qr.not_found",
     "a 2,183 x 135 JPEG: rqrr's grid fitting, 0.4 s in a release build, 1.2-1.5 s in the fuzz build",
     "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDADUlKC8oITV4Ky88OTU/UIVXUElJUKN1e2GFwarLyL6q+rfV8P//1eL/5rcBAAAA"
     "uv///////////87//////////////9sAQwE5PDxQRlCdV1ed/9y63P//////////////////////////////////////////"
     "/////////////////////////8AAEQgAhwiHAwEiAAIRAQMRAf/EAB8AAAEFAQEBAQEBAAAAAAAAAAAAAAAAAQIDBAUGBwgJ"
     "Cgv/xAC1EAACAQMDAgQDBQUEBAAAAX0BAgMABBEFEiExQQYTUWEHInEUMoGRoQgjQrHBFVLR8CQzYnKCCQoWF+AZGiUmJygp"
     "KjQ1Njc4OTpDREVGR0hJSlNUVVZXWFlaY2RlZmdoaWpzdHV2d3h5eoOEhYZzdHV2d3h5eoOEhYaHiImKkpOUlZaXmJmaoqOk"
     "paanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4eLj5OXm5+jp6vHy8/T19vf4+fr/xAAfAQADAQEBAQEBAQEBAAAA"
     "AAAAAQIDBAUGBwgJCgv/xAC1EQACAQIEBAMEBwUEBAABAncAAQIDEQQFITIGEkFRB2FxEyIygQgUQpGhscEJIzNS8BVictEK"
     "FiQ04SXxFxhBGRomJygpKjU2N8XGxby7urm4SElKU1RjaGVja19jb2RlLmZvcm1hdFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqC"
     "g4SFhoeIiYqSk5SVlpeYmZqiSaOkpaanqKmqsrO0tQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
     "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALa3uLm6wsPExcbHyMnK0tPU1dbX2Nna4uPk5ebn6Onq"
     "8vP09fb3+Pn6/9oADAMBAAIRAxEAPwDTooqtd3RtjGBGXL5AAOP8AQALM1Uft0//AD5Sfr/hSNqEqKWazdQO5JH9KAL9FMjk"
     "DQrIcKCoY5PTioI4+uZjDIUlJOMBxQBaoppdA4QsoY8hc8mqgv0VTuE8gebHeeZIjWNTZXQgWyAAAC9QREYgLylMJmIvYnRA"
     "cS1cTGs+ZmJrK1BgXGZfb0VGJV9cV0ZeSWApWS4vam1sZ0FxOyMwMyZlX2RhdGVyLmV4Y2Xw8PDw8PDw8PDw8PDw8PDwkbSU"
     "RbHAOHNvdXJjZSkKMSAwIG9iago8PPDw8PDw8PDwQBUayiubZJLVAhJ/jJ6c/WrtssyxkXDq7Z4I9Kjayja2SAs+1TkHIz3/"
     "AMaktrdLaMohYgnPNAEtFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFAH//Z"),
    ("fuzz_jpeg_region_refill_1.jpg", "error", "qr.not_found",
     "a 2,183 x 647 JPEG of noise: rqrr refilled regions evicted from its region cache 157 times the picture's size, 1.5-1.8 s in a release build",
     "/9j/4AAQSkZJRgABAf//AAABAAEAAP/bAEMANSUoLyghNXgrLz45NT9QhVdQSUlQo3V7YYXBqsvIvqr6t9Xw///V4v/mtwEAAA"
     "C6////////////zv//////////////2wBDATk8PFBGUJ1XV53/3Lrc////////////////////////////////////BQUFBQUF"
     "BQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBf///////////////////////////////8AAEQgChw"
     "iHAwEiAAIRAQMRAf/EAB8AAAEFAQEBAQEBAAAAAAAAAAAAAAAAAQIDBAUGBwgJCgv/xAC1EAACAQMDAgQDBQUEBAAAAX0BAgMA"
     "BBEFEiExQQYTUWEHInEUMoGRoQgjQrHBFVLR8CQzYnKCCQoWFxgZGiUmJygpKjQ1Njc4OTpDREVGR0hJSlNUVVZXWFlaY2RlZm"
     "doaWpzdHV2d3h5eoOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4eLj5OXm5+jp"
     "6vHy8/T19vf4+fr/xAAfAQADAQEBAQEBAQEBAAAAAAAAAQIDBAUGBwgJCgv/xAC1EQACAQIEBAMEBwUEBAABAncAAQIDEQQFIT"
     "EGEkFRB2FxEyIygQgUQpGhscEJIzNS8BVictEKFiQ04SXxFxhBGRomJygpKjU2N8XGxby7urm4SElKU1RjaGVja19jb2RlLmZv"
     "cm1hdFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqCg4SFhoeIiYqSk5SVlpeYmZqio6Slpqeoqaqys7S1tre4ubrCw8TFxsfIycrS09"
     "TV1tfY2dri4+Tl5ufo6ery8/T19vf4+fr/2gAMAwEAAhEDEQA/ANOiiq13dG2MYEZcvkAA4/wBAAszVR+3T/8APlJ+v+FI2oSo"
     "pZrN1A7kkf0oAv0UyOQNCshwoKhjk9OKgjj65mMMhSUk4wHFAFqiml0DhCyhjyFzyaqC/RVO4TyB5sd55kiNY1NldCBbIAAAL1"
     "BERiAvKUwmYi9idEBxLVxMaz5mYmsrUGBcZl9vRUYlX1xXRl5JYClZLi9qbWxnQXE7IzAzJiRzLEk2bF8hK0krQ2NxamsuWV0x"
     "KXMwMzpSM2duTLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsL"
     "CwsLCwsLCwsLCwsLCwsLCwsLCwsLCwOi8nQDc5MyA1MjcgNTI0IF0gODEgWyA1MjQgNzcyIDYyOCAKICA0NjUgNjA3IDc1MyA3"
     "MTEgOTcyIDY0NyA2PeluYlaBbO3JeSNtxB9Pr070APubhLnTZXQMACBz9RUdzcSwWtr5Tbdyc8A9hU15NHPp0rRNuAIGcY7ioG"
     "ks57eBZZmUxqBhQfQe3tQA7Trqae4ZZX0JCQkJCQkJCQkJCQkJCQkJOCAwIG9iagqJUE5HDQoaCgAAxwdpVVRGMTbZtuiJ8jyP"
     "m+5JNmxfIStJK0NjcWprLlkwc10pMTM6UjNnbkw6LydANzkzIDUyNyA1MjQgXSA4MSBbIDUyNCA3NzIgNjI4IAogIDo2NSA2MD"
     "cgNzUzIDcxMSA5NzIgNjQ3IDY96W5iVoFs7cl5I23EH0+vTvQA+5uEudNldAwAIHP1FR3NxLBa2vlNt3JzwD2FTXk0c+nStE24"
     "AgZxjuKgaSznt4FlmZTGoGFB9B7e1ADtOupp7hllfQkJCQkJCQkJCQkJCQkJCQk4IDAgb2JqColQTkcNChoKAADHB2lVVEYxNt"
     "u26InyPI+b7uMZ9+goAnooooAKo3//AB9Wf+//AFFXqgubSO62+YWG3ONpoAqXenyz3LyKyANjqT6fSh7d7bSpkcqSWB4+oqT+"
     "Dlp3RQkJCaWlp6WlpaWlpaWlpV2lpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaUJCQkJCQlGIGRvGY9iDlp3wcHBwc"
     "HBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHB"
     "wcHBwcHBwcHBdGF4X2lkLmZvcm1hdAkJCQkJCQkJCQkJCQkJCaWlpaWlCQkJCQkJCQkJCQkJCQkJCaWlpaWlpaWlpaWlpaWlpa"
     "WlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaUJCQkJCQkv8PDw8PDwaW52b2ljZV9udW1iZXIuZXhjZfDw8PDw8PDw8PDw"
     "8PDw8PCRtJRFscA3c291cmNlKQoxIDAgb2JqCjw88PDw8PDw8PBAFRrKK5tkktUCEn+Mnpz9au2yzLGRcOrtngj0qNrKNrZICz"
     "7VOQcjPf8AxqS2t0toyiFiCc80AS0UUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAf/9k="),
    ("fuzz_jpeg_region_refill_2.jpg", "error", "qr.not_found",
     "a 2,183 x 647 JPEG of noise: rqrr refilled regions evicted from its region cache 157 times the picture's size, 1.5-1.8 s in a release build",
     "/9j/4AAQSkZJRgABAf//AAABAAEAAP/bAEMANSUoLyghNXgrLz45NT9QhVdQSUlQo3V7YYXBqsvIvqr6t9Xw///V4v/mtwEAAA"
     "C6////////////zv//////////////2wBDATk8PFBGUJ1XV53/3Lrc////////////////////////////////////////////"
     "////////////////////////wAARCAKHCIcDASIAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAAAAAABAgMEBQYHCAkKC/"
     "/EALUQAAIBAwMCBAMFBQQEAAABfQECAwAEEQUSITFBBhNRYQcicRQygZGhCCNCscEVUtHwJDNicoIJChYXGBkaJSYnKCkqNDU2"
     "Nzg5OkNERUZHSElKU1RVVldYWVpjZGVmZ2hpanN0dXZ3eHl6g4SFhoeIiYqSk5SVlpeYmZqio6Slpqeoqaqys7S1tre4ubrCw8"
     "TFxsfIycrS09TV1tfY2drh4uPk5ebn6Onq8fLz9PX29/j5+v/EAB8BAAMBAQEBAQEBAQEAAAAAAAABAgMEBQYHCAkKC//EALUR"
     "AAIBAgQEAwQHBQQEAAECdwABAgMRBAUhMQYSQVEHYXETIjKBCBRCkaGxwQkjM1LwFWJy0QoWJDThJfEXGEEZGiYnKCkqNTY3xc"
     "bFvLu6ubhISUpTVGNoZWNrX2NvZGUuZm9ybWF0VVZXWFlaY2RlZmdoaWpzdHV2d3h5eoKDhIWGh4iJipKTlJWWl5iZmqKjpKWm"
     "p6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uLj5OXm5+jp6vLz9PX29/j5+v/aAAwDAQACEQMRAD8A06KKrXd0bYxgRl"
     "y+QADj/AEACzNVH7dP/wA+Un6/4UjahKilms3UDuSR/SgC/RTI5A0KyHCgqGOT04qCOPrmYwyFJSTjAcUAWqKaXQOELKGPIXPJ"
     "qoL9FU7hPIHmx3nmSI1jU2V0IFsgAAAvUERGIC8pTCZiL2J0QHEtXExrPmZiaytQYFxmX29FRiVfXFdGXklgKVkuL2ptbGdBcT"
     "sjMDMmJHMsSTZsXyErSStDY3Fqay5ZXTEpczAzOlIzZ25MsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCw"
     "sLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLA6LydANzkzIDUyNyA1MjQgXSA4MSBbIDUyNC"
     "A3NzIgNjI4IAogIDQ2NSA2MDcgNzUzIDcxMSA5NzIgNjQ3IDY96W5iVoFs7cl5I23EH0+vTvQA+5uEudNldAwAIHP1FR3NxLBa"
     "2vlNt3JzwD2FTXk0c+nStE24AgZxjuKgaSznt4FlmZTGoGFB9B7e1ADtOupp7hllfQkJCQkJCQkJCQkJCQkJCQk4IDAgb2JqCo"
     "lQTkcNChoKAADHB2lVVEYxNtm26InyPI+b7kk2bF8hK0krQ2NxamsuWV0xKXMwMzpSM2duTDovJ0A3OTMgNTI3IDUyNCBdIDgx"
     "IFsgNTI0IDc3MiA2MjggCiAgNDY1IDYwNyA3NTMgNzExIDk3MiA2NDcgNj3pbmJWgWztyXkjbcQfT69OKioqKioqKioqKioqKi"
     "oqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioq"
     "KioqKioqKioqKioqKioqKioqKioqKvQA+5uEudNldAwAIHP1FR3NxLBa2vlNt3JzwD2FTXk0c+nStE24AgZxjuKgaSznt4FlmZ"
     "TGoGFB9B7e1ADtOupp7hllfQkJCQkJCQkJCQkJCQkJCQk4IDAgb2JqColQTkcNChoKAADHB2lVVEYxNtm26InyPI+b7uMZ9+go"
     "AnooooAKo3//AB9Wf+//AFFXqgubSO62+YWG3ONpoAqXenyz3LyKyANjqT6fSh7d7bSpkcqSWB4+oqT+Dlp3RQkJCaWlp6Wlpa"
     "WlpaWlpV2lpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaUJCQkJCQlGIGRvGY9iDlp3wcHBwcHBwcHBwcHBwcHBwcHB"
     "wcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBdGF4X2"
     "lkLmZvcm1hdAkJCQkJCQkJCQkJCQkJCaWlpaWlCQkJCQkJCQkJCQkJCQkJCaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWl"
     "paWlpaWlpaWlpaWlpaWlpaUJCQkJCQkv8PDw8PDwaW52b2ljZV9udW1iZXIuZXhjZfDw8PDw8PDw8PDw8PDw8PCRtJRFscA4c2"
     "91cmNlKQoxIDAgb2JqCjw88PDw8PDw8PBAFRrKK5tkktUCEn+Mnpz9au2yzLGRcOrtngj0qNrKNrZICz7VOQcjPf8AxqS2t0to"
     "yiFiCc80AS0UUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAf/9k="),
    ("fuzz_jpeg_grid_work_1.jpg", "error", "qr.not_found",
     "a 2,183 x 647 JPEG of noise: rqrr fitted 106 grids of up to 145 modules, 0.9-1 s in a release build",
     "/9j/4AAQSkZJRgABAf//AAABAAEAAP/bAEMANSUoLyghNXgrLz45NT9QhVdQSUlQo3V7YYXBqsvIvlaq+rfV8P//1eL/5rcBAA"
     "AAuv///////////87//////////////9sAQwE5PDxQRlCdV1ed/9y63P//////////////////////////////////////////"
     "/////////////////////////8AAEQgChwiHAwEiAAIRAQMRAf/EAB8AAAEFAQEBAQEBAAAAAAAAAAAAAAAAAQIDBAUGBwgJCg"
     "v/xAC1EAACAQMDAgQDBQUEBAAAAX0BAgMABBEFEiExQQYTUWEHInEUMoGRoQgjQrHBFVLR8CQzYnKCCQoWFxgZGiUmJygpKjQ1"
     "Njc4OTpDREVGR0hJSlNUVVZXWFlaY2RlZmdoaWpzdHV2d3h5eoOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6ws"
     "PExcbHyMnK0tPU1dbX2Nna4eLj5OXm5+jp6vHy8/T19vf4+fr/xAAfAQADAQEBAQEBAQEBAAAAAAAAAQIDBAUGBwgJCgv/xAC1"
     "EQACAQIEBAMEBwUEBAABAncAAQIDEQQFITIGEkFRB2FxEyUiMoEIFEKRobHBCSMzUvAVYnLRChYkNOEl8RcYQRkaJicoKSo1Nj"
     "fFxsW8u7q5uEhJSlNUY2hlY2tfY29kZS5mb3JtYXRVVldYWVpjZGVmZ2hpanN0dXZ3eHl6goOEhYaHiImKkpOUlZaXmJmaoqOk"
     "paanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4uPk5ebn6Onq8vP09fb3+Pn6/9oADAMBAAIRAxEAPwDTooqtd3RtjG"
     "BGXL5AAOP8AQALM1Uft0//AD5Sfr/hSNqEqKWazdQO5JH9KALdFMjkDQrIcKCoY5PTioI4+uZjDIUlJOMBxQBaoppdA4QsoY8h"
     "c8mqgv0VTuE8gebHeeZIjWNTZXQgWyAARlBELyAALylMJmIvYnRAcS1cTGs+ZisuK1BgCQkJCQkJCQkJpaWlpaWlpaWlpaWlpa"
     "WlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpQkJCQkJCS/w8PDw8PBpbnZvaWNlX251bWJlci5leGNl8PDw8PDw8PDw"
     "8PDw8PDw8JG0lEWxwDhzb3VyY2UpCjEgMCBvYmoKPDzw8PDw8PDw8EAVGsorm2SS1QISf4yenP1q7bLMsZFw6u2eCPSo2so2tk"
     "gLPtU5ByM9/wDGpLa3S2jKIWIJzzQBLRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQB//2Q=="),
    ("fuzz_jpeg_grid_work_2.jpg", "error", "qr.not_found",
     "a 2,183 x 647 JPEG of noise: rqrr fitted 106 grids of up to 145 modules, 0.9-1 s in a release build",
     "/9j/4AAQSkZJRgABAf//AAABAAEAAP/bAEMANSUoLyghNXgrLz45NT9QhVdQSUlQo3V7YYXBqsvIvlaq+rfV8P//1eL/5rcBAA"
     "AAuv///////////87//////wEA////////2wBDATk8PFBGUJ1XV53/3Lrc////////////////////////////////////////"
     "////////////////////////////wAARCAKHCIcDASIAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAAAAAABAgMEBQYHCA"
     "kKC//EALUQAAIBAwMCBAMFBQQEAAABfQECAwAEEQUSITFBBhNRYQcicRQygZGhCCNCscEVUtHwJDNicoIJChYXGBkaZSYnKCkq"
     "NDU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVmZ2hpanN0dXZ3eHl6g4SFhoeIiYqSk5SVlpeYmZqio6Slpqeoqaqys7S1tre4ub"
     "rCw8TFxjrIycrS09TV1tfY2drh4uPk5ebn6Onq8fLz9PX29/j5+v/EAB8BAAMBAQEBAQEBAQEAAAAAAAABAgMEBQYHCAkKC//E"
     "ALURAAIBAgQEAwQHBQQEAAECdwABAgMRBAUhMQYSQVEHYXETIjKBCBRCkaGxwQkjM1LwFWJy0QoWJDThJfEXGEEZGiYnKCkqNT"
     "Y3xcbFvLu6ubhISUpTVGNoZWNrX2NvZGUuZm9ybWF0VVZXWFlaY2RlZmdoaWpzdHV2d3h5eoKDhIWGh4iJipKTlJWWl5iZmqKj"
     "pKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uLj5OXm5+jp6vLz9PX29/j5+v/aAAwDAQACEQMRAD8A06KKrXd0bY"
     "xgRly+QADj/AEACzNVH7dP/wA+Un6/4UjahKilms3UDuSR/SgC/RTI5A0KyHCgqGOT04qCOPrmYwyFJSTjAcUAWqKaXQOELKGP"
     "IXPJqoL9FU7hPIHmx3nmSI1jLWV0IFsgAAAvUERGIC8pTCZiL2J0QHEtXExrPmZiaytQYFxmX29FRiVfXFdGXklgKVkuL2ptbG"
     "dBcTsjMDEmJHMsSTZsXyErSStDY3Fqay5ZXTEpczAzOlIzZ25MsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCw"
     "sLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLA6LydANzkzIDUyNyA1MjQgXSA4MSBbID"
     "UyNCA3NzIgNjI4IAogIDSlpaWlpaWlpaWlpaWlpaWlpaUJCQkJCQlGIGRvGY9iDlp3wcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHB"
     "wcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBdGF4X2lkLmZvcm"
     "1hdAkJCQkJCQkJCQkJCQkJCaWlpaWlCQkJCQkJCQkJCQkJCQkJCaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWl"
     "paWlpaWlpaWlpaUJCQkJCQkv8PDw8PDwaW52b2ljZV9udW1iZXIuZXhjZfDw8PDw8PDw8PDw8PDw8PCRtJRFscA4c291cmNlKQ"
     "oxIDAgb2JqCjw88PDw8PDw8PBAFRrKK5tkktUCEn+Mnpz9au2yzLGRcOrtngj0qNrKNhgZGmUmJygpKjQ1Njc4OTpDREVGR0hJ"
     "SlNUVVZXWFlaY2RlZmdoaWpzdHV2d3h5eoOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcY6yMnK0tPU1d"
     "bX2Nna4eLj5OXm5+jp6vHy8/T19vf4+fr/xAAfAQADAQEBAQEBAQEBAAAAAAAAAQIDBAUGBwgJCgv/xAC1EQACAQIEBAMEBwUE"
     "BAABAncAAQIDEQQFITEGEkFRB2FxEyIygQgUQpGhscEJIzNS8BVictEKFiQ04SXxFxhBGRomJygpKjU2N8XGxby7urm4SElKU1"
     "RjaGVja19jb2RlLmZvcm1hdFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqCg4SFhoeIiYqSk5SVlpeYmZqio6Slpqeoqaqys7S1tre4"
     "ubrCw8TFxsfIycrS09TV1tfY2dri4yA8PAovRm9udCAxIDAgUiAvUHJvYVNldCBbIC9QREYgL1RleHQgL0ltYWdlQiIvSW1hZ2"
     "VDIC9JbWFnZUkgXSQvWE9iamVjdCA8PAovRm9ybVhvYi5lZGExYzRiZGNjNmYxZmQyNmYzMDYyNTc4YTM2YTkxOCA0IDAgUgo+"
     "Pgo+PiAvUm90YXRlIDAgL1RyYW5zIDw8Cgo+PiAKICAvVHlwZSAvUGFnZQo+PgplbmRvYmoKNiAwIG9iago8PAovUGFnZU1vZG"
     "UgL1VzZU5vbmUgL1BhZ2VzIDggMCBSIC9UeXBlIC9DYXRhbG9nCj4+CmVuZG8KNyAgYjBqb2JqCjw8Ci9BdXRob3IgKGFub255"
     "bW91cykgL0NyZWF0aW9uRGF0ZSAoRDoyMDAwMDEwMTAwMDAwMCswMCcwMCcpIC9DcmVhdG9yIChhbmVzCj4+CmVuZG9iago5ID"
     "Agb2JqCjw8Ci9GaWx0ZXIgWyAvRmxhdGVEZWNvZGUgXSAvTGVuZ3RoIDMyNQo+PgpzdHJlYW0KeJyFUk1PwzAMvfdX+Mbg0Nlx"
     "Prorgp0QMBGJTUSgrVs3IY0BAonx63HC1q5QhFq9uI7z3rNTApSHEpZrgFMP/UBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQE"
     "BAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAx94BKfAVkM41+As491nKKyCb8oNcNXnaUShEYIvg1x2lvXd3"
     "c30TWNF2Fdi5gITVU1AKA7Jqb9Ax+EfwJ4e6mMg6VHVU5Ub1oLC3o5XFuo+ASN8CrCTGBDoC1ZBy+D80ICh1bnRpdGxlZCkgL1"
     "RyYXBwZWQgL0ZhbHNlCj4+CmVuZG9iago4IDAgb2JqCjw8Ci9Db3VudCAxIC9LaWRzIFsgNSAwIFIgXSAvVHlwZSAvUGFnZXMK"
     "Pj4KZW5kb2JqCjkgMCBvYmoKPDwKL0ZpbHRlciBbIC9GbGF0ZURlY28gL0RldmljZUdyYXkgL0JpdHNQZXJDb21wb24vU3VidH"
     "lwZS9JbWFnZWVudCAxIC9GaWx0ZXIgL0ZsYXRlRGVjb2RlIC9EZWNvZGVQYXJtcyC7PCAvUHJlZGljy8vLy8vLy8vLy8vLy8vL"
     "y8vLy8vLy8u6K4KdEOTl5ufo6ery8/T19vf4+fr/2gAMAwEAAhEDEQA/ANOiiq13dG2MYEZcvkAA4/wBAAszVR+3T/8APlJ+v+"
     "FI2oSopZrN1A7kkf0oAv0UyOQNCshwoKhjk9OKgjj65mMMhSUk4wHFAFqiml0DhCyhjyFzyaqC/RVO4TyB5sd55kiNYy1ldCBb"
     "IAAAL1BERiAvKUwmYi9idEBxLVxMaz5mYmsrUGBcZl9vRUYlX1xXRl5JYClZLi9qbWxnQXE7IzAzJiRzLEk2bF8hK0krQ2Nxam"
     "suWV0xKXMwMzpSM2duTLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCw"
     "sLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLC2SAs+1TkHIz3/AMaktrdLaMohYgnPNAEtFFFABRRRQAUUUUAFFFFABRRRQAUUUU"
     "AFFFFABRRRQAUUUUAFFFFAH//Z"),
    ("fuzz_jpeg_group_tests.jpg", "error", "qr.not_found",
     "a 2,183 x 647 JPEG offering rqrr 6,035 groups of finder patterns to fit grids to: 2.95 s in a release build",
     "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDADUlKC8oITV4Ky88OTU/UIVXUElJUKN1e2GFwarLyL6q+rfV8P//1eL/5rcBAAAA"
     "uv///////////87//////////////9sAQwE5PDxQRlCdV1ed/9y63P//////////////////////////////////////////"
     "/////////////////////////8AAEQgChwiHAwEiAAIRAQMRAf/EAB8AAAEFAQEBAQEBAAAAAAAAAAAAAAAAAQIDBAUGBwgJ"
     "Cgv/xAC1EAACAQMDAgQDBQUEBAAAAX0BAgMABBEFEiExQQYTUWEHInEUMoGRoQgjQrHBFVLR8CQzYnKCCQoWFxgZGiUmJygp"
     "KjQ1Njc4OTpDc3RhdHVzLmFibm9ybWFsREVGR0hJSlNUVVZXWFlaY2RlZmdoaWpzdHV2d3h5eoOEhYaHiImKkpOUlZaXmJma"
     "oqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX2FVuaUfZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6/8QAHwEAAwEBAQEB"
     "AQEBAQAAAAAAAAECAwQFBgcICQoL/8QAtREAAgECBAQDBAcFBAQAAQJ3AAECAxEEBSEyBhJBUQdhcRMiMoEIFEKRobHBCSMz"
     "UvAVYnLRChYkNOEl8RcYQRkaJicoKSo1NjfFxsW8u7q5uEhJSlNUY2hlY2tfY29kZS5mb3JtYXRVVldYWVpjZGVmZ2hpanN0"
     "dXZ3eHl6goOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4uPk5ebn6Onq8vP0"
     "9fb3+Pn6/9oADAMBAAIRAxEAPwDTooqtd3RtjGBGXL5AAOP8AQALM1Uft0//AD5Sfr/hSNqEqKWazdQO5JH9KAL9FMjkDQrI"
     "cKCoY5PTioI4+uZjDIUlJOMBxQBaoppdA4QsoY8hc8mqgv0VTuE8gebHeeZIjWNTZXQgWyAAAC9QREYgKUwmYi8vYnRAcS1c"
     "TGs+ZmJrK1BgXGZfb0VGJV9cV0ZeSWApWS4vam1sZ0FxOyMwMyYkcyxJNmxfIStJK0NjcWprLlldMSlzMDM6UjNnbkw6LydA"
     "NzkzIDUyNyA1MjQgXSA4MSBbIDUyNCA3NzIgNjI4IAogIDQ2NSA2MAAANyA3NTMgNzExIDk3MiA2NDcgNj3pbmJWgWztyXkj"
     "bcQfT69O9AD7m4S502V0DAAgc/UVHc3EsFra+U23cnPAPYVNeTRz6dK0TbgCBnGO4qBpLOe3gWWZlMagYUH0Ht7UAO066mnu"
     "GWV9CQkJCQkJCQkJCQkJCQkJCTggMCBvYmoKiVBORw0KGgoAAMcHaecfn7Vp2bboifI8j5vu4xn36CgCeiiigAqjf/8AH1Z/"
     "7/8AUVeqC5tI7rb5hYbc42mgCpd6fLPcvIrIA2OpPp9KHt3ttKmRypJYHj6ipP4OWndFCQkJpaWnpaWlpaWlpaWlpaWlpaWl"
     "paWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpQkJCQkJCUYgZG8Zj2IOWnfBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHB"
     "wcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcFp7sHBwcHBwcHBwcHBwcHBwcHBwcF0YXhfaWQhYgnPNAEt"
     "FFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFAH//Z"),
]


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    unusable_files()
    hostile_sheets()
    text_files()
    value_cells()
    qr_files()
    fuzz_regressions()
    with open(os.path.join(OUT, "expected.tsv"), "w", encoding="utf-8") as f:
        f.write("# file\tstage\tid\twhat (generated by scripts/make_bad_fixtures.py)\n")
        for row in EXPECTED:
            f.write("\t".join(row) + "\n")
    total = sum(os.path.getsize(os.path.join(OUT, n)) for n in os.listdir(OUT))
    print(f"{len(EXPECTED)} files, {total / 1024:.0f} KiB in {os.path.relpath(OUT, ROOT)}")


if __name__ == "__main__":
    main()
