// Dense indices for organizations and members inside one LedgerState or read
// model. Ledger codes ("X0101", "M000123") are strings; the model numbers
// them in order of first appearance so columns can be plain vectors. The
// enum classes keep an org index from being passed where a member is meant.
#pragma once

#include <cstdint>

namespace tochuc {

enum class OrgId : uint32_t {};
enum class MemberId : uint32_t {};

constexpr uint32_t Index(OrgId id) { return static_cast<uint32_t>(id); }
constexpr uint32_t Index(MemberId id) { return static_cast<uint32_t>(id); }

}  // namespace tochuc
