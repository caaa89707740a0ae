// ImportJobs: ledger files uploaded through the API, imported in the
// background (all or nothing, as `tochuc import`) while the uploader polls
// for progress. Jobs are kept in memory until the server stops; only their
// owner sees them. Thread-safe.
#pragma once

#include <boost/json/object.hpp>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

#include "app/record_event.h"

namespace tochuc::http {

class ImportJobs {
 public:
  explicit ImportJobs(app::EventRecorder& recorder) : recorder_(recorder) {}
  ~ImportJobs();  // waits for imports in progress

  // Starts importing `file` for `user`; returns the job's id.
  std::string Start(const User& user, std::string file);
  // The job's state as the API shows it, or nullopt when `login` has no such job.
  std::optional<boost::json::object> Status(const std::string& id, const std::string& login);

 private:
  struct Job;
  void Run(Job& job, const User& user, std::string file);

  app::EventRecorder& recorder_;
  std::mutex mutex_;
  std::unordered_map<std::string, std::shared_ptr<Job>> jobs_;
  std::vector<std::thread> threads_;
};

}  // namespace tochuc::http
