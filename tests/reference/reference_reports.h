// Reference reports: a deliberately simple second implementation of the
// reports, straight from the words of ledger-format.md, to check the engine
// against (test-only).
//
// Every query replays the ledger from its first event with a tiny state of
// its own (member -> org, org -> parent, org alive / merged / dissolved) and
// tests subtree membership by walking the parent chain. Nothing is shared
// with the engine beyond the Event, Date and Person types and the plain
// result structs the reports return: no LedgerState, TreeNumbering,
// ReadModel or SubtreeFilter. Clarity over speed.
//
// REQUIRES (all functions): `events` is a valid ledger, one that LedgerState
// accepts in full when applied in AppliesBefore order. Thread-safe: no shared
// state.
#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "domain/admissions_report.h"
#include "domain/event.h"
#include "domain/org_count_report.h"
#include "domain/stock_flow_report.h"

namespace tochuc::reference {

enum class RefLife : uint8_t { kAlive, kMerged, kDissolved };

struct RefOrg {
  std::string parent;  // empty for a root; for a dead org, the parent it had last
  OrgKind kind = OrgKind::kGrassrootsCell;
  std::string sector;
  RefLife life = RefLife::kAlive;
  std::string merged_into;
};

struct RefMember {
  std::string org;  // for a member who left, the last org
  bool active = false;
  bool exempted = false;
  MemberStatus status = MemberStatus::kProbationary;
  Person person;  // as the events so far make it
};

// The tiny replayer: applies the events one at a time, in the order they
// take effect (date, then recording order), and can stop at the end of a day.
class Replayer {
 public:
  explicit Replayer(const std::vector<Event>& events);

  bool HasNext() const { return next_ < order_.size(); }
  // REQUIRES: HasNext().
  const Event& Peek() const { return *order_[next_]; }
  // Applies the next event. REQUIRES: HasNext().
  void Step();
  // Applies every remaining event dated on or before `day`: the state is then
  // the state at the end of `day`.
  void RunThrough(Date day);
  void RunToEnd() { RunThrough(Date::Max()); }

  const std::map<std::string, RefOrg, std::less<>>& orgs() const { return orgs_; }
  const std::map<std::string, RefMember, std::less<>>& members() const { return members_; }

  // True when `org` is `root` or lies under it now (walking up the parents).
  bool IsUnder(std::string_view org, std::string_view root) const;
  // The live children of `org` now.
  std::set<std::string> LiveChildren(std::string_view org) const;

 private:
  std::vector<const Event*> order_;
  size_t next_ = 0;
  std::map<std::string, RefOrg, std::less<>> orgs_;
  std::map<std::string, RefMember, std::less<>> members_;
};

// Today's structure (ledger-format.md): built from the state after the last
// event. An org merged away counts as the org at the end of its merge chain;
// a dissolved org stays under the parent it had.
class TodayTree {
 public:
  explicit TodayTree(const std::vector<Event>& events);
  // The org `org` counts as today: itself, or where its merges end.
  std::string Place(std::string_view org) const;
  // True when `org`'s today-place lies in the today subtree of `root`. Always
  // false when `root` itself was merged away.
  bool InSubtree(std::string_view org, std::string_view root) const;
  // Orgs whose today parent is `root` (none when `root` was merged away).
  std::set<std::string> Children(std::string_view root) const;

 private:
  Replayer final_;
};

// ledger-format.md § Stock and flow, exactly: the counts for the subtree S of
// `org` over [from, to]. An unknown org gives all zeros.
StockFlowCounts RefStockFlow(const std::vector<Event>& events, std::string_view org, Date from,
                             Date to, Structure structure);

// The children a stock-flow report must show a row for. Period structure:
// every org that was a live child of `org` at the end of the day before
// `from` or at the end of an event day inside the period (`at_day_ends`), and
// every org that was one after any event in that span (`at_any_moment`), a
// superset. Today structure: both are today's children.
struct RefChildren {
  std::set<std::string> at_day_ends;
  std::set<std::string> at_any_moment;
};
RefChildren RefChildrenInPeriod(const std::vector<Event>& events, std::string_view org, Date from,
                                Date to, Structure structure);

// Members in the subtree of `org` (the tree at the end of `day`) at the end of
// `day`, by record fields with every correction applied, even later ones.
// Dimensions: sex, status, ethnicity, religion, education, theory_level,
// youth_union, age_band ("18_30", "31_40", ..., "71_80", "over_80").
struct RefCompositionCounts {
  int64_t total = 0;
  int64_t exempted = 0;
  std::map<std::string, std::map<std::string, int64_t>> by;  // dimension -> value -> count
};
RefCompositionCounts RefComposition(const std::vector<Event>& events, std::string_view org,
                                    Date day);

// member.admitted events dated in [from, to] whose org was in the subtree of
// `org` at that moment, by the corrected records.
AdmissionsReport RefAdmissions(const std::vector<Event>& events, std::string_view org, Date from,
                               Date to);

// Orgs strictly under `org` alive at the end of `day`, by kind and sector.
OrgCountReport RefOrgCounts(const std::vector<Event>& events, std::string_view org, Date day);

}  // namespace tochuc::reference
