#!/usr/bin/env python3
"""A/B: the dumped page requests against two indices, alternating query by query (same load for both).
usage: ab.py DUMP INDEX_A INDEX_B"""
import json, sys, requests, math
ES = "http://127.0.0.1:9200"
dump, a, b = sys.argv[1:4]
pages = [json.loads(l) for i, l in enumerate(open(dump)) if i % 2 == 0]
s = requests.Session()
def pct(xs, p):
    xs = sorted(xs); return xs[max(0, min(len(xs)-1, math.ceil(p/100*len(xs))-1))]
took = {a: [], b: []}
for i, body in enumerate(pages):
    for idx in ((a, b) if i % 2 == 0 else (b, a)):
        took[idx].append(s.post(f"{ES}/{idx}/_search", json=body).json()["took"])
for idx in (a, b):
    print(f"{idx}: page took p50 {pct(took[idx],50)} ms, p95 {pct(took[idx],95)} ms, p99 {pct(took[idx],99)} ms, sum {sum(took[idx])} ms")
