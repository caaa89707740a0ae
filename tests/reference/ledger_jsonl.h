// Ledger lines in and out, for the reference tests only: a tiny JSON reader
// (enough for the example ledgers and their expected answers in
// ../shared/examples) and a writer of events as ledger-format.md lines, used
// to print a failing ledger so that a person can import it and reproduce the
// failure with the `tochuc` command.
//
// Deliberately minimal; the product's reader lives in src/io. Thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/event.h"

namespace tochuc::reference {

struct Json {
  enum class Kind : uint8_t { kNull, kBool, kNumber, kString, kArray, kObject };
  Kind kind = Kind::kNull;
  bool boolean = false;
  std::string text;  // a string's value, or a number as written
  std::vector<Json> items;
  std::vector<std::pair<std::string, Json>> fields;

  // The field's value, or nullptr when absent or when this is not an object.
  const Json* Find(std::string_view key) const;
};

// Parses one JSON document. Returns nullopt when the text is not JSON.
std::optional<Json> ParseJson(std::string_view text);

// The event one ledger line describes; nullopt when a field is missing or
// has a value the format does not allow. `seq` is left 0.
std::optional<Event> EventFromJson(const Json& line);

// Reads a whole JSON Lines ledger, numbering events by line. Returns nullopt
// (and the failing line in *bad_line when given) on the first bad line.
std::optional<std::vector<Event>> ReadLedger(std::string_view text, size_t* bad_line = nullptr);

// One ledger line (without the newline), with the fields the type uses.
std::string EventToJsonLine(const Event& event);
// Every event as a ledger line, one a line.
std::string LedgerText(const std::vector<Event>& events);

}  // namespace tochuc::reference
