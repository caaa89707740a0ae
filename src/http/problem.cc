#include "http/problem.h"

#include <boost/json.hpp>

namespace tochuc::http {

Response ProblemResponse(unsigned status, std::string_view type, std::string_view title,
                         const std::vector<FieldError>& errors) {
  boost::json::object body{
      {"type", "/problems/" + std::string(type)}, {"title", title}, {"status", status}};
  if (!errors.empty()) {
    boost::json::array list;
    for (const FieldError& error : errors) {
      list.push_back({{"field", error.field}, {"message", error.message}});
    }
    body["errors"] = std::move(list);
  }
  return {status, "application/problem+json", boost::json::serialize(body), {}, {}};
}

Response RefusedResponse(std::string_view title, const Problems& problems) {
  std::vector<FieldError> errors;
  for (const Problem& problem : problems) errors.push_back({problem.field, problem.message});
  return ProblemResponse(422, "refused", title, errors);
}

}  // namespace tochuc::http
