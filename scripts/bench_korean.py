#!/usr/bin/env python3
"""Korean analysis side by side, in one run, on the same text: kroniko's analyser (normalisation,
sentences, eojeol tokens with particles peeled) against kiwipiepy and mecab-ko (python-mecab-ko
with mecab-ko-dic), the analysers users would otherwise pick. Both are installed from PyPI into
target/bench-venv. The texts are the Korean documents of `kroniko bench`'s generated corpus.

Run from the repository root after `cargo build --release -p kroniko`:
    python3 scripts/bench_korean.py [--docs 1000]
"""
import argparse, json, os, platform, subprocess, sys, time, venv

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VENV = os.path.join(ROOT, "target", "bench-venv")
BIN = os.path.join(ROOT, "target", "release", "kroniko")


def in_venv() -> bool:
    return os.path.realpath(sys.prefix) == os.path.realpath(VENV)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=1000)
    args = ap.parse_args()
    if not in_venv():
        if not os.path.exists(os.path.join(VENV, "bin", "python")):
            venv.create(VENV, with_pip=True)
        py = os.path.join(VENV, "bin", "python")
        subprocess.check_call([py, "-m", "pip", "install", "-q", "kiwipiepy", "python-mecab-ko"])
        os.execv(py, [py, __file__, "--docs", str(args.docs)])
    corpus = os.path.join(ROOT, "target", "bench-korean.jsonl")
    subprocess.check_call([BIN, "bench", "--docs", str(args.docs), "--dump-korean", corpus])
    texts = [json.loads(l) for l in open(corpus, encoding="utf-8")]
    mb = sum(len(t.encode()) for t in texts) / 1e6
    rows = []
    out = subprocess.check_output([BIN, "bench", "--analyse-file", corpus])
    k = json.loads(out)
    rows.append(("kroniko (particles, 1 thread)", k["seconds"], k["tokens"]))
    from kiwipiepy import Kiwi
    kiwi = Kiwi()
    kiwi.tokenize(texts[0])  # warm up (loads the model)
    t = time.perf_counter()
    n = sum(len(kiwi.tokenize(x)) for x in texts)
    rows.append(("kiwipiepy " + __import__("kiwipiepy").__version__ + " (morphemes)", time.perf_counter() - t, n))
    import mecab
    m = mecab.MeCab()
    m.pos(texts[0])
    t = time.perf_counter()
    n = sum(len(m.pos(x)) for x in texts)
    rows.append(("mecab-ko (python-mecab-ko, morphemes)", time.perf_counter() - t, n))
    print(f"{len(texts)} Korean documents, {mb:.2f} MB; {platform.processor() or platform.machine()}, {os.cpu_count()} cores")
    print(f"{'analyser':<42} {'docs/s':>9} {'MB/s':>7} {'units':>9}")
    for name, secs, units in rows:
        print(f"{name:<42} {len(texts)/secs:>9.0f} {mb/secs:>7.2f} {units:>9}")


if __name__ == "__main__":
    main()
