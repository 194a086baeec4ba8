#!/usr/bin/env node
// The peers' data (shared/peers/node/gen-data.js) as data for bench/qd-peers,
// the vanthu template with the peers' content: same texts, same awardee
// table. Only what vanthu writes itself is taken out of the values: the
// "./." ending, the "- " and ";" of the recipients and their "Lưu: VT, VP."
// line; the number and the date become a number and an ISO date.
//
//   node peers_convert.js one   IN.json OUT.json   # gen-data N        -> one decision (N table rows)
//   node peers_convert.js batch IN.json OUT.json   # gen-data N --batch -> {danh_sach: [N decisions]}
"use strict";
const fs = require("fs");

const [mode, input, output] = process.argv.slice(2);
if (!["one", "batch"].includes(mode) || !input || !output) {
  console.error("usage: node peers_convert.js one|batch IN.json OUT.json");
  process.exit(2);
}
const src = JSON.parse(fs.readFileSync(input, "utf8"));

function decision(d) {
  return {
    co_quan_chu_quan: "UBND tỉnh Lạng Sơn",
    co_quan: { ten: "Sở Thông tin và Truyền thông", viet_tat: d.ky_hieu.replace(/^QĐ-/, "") },
    so: Number(d.so),
    dia_danh: d.dia_danh,
    ngay: `${d.nam}-${d.thang}-${d.ngay}`,
    trich_yeu: d.trich_yeu,
    chuc_danh_ban_hanh: d.chuc_danh_ban_hanh.charAt(0) + d.chuc_danh_ban_hanh.slice(1).toLocaleLowerCase("vi"),
    can_cu: d.can_cu,
    de_nghi: d.de_nghi,
    dieu_1: d.dieu_1,
    nguoi: d.nguoi,
    so_ca_nhan: d.so_ca_nhan,
    tong_tien: d.tong_tien,
    dieu_2: d.dieu_2,
    dieu_3: d.dieu_3.replace(/\.\/\.$/, "."),
    noi_nhan: d.noi_nhan.filter((x) => !/^Lưu/.test(x)).map((x) => x.replace(/;$/, "")),
    luu: "VP",
    nguoi_ky: { chuc_vu: "Giám đốc", ho_ten: d.nguoi_ky },
  };
}

const out = mode === "one" ? decision(Array.isArray(src) ? src[0] : src) : { danh_sach: src.map(decision) };
fs.writeFileSync(output, JSON.stringify(out, null, 1) + "\n");
