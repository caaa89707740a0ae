#include "http/router.h"

namespace tochuc::http {
namespace {

std::vector<std::string> SplitPattern(std::string_view pattern) {
  std::vector<std::string> segments;
  if (pattern == "/") return segments;  // the root has no segments
  size_t start = 1;                     // after the leading '/'
  while (start <= pattern.size()) {
    const size_t slash = std::min(pattern.find('/', start), pattern.size());
    segments.emplace_back(pattern.substr(start, slash - start));
    start = slash + 1;
  }
  return segments;
}

bool IsPlaceholder(std::string_view segment) {
  return segment.size() > 2 && segment.front() == '{' && segment.back() == '}';
}

bool Matches(const std::vector<std::string>& pattern, const std::vector<std::string>& path,
             std::vector<std::string>* params) {
  if (pattern.size() != path.size()) return false;
  params->clear();
  for (size_t idx = 0; idx < pattern.size(); ++idx) {
    if (IsPlaceholder(pattern[idx])) {
      if (path[idx].empty()) return false;
      params->push_back(path[idx]);
    } else if (pattern[idx] != path[idx]) {
      return false;
    }
  }
  return true;
}

}  // namespace

void Router::Add(std::string method, std::string pattern, RunOn run_on, Handler handler,
                 Admission admit) {
  split_.push_back(SplitPattern(pattern));
  routes_.push_back(
      {std::move(method), std::move(pattern), run_on, std::move(handler), std::move(admit)});
}

void Router::SetFallback(RunOn run_on, Handler handler) {
  fallback_ = Route{"GET", "/*", run_on, std::move(handler), {}};
}

Router::Match Router::Find(std::string_view method, const std::vector<std::string>& path) const {
  Match match;
  std::vector<std::string> params;
  for (size_t idx = 0; idx < routes_.size(); ++idx) {
    if (!Matches(split_[idx], path, &params)) continue;
    match.path_known = true;
    if (routes_[idx].method == method) {
      match.route = &routes_[idx];
      match.params = std::move(params);
      return match;
    }
  }
  if (!match.path_known && fallback_ && method == "GET" && (path.empty() || path[0] != "api")) {
    match.route = &*fallback_;
  }
  return match;
}

}  // namespace tochuc::http
