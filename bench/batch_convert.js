#!/usr/bin/env node
// Converts the peers' benchmark data (shared/peers/node/gen-data.js: values
// pre-formatted for docxtemplater) into vanthu's khen-thưởng data, so that
// vanthu is timed on the same people, units and texts as the peers.
//
//   node batch_convert.js batch IN.json OUT.json   # gen-data N --batch -> {…shared, danh_sach: [N records]}
//                                                   #   for: vanthu batch quyet-dinh-khen-thuong-ca-nhan --each $.danh_sach
//   node batch_convert.js list  IN.json OUT.json   # gen-data N -> one decision, ca_nhan: [N]
//                                                   #   for: vanthu render quyet-dinh-khen-thuong
//
// What differs from the peers' documents: vanthu computes each amount
// (Giấy khen: 0,3 × 1.390.000 rounded up = 420.000 đồng) instead of printing
// gen-data's made-up figure, and lays the decision out by Nghị định 30 (the
// list of a many-person decision goes to the attached DANH SÁCH).
"use strict";
const fs = require("fs");

const [mode, input, output] = process.argv.slice(2);
if (!["batch", "list"].includes(mode) || !input || !output) {
  console.error("usage: node batch_convert.js batch|list IN.json OUT.json");
  process.exit(2);
}
const src = JSON.parse(fs.readFileSync(input, "utf8"));

const lowerFirst = (s) => s.charAt(0).toLocaleLowerCase("vi") + s.slice(1);

function person(p) {
  const m = /^(Ông|Bà) (.*)$/.exec(p.ho_ten);
  const comma = p.chuc_vu.indexOf(", ");
  return {
    ho_ten: m ? m[2] : p.ho_ten,
    danh_xung: m ? m[1] : "",
    chuc_vu: comma < 0 ? p.chuc_vu : p.chuc_vu.slice(0, comma),
    don_vi: comma < 0 ? "" : p.chuc_vu.slice(comma + 2),
    thanh_tich: "đã " + lowerFirst(p.thanh_tich),
    hinh_thuc: "giay-khen",
  };
}

function shared(d) {
  return {
    co_quan_chu_quan: "UBND tỉnh Lạng Sơn",
    co_quan: { ten: "Sở Thông tin và Truyền thông", viet_tat: d.ky_hieu.replace(/^QĐ-/, "") },
    dia_danh: d.dia_danh,
    ngay: `${d.nam}-${d.thang}-${d.ngay}`,
    tham_quyen: "Giám đốc Sở Thông tin và Truyền thông",
    can_cu: [...d.can_cu.map((c) => c.noi_dung), d.de_nghi],
    cap_khen: "của Giám đốc Sở Thông tin và Truyền thông",
    nguon_kinh_phi: "Quỹ thi đua, khen thưởng của Sở",
    thi_hanh: "Chánh Văn phòng Sở, Trưởng các phòng, đơn vị thuộc Sở",
    // "Như Điều 3" and "Lưu: VT, …" are written by the template and the engine.
    noi_nhan: d.noi_nhan.filter((x) => !/^(Như Điều|Lưu)/.test(x)),
    luu: "VP",
    nguoi_ky: { chuc_vu: d.chuc_vu_ky, ho_ten: d.nguoi_ky },
  };
}

let out;
if (mode === "batch") {
  if (!Array.isArray(src)) throw new Error("batch mode needs gen-data.js N --batch output (an array)");
  out = shared(src[0]);
  out.danh_sach = src.map((d) => ({ so: Number(d.so), ...person(d.nguoi[0]), thanh_tich: "đã " + lowerFirst(d.nguoi[0].thanh_tich) }));
} else {
  out = shared(src);
  out.so = Number(src.so);
  out.trich_yeu = src.trich_yeu;
  out.thanh_tich = "đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm 2018";
  out.ca_nhan = src.nguoi.map(person);
}
fs.writeFileSync(output, JSON.stringify(out, null, 1) + "\n");
