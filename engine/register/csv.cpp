#include "register/csv.h"

namespace vanthu::reg::csv {

std::vector<Record> parse(const std::string& text, const std::string& file_name, Diagnostics& diag) {
  std::vector<Record> out;
  size_t i = text.rfind("\xEF\xBB\xBF", 0) == 0 ? 3 : 0;
  int line = 1;
  size_t line_start = i;
  while (i < text.size()) {
    Record r;
    r.line = line;
    for (;;) {  // one field
      r.columns.push_back(static_cast<int>(i - line_start + 1));
      std::string value;
      if (i < text.size() && text[i] == '"') {
        const int open_line = line, open_col = static_cast<int>(i - line_start + 1);
        ++i;
        for (;;) {
          if (i >= text.size()) {
            diag.error(file_name + ":" + std::to_string(open_line) + ":" + std::to_string(open_col), "quoted field is not closed");
            return out;
          }
          const char c = text[i++];
          if (c == '"') {
            if (i < text.size() && text[i] == '"') {
              value += '"';
              ++i;
            } else
              break;
          } else {
            if (c == '\n') {
              ++line;
              line_start = i;
            }
            value += c;
          }
        }
        if (i < text.size() && text[i] != ',' && text[i] != '\n' && text[i] != '\r') {
          diag.error(file_name + ":" + std::to_string(line) + ":" + std::to_string(i - line_start + 1),
                     "unexpected character after a quoted field");
          return out;
        }
      } else {
        while (i < text.size() && text[i] != ',' && text[i] != '\n' && text[i] != '\r') {
          if (text[i] == '"') {
            diag.error(file_name + ":" + std::to_string(line) + ":" + std::to_string(i - line_start + 1),
                       "a quote inside an unquoted field (quote the whole field)");
            return out;
          }
          value += text[i++];
        }
      }
      r.fields.push_back(std::move(value));
      if (i < text.size() && text[i] == ',') {
        ++i;
        continue;
      }
      if (i < text.size() && text[i] == '\r') ++i;
      if (i < text.size() && text[i] == '\n') ++i;
      ++line;
      line_start = i;
      break;
    }
    const bool blank = r.fields.size() == 1 && r.fields[0].empty();
    if (!blank) out.push_back(std::move(r));
  }
  return out;
}

std::string field(const std::string& v) {
  if (v.find_first_of(",\"\r\n") == std::string::npos) return v;
  std::string out = "\"";
  for (char c : v) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

}  // namespace vanthu::reg::csv
