#!/usr/bin/env python3
"""Oracle for amount_in_words: cn2an's an2cn(x, "rmb") on generated amounts.

Writes crates/fapiao-core/tests/fixtures/oracles/amount_in_words.csv: amount (two decimals) and
cn2an's words. Amounts run from 0.01 to 999,999,999,999.99 with zeros placed in every position
(each digit is zero with probability 1/2, so runs of zeros cross the 万 and 亿 sections), plus
fixed edge cases. Deterministic (fixed seed).
"""
import csv
import pathlib
import random
import subprocess
import sys

try:
    import cn2an
except ImportError:
    subprocess.check_call([sys.executable, "-m", "pip", "install", "--quiet", "cn2an"])
    import cn2an

OUT = pathlib.Path(__file__).resolve().parents[2] / "crates/fapiao-core/tests/fixtures/oracles/amount_in_words.csv"
EDGES = ["0.01", "0.10", "0.11", "1.00", "1.01", "10.00", "10.70", "56.00", "85.86", "100.00",
         "1000.05", "10000.00", "100000000.00", "100000001.05", "101010101.01", "999999999999.99",
         "100000000000.00", "10000000000.10", "20000.02", "300000.30"]


def main():
    rng = random.Random(7)
    amounts = list(EDGES)
    while len(amounts) < 12000:
        digits = rng.randint(1, 14)  # 12 integer digits at most, plus 2 decimals
        s = "".join(str(rng.randint(1, 9)) if rng.random() < 0.5 else "0" for _ in range(digits))
        cents = int(s) if s.strip("0") else rng.randint(1, 99)
        amounts.append(f"{cents // 100}.{cents % 100:02d}")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["amount", "cn2an"])
        for a in amounts:
            w.writerow([a, cn2an.an2cn(a, "rmb")])
    print(f"wrote {len(amounts)} amounts to {OUT.name}")


if __name__ == "__main__":
    main()
