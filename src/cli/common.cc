#include "cli/common.h"

#include <boost/json/serialize.hpp>
#include <iostream>

#include "app/load_ledger.h"
#include "store/sqlite/sqlite_audit_log.h"
#include "store/sqlite/sqlite_ledger_store.h"
#include "store/sqlite/sqlite_user_store.h"

namespace tochuc::cli {

void Fail(const std::string& message, int exit_code) {
  std::cerr << "error: " << message << '\n';
  throw CLI::RuntimeError(exit_code);
}

std::unique_ptr<LedgerStore> OpenStore(const std::string& path) {
  return std::make_unique<store::SqliteLedgerStore>(path);
}

std::unique_ptr<AuditLog> OpenAuditLog(const std::string& path) {
  return std::make_unique<store::SqliteAuditLog>(path);
}

std::unique_ptr<UserStore> OpenUserStore(const std::string& path) {
  return std::make_unique<store::SqliteUserStore>(path);
}

Date ParseDateOption(const std::string& option, const std::string& text) {
  auto date = Date::Parse(text);
  if (!date) Fail(option + ": '" + text + "' is not a real date in the form YYYY-MM-DD");
  return *date;
}

OrgId ResolveOrg(const ReadModel& model, const std::string& code) {
  auto org = model.FindOrg(code);
  if (!org) Fail("--org: unknown organization '" + code + "'");
  return *org;
}

std::string SnapshotPathFor(const std::string& db) { return db + ".model"; }

UnitModel LoadUnit(const std::string& db, const std::string& org_code, bool with_directory) {
  auto store = OpenStore(db);
  UnitModel unit{app::LoadReadModel(*store, SnapshotPathFor(db), with_directory,
                                    [](std::string_view note) { std::cerr << note << '\n'; }),
                 {}};
  unit.org = ResolveOrg(unit.model, org_code);
  return unit;
}

Date LatestDay(const ReadModel& model) { return model.last_event_date.value_or(Date::FromDays(0)); }

void PrintJson(const boost::json::value& value) {
  std::cout << boost::json::serialize(value) << '\n';
}

void AddFormatOption(CLI::App& command, std::string& format) {
  command.add_option("--format", format, "Output: a readable table, or json for scripts")
      ->check(CLI::IsMember({"table", "json"}))
      ->capture_default_str();
}

}  // namespace tochuc::cli
