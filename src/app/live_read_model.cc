#include "app/live_read_model.h"

#include <chrono>

namespace tochuc::app {
namespace {

using Clock = std::chrono::steady_clock;

double MillisSince(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

}  // namespace

LiveReadModel::LiveReadModel(LedgerState state, ReadModel model)
    : model_(std::make_unique<ReadModel>(std::move(model))), updater_(std::move(state)) {
  updater_.MakeRoom(*model_);
}

Problems LiveReadModel::Record(const Event& event) {
  std::lock_guard writing(writer_);
  if (!updater_.NeedsLayout(*model_, event)) {
    std::unique_lock lock(model_lock_);
    const auto start = Clock::now();
    Problems problems = updater_.Apply(event, *model_);
    last_timing_ = {MillisSince(start), false};
    return problems;
  }
  // Only this writer changes the model, so it may copy it while readers
  // read it.
  auto next = std::make_unique<ReadModel>(*model_);
  Problems problems = updater_.Apply(event, *next);
  if (!problems.empty()) return problems;
  {
    std::unique_lock lock(model_lock_);
    const auto start = Clock::now();
    std::swap(model_, next);
    last_timing_ = {MillisSince(start), true};
  }
  return problems;  // the old model is freed here, outside the lock
}

}  // namespace tochuc::app
