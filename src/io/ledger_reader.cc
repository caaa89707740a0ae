#include "io/ledger_reader.h"

#include <fmt/format.h>

#include <boost/json.hpp>
#include <iterator>

#include "io/event_json.h"
#include "text/utf8.h"
#include "text/vietnamese_text.h"

namespace tochuc::io {

bool ParseLedgerLine(std::string_view text, size_t line, LedgerLine* out,
                     std::vector<LineProblem>& problems) {
  if (auto bad = text::FirstInvalidUtf8(text)) {
    problems.push_back(
        {line,
         {ProblemCode::kMalformed, "line", fmt::format("invalid UTF-8 at byte {}", *bad + 1), "",
          fmt::format("sai mã UTF-8 ở byte thứ {}", *bad + 1)}});
    return false;
  }
  const std::string normalized = text::NormalizeNfc(text);
  boost::system::error_code error;
  boost::json::value value = boost::json::parse(normalized, error);
  if (error) {
    problems.push_back(
        {line,
         {ProblemCode::kMalformed, "line", fmt::format("malformed JSON: {}", error.message()), "",
          fmt::format("JSON không hợp lệ: {}", error.message())}});
    return false;
  }
  if (!value.is_object()) {
    problems.push_back({line,
                        {ProblemCode::kMalformed, "line", "must be a JSON object", "",
                         "mỗi dòng phải là một đối tượng JSON"}});
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

bool RawLineReader::Next(size_t count, RawLines& out) {
  out.first_line = next_line_;
  out.texts.clear();
  std::string text;
  while (out.texts.size() < count && std::getline(in_, text)) {
    bytes_ += text.size() + 1;
    if (!text.empty() && text.back() == '\r') text.pop_back();
    // A byte-order mark, as some Windows editors write, is not part of the data.
    if (next_line_ == 1 && text.starts_with("\xEF\xBB\xBF")) text.erase(0, 3);
    ++next_line_;
    out.texts.push_back(std::move(text));
  }
  return out.texts.size() == count;
}

ReadLedgerResult ParseLines(const RawLines& raw) {
  ReadLedgerResult result;
  result.lines.reserve(raw.texts.size());
  for (size_t idx = 0; idx < raw.texts.size(); ++idx) {
    const std::string& text = raw.texts[idx];
    if (text.find_first_not_of(" \t") == std::string::npos) continue;
    LedgerLine parsed;
    if (ParseLedgerLine(text, raw.first_line + idx, &parsed, result.problems)) {
      result.lines.push_back(std::move(parsed));
    }
  }
  return result;
}

ReadLedgerResult ReadLedger(std::istream& in, const ReadProgress& progress) {
  constexpr size_t kBatch = 100'000;
  ReadLedgerResult result;
  RawLineReader reader(in);
  RawLines raw;
  bool more = true;
  while (more) {
    more = reader.Next(kBatch, raw);
    ReadLedgerResult batch = ParseLines(raw);
    std::move(batch.lines.begin(), batch.lines.end(), std::back_inserter(result.lines));
    std::move(batch.problems.begin(), batch.problems.end(), std::back_inserter(result.problems));
    result.bytes = reader.bytes_read();
    if (progress) progress(result.bytes);
  }
  return result;
}

}  // namespace tochuc::io
