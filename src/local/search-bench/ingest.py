#!/usr/bin/env python3
"""Indexing rate of documents already in memory into scratch indices built from a variant of a live index's definition.
usage: ingest.py SOURCE_INDEX N THREADS variant...  (variants: asis, shards2, summarybigram, nosuggest, ...)"""
import json, sys, requests, copy, time, threading, queue
ES = "http://127.0.0.1:9200"
src, n, threads = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
variants = sys.argv[4:]
s = requests.Session()
settings = s.get(f"{ES}/{src}/_settings").json()
idx = next(iter(settings)); st = settings[idx]["settings"]["index"]
mapping = s.get(f"{ES}/{src}/_mapping").json()[idx]["mappings"]
mapping.pop("_meta", None)
base = {"settings": {"number_of_shards": 1, "analysis": st["analysis"], "max_result_window": 10000}, "mappings": mapping}
docs, after = [], None
while len(docs) < n:
    body = {"size": 5000, "sort": [{"id": "asc"}], "query": {"match_all": {}}}
    if after: body["search_after"] = after
    hits = s.post(f"{ES}/{src}/_search", json=body).json()["hits"]["hits"]
    if not hits: break
    docs += [(h["_id"], h["_source"]) for h in hits]
    after = hits[-1]["sort"]
docs = docs[:n]
bulks = []
for i in range(0, len(docs), 1000):
    lines = []
    for _id, d in docs[i:i+1000]:
        lines.append(json.dumps({"index": {"_id": _id}})); lines.append(json.dumps(d, ensure_ascii=False))
    bulks.append(("\n".join(lines) + "\n").encode())
print(f"{len(docs)} docs, {len(bulks)} bulks, {sum(map(len,bulks))/1e6:.1f} MB", flush=True)

def variant(name):
    d = copy.deepcopy(base); p = d["mappings"]["properties"]
    for part in name.split("+"):
        if part in ("asis", "keep"): pass
        elif part.startswith("shards"): d["settings"]["number_of_shards"] = int(part[6:])
        elif part == "summarybigram":   # summaryZh: bigram analyzer only (as descriptionZh)
            p["summaryZh"] = {"type": "text", "analyzer": "dataport_cjk"}
        elif part == "namesbigram":
            for f in ("merchantNameZh", "categoryNameZh", "trackNameZh"):
                p[f] = {"type": "text", "analyzer": "dataport_cjk"}
        elif part == "nosuggest": p.pop("suggest"); drop.append("suggest")
        elif part == "nospell":
            p.pop("spellEn")
            for f in p.values(): f.pop("copy_to", None)
        elif part == "nogloss":
            for f in ("glossTitleEn", "glossSummaryEn", "glossTitleZh", "glossSummaryZh"): p[f] = {"type": "text", "index": False}
        elif part == "nodesc":
            for f in ("descriptionEn", "descriptionZh"): p[f] = {"type": "text", "index": False}
        elif part == "nosmartcn":
            for f, v in p.items():
                if v.get("analyzer") == "dataport_chinese":
                    v["analyzer"] = "dataport_cjk"; v.pop("search_analyzer", None)
        elif part == "offsets":  # postings with offsets on the highlighted fields: the unified highlighter skips re-analysis
            for f in ("titleEn","titleZh","summaryEn","summaryZh","tags","merchantNameEn","merchantNameZh","categoryNameEn","categoryNameZh"):
                p[f]["index_options"] = "offsets"
                for sub in p[f].get("fields", {}).values():
                    if sub.get("type") == "text": sub["index_options"] = "offsets"
        elif part == "eager":
            for f in ("categoryCode","trackCode","deliveryMode","classification","regions","languages","pricingModels","merchantOrigin","merchantCountry","priceFromCurrency"):
                if f in p: p[f]["eager_global_ordinals"] = True
        elif part == "combined":  # copy_to: one English, one Chinese (smartcn), one Chinese bigram field
            p["allEn"] = {"type": "text", "analyzer": "dataport_english", "search_analyzer": "dp_english_search"}
            p["allZh"] = {"type": "text", "analyzer": "dataport_chinese", "search_analyzer": "dp_chinese_search"}
            p["allZhBigram"] = {"type": "text", "analyzer": "dataport_cjk"}
            for f in ("summaryEn","merchantNameEn","categoryNameEn","trackNameEn","descriptionEn"):
                p[f]["copy_to"] = p[f].get("copy_to", []) + ["allEn"]
            for f in ("summaryZh","merchantNameZh","categoryNameZh","trackNameZh","tags"):
                p[f]["copy_to"] = p[f].get("copy_to", []) + ["allZh"]
            for f in ("summaryZh","descriptionZh"):
                p[f]["copy_to"] = p[f].get("copy_to", []) + ["allZhBigram"]
        elif part == "sortid": d["settings"]["sort.field"] = "id"; d["settings"]["sort.order"] = "asc"
        elif part == "bestcomp": d["settings"]["codec"] = "best_compression"
        else: raise SystemExit("unknown variant " + part)
    return d

drop = []
for name in variants:
    drop.clear()
    d = variant(name)
    scratch = f"es14-scratch-{name.replace('+','-').lower()}"
    s.delete(f"{ES}/{scratch}")
    r = s.put(f"{ES}/{scratch}", json=d)
    if r.status_code != 200: print(name, r.text[:800]); continue
    s.put(f"{ES}/{scratch}/_settings", json={"index": {"refresh_interval": "-1", "number_of_replicas": 0, "translog.durability": "async"}})
    q = queue.Queue(); [q.put(b) for b in bulks]
    errors = []
    def send():
        ss = requests.Session()
        while True:
            try: b = q.get_nowait()
            except queue.Empty: return
            if drop:
                lines = b.decode().split("\n")
                for j in range(1, len(lines), 2):
                    if lines[j]:
                        o = json.loads(lines[j]); [o.pop(k, None) for k in drop]; lines[j] = json.dumps(o, ensure_ascii=False)
                b = "\n".join(lines).encode()
            r = ss.post(f"{ES}/{scratch}/_bulk", data=b, headers={"Content-Type": "application/x-ndjson"})
            if r.json().get("errors"): errors.append(r.text[:300])
    t = time.time()
    ts = [threading.Thread(target=send) for _ in range(threads)]
    [x.start() for x in ts]; [x.join() for x in ts]
    el = time.time() - t
    size = s.get(f"{ES}/{scratch}/_stats/store").json()["_all"]["primaries"]["store"]["size_in_bytes"]
    print(f"{name:30s} {threads} bulks in flight: {len(docs)/el:,.0f} docs/s ({el:.1f} s), store {size/1e6:.0f} MB, errors {len(errors)} {errors[:1]}", flush=True)
    s.post(f"{ES}/{scratch}/_refresh")
    if not name.startswith("keep"): s.delete(f"{ES}/{scratch}")
