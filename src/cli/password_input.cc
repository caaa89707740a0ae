#include "cli/password_input.h"

#include <termios.h>
#include <unistd.h>

#include <iostream>

#include "cli/common.h"

namespace tochuc::cli {
namespace {

// Turns the terminal's echo off for as long as it lives.
class EchoOff {
 public:
  EchoOff() : active_(tcgetattr(STDIN_FILENO, &saved_) == 0) {
    if (!active_) return;
    termios quiet = saved_;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
  }
  ~EchoOff() {
    if (active_) tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved_);
  }
  EchoOff(const EchoOff&) = delete;
  EchoOff& operator=(const EchoOff&) = delete;

 private:
  termios saved_{};
  bool active_;
};

std::string ReadLine(const std::string& missing) {
  std::string line;
  if (!std::getline(std::cin, line)) Fail(missing);
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return line;
}

std::string Prompt(const std::string& question) {
  std::cerr << question << std::flush;
  std::string line;
  {
    EchoOff quiet;
    line = ReadLine("no password was typed");
  }
  std::cerr << '\n';  // the Enter the user typed was not echoed either
  return line;
}

}  // namespace

std::string ReadNewPassword(bool from_stdin) {
  if (from_stdin) return ReadLine("--password-stdin: stdin holds no line");
  if (!isatty(STDIN_FILENO)) {
    Fail("stdin is not a terminal: give the password on stdin with --password-stdin");
  }
  std::string password = Prompt("New password: ");
  if (Prompt("The same again: ") != password) {
    std::cerr << "password: the two passwords typed differ\n";
    Fail("nothing was changed", kExitRefused);
  }
  return password;
}

}  // namespace tochuc::cli
