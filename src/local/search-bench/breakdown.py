#!/usr/bin/env python3
"""Where a search's server time goes: reads an app log written with the logger dataport.search.timing at DEBUG
(SearchTimings' line per search, ListingSearch's line per Elasticsearch search) and prints each step's median, p95 and
share of the Vaadin request. usage: breakdown.py APP_LOG [SKIP_FIRST_N [LEAVE_LAST_N]] (e.g. 3 warm-up searches, and
the S searches of UiBenchmark's heap part, which run while S sessions open)"""
import math, re, sys
from collections import defaultdict
log = sys.argv[1]
skip = int(sys.argv[2]) if len(sys.argv) > 2 else 0
leave = int(sys.argv[3]) if len(sys.argv) > 3 else 0
lines = [l for l in open(log, encoding="utf-8", errors="replace") if "dataport.search.timing" in l]
total_view = sum(1 for l in lines if " search chars=" in l)
total_es = sum(1 for l in lines if " es total=" in l)
view, es = defaultdict(list), defaultdict(list)
n_view = n_es = 0
for line in lines:
    m = re.search(r" search chars=\d+ page=\d+ (.*)$", line)
    if m:
        n_view += 1
        if n_view <= skip or n_view > total_view - leave:
            continue
        for k, v in re.findall(r"(\w+)=(\d+)us", m.group(1)):
            view[k].append(int(v) / 1000)
        continue
    m = re.search(r" es total=(.*)$", line)
    if m:
        n_es += 1
        if n_es <= skip or n_es > total_es - leave:
            continue
        label = ""
        for token in ("total=" + m.group(1)).split():
            if "=" not in token:
                label = token
                continue
            k, v = token.split("=", 1)
            v = float(re.sub(r"[a-z]+$", "", v))
            es[(label + "." + k) if k in ("took", "at") else k].append(v)
def pct(xs, p):
    xs = sorted(xs); return xs[max(0, min(len(xs) - 1, math.ceil(p / 100 * len(xs)) - 1))]
req = pct(view["request"], 50) if view.get("request") else None
print(f"Vaadin side: {len(view.get('view', []))} searches (first {skip} and last {leave} left out)")
for k, xs in view.items():
    share = f", {100 * pct(xs, 50) / req:.0f}% of the request median" if req else ""
    print(f"  {k:>11}: median {pct(xs, 50):7.1f} ms, p95 {pct(xs, 95):7.1f} ms{share}")
print(f"Elasticsearch side: {len(es.get('total', []))} searches")
for k, xs in es.items():
    print(f"  {k:>16}: median {pct(xs, 50):7.1f} ms, p95 {pct(xs, 95):7.1f} ms  (n={len(xs)})")
