#include "generate/member_hazards.h"

namespace tochuc::generate {
namespace {

double DeathOdds(int age) {
  if (age < 40) return 0.0008;
  if (age < 50) return 0.002;
  if (age < 60) return 0.004;
  if (age < 70) return 0.009;
  if (age < 80) return 0.02;
  if (age < 90) return 0.055;
  return 0.13;
}

// Members are exempted from activities when old (from 70 on request) or ill.
double ExemptionOdds(int age) {
  if (age < 55) return 0.0005;
  if (age < 65) return 0.002;
  if (age < 70) return 0.01;
  if (age < 75) return 0.04;
  if (age < 80) return 0.08;
  return 0.15;
}

double RemovalOdds(int age, MemberStatus status) {
  if (status == MemberStatus::kProbationary) return 0.006;
  if (age < 35) return 0.004;
  if (age < 60) return 0.002;
  return 0.0008;
}

double TransferOutOdds(int age) {
  if (age < 30) return 0.012;
  if (age < 45) return 0.008;
  if (age < 60) return 0.004;
  return 0.0015;
}

double TransferOdds(int age) {
  if (age < 40) return 0.03;
  if (age < 60) return 0.02;
  return 0.008;
}

constexpr double kExpulsionOdds = 0.00025;
constexpr double kCorrectionOdds = 0.0015;
// An exemption for illness usually ends; one for old age rarely does.
constexpr double kIllnessRecoveryOdds = 0.08;
constexpr double kOldAgeReturnOdds = 0.002;
constexpr int kOldAge = 70;

}  // namespace

YearlyOdds OddsFor(const MemberRecord& member, int age) {
  YearlyOdds odds;
  odds.die = DeathOdds(age);
  if (member.exempted) {
    odds.end_exemption = age < kOldAge ? kIllnessRecoveryOdds : kOldAgeReturnOdds;
    odds.transfer = 0.002;
  } else {
    odds.exempt = ExemptionOdds(age);
    odds.transfer = TransferOdds(age);
  }
  odds.remove = RemovalOdds(age, member.status);
  odds.expel = kExpulsionOdds;
  odds.transfer_out = TransferOutOdds(age);
  odds.correct = kCorrectionOdds;
  return odds;
}

}  // namespace tochuc::generate
