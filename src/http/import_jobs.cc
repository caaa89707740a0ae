#include "http/import_jobs.h"

#include <boost/json.hpp>
#include <sstream>

#include "app/refusal.h"
#include "http/problem.h"
#include "http/sessions.h"

namespace tochuc::http {
namespace {

namespace json = boost::json;

// Enough for anyone to fix a file; the rest are counted.
constexpr size_t kProblemsShown = 1000;

}  // namespace

struct ImportJobs::Job {
  std::string id, owner;
  size_t total_bytes = 0;
  std::mutex mutex;               // guards what follows
  std::string state = "running";  // running, done, refused, failed
  std::string step = "reading";
  size_t bytes = 0, events = 0, imported = 0;
  std::vector<io::LineProblem> problems;
  size_t problem_count = 0;
  std::string error;
};

ImportJobs::~ImportJobs() {
  for (std::thread& thread : threads_) thread.join();
}

std::string ImportJobs::Start(const User& user, std::string file) {
  auto job = std::make_shared<Job>();
  job->id = RandomToken().substr(0, 16);
  job->owner = user.login;
  job->total_bytes = file.size();
  std::lock_guard lock(mutex_);
  jobs_[job->id] = job;
  threads_.emplace_back(
      [this, job, user, file = std::move(file)]() mutable { Run(*job, user, std::move(file)); });
  return job->id;
}

void ImportJobs::Run(Job& job, const User& user, std::string file) {
  std::istringstream in(std::move(file));
  app::ImportOptions options;
  options.progress = [&job](size_t bytes, size_t events) {
    std::lock_guard lock(job.mutex);
    job.bytes = bytes;
    job.events = events;
  };
  options.on_step = [&job](std::string_view step, size_t) {
    std::lock_guard lock(job.mutex);
    job.step = std::string(step);
  };
  try {
    app::ImportResult result = recorder_.Import(user, in, options);
    std::lock_guard lock(job.mutex);
    job.problem_count = result.problems.size();
    if (result.problems.size() > kProblemsShown) result.problems.resize(kProblemsShown);
    job.problems = std::move(result.problems);
    job.imported = result.imported;
    job.bytes = job.total_bytes;
    job.state = job.problem_count == 0 ? "done" : "refused";
  } catch (const std::exception& e) {
    std::lock_guard lock(job.mutex);
    job.state = "failed";
    job.error = e.what();
  }
}

std::optional<json::object> ImportJobs::Status(const std::string& id, const std::string& login) {
  std::shared_ptr<Job> job;
  {
    std::lock_guard lock(mutex_);
    const auto it = jobs_.find(id);
    if (it == jobs_.end() || it->second->owner != login) return std::nullopt;
    job = it->second;
  }
  std::lock_guard lock(job->mutex);
  json::array problems;
  for (const io::LineProblem& problem : job->problems) {
    json::object item{{"line", problem.line}};
    for (auto& [key, value] : FieldErrorJson(FieldErrorOf(problem.problem))) item[key] = value;
    problems.push_back(std::move(item));
  }
  json::object out{{"id", job->id},
                   {"state", job->state},
                   {"step", job->step},
                   {"bytes", job->bytes},
                   {"total_bytes", job->total_bytes},
                   {"events", job->events},
                   {"imported", job->imported},
                   {"problem_count", job->problem_count},
                   {"problems", std::move(problems)}};
  if (!job->error.empty()) out["error"] = job->error;
  return out;
}

}  // namespace tochuc::http
