// Reading a new password on the command line: never from an option (it
// would show in `ps` and the shell's history).
#pragma once

#include <string>

namespace tochuc::cli {

// With `from_stdin`: the first line of stdin, without its line ending
// (scripts: `printf '%s\n' "$PASSWORD" | tochuc user add --password-stdin ...`).
// Otherwise typed twice at the terminal, not echoed. Ends the command with a
// usage error when stdin is empty, or is not a terminal and `from_stdin` is
// not set; with a refusal ("password: ...") when the two typed differ.
std::string ReadNewPassword(bool from_stdin);

}  // namespace tochuc::cli
