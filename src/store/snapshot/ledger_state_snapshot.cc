#include "store/snapshot/ledger_state_snapshot.h"

#include <string>
#include <unordered_map>
#include <vector>

#include "store/snapshot/org_record_columns.h"
#include "store/snapshot/snapshot_file.h"

namespace tochuc {
namespace {

constexpr snapshot::FileKind kStateFile{0x5453'4355'4843'4f54, 2};  // "TOCHUCST"
constexpr uint32_t kNone = UINT32_MAX;

uint32_t OrNone(std::optional<OrgId> org) { return org ? Index(*org) : kNone; }
std::optional<OrgId> FromNone(uint32_t value) {
  if (value == kNone) return std::nullopt;
  return static_cast<OrgId>(value);
}

// Offsets of `n` items into `total` (bytes or entries) read back: they start
// at 0, end at `total` and never go backwards.
void CheckOffsets(const std::vector<uint64_t>& offsets, size_t n, uint64_t total,
                  const char* what) {
  if (offsets.size() != n + 1 || offsets.front() != 0 || offsets.back() != total) {
    throw snapshot::DamagedSnapshot(std::string(what) + " does not match its offsets");
  }
  for (size_t k = 0; k < n; ++k) {
    if (offsets[k] > offsets[k + 1]) throw snapshot::DamagedSnapshot("offsets go backwards");
  }
}

// Texts as one arena and offsets: millions of member ids and names.
struct TextColumn {
  std::string arena;
  std::vector<uint64_t> offsets{0};

  void Add(std::string_view text) {
    arena.append(text);
    offsets.push_back(arena.size());
  }
  std::string At(size_t k) const { return arena.substr(offsets[k], offsets[k + 1] - offsets[k]); }
  size_t size() const { return offsets.size() - 1; }
  template <typename Io>
  void Transfer(Io& io) {
    io.Text(arena);
    io.Column(offsets);
  }
  void Check(size_t n) const { CheckOffsets(offsets, n, arena.size(), "a text column"); }
};

// Repeated texts (ethnicity, religion, education) as a dictionary and codes.
struct CodedColumn {
  std::vector<std::string> dictionary;
  std::vector<uint32_t> codes;
  std::unordered_map<std::string, uint32_t> code_of;

  void Add(const std::string& text) {
    auto [it, inserted] = code_of.try_emplace(text, static_cast<uint32_t>(dictionary.size()));
    if (inserted) dictionary.push_back(text);
    codes.push_back(it->second);
  }
  const std::string& At(size_t k) const {
    if (codes[k] >= dictionary.size()) throw snapshot::DamagedSnapshot("a code has no text");
    return dictionary[codes[k]];
  }
  template <typename Io>
  void Transfer(Io& io) {
    io.Texts(dictionary);
    io.Column(codes);
  }
};

// Lists of ids per org, flattened.
struct ListColumn {
  std::vector<uint64_t> offsets{0};
  std::vector<uint32_t> items;

  template <typename Id>
  void Add(const std::vector<Id>& list) {
    for (Id id : list) items.push_back(Index(id));
    offsets.push_back(items.size());
  }
  template <typename Id>
  std::vector<Id> At(size_t k) const {
    std::vector<Id> list;
    for (uint64_t at = offsets[k]; at < offsets[k + 1]; ++at) list.push_back(Id{items[at]});
    return list;
  }
  template <typename Io>
  void Transfer(Io& io) {
    io.Column(offsets);
    io.Column(items);
  }
  void Check(size_t n) const { CheckOffsets(offsets, n, items.size(), "a list column"); }
};

struct OrgColumns {
  snapshot::OrgRecordColumns record;  // as in the read model's snapshot
  std::vector<uint32_t> parents, merged_into;
  ListColumn children, members;

  template <typename Io>
  void Transfer(Io& io) {
    record.Transfer(io);
    io.Column(parents);
    io.Column(merged_into);
    children.Transfer(io);
    members.Transfer(io);
  }
};

struct MemberColumns {
  TextColumn ids, names;
  CodedColumn ethnicities, religions, educations;
  std::vector<Sex> sexes;
  std::vector<TheoryLevel> theory_levels;
  std::vector<uint8_t> youth_unions, exempted, has_official_on;
  std::vector<Date> born_on, admitted_on, official_on, entered_on, standing_since;
  std::vector<uint32_t> orgs, slots_in_org;
  std::vector<Standing> standings;
  std::vector<MemberStatus> statuses;

  template <typename Io>
  void Transfer(Io& io) {
    ids.Transfer(io);
    names.Transfer(io);
    ethnicities.Transfer(io);
    religions.Transfer(io);
    educations.Transfer(io);
    io.Column(sexes);
    io.Column(theory_levels);
    io.Column(youth_unions);
    io.Column(exempted);
    io.Column(has_official_on);
    io.Column(born_on);
    io.Column(admitted_on);
    io.Column(official_on);
    io.Column(entered_on);
    io.Column(standing_since);
    io.Column(orgs);
    io.Column(slots_in_org);
    io.Column(standings);
    io.Column(statuses);
  }
};

}  // namespace

// Reads and writes LedgerState's fields (it befriends this class).
class LedgerStateColumns {
 public:
  static void From(const LedgerState& state, OrgColumns& o, MemberColumns& m) {
    for (const OrgState& org : state.orgs_) {
      o.record.Add(org);
      o.parents.push_back(OrNone(org.parent));
      o.merged_into.push_back(OrNone(org.merged_into));
      o.children.Add(org.children);
      o.members.Add(org.members);
    }
    for (const MemberState& member : state.members_) {
      const Person& p = member.person;
      m.ids.Add(member.id);
      m.names.Add(p.name);
      m.ethnicities.Add(p.ethnicity);
      m.religions.Add(p.religion);
      m.educations.Add(p.education);
      m.sexes.push_back(p.sex);
      m.theory_levels.push_back(p.theory_level);
      m.youth_unions.push_back(p.youth_union);
      m.exempted.push_back(member.exempted);
      m.has_official_on.push_back(member.official_on.has_value());
      m.born_on.push_back(p.born_on);
      m.admitted_on.push_back(member.admitted_on);
      m.official_on.push_back(member.official_on.value_or(Date{}));
      m.entered_on.push_back(member.entered_on);
      m.standing_since.push_back(member.standing_since);
      m.orgs.push_back(Index(member.org));
      m.slots_in_org.push_back(static_cast<uint32_t>(member.slot_in_org));
      m.standings.push_back(member.standing);
      m.statuses.push_back(member.status);
    }
  }

  static void To(const OrgColumns& o, const MemberColumns& m, LedgerState& state) {
    const size_t orgs = o.record.CheckedSize(), members = m.ids.size();
    if (o.parents.size() != orgs || o.merged_into.size() != orgs) {
      throw snapshot::DamagedSnapshot("org columns differ in length");
    }
    o.children.Check(orgs);
    o.members.Check(orgs);
    m.ids.Check(members);
    m.names.Check(members);
    for (size_t n :
         {m.ethnicities.codes.size(), m.religions.codes.size(), m.educations.codes.size(),
          m.sexes.size(), m.theory_levels.size(), m.youth_unions.size(), m.exempted.size(),
          m.has_official_on.size(), m.born_on.size(), m.admitted_on.size(), m.official_on.size(),
          m.entered_on.size(), m.standing_since.size(), m.orgs.size(), m.slots_in_org.size(),
          m.standings.size(), m.statuses.size()}) {
      if (n != members) throw snapshot::DamagedSnapshot("member columns differ in length");
    }
    state.orgs_.resize(orgs);
    state.org_by_code_.reserve(orgs);
    for (size_t k = 0; k < orgs; ++k) {
      OrgState& org = state.orgs_[k];
      o.record.CopyTo(k, org);
      org.parent = FromNone(o.parents[k]);
      org.merged_into = FromNone(o.merged_into[k]);
      org.children = o.children.At<OrgId>(k);
      org.members = o.members.At<MemberId>(k);
      state.org_by_code_.emplace(org.code, static_cast<OrgId>(k));
    }
    state.members_.resize(members);
    state.member_by_id_.reserve(members);
    for (size_t k = 0; k < members; ++k) {
      MemberState& member = state.members_[k];
      member.id = m.ids.At(k);
      Person& p = member.person;
      p.name = m.names.At(k);
      p.ethnicity = m.ethnicities.At(k);
      p.religion = m.religions.At(k);
      p.education = m.educations.At(k);
      p.sex = m.sexes[k];
      p.theory_level = m.theory_levels[k];
      p.youth_union = m.youth_unions[k] != 0;
      p.born_on = m.born_on[k];
      member.exempted = m.exempted[k] != 0;
      if (m.has_official_on[k]) member.official_on = m.official_on[k];
      member.admitted_on = m.admitted_on[k];
      member.entered_on = m.entered_on[k];
      member.standing_since = m.standing_since[k];
      if (m.orgs[k] >= orgs) throw snapshot::DamagedSnapshot("a member's org does not exist");
      member.org = static_cast<OrgId>(m.orgs[k]);
      member.slot_in_org = m.slots_in_org[k];
      member.standing = m.standings[k];
      member.status = m.statuses[k];
      state.member_by_id_.emplace(member.id, static_cast<MemberId>(k));
    }
  }
};

void LedgerStateSnapshot::Write(const LedgerState& state, const LedgerStamp& stamp,
                                const std::filesystem::path& path) {
  OrgColumns orgs;
  MemberColumns members;
  LedgerStateColumns::From(state, orgs, members);
  snapshot::WriteFile(path, kStateFile, stamp, [&](snapshot::BinaryWriter& out) {
    orgs.Transfer(out);
    members.Transfer(out);
  });
}

std::optional<LedgerState> LedgerStateSnapshot::Read(const std::filesystem::path& path,
                                                     const LedgerStamp& expected,
                                                     const RuleBook& rules) {
  OrgColumns orgs;
  MemberColumns members;
  LedgerState state(rules);
  const bool read = snapshot::ReadFile(path, kStateFile, expected, [&](snapshot::BinaryReader& in) {
    orgs.Transfer(in);
    members.Transfer(in);
    LedgerStateColumns::To(orgs, members, state);
  });
  if (!read) return std::nullopt;
  return state;
}

std::filesystem::path LedgerStateSnapshot::PathBeside(const std::filesystem::path& model_path) {
  std::filesystem::path path = model_path;
  path += ".state";
  return path;
}

}  // namespace tochuc
