#!/usr/bin/env python3
"""Make the invoice-document fixtures of fapiao-core: XML, OFD, QR images and PDFs.

Run from the repository root: python3 scripts/make_doc_fixtures.py
Writes into crates/fapiao-core/tests/fixtures/docs/. Deterministic (fixed seeds, fixed zip
timestamps), so running it again gives the same files.
"""
import io
import os
import random
import sys
import zipfile


from pyneed import need  # noqa: E402  (scripts/ is on sys.path when run as a script)


segno = need("segno", "segno")
need("PIL", "Pillow")
from PIL import Image, ImageDraw, ImageFilter  # noqa: E402

OUT = os.path.join(os.path.dirname(__file__), "..", "crates", "fapiao-core", "tests", "fixtures", "docs")

SHUDIAN_QR = "01,32,,24112000000012345678,1130.00,20241105,,74AE"
OLDER_QR = "01,10,011001900311,21010038,300,20200407,01731581649436515692,53F1,"


def write(name, data):
    path = os.path.join(OUT, name)
    mode = "wb" if isinstance(data, bytes) else "w"
    with open(path, mode, **({} if mode == "wb" else {"encoding": "utf-8", "newline": "\n"})) as f:
        f.write(data)


# ---- XML -----------------------------------------------------------------------------------

def shudian_xml(prefix="", lines=2, with_optional=True):
    p = f"{prefix}:" if prefix else ""
    ns = f' xmlns:{prefix}="urn:example:einvoice"' if prefix else ""
    items = [
        ("*信息技术服务*软件维护费", "3049900000000000000", "1", "600.00", "600.00", "0.13", "78.00"),
        ("*信息技术服务*技术咨询费", "3049900000000000000", "2", "200.00", "400.00", "0.13", "52.00"),
    ][:lines]
    body = "".join(
        f"<{p}IssuItemInformation><{p}ItemName>{n}</{p}ItemName><{p}SpecMod></{p}SpecMod>"
        f"<{p}MeaUnits>项</{p}MeaUnits><{p}Quantity>{q}</{p}Quantity><{p}UnPrice>{u}</{p}UnPrice>"
        f"<{p}Amount>{a}</{p}Amount><{p}TaxRate>{r}</{p}TaxRate><{p}ComTaxAm>{t}</{p}ComTaxAm>"
        f"<{p}TaxClassificationCode>{c}</{p}TaxClassificationCode></{p}IssuItemInformation>"
        for n, c, q, u, a, r, t in items
    )
    optional = (
        f"<{p}Remark>合同号 HT-2024-118 &amp; 验收单 7</{p}Remark>"
        f"<{p}TaxSupervisionInfo><{p}InvoiceNumber>24112000000012345678</{p}InvoiceNumber>"
        f"<{p}IssueTime>2024-11-05 14:23:11</{p}IssueTime><{p}TaxBureauCode>11100000000</{p}TaxBureauCode>"
        f"<{p}TaxBureauName>国家税务总局北京市税务局</{p}TaxBureauName></{p}TaxSupervisionInfo>"
        if with_optional else ""
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f"<{p}EInvoice{ns}><{p}Header><{p}EIid>24112000000012345678</{p}EIid>"
        f"<{p}EInvoiceTag>SWEI1100</{p}EInvoiceTag><{p}Version>0.1</{p}Version></{p}Header>"
        f"<{p}EInvoiceData><{p}SellerInformation><{p}SellerIdNum>91110108MA01A2B3C4</{p}SellerIdNum>"
        f"<{p}SellerName>北京云帆科技有限公司</{p}SellerName></{p}SellerInformation>"
        f"<{p}BuyerInformation><{p}BuyerIdNum>91310115MA1H7XYZ0Q</{p}BuyerIdNum>"
        f"<{p}BuyerName>上海明川贸易有限公司</{p}BuyerName></{p}BuyerInformation>"
        f"<{p}BasicInformation><{p}TotalAmWithoutTax>1000.00</{p}TotalAmWithoutTax>"
        f"<{p}TotalTaxAm>130.00</{p}TotalTaxAm><{p}TotalTax-includedAmount>1130.00</{p}TotalTax-includedAmount>"
        f"<{p}TotalTax-includedAmountInChinese>壹仟壹佰叁拾圆整</{p}TotalTax-includedAmountInChinese>"
        f"<{p}RequestTime>2024-11-05 14:20:00</{p}RequestTime><{p}Drawer>王敏</{p}Drawer>"
        f"<{p}GeneralOrSpecialVAT><{p}LabelCode>02</{p}LabelCode></{p}GeneralOrSpecialVAT>"
        f"</{p}BasicInformation>{body}</{p}EInvoiceData>{optional}</{p}EInvoice>\n"
    )


def older_xml(graph=OLDER_QR):
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<fp:eInvoice xmlns:fp="http://www.edrm.org.cn/schema/e-invoice/2019">\n'
        "  <fp:InvoiceCode>011001900311</fp:InvoiceCode>\n"
        "  <fp:InvoiceNo>21010038</fp:InvoiceNo>\n"
        "  <fp:TypeCode>10</fp:TypeCode>\n"
        "  <fp:IssueDate>2020年04月07日</fp:IssueDate>\n"
        "  <fp:InvoiceCheckCode>01731 58164 94365 15692</fp:InvoiceCheckCode>\n"
        "  <fp:Buyer><fp:BuyerName>个人</fp:BuyerName></fp:Buyer>\n"
        "  <fp:Seller><fp:SellerName>北京某某餐饮有限公司</fp:SellerName>"
        "<fp:SellerTaxID>91110105MA00ABCD1X</fp:SellerTaxID></fp:Seller>\n"
        "  <fp:TaxExclusiveTotalAmount>300.00</fp:TaxExclusiveTotalAmount>\n"
        "  <fp:TaxTotalAmount>18.00</fp:TaxTotalAmount>\n"
        "  <fp:TaxInclusiveTotalAmount>318.00</fp:TaxInclusiveTotalAmount>\n"
        "  <fp:Note><![CDATA[订单 <A-17>]]></fp:Note>\n"
        "  <fp:InvoiceClerk>李丽</fp:InvoiceClerk>\n"
        f"  <fp:GraphCode>{graph}</fp:GraphCode>\n"
        "  <fp:GoodsInfos><fp:GoodsInfo><fp:Item>*餐饮服务*餐费</fp:Item><fp:Specification/>"
        "<fp:MeasurementDimension>次</fp:MeasurementDimension><fp:Price>300.00</fp:Price>"
        "<fp:Quantity>1</fp:Quantity><fp:Amount>300.00</fp:Amount><fp:TaxScheme>6%</fp:TaxScheme>"
        "<fp:TaxAmount>18.00</fp:TaxAmount></fp:GoodsInfo></fp:GoodsInfos>\n"
        "</fp:eInvoice>\n"
    )


def xml_fixtures():
    write("shudian.xml", shudian_xml())
    write("shudian_prefixed_minimal.xml", shudian_xml(prefix="inv", lines=1, with_optional=False))
    write("e_invoice.xml", older_xml())
    write("e_invoice_graphcode_differs.xml", older_xml(graph=OLDER_QR.replace(",300,", ",310,")))
    write("e_invoice_graphcode_broken.xml", older_xml(graph="01,10,011001900311"))
    write(
        "dtd_external_entity.xml",
        '<?xml version="1.0"?>\n<!DOCTYPE EInvoice [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
        "<EInvoice><Header><EIid>&x;</EIid></Header></EInvoice>\n",
    )
    write("too_deep.xml", "<EInvoice>" + "<a>" * 40 + "x" + "</a>" * 40 + "</EInvoice>\n")
    write("not_invoice.xml", '<?xml version="1.0"?>\n<EInvoiceList><item/></EInvoiceList>\n')
    write("truncated.xml", shudian_xml()[:700])


# ---- OFD -----------------------------------------------------------------------------------

ZIP_TIME = (2024, 11, 5, 14, 23, 10)


def zip_bytes(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            info = zipfile.ZipInfo(name, ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)
    return buf.getvalue()


def ofd_xml(custom):
    datas = "".join(f'<ofd:CustomData Name="{k}">{v}</ofd:CustomData>' for k, v in custom)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016" Version="1.1" DocType="OFD">'
        "<ofd:DocBody><ofd:DocInfo><ofd:DocID>4f1c0a</ofd:DocID><ofd:CreationDate>2020-04-07</ofd:CreationDate>"
        f"<ofd:CustomDatas>{datas}</ofd:CustomDatas></ofd:DocInfo>"
        "<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>\n"
    )


OLDER_CUSTOM = [
    ("发票代码", "011001900311"),
    ("发票号码", "21010038"),
    ("开票日期", "2020年04月07日"),
    ("合计金额", "300.00"),
    ("合计税额", "18.00"),
    ("校验码", "01731 58164 94365 15692"),
    ("购买方纳税人识别号", ""),
    ("销售方纳税人识别号", "91110105MA00ABCD1X"),
]

PAGE = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<ofd:Page xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Content><ofd:Layer ID="1">'
    '<ofd:TextObject ID="101" Boundary="10 10 40 5" Font="3" Size="3"><ofd:TextCode X="0" Y="4">011001900311</ofd:TextCode></ofd:TextObject>'
    '<ofd:TextObject ID="102" Boundary="60 10 30 5" Font="3" Size="3"><ofd:TextCode X="0" Y="4">21010038</ofd:TextCode></ofd:TextObject>'
    '<ofd:TextObject ID="103" Boundary="60 16 40 5" Font="3" Size="3"><ofd:TextCode X="0" Y="4">2020年04月07日</ofd:TextCode></ofd:TextObject>'
    '<ofd:TextObject ID="104" Boundary="60 22 60 5" Font="3" Size="3"><ofd:TextCode X="0" Y="4">01731 58164 94365 15692</ofd:TextCode></ofd:TextObject>'
    '<ofd:TextObject ID="105" Boundary="120 90 30 5" Font="3" Size="3"><ofd:TextCode X="0" Y="4">¥300.00</ofd:TextCode></ofd:TextObject>'
    '<ofd:TextObject ID="106" Boundary="150 90 30 5" Font="3" Size="3"><ofd:TextCode X="0" Y="4">¥18.00</ofd:TextCode></ofd:TextObject>'
    '<ofd:TextObject ID="107" Boundary="150 100 30 5" Font="3" Size="3"><ofd:TextCode X="0" Y="4">¥318.00</ofd:TextCode></ofd:TextObject>'
    "</ofd:Layer></ofd:Content></ofd:Page>\n"
)

TAGS = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<ofd:CustomTags xmlns:ofd="http://www.ofdspec.org/2016"><ofd:CustomTag NameSpace="http://www.edrm.org.cn/schema/e-invoice/2019">'
    "<ofd:FileLoc>Tags/CustomTag.xml</ofd:FileLoc></ofd:CustomTag></ofd:CustomTags>\n"
)

TAG = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<fp:eInvoice xmlns:fp="http://www.edrm.org.cn/schema/e-invoice/2019" xmlns:ofd="http://www.ofdspec.org/2016">'
    '<fp:InvoiceCode><ofd:ObjectRef PageRef="1">101</ofd:ObjectRef></fp:InvoiceCode>'
    '<fp:InvoiceNo><ofd:ObjectRef PageRef="1">102</ofd:ObjectRef></fp:InvoiceNo>'
    '<fp:IssueDate><ofd:ObjectRef PageRef="1">103</ofd:ObjectRef></fp:IssueDate>'
    '<fp:InvoiceCheckCode><ofd:ObjectRef PageRef="1">104</ofd:ObjectRef></fp:InvoiceCheckCode>'
    '<fp:TaxExclusiveTotalAmount><ofd:ObjectRef PageRef="1">105</ofd:ObjectRef></fp:TaxExclusiveTotalAmount>'
    '<fp:TaxTotalAmount><ofd:ObjectRef PageRef="1">106</ofd:ObjectRef></fp:TaxTotalAmount>'
    '<fp:TaxInclusiveTotalAmount><ofd:ObjectRef PageRef="1">107</ofd:ObjectRef></fp:TaxInclusiveTotalAmount>'
    "</fp:eInvoice>\n"
)

DOCUMENT = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<ofd:Document xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Pages>'
    '<ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages>'
    "<ofd:CustomTags>CustomTags.xml</ofd:CustomTags><ofd:Attachments>Attachs/Attachments.xml</ofd:Attachments>"
    "</ofd:Document>\n"
)


def ofd_fixtures():
    full = [
        ("OFD.xml", ofd_xml(OLDER_CUSTOM)),
        ("Doc_0/Document.xml", DOCUMENT),
        ("Doc_0/Pages/Page_0/Content.xml", PAGE),
        ("Doc_0/Attachs/Attachments.xml", '<ofd:Attachments xmlns:ofd="http://www.ofdspec.org/2016"/>'),
        ("Doc_0/Attachs/original_invoice.xml", older_xml()),
        ("Doc_0/CustomTags.xml", TAGS),
        ("Doc_0/Tags/CustomTag.xml", TAG),
    ]
    write("e_invoice.ofd", zip_bytes(full + [("Doc_0/Res/qr.png", png_bytes(qr_image(OLDER_QR, 3)))]))
    # 合计税额 masked, a tax-free invoice: 价税合计 = 合计金额.
    masked = [(k, "***" if k == "合计税额" else v) for k, v in OLDER_CUSTOM]
    write("masked_tax.ofd", zip_bytes([("OFD.xml", ofd_xml(masked))] + full[1:3]))
    # No CustomData: the attached XML is used.
    write("attachment_only.ofd", zip_bytes([("OFD.xml", ofd_xml([]))] + full[1:5]))
    # Neither CustomData nor attachment: the tags and page text are used.
    write("tags_only.ofd", zip_bytes([("OFD.xml", ofd_xml([]))] + full[1:3] + full[5:]))
    # A source that disagrees with the others: the attachment says another number.
    other = older_xml().replace("<fp:InvoiceNo>21010038<", "<fp:InvoiceNo>21010039<")
    write("disagreeing.ofd", zip_bytes(full[:4] + [("Doc_0/Attachs/original_invoice.xml", other)]))
    write("truncated.ofd", zip_bytes(full)[:600])
    # A zip bomb: one entry of 64 MiB of zeros, far above the per-entry limit.
    write("zip_bomb.ofd", zip_bytes([("OFD.xml", b"\0" * (64 * 1024 * 1024))]))
    write("no_ofd_xml.zip", zip_bytes([("readme.txt", "not an OFD")]))


# ---- QR images -------------------------------------------------------------------------------

def qr_image(payload, scale, border=4):
    buf = io.BytesIO()
    segno.make(payload, error="m", micro=False).save(buf, kind="png", scale=scale, border=border)
    return Image.open(io.BytesIO(buf.getvalue())).convert("L")


def png_bytes(img):
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


def save(img, name, **kw):
    buf = io.BytesIO()
    img.save(buf, format="PNG" if name.endswith(".png") else "JPEG", **kw)
    write(name, buf.getvalue())


def image_fixtures():
    rng = random.Random(20241105)
    for scale in (2, 4, 8):
        save(qr_image(SHUDIAN_QR, scale), f"qr_scale{scale}.png")
    base = qr_image(OLDER_QR, 5)
    save(base.rotate(90, expand=True), "qr_rot90.png")
    save(base.rotate(180, expand=True), "qr_rot180.png")
    save(base.rotate(7, expand=True, fillcolor=255, resample=Image.BICUBIC), "qr_rot7.png")
    noisy = base.copy()
    px = noisy.load()
    for _ in range(noisy.width * noisy.height // 25):
        x, y = rng.randrange(noisy.width), rng.randrange(noisy.height)
        px[x, y] = rng.randrange(256)
    save(noisy.filter(ImageFilter.GaussianBlur(0.6)), "qr_noise.png")
    save(base.convert("RGB"), "qr_photo.jpg", quality=70)
    # A screenshot: a large white page with grey text lines and the QR in the top-left corner.
    page = Image.new("L", (2400, 3200), 255)
    draw = ImageDraw.Draw(page)
    for y in range(500, 3000, 60):
        draw.rectangle((200, y, 200 + rng.randrange(800, 1900), y + 18), fill=150)
    page.paste(qr_image(SHUDIAN_QR, 4), (60, 60))
    save(page, "qr_screenshot_corner.png")
    # A phone photo of a page, 15 megapixels: only reduced sizes are searched, and at the first
    # the code is too small to read.
    photo = Image.new("L", (4800, 3200), 236)
    draw = ImageDraw.Draw(photo)
    for y in range(1100, 3000, 80):
        draw.rectangle((700, y, 700 + rng.randrange(1200, 3000), y + 24), fill=120)
    photo.paste(qr_image(SHUDIAN_QR, 6), (700, 400))
    save(photo.convert("RGB"), "qr_photo_15mp.jpg", quality=60)
    # Exported with a transparent background: the light modules are transparent black.
    dark = qr_image(SHUDIAN_QR, 4).point(lambda v: 255 - v)
    clear = Image.merge("RGBA", (Image.new("L", dark.size, 0),) * 3 + (dark,))
    save(clear, "qr_transparent.png")
    two = Image.new("L", (900, 420), 255)
    two.paste(qr_image(SHUDIAN_QR, 3), (20, 40))
    two.paste(qr_image(OLDER_QR, 3), (480, 40))
    save(two, "qr_two_codes.png")
    # Harder cases: steep angles, low contrast, heavy JPEG, perspective, uneven light.
    save(base.rotate(30, expand=True, fillcolor=255, resample=Image.BICUBIC), "hard_rot30.png")
    save(base.rotate(45, expand=True, fillcolor=255, resample=Image.BICUBIC), "hard_rot45.png")
    save(base.point(lambda v: 110 if v < 128 else 170), "hard_low_contrast.png")
    save(qr_image(OLDER_QR, 3).convert("RGB"), "hard_jpeg_q15.jpg", quality=15)
    w, h = base.size
    pad = Image.new("L", (w * 3 // 2, h * 3 // 2), 255)
    pad.paste(base, (w // 4, h // 4))
    coeffs = (1.0, 0.1, -10, 0.05, 1.0, -10, 0.0006, 0.0004)
    save(pad.transform(pad.size, Image.PERSPECTIVE, coeffs, fillcolor=255, resample=Image.BICUBIC), "hard_perspective.png")
    light = base.copy()
    lpx = light.load()
    for y in range(h):
        for x in range(w):
            shade = int(120 * x / w)
            lpx[x, y] = min(255, lpx[x, y] // 2 + 40 + shade) if lpx[x, y] < 128 else min(255, 150 + shade)
    save(light, "hard_uneven_light.png")
    save(qr_image("https://example.com/invoice?id=1", 4), "qr_url.png")
    blank = Image.new("L", (400, 300), 255)
    ImageDraw.Draw(blank).rectangle((50, 50, 350, 250), outline=0, width=3)
    save(blank, "no_qr.png")


# ---- PDF -----------------------------------------------------------------------------------

SHUDIAN_PAGE = {
    "title": "电子发票（普通发票）",
    "head": ["发票号码：24112000000012345678", "开票日期：2024年11月05日"],
    "buyer": ("北京买方科技有限公司", "91110108MA01ABCDEN"),
    "seller": ("上海卖方贸易有限公司", "91310000MA1FL1234Q"),
    "amounts": ("¥1000.00", "¥130.00"),
    "words": "壹仟壹佰叁拾圆整",
    "total": "¥1130.00",
}
OLDER_PAGE = {
    "title": "增值税电子普通发票",
    "head": ["发票代码：011001900311", "发票号码：21010038", "开票日期：2020年04月07日",
             "校 验 码：01731 58164 94365 15692"],
    "buyer": ("个人", ""),
    "seller": ("北京卖方餐饮有限公司", "91110108MA01ABCDEN"),
    "amounts": ("¥300.00", "¥***"),
    "words": "叁佰圆整",
    "total": "¥300.00",
}


def cjk_truetype(text):
    """A TrueType (glyf) font with the glyphs of `text`, made from the system's Noto Sans CJK SC
    (CFF outlines, which reportlab cannot embed): subset with fontTools, curves converted to
    quadratics. Invoice PDFs embed such TrueType subsets with a ToUnicode CMap."""
    import subprocess
    need("fontTools", "fonttools")
    from fontTools import subset
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib import TTCollection, newTable

    path = subprocess.check_output(["fc-match", "-f", "%{file}", "Noto Sans CJK SC:style=Regular"]).decode()
    fonts = TTCollection(path).fonts if path.endswith(".ttc") else [__import__("fontTools.ttLib").ttLib.TTFont(path)]
    font = next(f for f in fonts if "SC" in f["name"].getDebugName(1))
    options = subset.Options()
    options.notdef_outline = True
    sub = subset.Subsetter(options)
    sub.populate(text=text)
    sub.subset(font)
    order = font.getGlyphOrder()
    glyphs = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyphs)
        glyphs[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    for tag in ("CFF ", "VORG"):
        if tag in font:
            del font[tag]
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    font["head"].glyphDataFormat = 0
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for attr in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                 "maxStackElements", "maxSizeOfInstructions", "maxComponentElements", "maxPoints",
                 "maxContours", "maxCompositePoints", "maxCompositeContours", "maxComponentDepth"):
        setattr(maxp, attr, 1 if attr == "maxZones" else 0)
    font["post"].formatType = 3.0
    font.sfntVersion = "\0\1\0\0"
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


def pdf_fixtures():
    need("reportlab", "reportlab")
    import tempfile
    from reportlab import rl_config
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    rl_config.invariant = 1  # fixed dates and ids: the same bytes every run
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    every_text = "".join(str(v) for page in (SHUDIAN_PAGE, OLDER_PAGE) for v in page.values())
    every_text += "购买方信息销售方名称统一社会信用代码/纳税人识别号：合计价税合计（大写）（小写）⊗2024年11月06日0123456789"
    with tempfile.NamedTemporaryFile(suffix=".ttf") as ttf:
        ttf.write(cjk_truetype(every_text))
        ttf.flush()
        pdfmetrics.registerFont(TTFont("NotoSubset", ttf.name))

    def invoice_pdf(name, qr=None, jpeg=False, a85=True, page=SHUDIAN_PAGE, font="STSong-Light", date=None):
        """One page laid out like a 数电 invoice: title, number and date top right, the buyer
        left of the seller, 合计 and 价税合计 rows; the QR code top left."""
        rl_config.useA85 = 1 if a85 else 0
        buf = io.BytesIO()
        c = canvas.Canvas(buf, pagesize=(595, 400))
        c.setFont(font, 16)
        c.drawString(200, 360, page["title"])
        c.setFont(font, 10)
        for i, line in enumerate(page["head"]):
            if date and line.startswith("开票日期"):
                line = "开票日期：" + date
            c.drawString(400, 330 - 15 * i, line)
        for x, label, (who, tax_id) in ((20, "购买方信息", page["buyer"]), (300, "销售方信息", page["seller"])):
            for i, ch in enumerate(label):  # the vertical block label
                c.drawString(x, 262 - 12 * i, ch)
            c.drawString(x + 20, 250, "名称：")
            c.drawString(x + 50, 250, who)
            c.drawString(x + 20, 232, "统一社会信用代码/纳税人识别号：")
            c.drawString(x + 180, 232, tax_id)
        c.drawString(40, 150, "合　计")
        c.drawString(380, 150, page["amounts"][0])
        c.drawString(480, 150, page["amounts"][1])
        c.drawString(40, 120, "价税合计（大写）")
        c.drawString(130, 120, "⊗" + page["words"])
        c.drawString(400, 120, "（小写）" + page["total"])
        if qr is not None:
            img = qr_image(qr, 3).convert("RGB")
            if jpeg:
                jbuf = io.BytesIO()
                img.save(jbuf, format="JPEG", quality=85)
                img = Image.open(io.BytesIO(jbuf.getvalue()))
            c.drawImage(ImageReader(img), 30, 300, width=80, height=80)
        c.showPage()
        c.save()
        write(name, buf.getvalue())

    invoice_pdf("shudian.pdf", SHUDIAN_QR)
    invoice_pdf("shudian_flate_only.pdf", SHUDIAN_QR, a85=False)
    invoice_pdf("shudian_ttf.pdf", SHUDIAN_QR, font="NotoSubset")
    invoice_pdf("shudian_date_differs.pdf", SHUDIAN_QR, date="2024年11月06日")
    invoice_pdf("e_invoice_jpeg_qr.pdf", OLDER_QR, jpeg=True, page=OLDER_PAGE)
    invoice_pdf("no_qr.pdf")
    not_invoice = io.BytesIO()
    c = canvas.Canvas(not_invoice, pagesize=(595, 400))
    c.setFont("STSong-Light", 12)
    c.drawString(40, 300, "季度经营报告：合计 ¥1000.00")
    c.showPage()
    c.save()
    write("not_invoice.pdf", not_invoice.getvalue())
    rl_config.useA85 = 1
    write("qr_1bit_predictor.pdf", one_bit_pdf(OLDER_QR))


def one_bit_pdf(payload):
    """A minimal hand-written PDF whose QR is a 1-bit image, Flate with PNG 'Up' predictors and
    an indirect /Length, as some invoicing software writes it (reportlab does not)."""
    import zlib
    img = qr_image(payload, 2)
    w, h = img.size
    row_bytes = (w + 7) // 8
    rows = []
    for y in range(h):
        bits = bytearray(row_bytes)
        for x in range(w):
            if img.getpixel((x, y)) >= 128:
                bits[x // 8] |= 0x80 >> (x % 8)
        rows.append(bits)
    raw = bytearray()
    prev = bytearray(row_bytes)
    for bits in rows:
        raw.append(2)  # PNG filter Up
        raw.extend((b - p) & 0xFF for b, p in zip(bits, prev))
        prev = bits
    data = zlib.compress(bytes(raw), 9)
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 300] /Resources << /XObject << /Im1 4 0 R >> >> /Contents 6 0 R >>",
        (f"<< /Type /XObject /Subtype /Image /Width {w} /Height {h} /ColorSpace /DeviceGray /BitsPerComponent 1 "
         f"/Filter /FlateDecode /DecodeParms << /Predictor 15 /Colors 1 /BitsPerComponent 1 /Columns {w} >> "
         f"/Length 5 0 R >>\nstream\n").encode() + data + b"\nendstream",
        str(len(data)).encode(),
        b"<< /Length 35 >>\nstream\nq 200 0 0 200 50 50 cm /Im1 Do Q\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer << /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def main():
    os.makedirs(OUT, exist_ok=True)
    xml_fixtures()
    ofd_fixtures()
    image_fixtures()
    pdf_fixtures()


if __name__ == "__main__":
    main()
