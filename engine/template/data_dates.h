// The dates of the data, parsed once. check_fields parses every field the
// template declares as a "date" and keeps the typed result here, by JSON
// path ("$.ngay") and by the text as written ("27/03/2018"), so that the
// later stages (derived values, award amounts, the markup's <date>) read
// the typed date instead of parsing the text again.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <utility>

#include "vn/format.h"

namespace vanthu::tmpl {

class DataDates {
 public:
  void add(const std::string& path, const std::string& text, const vn::Date& date) {
    by_path_[path] = {text, date};
    by_text_[text] = date;
  }
  // The date at a concrete path ("$.van_ban.ngay", "$.ds[2].ngay"); nullptr when
  // no declared date field holds a valid date there.
  const vn::Date* at(const std::string& path) const {
    const auto it = by_path_.find(path);
    return it == by_path_.end() ? nullptr : &it->second.second;
  }
  // The same, only when the field was written as `text` there.
  const vn::Date* at(const std::string& path, std::string_view text) const {
    const auto it = by_path_.find(path);
    return it == by_path_.end() || it->second.first != text ? nullptr : &it->second.second;
  }
  // The date a declared field wrote as `text`; nullptr for other text.
  const vn::Date* of_text(std::string_view text) const {
    const auto it = by_text_.find(text);
    return it == by_text_.end() ? nullptr : &it->second;
  }

 private:
  std::map<std::string, std::pair<std::string, vn::Date>> by_path_;  // path -> text, date
  std::map<std::string, vn::Date, std::less<>> by_text_;
};

}  // namespace vanthu::tmpl
