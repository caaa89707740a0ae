#include "generate/org_changes.h"

#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <utility>

#include "generate/unit_names.h"

namespace tochuc::generate {
namespace {

// Changes a year at 75,000 members, scaled with the province; at least
// kMinPerYear whatever its size, so that small provinces see each kind.
constexpr double kNewCellsPerYear = 8;
constexpr double kRenamesPerYear = 8;
constexpr double kMovesPerYear = 1.5;
constexpr double kDissolutionsPerYear = 3;
constexpr double kHamletMergersPerYear = 30;  // only in the merger years
constexpr double kMinPerYear = 0.35;
constexpr int kHamletMergerFirstYear = 2019;
constexpr int kHamletMergerLastYear = 2020;
// Cells this small are the ones dissolved into a sibling.
constexpr size_t kMaxMembersOfDissolvedCell = 8;
// A new cell does not take the last members of a small one.
constexpr size_t kMinMembersLeftBehind = 3;
constexpr int kTries = 40;

constexpr std::string_view kHamletWords[] = {"tổ dân phố", "khu phố", "thôn", "ấp", "bản"};
constexpr std::string_view kCellPrefix = "Chi bộ ";

// Renamings that happen to units: state companies equitized, private ones
// changing form, schools and centres merged with another.
constexpr std::pair<std::string_view, std::string_view> kRenamings[] = {
    {"Công ty TNHH MTV ", "Công ty Cổ phần "},
    {"Công ty TNHH ", "Công ty Cổ phần "},
    {"Trường Tiểu học ", "Trường Tiểu học và THCS "},
    {"Trung tâm Văn hóa - Thể thao ", "Trung tâm Văn hóa, Thông tin và Thể thao "},
    {"Hợp tác xã Nông nghiệp ", "Hợp tác xã Dịch vụ nông nghiệp "},
    {"Phòng Kinh tế - Hạ tầng ", "Phòng Kinh tế, Hạ tầng và Đô thị "},
};

bool EndsWithNumber(std::string_view name) {
  return !name.empty() && name.back() >= '0' && name.back() <= '9';
}

std::optional<std::string> RenamedUnit(std::string_view name) {
  for (const auto& [from, to] : kRenamings) {
    const size_t at = name.find(from);
    if (at == std::string_view::npos || name.find(to) != std::string_view::npos) continue;
    std::string renamed(name);
    renamed.replace(at, from.size(), to);
    return renamed;
  }
  return std::nullopt;
}

bool IsCell(OrgKind kind) {
  return kind == OrgKind::kGrassrootsCell || kind == OrgKind::kSubordinateCell;
}

}  // namespace

OrgChanges::OrgChanges(Random& rng, LedgerWriter& writer, ActionQueue& queue, double scale,
                       std::string hamlet_word, std::string urban_block_word)
    : rng_(rng),
      writer_(writer),
      queue_(queue),
      scale_(scale),
      hamlet_word_(std::move(hamlet_word)),
      urban_block_word_(std::move(urban_block_word)) {}

void OrgChanges::PlanMonth(Date first_day, Date not_before) {
  auto plan = [&](Pacer& pacer, double per_year, ActionKind kind) {
    const double expected = std::max(kMinPerYear, per_year * scale_) / 12;
    for (int count = pacer.Take(expected); count > 0; --count) {
      queue_.Push(RandomDayOfMonth(rng_, first_day, not_before), kind);
    }
  };
  plan(new_cells_, kNewCellsPerYear, ActionKind::kNewCell);
  plan(renames_, kRenamesPerYear, ActionKind::kRenameOrg);
  plan(moves_, kMovesPerYear, ActionKind::kMoveCell);
  plan(dissolutions_, kDissolutionsPerYear, ActionKind::kDissolveCell);
  if (first_day.year() >= kHamletMergerFirstYear && first_day.year() <= kHamletMergerLastYear) {
    plan(hamlet_mergers_, kHamletMergersPerYear, ActionKind::kMergeHamlets);
  }
}

void OrgChanges::Execute(const Action& action) {
  switch (action.kind) {
    case ActionKind::kNewCell: NewCell(action.day); break;
    case ActionKind::kRenameOrg: RenameOrg(action.day); break;
    case ActionKind::kMoveCell: MoveCell(action.day); break;
    case ActionKind::kDissolveCell: DissolveCell(action.day); break;
    case ActionKind::kMergeHamlets: MergeHamlets(action.day); break;
    default: break;
  }
}

// --- Finding orgs.

OrgIdx OrgChanges::FindHolding(OrgRole role) {
  const ProvinceState& state = writer_.state();
  if (state.holding_orgs().empty()) return kNoOrg;
  for (int attempt = 0; attempt < kTries; ++attempt) {
    const OrgIdx org = rng_.Pick(state.holding_orgs());
    if (state.org(org).role == role) return org;
  }
  return kNoOrg;
}

OrgIdx OrgChanges::FindCommune() {
  const OrgIdx hamlet = FindHolding(OrgRole::kHamlet);
  return hamlet == kNoOrg ? kNoOrg : writer_.state().org(hamlet).parent;
}

OrgIdx OrgChanges::EnterpriseParent() {
  const ProvinceState& state = writer_.state();
  std::vector<OrgIdx> districts;
  OrgIdx enterprise_bloc = kNoOrg;
  for (OrgIdx upper : state.org(state.root()).children) {
    const OrgRecord& record = state.org(upper);
    if (record.role == OrgRole::kDistrict) districts.push_back(upper);
    if (record.role == OrgRole::kBloc && record.name.find("Doanh nghiệp") != std::string::npos) {
      enterprise_bloc = upper;
    }
  }
  if (enterprise_bloc != kNoOrg && rng_.Chance(0.3)) return enterprise_bloc;
  return districts.empty() ? state.root() : rng_.Pick(districts);
}

std::string OrgChanges::HamletWordOf(OrgIdx commune) const {
  const ProvinceState& state = writer_.state();
  for (OrgIdx child : state.org(commune).children) {
    if (state.org(child).role != OrgRole::kHamlet) continue;
    const std::string_view name =
        std::string_view(state.org(child).name).substr(kCellPrefix.size());
    for (std::string_view word : kHamletWords) {
      if (name.starts_with(word)) return std::string(word);
    }
  }
  return state.org(commune).sector == "xa" ? hamlet_word_ : urban_block_word_;
}

// --- New cells.

void OrgChanges::NewCell(Date day) {
  const OrgIdx cell = rng_.Chance(0.5) ? NewCommuneCell(day) : NewEnterpriseCell(day);
  if (cell != kNoOrg) StaffNewCell(day, cell, rng_.Int(3, 8));
}

OrgIdx OrgChanges::NewCommuneCell(Date day) {
  const OrgIdx commune = FindCommune();
  if (commune == kNoOrg) return kNoOrg;
  ProvinceState& state = writer_.state();
  OrgRecord cell;
  cell.kind = OrgKind::kSubordinateCell;
  cell.parent = commune;
  cell.district = state.org(commune).district;
  cell.code = state.codes().Child('C', state.org(commune).code);
  const std::string kindergarten = "Chi bộ Trường Mầm non " + state.org(commune).place;
  const auto& siblings = state.org(commune).children;
  const bool has_kindergarten = std::any_of(siblings.begin(), siblings.end(), [&](OrgIdx child) {
    return state.org(child).name == kindergarten;
  });
  if (!has_kindergarten && rng_.Chance(0.4)) {
    cell.name = kindergarten;
    cell.sector = "su_nghiep";
    cell.role = OrgRole::kUnitCell;
  } else {  // a hamlet split off, or a new residential area
    cell.name = fmt::format("Chi bộ {} {}", HamletWordOf(commune), state.places().Next(rng_));
    cell.sector = state.org(commune).sector;
    cell.role = OrgRole::kHamlet;
  }
  std::string doc = writer_.OrgDecisionUnder(day, commune);
  return writer_.Establish(day, std::move(cell), std::move(doc));
}

OrgIdx OrgChanges::NewEnterpriseCell(Date day) {
  const OrgIdx parent = EnterpriseParent();
  ProvinceState& state = writer_.state();
  const std::string place = state.places().Next(rng_);
  OrgRecord cell;
  cell.kind = OrgKind::kGrassrootsCell;
  cell.parent = parent;
  cell.district = state.org(parent).district;
  cell.code = state.codes().Child('D', state.org(parent).code);
  cell.name = "Chi bộ " + FillName(rng_.Pick(ExtraEnterpriseCells()).name, {"", place, ""});
  cell.sector = "dn_ngoai_nha_nuoc";
  cell.role = OrgRole::kUnitCell;
  std::string doc = writer_.OrgDecisionUnder(day, parent);
  return writer_.Establish(day, std::move(cell), std::move(doc));
}

void OrgChanges::StaffNewCell(Date day, OrgIdx cell, int count) {
  const ProvinceState& state = writer_.state();
  std::vector<OrgIdx> sources;
  for (OrgIdx sibling : state.org(state.org(cell).parent).children) {
    if (sibling != cell && HoldsMembers(state.org(sibling).kind) &&
        state.org(sibling).members.size() > kMinMembersLeftBehind) {
      sources.push_back(sibling);
    }
  }
  for (int moved = 0; moved < count; ++moved) {
    MemberIdx member = 0;
    if (!sources.empty()) {
      const OrgIdx source = rng_.Pick(sources);
      if (state.org(source).members.size() <= kMinMembersLeftBehind) continue;
      member = rng_.Pick(state.org(source).members);
    } else {
      if (state.active().empty()) return;
      member = rng_.Pick(state.active());
      if (state.org(state.member(member).org).district != state.org(cell).district) continue;
    }
    if (state.member(member).org != cell) writer_.Transfer(day, member, cell);
  }
}

// --- Renames, moves, dissolutions, mergers.

void OrgChanges::RenameOrg(Date day) {
  ProvinceState& state = writer_.state();
  if (state.holding_orgs().empty()) return;
  for (int attempt = 0; attempt < kTries; ++attempt) {
    const OrgIdx org = rng_.Pick(state.holding_orgs());
    const OrgRecord& record = state.org(org);
    std::optional<std::string> renamed = RenamedUnit(record.name);
    if (!renamed && record.role == OrgRole::kHamlet && EndsWithNumber(record.name)) {
      // A numbered hamlet given a name.
      renamed = fmt::format("Chi bộ {} {}", HamletWordOf(record.parent), state.places().Next(rng_));
    }
    if (!renamed) continue;
    writer_.Rename(day, org, std::move(*renamed), writer_.OrgDecision(day, org));
    return;
  }
}

// A hamlet re-assigned to the neighbouring commune of the same district.
void OrgChanges::MoveCell(Date day) {
  ProvinceState& state = writer_.state();
  for (int attempt = 0; attempt < kTries; ++attempt) {
    const OrgIdx hamlet = FindHolding(OrgRole::kHamlet);
    if (hamlet == kNoOrg) return;
    const OrgIdx commune = state.org(hamlet).parent;
    if (state.org(commune).children.size() < 4) continue;
    std::vector<OrgIdx> neighbours;
    for (OrgIdx other : state.org(state.org(commune).parent).children) {
      if (other != commune && state.org(other).role == OrgRole::kCommune &&
          state.org(other).sector == state.org(commune).sector) {
        neighbours.push_back(other);
      }
    }
    if (neighbours.empty()) continue;
    const OrgIdx target = rng_.Pick(neighbours);
    const std::string doc = writer_.OrgDecision(day, commune);
    writer_.Move(day, hamlet, target, doc);
    // Its name may already be taken in the new commune ("thôn 3").
    const auto& siblings = state.org(target).children;
    const bool taken = std::any_of(siblings.begin(), siblings.end(), [&](OrgIdx other) {
      return other != hamlet && state.org(other).name == state.org(hamlet).name;
    });
    if (taken) {
      writer_.Rename(day, hamlet,
                     fmt::format("Chi bộ {} {}", HamletWordOf(target), state.places().Next(rng_)),
                     doc);
    }
    return;
  }
}

// A small cell dissolved after its members moved to a sibling cell.
void OrgChanges::DissolveCell(Date day) {
  const ProvinceState& state = writer_.state();
  if (state.holding_orgs().empty()) return;
  for (int attempt = 0; attempt < kTries; ++attempt) {
    const OrgIdx cell = rng_.Pick(state.holding_orgs());
    const OrgRecord& record = state.org(cell);
    if (!IsCell(record.kind) || !record.children.empty() ||
        record.members.size() > kMaxMembersOfDissolvedCell ||
        record.role == OrgRole::kCommuneMilitary || record.role == OrgRole::kCommunePolice ||
        record.role == OrgRole::kCommuneOffice) {
      continue;
    }
    std::vector<OrgIdx> siblings;
    for (OrgIdx other : state.org(record.parent).children) {
      if (other != cell && HoldsMembers(state.org(other).kind)) siblings.push_back(other);
    }
    if (siblings.empty()) continue;
    const OrgIdx destination = rng_.Pick(siblings);
    for (MemberIdx member : std::vector<MemberIdx>(record.members)) {
      writer_.Transfer(day, member, destination);
    }
    writer_.Dissolve(day, cell, writer_.OrgDecision(day, cell));
    return;
  }
}

// Two hamlets of a commune become one with a new name (the hamlet mergers
// of 2019-2020).
void OrgChanges::MergeHamlets(Date day) {
  ProvinceState& state = writer_.state();
  for (int attempt = 0; attempt < kTries; ++attempt) {
    const OrgIdx kept = FindHolding(OrgRole::kHamlet);
    if (kept == kNoOrg) return;
    const OrgIdx commune = state.org(kept).parent;
    std::vector<OrgIdx> others;
    for (OrgIdx child : state.org(commune).children) {
      if (child != kept && state.org(child).role == OrgRole::kHamlet) others.push_back(child);
    }
    if (others.size() < 2) continue;
    const OrgIdx merged = rng_.Pick(others);
    const std::string doc = writer_.OrgDecision(day, kept);
    const std::string word = HamletWordOf(commune);
    writer_.Merge(day, {merged}, kept, doc);
    writer_.Rename(day, kept, fmt::format("Chi bộ {} {}", word, state.places().Next(rng_)), doc);
    return;
  }
}

}  // namespace tochuc::generate
