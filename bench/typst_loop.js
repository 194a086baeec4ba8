#!/usr/bin/env node
// The Typst side of bench/like-for-like.sh: the peers' own compiler set-up
// (../shared/peers/typst/lib.js, copied with the peers) rendering records
// one after the other, as their batch-single.js does, but timed like
// vanthu's batch_loop: wall clock (process.hrtime, nanoseconds) and the
// process's CPU time (process.cpuUsage, microseconds), per document and
// per page. Untimed: start-up, font scan, reading the data.
//
//   node typst_loop.js PEERS_DIR DATA.json OUT_DIR [from=0] [count=all]
//
// DATA.json: gen-data.js output, an array of decisions (--batch) or one decision.
"use strict";
const fs = require("fs");
const path = require("path");

const [peers, dataFile, outDir, fromArg, countArg] = process.argv.slice(2);
if (!peers || !dataFile || !outDir) {
  console.error("usage: node typst_loop.js PEERS_DIR DATA.json OUT_DIR [from] [count]");
  process.exit(2);
}
const lib = require(path.resolve(peers, "typst/lib.js"));
let records = JSON.parse(fs.readFileSync(dataFile, "utf8"));
if (!Array.isArray(records)) records = [records];
const from = Number(fromArg || 0);
const count = Math.max(0, Math.min(countArg === undefined ? records.length : Number(countArg), records.length - from));
fs.mkdirSync(outDir, { recursive: true });
const { render } = lib.makeCompiler();

const t0 = process.hrtime.bigint();
const c0 = process.cpuUsage();
let pages = 0;
let bytes = 0;
for (let i = from; i < from + count; i++) {
  const r = render(records[i]);
  pages += r.pages;
  bytes += r.pdf.length;
  fs.writeFileSync(path.join(outDir, `${i + 1}.pdf`), r.pdf);
}
const us = Number(process.hrtime.bigint() - t0) / 1e3;
const c = process.cpuUsage(c0);
const cpu = c.user + c.system;
const n = Math.max(count, 1);
console.log(
  `RESULT typst_loop docs=${count} pages=${pages} seconds=${(us / 1e6).toFixed(6)} us_per_doc=${(us / n).toFixed(1)} ` +
    `us_per_page=${(pages ? us / pages : 0).toFixed(1)} cpu_us_per_doc=${(cpu / n).toFixed(1)} ` +
    `cpu_us_per_page=${(pages ? cpu / pages : 0).toFixed(1)} bytes_per_doc=${(bytes / n).toFixed(0)}`
);
