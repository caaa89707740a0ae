#include "store/snapshot/read_model_snapshot.h"

#include <fmt/format.h>

#include <cstdio>
#include <memory>

#include "store/snapshot/binary_stream.h"
#include "store/snapshot/org_record_columns.h"
#include "store/snapshot/snapshot_file.h"

namespace tochuc {
namespace {

// Bump the version when the layout of any column changes: an old snapshot is
// then rebuilt instead of misread.
constexpr snapshot::FileKind kModelFile{0x4d52'4355'4843'4f54, 9};  // "TOCHUCRM"

}  // namespace

uint64_t HashLine(std::string_view text) {
  uint64_t hash = 0xcbf29ce484222325ull;
  for (unsigned char c : text) hash = (hash ^ c) * 0x100000001b3ull;
  return hash;
}

// Lists every column once, for writing and for reading alike.
template <typename Io, typename Model>
void SnapshotColumns(Io& io, Model& model) {
  auto& history = model.history;
  io.Column(history.established_);
  io.Column(history.ended_);
  io.Column(history.entries_);
  io.Column(history.entry_offset_);
  io.Column(history.ever_children_);
  io.Column(history.ever_children_offset_);
  auto& today = model.today;
  io.Column(today.position_);
  io.Column(today.end_);
  io.Column(today.node_at_);
  io.Column(today.aliases_);
  io.Column(model.today_order);
  io.Column(model.today_rank);
  io.Column(model.rank_at_position);
  auto& flows = model.flows;
  io.Column(flows.kinds_);
  io.Column(flows.first_);
  io.Column(flows.second_);
  io.Column(flows.days_);
  io.Column(flows.regroups_);
  io.Column(flows.chains_);
  auto& org_rows = model.org_rows;
  io.Column(org_rows.rows_);
  io.Column(org_rows.offset_);
  io.Column(org_rows.slot_of_org_);
  io.Field(org_rows.indexed_rows_);
  auto& checkpoints = model.checkpoints;
  io.Column(checkpoints.days_);
  io.Column(checkpoints.rows_);
  io.Column(checkpoints.in_block_);
  io.Column(checkpoints.block_sums_);
  io.Field(checkpoints.rank_count_);
  auto& members = model.members;
  io.Column(members.born_on_.codes_);
  io.Column(members.born_on_.far_.days_);
  io.Column(members.traits_);
  for (int f = 0; f < kCodedFieldCount; ++f) {
    io.Column(members.codes_[f]);
    io.Texts(members.dictionaries_[f]);
  }
  io.Field(members.kinh_code_);
  io.Field(members.no_religion_code_);
  io.Column(members.first_admitted_on_.codes_);
  io.Column(members.first_admitted_on_.far_.days_);
  io.Column(members.spell_begin_);
  io.Column(members.spell_end_);
  io.Field(members.live_spells_);
  io.Column(members.spell_from_.codes_);
  io.Column(members.spell_from_.far_.days_);
  io.Column(members.spell_cell_);
}

template <typename Io, typename Directory>
void SnapshotDirectory(Io& io, Directory& directory) {
  io.Text(directory.ids_);
  io.Text(directory.names_);
  io.Column(directory.id_offset_);
  io.Column(directory.name_offset_);
  io.Column(directory.by_id_);
}

namespace {

snapshot::OrgRecordColumns ToColumns(const std::vector<OrgInfo>& orgs) {
  snapshot::OrgRecordColumns columns;
  for (const OrgInfo& info : orgs) columns.Add(info);
  return columns;
}

std::vector<OrgInfo> FromColumns(const snapshot::OrgRecordColumns& columns) {
  std::vector<OrgInfo> orgs(columns.CheckedSize());
  for (size_t k = 0; k < orgs.size(); ++k) columns.CopyTo(k, orgs[k]);
  return orgs;
}

}  // namespace

std::optional<LedgerStamp> ReadModelSnapshot::StampOf(const std::filesystem::path& path) {
  return snapshot::ReadStamp(path, kModelFile);
}

std::filesystem::path ReadModelSnapshot::DirectoryPath(const std::filesystem::path& path) {
  std::filesystem::path names = path;
  names += ".names";
  return names;
}

void ReadModelSnapshot::Write(const ReadModel& model, const LedgerStamp& stamp,
                              const std::filesystem::path& path) {
  snapshot::WriteFile(DirectoryPath(path), kModelFile, stamp, [&](snapshot::BinaryWriter& out) {
    if (!model.directory.HasCorrectedNames() && model.directory.UnsortedMembers() == 0) {
      return SnapshotDirectory(out, model.directory);
    }
    MemberDirectory folded = model.directory;  // members and names recorded live, sorted in
    folded.Finish();
    SnapshotDirectory(out, folded);
  });
  snapshot::WriteFile(path, kModelFile, stamp, [&](snapshot::BinaryWriter& out) {
    ToColumns(model.orgs).Transfer(out);
    out.Value<uint8_t>(model.last_event_date.has_value());
    out.Value(model.last_event_date.value_or(Date{}));
    SnapshotColumns(out, model);
  });
}

std::optional<ReadModel> ReadModelSnapshot::Read(const std::filesystem::path& path,
                                                 const LedgerStamp& expected, bool with_directory) {
  ReadModel model;
  const bool read = snapshot::ReadFile(path, kModelFile, expected, [&](snapshot::BinaryReader& in) {
    snapshot::OrgRecordColumns orgs;
    orgs.Transfer(in);
    model.orgs = FromColumns(orgs);
    const bool has_last_date = in.Value<uint8_t>() != 0;
    const Date last_date = in.Value<Date>();
    if (has_last_date) model.last_event_date = last_date;
    SnapshotColumns(in, model);
  });
  if (!read) return std::nullopt;
  model.last_seq = expected.last_seq;  // the stamp says which lines it holds
  if (with_directory && !snapshot::ReadFile(DirectoryPath(path), kModelFile, expected,
                                            [&](snapshot::BinaryReader& in) {
                                              SnapshotDirectory(in, model.directory);
                                            })) {
    return std::nullopt;
  }
  for (uint32_t org_idx = 0; org_idx < model.orgs.size(); ++org_idx) {
    model.org_by_code.emplace(model.orgs[org_idx].code, static_cast<OrgId>(org_idx));
  }
  return model;
}

}  // namespace tochuc
