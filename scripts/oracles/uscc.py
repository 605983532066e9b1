#!/usr/bin/env python3
"""Oracle for tax_id.checksum: python-stdnum's cn.uscc on generated credit codes.

Writes crates/fapiao-core/tests/fixtures/oracles/uscc.csv with one row per code:
code, stdnum's verdict (valid / invalid_checksum / invalid_format / invalid_length),
and stdnum's check character for the first 17 characters (empty when it cannot compute one).
Codes: valid ones, and each with one character replaced (any position, any character of
the alphabet, sometimes a letter the alphabet lacks). Deterministic (fixed seed).
"""
import csv
import pathlib
import random
import subprocess
import sys

try:
    from stdnum.cn import uscc
    from stdnum import exceptions
except ImportError:
    subprocess.check_call([sys.executable, "-m", "pip", "install", "--quiet", "python-stdnum"])
    from stdnum.cn import uscc
    from stdnum import exceptions

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
OUT = pathlib.Path(__file__).resolve().parents[2] / "crates/fapiao-core/tests/fixtures/oracles/uscc.csv"
REGIONS = ["110105", "110108", "310115", "440300", "350211", "320500", "510100", "330106"]


def verdict(code):
    try:
        uscc.validate(code)
        return "valid"
    except exceptions.InvalidChecksum:
        return "invalid_checksum"
    except exceptions.InvalidFormat:
        return "invalid_format"
    except exceptions.InvalidLength:
        return "invalid_length"


def check_char(code):
    try:
        return uscc.calc_check_digit(code[:17])
    except (ValueError, IndexError):
        return ""


def main():
    rng = random.Random(32100)
    rows = []
    while len(rows) < 12000:
        body = rng.choice("159") + rng.choice("123") + rng.choice(REGIONS)
        body += "".join(rng.choice(ALPHABET) for _ in range(9))
        code = body + uscc.calc_check_digit(body)
        rows.append(code)
        for _ in range(2):
            pos = rng.randrange(18)
            pool = ALPHABET if rng.random() < 0.9 else "IOSVZ"
            new = rng.choice(pool.replace(code[pos], ""))
            rows.append(code[:pos] + new + code[pos + 1:])
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["code", "stdnum", "check"])
        for code in rows:
            w.writerow([code, verdict(code), check_char(code)])
    print(f"wrote {len(rows)} codes to {OUT.name}")


if __name__ == "__main__":
    main()
