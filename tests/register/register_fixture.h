// Register tests run on both backends: a SQLite file in a temporary folder
// and a fresh database on the test program's PostgreSQL cluster.
#pragma once

#include <unistd.h>

#include <filesystem>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "register/pg_cluster.h"
#include "register/register.h"

namespace vanthu::test {

enum class Backend { Sqlite, Postgresql };

inline std::string backend_name(const testing::TestParamInfo<Backend>& p) {
  return p.param == Backend::Sqlite ? "Sqlite" : "Postgresql";
}

// A small plan: the built-in ke-hoach with two lines of content.
inline nlohmann::json plan_data(const std::string& summary = "Kế hoạch thử nghiệm") {
  return {
      {"co_quan_chu_quan", "UBND tỉnh Lạng Sơn"},
      {"co_quan", {{"ten", "Sở Thông tin và Truyền thông"}, {"viet_tat", "STTTT"}}},
      {"dia_danh", "Lạng Sơn"},
      {"trich_yeu", summary},
      {"noi_dung", {"# Mục đích", "Bảo đảm an toàn giao thông."}},
      {"noi_nhan", {"UBND tỉnh (b/c)", "Các phòng"}},
      {"luu", "VP"},
      {"nguoi_ky", {{"ho_ten", "Nguyễn Văn An"}, {"chuc_vu", "GIÁM ĐỐC"}}},
  };
}

inline reg::IssueRequest plan_request(const std::string& date, const std::string& summary = "Kế hoạch thử nghiệm") {
  reg::IssueRequest rq;
  rq.template_name = "ke-hoach";
  rq.data_json = plan_data(summary).dump();
  rq.date = date;
  rq.formats = {reg::OutputFormat::Docx};
  rq.issued_by = "test";
  return rq;
}

inline reg::ReserveRequest reserve_request(const std::string& type, const std::string& date, const std::string& summary = "") {
  reg::ReserveRequest rs;
  rs.organ = "STTTT";
  rs.type = type;
  rs.date = date;
  rs.summary = summary;
  return rs;
}

class RegisterTest : public testing::TestWithParam<Backend> {
 protected:
  void SetUp() override {
    if (GetParam() == Backend::Sqlite) {
      std::string name = testing::UnitTest::GetInstance()->current_test_info()->name();
      for (char& c : name)
        if (c == '/') c = '_';  // "Issues…/Sqlite"
      dir_ = std::filesystem::temp_directory_path() / ("vanthu-reg-" + std::to_string(getpid()) + "-" + name);
      std::filesystem::remove_all(dir_);
      std::filesystem::create_directories(dir_);
      location_ = (dir_ / "register.sqlite").string();
    } else {
      std::string why;
      PgCluster* pg = PgCluster::get(&why);
      ASSERT_NE(pg, nullptr) << why;
      location_ = pg->new_database();
    }
  }
  void TearDown() override {
    if (!dir_.empty()) std::filesystem::remove_all(dir_);
  }
  std::string dir_string() { return dir_.string(); }
  std::unique_ptr<reg::Register> open() { return reg::Register::open(location_); }

  std::filesystem::path dir_;
  std::string location_;
};

}  // namespace vanthu::test
