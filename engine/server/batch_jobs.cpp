#include "server/batch_jobs.h"

#include <chrono>
#include <filesystem>

#include "core/atomic_file.h"
#include "server/crypto.h"
#include "server/zip_writer.h"

namespace vanthu::server {

namespace fs = std::filesystem;

struct BatchJobs::Job {
  std::string id, owner, folder;
  std::mutex mutex;
  std::string state = "running";
  batch::Progress progress;
  nlohmann::json errors = nlohmann::json::array();
  Download download;
  std::chrono::steady_clock::time_point finished;
  std::thread thread;
};

BatchJobs::BatchJobs(std::string work_dir, unsigned threads)
    : work_dir_(work_dir.empty() ? fs::temp_directory_path().string() : std::move(work_dir)), threads_(threads) {}

BatchJobs::~BatchJobs() {
  cancel_ = true;
  std::lock_guard lock(mutex_);
  for (auto& [id, job] : jobs_) {
    if (job->thread.joinable()) job->thread.join();
    std::error_code ec;
    fs::remove_all(job->folder, ec);
  }
}

void BatchJobs::collect_old() {  // under mutex_
  const auto now = std::chrono::steady_clock::now();
  for (auto it = jobs_.begin(); it != jobs_.end();) {
    Job& job = *it->second;
    bool old = false;
    {
      std::lock_guard jl(job.mutex);
      old = job.state != "running" && now - job.finished > std::chrono::hours(1);
    }
    if (old) {
      if (job.thread.joinable()) job.thread.join();
      std::error_code ec;
      fs::remove_all(job.folder, ec);
      it = jobs_.erase(it);
    } else {
      ++it;
    }
  }
}

std::string BatchJobs::start(const std::string& owner, BatchRequest request) {
  auto job = std::make_unique<Job>();
  job->id = random_token(12);
  job->owner = owner;
  job->folder = (fs::path(work_dir_) / ("vanthu-batch-" + job->id)).string();
  fs::create_directories(fs::path(job->folder) / "out");
  Job& ref = *job;
  std::lock_guard lock(mutex_);
  collect_old();
  jobs_.emplace(job->id, std::move(job));
  ref.thread = std::thread([this, &ref, request = std::move(request)]() mutable { run(ref, std::move(request)); });
  return ref.id;
}

void BatchJobs::run(Job& job, BatchRequest request) {
  const fs::path folder(job.folder);
  const std::string data_path = (folder / "data.json").string();
  batch::Options o;
  o.template_name = request.template_dir;
  o.data_path = data_path;
  o.each = request.each;
  o.format = request.format;
  o.name_pattern = request.name_pattern;
  o.start_number = request.start_number;
  o.jobs = threads_;
  o.cancel = &cancel_;
  if (request.combine.empty()) {
    o.out_dir = (folder / "out").string();
  } else {
    o.combine = (folder / ("combined." + request.combine)).string();
  }
  Diagnostics diag;
  batch::Result result;
  try {
    write_file_atomic(data_path, request.data);
    request.data.clear();
    result = batch::run(o, diag, [&](const batch::Progress& p) {
      std::lock_guard lock(job.mutex);
      job.progress = p;
    });
    if (!diag.has_errors() && result.failed == 0 && !result.cancelled) {
      if (request.combine.empty()) {
        const std::string zip = (folder / "result.zip").string();
        zip_folder(o.out_dir, zip, 0);
        job.download = {zip, "application/zip", "van-ban.zip"};
      } else {
        job.download = {o.combine,
                        request.combine == "pdf" ? "application/pdf"
                                                 : "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        "van-ban." + request.combine};
      }
    }
  } catch (const std::exception& e) {
    diag.error("", e.what());
  }
  std::lock_guard lock(job.mutex);
  for (const auto& d : diag.items()) job.errors.push_back({{"path", d.where}, {"message", d.message}, {"text", d.format()}});
  for (const auto& f : result.failures)
    for (const auto& line : f.lines) job.errors.push_back({{"record", f.index}, {"text", line}});
  job.progress.total = std::max(job.progress.total, result.total);
  job.state = job.download.path.empty() ? "failed" : "done";
  job.finished = std::chrono::steady_clock::now();
}

std::optional<nlohmann::json> BatchJobs::status(const std::string& id, const std::string& owner) {
  std::lock_guard lock(mutex_);
  auto it = jobs_.find(id);
  if (it == jobs_.end() || it->second->owner != owner) return std::nullopt;
  Job& job = *it->second;
  std::lock_guard jl(job.mutex);
  return nlohmann::json{{"id", job.id},          {"state", job.state},
                        {"done", job.progress.done}, {"total", job.progress.total},
                        {"failed", job.progress.failed}, {"errors", job.errors}};
}

std::optional<BatchJobs::Download> BatchJobs::result(const std::string& id, const std::string& owner) {
  std::lock_guard lock(mutex_);
  auto it = jobs_.find(id);
  if (it == jobs_.end() || it->second->owner != owner) return std::nullopt;
  std::lock_guard jl(it->second->mutex);
  if (it->second->state != "done") return std::nullopt;
  return it->second->download;
}

}  // namespace vanthu::server
