// A small, conforming Quyết định (and a công văn) written as WordprocessingML
// by hand, the way the official Phụ lục III models are laid out: header
// table, tên loại, trích yếu and rules, căn cứ, articles, closing table,
// page numbers from page 2. Tests break one rule at a time by editing the
// XML text (Fixture::replace) and check that exactly that rule is reported.
#pragma once

#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "zip_write.h"

namespace vanthu::test {

struct RunSpec {
  int size = 28;  // half-points
  bool bold = false, italic = false;
};

inline std::string esc(const std::string& s) {
  std::string o;
  for (char c : s) {
    if (c == '&') o += "&amp;";
    else if (c == '<') o += "&lt;";
    else if (c == '>') o += "&gt;";
    else o += c;
  }
  return o;
}

inline std::string rpr(const RunSpec& r) {
  std::string s = "<w:rPr>";
  if (r.bold) s += "<w:b/>";
  if (r.italic) s += "<w:i/>";
  s += "<w:sz w:val=\"" + std::to_string(r.size) + "\"/></w:rPr>";
  return s;
}

// A paragraph: `ppr` is the inside of w:pPr (alignment, indents, spacing).
inline std::string para(const std::string& text, const RunSpec& r = {}, const std::string& ppr = "") {
  std::string s = "<w:p><w:pPr>" + ppr + rpr(r) + "</w:pPr>";
  if (!text.empty()) s += "<w:r>" + rpr(r) + "<w:t xml:space=\"preserve\">" + esc(text) + "</w:t></w:r>";
  return s + "</w:p>";
}

inline const char* kCentre = "<w:spacing w:before=\"0\" w:after=\"0\"/><w:jc w:val=\"center\"/>";
inline const char* kBody = "<w:spacing w:before=\"120\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/><w:ind w:firstLine=\"567\"/><w:jc w:val=\"both\"/>";

// An empty paragraph whose top border draws a rule `indent` twips in from both sides.
inline std::string rule(int indent) {
  return "<w:p><w:pPr><w:pBdr><w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/></w:pBdr>"
         "<w:spacing w:before=\"20\" w:after=\"0\" w:line=\"20\" w:lineRule=\"exact\"/><w:ind w:left=\"" +
         std::to_string(indent) + "\" w:right=\"" + std::to_string(indent) +
         "\"/><w:rPr><w:sz w:val=\"2\"/></w:rPr></w:pPr></w:p>";
}

inline std::string cell(int width, const std::string& content) {
  return "<w:tc><w:tcPr><w:tcW w:w=\"" + std::to_string(width) + "\" w:type=\"dxa\"/></w:tcPr>" + content + "</w:tc>";
}

inline std::string layout_table(int left, int right, const std::vector<std::pair<std::string, std::string>>& rows,
                                int indent = 0) {
  std::string s = "<w:tbl><w:tblPr><w:tblW w:w=\"" + std::to_string(left + right) +
                  "\" w:type=\"dxa\"/><w:tblInd w:w=\"" + std::to_string(indent) +
                  "\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:left w:w=\"108\" "
                  "w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr><w:tblGrid><w:gridCol "
                  "w:w=\"" + std::to_string(left) + "\"/><w:gridCol w:w=\"" + std::to_string(right) + "\"/></w:tblGrid>";
  for (const auto& [l, r] : rows) s += "<w:tr>" + cell(left, l) + cell(right, r) + "</w:tr>";
  return s + "</w:tbl>";
}

struct Fixture {
  std::string document, styles, header_page, header_first, footer;
  bool with_footer = false;

  void replace(const std::string& from, const std::string& to) {
    for (std::string* part : {&document, &styles, &header_page, &header_first, &footer}) {
      const size_t pos = part->find(from);
      if (pos != std::string::npos) {
        part->replace(pos, from.size(), to);
        return;
      }
    }
    throw std::runtime_error("fixture: text not found: " + from);
  }

  std::string docx() const {
    const std::string types =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        "<Override PartName=\"/word/document.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
        "</Types>";
    const std::string rels =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" "
        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
        "Target=\"word/document.xml\"/></Relationships>";
    const std::string doc_rels =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
        "Target=\"styles.xml\"/>"
        "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" "
        "Target=\"header1.xml\"/>"
        "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" "
        "Target=\"header2.xml\"/>"
        "<Relationship Id=\"rId4\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer\" "
        "Target=\"footer1.xml\"/></Relationships>";
    return write_zip({{"[Content_Types].xml", types},
                      {"_rels/.rels", rels},
                      {"word/_rels/document.xml.rels", doc_rels},
                      {"word/document.xml", document},
                      {"word/styles.xml", styles},
                      {"word/header1.xml", header_page},
                      {"word/header2.xml", header_first},
                      {"word/footer1.xml", footer}});
  }
};

inline const char* kW = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
                        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

inline std::string page_header(bool with_number) {
  std::string p = "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>";
  if (with_number)
    p += "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> PAGE "
         "</w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>2</w:t></w:r>"
         "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
  return std::string("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:hdr ") + kW + ">" + p +
         "</w:p></w:hdr>";
}

// The body of a Quyết định, long enough to run onto page 2.
inline std::string decision_body() {
  std::string s;
  s += para("Điều 1. Tặng Giấy khen của Giám đốc Sở Thông tin và Truyền thông cho 12 tập thể và 30 cá nhân đã có "
            "thành tích xuất sắc trong thực hiện nhiệm vụ năm 2018 (có danh sách kèm theo).",
            {}, kBody);
  for (int i = 0; i < 14; ++i)
    s += para("Mỗi tập thể, cá nhân được tặng Giấy khen kèm theo tiền thưởng theo quy định tại Nghị định số "
              "91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ, trích từ Quỹ thi đua, khen thưởng của Sở; "
              "khoản " + std::to_string(i + 1) + " của danh sách được lập theo mẫu thống nhất.",
              {}, kBody);
  s += para("Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Sở, Trưởng các phòng, đơn vị thuộc "
            "Sở và các cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.",
            {}, kBody);
  return s;
}

// Sizes: 26 = 13 pt, 28 = 14 pt, 24 = 12 pt, 22 = 11 pt.
inline Fixture decision() {
  Fixture f;
  const RunSpec organ{26, false}, organ_b{26, true}, qh{26, true}, tn{28, true}, so{26}, date{28, false, true};
  const std::string left1 = para("UBND TỈNH LẠNG SƠN", organ, kCentre) + para("SỞ THÔNG TIN VÀ", organ_b, kCentre) +
                            para("TRUYỀN THÔNG", organ_b, kCentre) + rule(1350);
  const std::string right1 = para("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", qh, kCentre) +
                             para("Độc lập - Tự do - Hạnh phúc", tn, kCentre) + rule(1055);
  const std::string left2 = para("Số: 12/QĐ-STTTT", so, "<w:spacing w:before=\"120\"/><w:jc w:val=\"center\"/>");
  const std::string right2 =
      para("Lạng Sơn, ngày 05 tháng 02 năm 2019", date, "<w:spacing w:before=\"120\"/><w:jc w:val=\"center\"/>");
  std::string body;
  body += layout_table(3855, 5754, {{left1, right1}, {left2, right2}}, -254);
  body += para("QUYẾT ĐỊNH", {28, true}, "<w:spacing w:before=\"480\"/><w:jc w:val=\"center\"/>");
  body += para("Về việc tặng Giấy khen năm 2018", {28, true}, kCentre);
  body += rule(3838);
  body += para("GIÁM ĐỐC SỞ THÔNG TIN VÀ TRUYỀN THÔNG", {28, true},
               "<w:spacing w:before=\"240\" w:after=\"120\"/><w:jc w:val=\"center\"/>");
  body += para("Căn cứ Luật Thi đua, Khen thưởng ngày 26 tháng 11 năm 2003;", {28, false, true}, kBody);
  body += para("Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ;", {28, false, true}, kBody);
  body += para("Xét đề nghị của Chánh Văn phòng Sở.", {28, false, true}, kBody);
  body += para("QUYẾT ĐỊNH:", {28, true}, "<w:spacing w:before=\"240\" w:after=\"120\"/><w:jc w:val=\"center\"/>");
  body += decision_body();
  const RunSpec item{22};
  const std::string recipients = para("Nơi nhận:", {24, true, true}) + para("- Như Điều 3;", item) +
                                 para("- UBND tỉnh (b/c);", item) + para("- Lưu: VT, VP.", item);
  const std::string signer = para("KT. GIÁM ĐỐC", {28, true}, kCentre) + para("PHÓ GIÁM ĐỐC", {28, true}, kCentre) +
                             para("Hoàng Văn Minh", {28, true}, "<w:spacing w:before=\"1280\"/><w:jc w:val=\"center\"/>");
  body += layout_table(4082, 5272, {{recipients, signer}});
  body += "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId2\"/><w:headerReference w:type=\"first\" "
          "r:id=\"rId3\"/><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1134\" w:right=\"850\" "
          "w:bottom=\"1134\" w:left=\"1701\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/><w:titlePg/></w:sectPr>";
  f.document = std::string("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document ") + kW +
               "><w:body>" + body + "</w:body></w:document>";
  f.styles = std::string("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:styles ") + kW +
             "><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" "
             "w:cs=\"Times New Roman\"/><w:sz w:val=\"28\"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing "
             "w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
             "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
             "</w:styles>";
  f.header_page = page_header(true);
  f.header_first = page_header(false);
  f.footer = std::string("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:ftr ") + kW +
             "><w:p/></w:ftr>";
  return f;
}

// A công văn: no tên loại, "V/v" under the Số, "Kính gửi", "- Như trên;".
inline Fixture official_letter() {
  Fixture f = decision();
  f.replace("<w:t xml:space=\"preserve\">Số: 12/QĐ-STTTT</w:t></w:r></w:p>",
            "<w:t xml:space=\"preserve\">Số: 12/STTTT-VP</w:t></w:r></w:p>" +
                para("V/v tổng kết công tác thi đua năm 2018", {24},
                     "<w:spacing w:before=\"120\"/><w:jc w:val=\"center\"/>"));
  const size_t from = f.document.find("<w:p><w:pPr><w:spacing w:before=\"480\"/>");
  const size_t to = f.document.find("<w:p><w:pPr>" + std::string(kBody) + rpr({}) + "</w:pPr><w:r>" + rpr({}) +
                                    "<w:t xml:space=\"preserve\">Điều 1.");
  f.document.replace(from, to - from,
                     para("Kính gửi:", {}, "<w:spacing w:before=\"240\"/><w:ind w:left=\"1984\"/>") +
                         para("- Các phòng, đơn vị thuộc Sở;", {}, "<w:ind w:left=\"2980\"/>") +
                         para("- Các doanh nghiệp bưu chính trên địa bàn tỉnh.", {}, "<w:ind w:left=\"2980\"/>"));
  f.replace("- Như Điều 3;", "- Như trên;");
  f.replace("Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Sở, Trưởng các phòng, đơn vị thuộc Sở và các "
            "cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.",
            "Đề nghị các đơn vị gửi báo cáo về Sở trước ngày 15 tháng 12 năm 2018./.");
  return f;
}

}  // namespace vanthu::test
