// One violation of Nghị định 30/2020 found in a document.
#pragma once

#include <string>

namespace vanthu::check {

enum class Severity { Error, Warning };

struct Finding {
  std::string rule;     // the decree's clause: "PL1.II.4.b" = Phụ lục I, Mục II, khoản 4, điểm b
  std::string check;    // stable name of the test: "date.padding"
  Severity severity = Severity::Error;
  std::string part;     // "word/document.xml", "word/header1.xml"; "" = the whole file
  int paragraph = 0;    // 1-based paragraph number in the part (0 = not tied to one)
  std::string excerpt;  // the paragraph's text, shortened
  std::string message;  // what is wrong
  std::string fix;      // how to fix it
};

inline const char* severity_name(Severity s) { return s == Severity::Error ? "error" : "warning"; }

}  // namespace vanthu::check
