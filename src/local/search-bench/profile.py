#!/usr/bin/env python3
"""Finds the slowest page and counts requests of a dump (by took) and prints their profile: time per clause, rewrite,
collectors, aggregations, fetch phase (highlighting)."""
import json, sys, requests
ES = "http://127.0.0.1:9200"; dump, index = sys.argv[1], sys.argv[2]
lines = [json.loads(l) for l in open(dump)]
s = requests.Session()
def took(body, cache):
    return s.post(f"{ES}/{index}/_search" + ("?request_cache=false" if not cache else ""), json=body).json()["took"]
timed = []
for i, b in enumerate(lines):
    timed.append((took(b, False), i))
timed.sort(reverse=True)
print("slowest requests (took ms, line, kind):", [(t, i, "page" if i % 2 == 0 else "counts") for t, i in timed[:8]])
def ms(n): return n / 1e6
def walk(node, depth, maxdepth):
    if depth > maxdepth: return
    print(f"{'  '*depth}{ms(node['time_in_nanos']):8.1f} ms  {node['type']}: {node['description'][:150]}")
    for c in node.get("children", []): walk(c, depth+1, maxdepth)
done = set()
for t, i in timed[:6]:
    body = dict(lines[i]); body["profile"] = True
    r = s.post(f"{ES}/{index}/_search?request_cache=false", json=body).json()
    kind = "page" if i % 2 == 0 else "counts"
    q = json.dumps(lines[i]["query"], ensure_ascii=False)
    print(f"\n=== {kind} request, line {i}, took {r['took']} ms (unprofiled {t} ms); query {q[:160]}")
    for shard in r["profile"]["shards"]:
        for sr in shard["searches"]:
            for qn in sr["query"]: walk(qn, 0, 2)
            print(f"  rewrite {ms(sr['rewrite_time']):.1f} ms")
            for c in sr["collector"]:
                print(f"  collector {c['name']} {ms(c['time_in_nanos']):.1f} ms")
        for a in shard.get("aggregations", []):
            print(f"  agg {a['description']} {ms(a['time_in_nanos']):.1f} ms")
        f = shard.get("fetch")
        if f:
            print(f"  fetch {ms(f['time_in_nanos']):.1f} ms: " + ", ".join(f"{c['type']} {ms(c['time_in_nanos']):.1f} ms" for c in f.get("children", [])))
