#!/usr/bin/env python3
"""Replays the benchmark's dumped request bodies (page, counts alternating lines) against an index.
usage: replay.py DUMP INDEX [variant ...]; prints took p50/p95/p99 for page, counts, max(page,counts)."""
import json, sys, requests, copy, time
ES = "http://127.0.0.1:9200"
dump, index = sys.argv[1], sys.argv[2]
variants = sys.argv[3:] or ["asis"]
lines = [json.loads(l) for l in open(dump)]
pairs = [(lines[i], lines[i+1]) for i in range(0, len(lines), 2)]
s = requests.Session()

def pct(xs, p):
    xs = sorted(xs); import math
    return xs[max(0, min(len(xs)-1, math.ceil(p/100*len(xs))-1))]

def transform(variant, page, counts):
    page, counts = copy.deepcopy(page), copy.deepcopy(counts)
    if variant == "nohl":
        page.pop("highlight", None)
    if variant == "fvh":
        for f in page.get("highlight", {}).get("fields", {}).values(): f["type"] = "fvh"
    if variant == "plainhl":
        page.get("highlight", {})["type"] = "plain"
    if variant == "combined":
        # titles stay separate (boosts); the other 12 fields become three combined ones
        def walk(o):
            if isinstance(o, dict):
                mm = o.get("multi_match")
                if mm and mm.get("type") in ("best_fields", "cross_fields") and "summaryEn^2" in mm.get("fields", []):
                    mm["fields"] = ["titleEn^4.0", "titleZh^4.0", "titleZh.bigram^3.0", "tags^3.0", "allEn^2.0", "allZh^2.0", "allZhBigram^1.5"]
                for v in o.values(): walk(v)
            elif isinstance(o, list):
                for v in o: walk(v)
        walk(page["query"]); walk(counts["query"])
    if variant == "tth1000":
        page["track_total_hits"] = 1000
    return page, counts

def run(variant, profile=False):
    pages, counts_, both = [], [], []
    slow = []
    s.post(f"{ES}/{index}/_cache/clear?request=true")
    for i, (p, c) in enumerate(pairs):
        p, c = transform(variant, p, c)
        rp = s.post(f"{ES}/{index}/_search", json=p).json()
        rc = s.post(f"{ES}/{index}/_search?request_cache=true", json=c).json()
        if "took" not in rp or "took" not in rc:
            print("error", json.dumps(rp)[:500], json.dumps(rc)[:500]); sys.exit(1)
        pages.append(rp["took"]); counts_.append(rc["took"]); both.append(max(rp["took"], rc["took"]))
        slow.append((rp["took"] + rc["took"], rp["took"], rc["took"], i))
    print(f"{variant:10s} {index}: page p50 {pct(pages,50)} p95 {pct(pages,95)} p99 {pct(pages,99)} | counts p50 {pct(counts_,50)} p95 {pct(counts_,95)} p99 {pct(counts_,99)} | max p50 {pct(both,50)} p95 {pct(both,95)} p99 {pct(both,99)} | sum {sum(pages)+sum(counts_)} ms")
    return sorted(slow, reverse=True)

for v in variants:
    run(v)  # warm
    slow = run(v)
print("slowest:", [(t, p, c, json.dumps(pairs[i][0]["query"])[:0] or i) for t, p, c, i in slow[:10]])
