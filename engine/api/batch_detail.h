// Internals of the batch runner (engine/api/batch_*.cpp), declared here for
// the parts and their tests.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/status.h"
#include "model/document.h"
#include "template/mustache.h"

namespace vanthu::batch::detail {

// A batch's data split into the list of records and what they share.
struct Records {
  nlohmann::json shared = nlohmann::json::object();  // the data without the list
  nlohmann::json list = nlohmann::json::array();
};

// Takes the list at `steps` (from parse_each_path) out of `data`. Errors name
// the --each path.
std::optional<Records> split_records(nlohmann::json data, const std::vector<std::string>& steps,
                                     const std::string& each, Diagnostics& diag);

// `shared` with `record` merged over it: objects merge key by key, any other
// value of the record replaces the shared one.
nlohmann::json merge_record(const nlohmann::json& shared, const nlohmann::json& record);

// A diagnostic's place: "$.ho_ten" becomes "$.danh_sach[3].ho_ten" when the
// field comes from record 3 (the record has the key), and stays "$.ho_ten"
// when it comes from the shared data. Other places are kept.
std::string relocate(const std::string& where, const nlohmann::json& record, const std::string& each, size_t index);

// "07" of 12, "0007" of 1000: the record's 1-based number, padded to the
// width of the count, so file names sort in order.
std::string padded_number(size_t index, size_t total);

// File names from the --name pattern, unique within the batch.
class Namer {
 public:
  // `pattern` must have passed check_name_pattern.
  Namer(const std::string& pattern, bool ascii);
  ~Namer();
  // The file name (without extension) of record `index`; `data` is the
  // merged record with "stt" and "vt". A name already given to an earlier
  // record (compared without case) gets "-2", "-3", …, with a warning.
  std::string name(const nlohmann::json& data, size_t index, size_t total, std::vector<std::string>& warnings);

  // False when the pattern reads nothing but "stt" (the default "{{stt}}"):
  // then `data` may hold "stt" alone, without merging the record.
  bool needs_record() const;

  // name() in two steps, so that stems can be made on several threads (one
  // Namer each) and made unique afterwards, in record order, by one Namer.
  // stem(): the safe file name from the pattern, before uniqueness.
  std::string stem(const nlohmann::json& data, size_t index, size_t total);
  // unique(): `stem`, or stem-2, stem-3, … if an earlier call took it.
  std::string unique(const std::string& stem, size_t index, std::vector<std::string>& warnings);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// One document holding every record's sections in order; each record starts
// on a new page and numbers its pages from 1 (no number on its first page).
model::Document combine(std::vector<model::Document>& documents);

}  // namespace vanthu::batch::detail
