#include "http/problem.h"

#include <boost/json.hpp>

namespace tochuc::http {

Response ProblemResponse(unsigned status, std::string_view type, std::string_view title,
                         const std::vector<FieldError>& errors) {
  boost::json::object body{
      {"type", "/problems/" + std::string(type)}, {"title", title}, {"status", status}};
  if (!errors.empty()) {
    boost::json::array list;
    for (const FieldError& error : errors) list.push_back(FieldErrorJson(error));
    body["errors"] = std::move(list);
  }
  return {status, "application/problem+json", boost::json::serialize(body), {}, {}};
}

FieldError FieldErrorOf(const Problem& problem) {
  if (problem.vi.empty()) return {problem.field, problem.message};
  return {problem.field, problem.vi, problem.message};
}

boost::json::object FieldErrorJson(const FieldError& error) {
  boost::json::object item{{"field", error.field}, {"message", error.message}};
  if (!error.message_en.empty()) item["message_en"] = error.message_en;
  return item;
}

Response RefusedResponse(std::string_view title, const Problems& problems) {
  std::vector<FieldError> errors;
  for (const Problem& problem : problems) errors.push_back(FieldErrorOf(problem));
  return ProblemResponse(422, "refused", title, errors);
}

}  // namespace tochuc::http
