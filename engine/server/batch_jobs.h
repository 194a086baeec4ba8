// Batch jobs started over HTTP: the uploaded records are written to a job
// folder, vanthu::batch::run issues them on its own thread, the page polls
// the progress and downloads a zip of the files or the combined document.
// Jobs live in this process's memory (a client polls the server that
// started the job) and their folders are removed when the server stops or
// an hour after they finish.
#pragma once

#include <atomic>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include <nlohmann/json.hpp>

#include "api/batch.h"
#include "core/status.h"

namespace vanthu::server {

struct BatchRequest {
  std::string template_dir;   // the template folder
  std::string data;           // the uploaded JSON text
  std::string each = "$";
  batch::Format format = batch::Format::Pdf;
  std::string combine;        // "", "docx" or "pdf": one file instead of a zip
  std::string name_pattern = "{{stt}}";
  std::optional<long long> start_number;
};

class BatchJobs {
 public:
  BatchJobs(std::string work_dir, unsigned threads);
  ~BatchJobs();  // cancels running jobs, waits for them, removes their folders

  // Starts a job for `owner`; returns its id.
  std::string start(const std::string& owner, BatchRequest request);
  // {"state": "running"|"done"|"failed", "done", "total", "failed", "errors": [...]},
  // nullopt for an unknown id or another owner's job.
  std::optional<nlohmann::json> status(const std::string& id, const std::string& owner);
  // The finished job's file: path, MIME type and download name.
  struct Download {
    std::string path, type, name;
  };
  std::optional<Download> result(const std::string& id, const std::string& owner);

 private:
  struct Job;
  void run(Job& job, BatchRequest request);
  void collect_old();
  std::string work_dir_;
  unsigned threads_;
  std::mutex mutex_;
  std::map<std::string, std::unique_ptr<Job>> jobs_;
  std::atomic<bool> cancel_{false};
};

}  // namespace vanthu::server
