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
      boost::json::object item{{"field", error.field}, {"message", error.message}};
      if (!error.message_en.empty()) item["message_en"] = error.message_en;
      list.push_back(std::move(item));
    }
    body["errors"] = std::move(list);
  }
  return {status, "application/problem+json", boost::json::serialize(body), {}, {}};
}

Response RefusedResponse(std::string_view title, const Problems& problems) {
  std::vector<FieldError> errors;
  for (const Problem& problem : problems) {
    if (problem.vi.empty()) {
      errors.push_back({problem.field, problem.message});
    } else {
      errors.push_back({problem.field, problem.vi, problem.message});
    }
  }
  return ProblemResponse(422, "refused", title, errors);
}

}  // namespace tochuc::http
