#include "app/record_event.h"

#include <fmt/format.h>

#include <boost/json.hpp>
#include <sstream>

#include "app/import_ledger.h"
#include "app/load_ledger.h"
#include "app/viewer.h"
#include "io/event_fields.h"
#include "io/ledger_reader.h"

namespace tochuc::app {
namespace {

namespace json = boost::json;

Refusal Invalid(std::string field, const std::string& message) {
  return Refusal(RefusalKind::kInvalid, std::move(field), message);
}

// Parses the body as the import parses a line; throws Refusal for what is
// not even an event's JSON.
io::LedgerLine ParseBody(std::string_view body, Problems& problems) {
  json::error_code ec;
  const json::value value = json::parse(body, ec);
  if (ec) {
    throw Invalid("", fmt::format("Nội dung không phải JSON hợp lệ (UTF-8): {}", ec.message()));
  }
  if (!value.is_object()) throw Invalid("", "Nội dung phải là một đối tượng JSON");
  for (const std::string& field : io::UnknownEventFields(value.as_object())) {
    throw Invalid(field, fmt::format("Trường '{}' không có trong loại sự kiện này", field));
  }
  io::LedgerLine line;
  std::vector<io::LineProblem> line_problems;
  if (!io::ParseLedgerLine(body, 1, &line, line_problems)) {
    for (io::LineProblem& problem : line_problems) problems.push_back(std::move(problem.problem));
  }
  return line;
}

// Throws Refusal(kNotFound) unless every org the event names, and the
// member it is about, are in the viewer's scope.
void RequireInScope(const ReadModel& model, const Viewer& viewer, const Event& event) {
  if (ScopeOf(viewer.user.role) == Scope::kDeployment) return;
  auto require_org = [&](const std::string& code, const char* field) {
    if (code.empty()) return;
    const std::optional<OrgId> org = model.FindOrg(code);
    if (!org || !OrgInScope(model, viewer, *org)) {
      throw Refusal(
          RefusalKind::kNotFound, field,
          fmt::format("Không tìm thấy tổ chức đảng có mã '{}' trong phạm vi của bạn", code));
    }
  };
  if (event.type == EventType::kOrgEstablished) {
    if (!event.parent) {
      throw Refusal(RefusalKind::kNotAllowed, "parent",
                    "Chỉ quản trị viên được lập tổ chức đảng cấp cao nhất");
    }
  } else {
    require_org(event.org, "org");
  }
  if (event.parent) require_org(*event.parent, "parent");
  require_org(event.to, "to");
  require_org(event.into, "into");
  for (const std::string& code : event.orgs) require_org(code, "orgs");
  if (!event.member.empty()) {
    const std::optional<MemberId> member = model.FindMember(event.member);
    const bool introduces = event.type == EventType::kMemberAdmitted ||
                            event.type == EventType::kMemberRegistered ||
                            event.type == EventType::kMemberTransferredIn;
    if (member ? !MemberInScope(model, viewer, *member) : !introduces) {
      throw Refusal(
          RefusalKind::kNotFound, "member",
          fmt::format("Không tìm thấy đảng viên có mã '{}' trong phạm vi của bạn", event.member));
    }
  }
}

// Marks the writer busy with a long write for as long as it lives.
class LongWrite {
 public:
  explicit LongWrite(std::atomic<bool>& flag) : flag_(flag) { flag_ = true; }
  ~LongWrite() { flag_ = false; }
  LongWrite(const LongWrite&) = delete;
  LongWrite& operator=(const LongWrite&) = delete;

 private:
  std::atomic<bool>& flag_;
};

}  // namespace

EventRecorder::EventRecorder(LedgerStore& store, LiveReadModel& live)
    : store_(store), live_(live) {}

std::unique_lock<std::mutex> EventRecorder::LockForShortWrite() {
  if (long_write_) {
    throw Refusal(RefusalKind::kBusy, "",
                  "Đang nhập sổ hoặc sắp xếp lại sổ sự kiện; hãy gửi lại sau ít giây");
  }
  return std::unique_lock(writing_);
}

RecordOutcome EventRecorder::Record(const User& user, std::string_view body) {
  RecordOutcome outcome;
  io::LedgerLine line = ParseBody(body, outcome.problems);
  if (!outcome.problems.empty()) return outcome;
  // Checked under the writer's lock: no event can move the member or the
  // org out of scope in between.
  const std::unique_lock writing = LockForShortWrite();
  live_.Read([&](const ReadModel& model) {
    const Viewer viewer = ResolveViewer(model, user);
    RequireAction(
        viewer, IsOrgEvent(line.event.type) ? Action::kRecordOrgEvent : Action::kRecordMemberEvent);
    RequireInScope(model, viewer, line.event);
    return 0;
  });
  const std::optional<Date> last_date = live_.LastEventDate();
  if (last_date && line.event.date < *last_date) {
    const LongWrite replaying(long_write_);
    return RecordByReplay(user, line.body);
  }
  return RecordInPlace(user, line.event, line.body);
}

RecordOutcome EventRecorder::RecordInPlace(const User& user, Event& event,
                                           const std::string& body) {
  // The store's last line, not a count kept here: a failed commit or another
  // process may have changed it.
  const std::optional<StoredEvent> last = store_.LastStored();
  event.seq = (last ? last->seq : 0) + 1;
  auto commit = [&](const LedgerState& state, const Change& change) {
    std::unique_ptr<LedgerAppend> append = store_.BeginAppend(user.login);
    append->Add(event, body);
    if (event.type == EventType::kOrgMerged) return append->Commit(state);
    std::vector<MemberId> members;
    if (change.member) members.push_back(*change.member);
    std::vector<OrgId> orgs;
    if (IsOrgEvent(event.type)) orgs.push_back(*state.FindOrg(event.org));
    append->CommitChanged(state, members, orgs);
  };
  RecordOutcome outcome;
  try {
    outcome.problems = live_.Record(event, commit);
  } catch (...) {
    ReloadLiveReadModel(store_, live_);  // the store holds what was committed
    throw;
  }
  if (outcome.problems.empty()) outcome.seq = event.seq;
  return outcome;
}

ImportResult EventRecorder::Import(const User& user, std::istream& in,
                                   const ImportOptions& options) {
  if (!RoleMay(user.role, Action::kImportLedger)) {
    throw Refusal(RefusalKind::kNotAllowed, "", "Chỉ quản trị viên được nhập sổ sự kiện từ tệp");
  }
  std::lock_guard writing(writing_);
  const LongWrite importing(long_write_);
  ImportOptions as_user = options;
  as_user.recorded_by = user.login;
  ImportResult result = ImportLedger(store_, in, as_user);
  if (result.problems.empty()) {
    live_.Reset(std::move(*result.state), std::move(*result.model));
    result.state.reset();
    result.model.reset();
  }
  return result;
}

RecordOutcome EventRecorder::RecordByReplay(const User& user, const std::string& body) {
  std::istringstream in(body);
  ImportOptions options;
  options.recorded_by = user.login;
  ImportResult result = ImportLedger(store_, in, options);
  RecordOutcome outcome;
  for (io::LineProblem& problem : result.problems) outcome.problems.push_back(problem.problem);
  if (!outcome.problems.empty()) return outcome;
  live_.Reset(std::move(*result.state), std::move(*result.model));
  outcome.seq = store_.LastStored()->seq;
  outcome.replayed = true;
  return outcome;
}

}  // namespace tochuc::app
