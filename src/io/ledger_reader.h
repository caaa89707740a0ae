// Reading a ledger file (JSON Lines): every line is checked on its own for
// UTF-8, JSON and the shape of its event. Blank lines are skipped.
//
// The reader never stops at the first bad line: it collects the problems of
// every line so that an import can report them all at once.
#pragma once

#include <cstdint>
#include <functional>
#include <istream>
#include <string>
#include <vector>

#include "domain/event.h"
#include "domain/problem.h"

namespace tochuc::io {

struct LedgerLine {
  size_t line = 0;   // 1-based line number in the file
  Event event;       // event.seq is left for the caller to set
  std::string body;  // the line as stored: NFC-normalized compact JSON
};

struct LineProblem {
  size_t line = 0;
  Problem problem;
};

struct ReadLedgerResult {
  std::vector<LedgerLine> lines;      // the lines that parsed
  std::vector<LineProblem> problems;  // every problem, in line order
  size_t bytes = 0;
};

// Called now and then with the bytes read so far.
using ReadProgress = std::function<void(size_t bytes_read)>;

ReadLedgerResult ReadLedger(std::istream& in, const ReadProgress& progress = {});

// Lines of a ledger file as read, before parsing: the unit of work when a
// large file is parsed on several threads.
struct RawLines {
  size_t first_line = 0;           // line number of texts[0]
  std::vector<std::string> texts;  // blank lines included, line ends removed
};

// Reads a ledger file a batch of lines at a time.
class RawLineReader {
 public:
  explicit RawLineReader(std::istream& in) : in_(in) {}
  // Up to `count` lines into `out`; false once the file is exhausted.
  bool Next(size_t count, RawLines& out);
  size_t bytes_read() const { return bytes_; }

 private:
  std::istream& in_;
  size_t next_line_ = 1;
  size_t bytes_ = 0;
};

// Parses a batch as ReadLedger parses each line. Thread-safe.
ReadLedgerResult ParseLines(const RawLines& raw);

// Parses one line; on failure appends to `problems` and returns false.
bool ParseLedgerLine(std::string_view text, size_t line, LedgerLine* out,
                     std::vector<LineProblem>& problems);

// Parses a line the store wrote, which was checked and normalized when it was
// accepted; skips those steps. On failure returns the problems.
Problems ParseStoredLine(std::string_view body, Event* out);

}  // namespace tochuc::io
