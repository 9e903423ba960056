#!/usr/bin/env python3
"""A/B of the two highlight variants on the same requests: reads the lines the app writes with the logger
dataport.search.highlight-ab at TRACE (each highlighted request's body and the other variant's highlight), and sends
each body with both highlights to INDEX, alternating which goes first query by query (so machine load and caches
affect both sides equally), ROUNDS times. Prints Elasticsearch's took p50/p95/p99 per variant, and how many hits had
marks in either variant (words-only marks fewer: no synonyms, no translations).
usage: ab-highlight.py APP_LOG INDEX [ROUNDS]"""
import json, math, re, sys, requests
ES = "http://127.0.0.1:9200"
log, index = sys.argv[1], sys.argv[2]
rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 3
pairs = []
for line in open(log, encoding="utf-8"):
    m = re.search(r'(\{"wordsOnly":.*)$', line)
    if not m:
        continue
    d = json.loads(m.group(1))
    body = d["body"]; body.pop("index", None)
    words, full = dict(body), dict(body)
    if d["wordsOnly"]:
        full["highlight"] = d["other"]
    else:
        words["highlight"] = d["other"]
    pairs.append((words, full))
if not pairs:
    sys.exit("no highlight-ab lines in " + log)
s = requests.Session()
def pct(xs, p):
    xs = sorted(xs); return xs[max(0, min(len(xs) - 1, math.ceil(p / 100 * len(xs)) - 1))]
took = {"words-only": [], "full": []}
marked = {"words-only": 0, "full": 0}
hits = 0
for r in range(rounds):
    for i, (words, full) in enumerate(pairs):
        order = (("words-only", words), ("full", full)) if (i + r) % 2 == 0 else (("full", full), ("words-only", words))
        for name, body in order:
            answer = s.post(f"{ES}/{index}/_search?request_cache=false", json=body).json()
            took[name].append(answer["took"])
            if r == 0:
                for h in answer["hits"]["hits"]:
                    marked[name] += 1 if h.get("highlight") else 0
        if r == 0:
            hits += len(s.post(f"{ES}/{index}/_search?request_cache=false", json=words).json()["hits"]["hits"])
print(f"{len(pairs)} highlighted requests x {rounds} rounds, index {index}")
for name in ("full", "words-only"):
    xs = took[name]
    print(f"{name:>10}: took p50 {pct(xs, 50)} ms, p95 {pct(xs, 95)} ms, p99 {pct(xs, 99)} ms, sum {sum(xs)} ms;"
          f" hits with marks {marked[name]} of {hits}")
