#include "io/ledger_reader.h"

#include <fmt/format.h>

#include <boost/json.hpp>

#include "io/event_json.h"
#include "text/utf8.h"
#include "text/vietnamese_text.h"

namespace tochuc::io {

bool ParseLedgerLine(std::string_view text, size_t line, LedgerLine* out,
                     std::vector<LineProblem>& problems) {
  if (auto bad = text::FirstInvalidUtf8(text)) {
    problems.push_back(
        {line,
         {ProblemCode::kMalformed, "line", fmt::format("invalid UTF-8 at byte {}", *bad + 1), ""}});
    return false;
  }
  const std::string normalized = text::NormalizeNfc(text);
  boost::system::error_code error;
  boost::json::value value = boost::json::parse(normalized, error);
  if (error) {
    problems.push_back({line,
                        {ProblemCode::kMalformed, "line",
                         fmt::format("malformed JSON: {}", error.message()), ""}});
    return false;
  }
  if (!value.is_object()) {
    problems.push_back({line, {ProblemCode::kMalformed, "line", "must be a JSON object", ""}});
    return false;
  }
  LedgerLine parsed;
  Problems field_problems = EventFromJson(value.get_object(), &parsed.event);
  if (!field_problems.empty()) {
    for (Problem& problem : field_problems) problems.push_back({line, std::move(problem)});
    return false;
  }
  parsed.line = line;
  parsed.body = boost::json::serialize(value);
  if (out) *out = std::move(parsed);
  return true;
}

Problems ParseStoredLine(std::string_view body, Event* out) {
  boost::system::error_code error;
  const boost::json::value value = boost::json::parse(body, error);
  if (error || !value.is_object()) {
    return {{ProblemCode::kMalformed, "line", "not a JSON object", ""}};
  }
  return EventFromJson(value.get_object(), out);
}

ReadLedgerResult ReadLedger(std::istream& in, const ReadProgress& progress) {
  constexpr size_t kProgressEvery = 100'000;
  ReadLedgerResult result;
  std::string text;
  size_t line = 0;
  while (std::getline(in, text)) {
    ++line;
    result.bytes += text.size() + 1;
    if (!text.empty() && text.back() == '\r') text.pop_back();
    // A byte-order mark, as some Windows editors write, is not part of the data.
    if (line == 1 && text.starts_with("\xEF\xBB\xBF")) text.erase(0, 3);
    if (text.find_first_not_of(" \t") == std::string::npos) continue;
    LedgerLine parsed;
    if (ParseLedgerLine(text, line, &parsed, result.problems)) {
      result.lines.push_back(std::move(parsed));
    }
    if (progress && line % kProgressEvery == 0) progress(result.bytes);
  }
  if (progress) progress(result.bytes);
  return result;
}

}  // namespace tochuc::io
