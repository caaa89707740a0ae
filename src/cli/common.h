// Helpers shared by the subcommands: options, opening the store, output.
#pragma once

#include <CLI/CLI.hpp>
#include <boost/json/value.hpp>
#include <memory>
#include <optional>
#include <string>

#include "domain/audit_log.h"
#include "domain/date.h"
#include "domain/ids.h"
#include "domain/ledger_store.h"
#include "domain/read_model.h"
#include "domain/user_store.h"

namespace tochuc::cli {

// Exit codes: 0 done, 1 refused (bad input, differences found), 2 usage.
inline constexpr int kExitRefused = 1;
inline constexpr int kExitUsage = 2;

// Ends the command with a message on stderr and the exit code.
[[noreturn]] void Fail(const std::string& message, int exit_code = kExitUsage);

std::unique_ptr<LedgerStore> OpenStore(const std::string& path);
std::unique_ptr<AuditLog> OpenAuditLog(const std::string& path);
std::unique_ptr<UserStore> OpenUserStore(const std::string& path);
// REQUIRES the text came from an option; fails with a usage error naming it.
Date ParseDateOption(const std::string& option, const std::string& text);
OrgId ResolveOrg(const ReadModel& model, const std::string& code);

// Where the read-model snapshot of a database is kept: next to it.
std::string SnapshotPathFor(const std::string& db);

// The read model of a database (from its snapshot when that is current) and the unit a command is
// about (--org).
struct UnitModel {
  ReadModel model;
  OrgId org{};
};
// `with_directory`: member ids and names too (listing members needs them).
UnitModel LoadUnit(const std::string& db, const std::string& org_code, bool with_directory = false);
// The end of the ledger's last day: the default for "as of" options.
Date LatestDay(const ReadModel& model);

void PrintJson(const boost::json::value& value);
// Adds "--format table|json" to a command.
void AddFormatOption(CLI::App& command, std::string& format);

}  // namespace tochuc::cli
