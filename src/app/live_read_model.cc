#include "app/live_read_model.h"

#include <chrono>

namespace tochuc::app {
namespace {

using Clock = std::chrono::steady_clock;

double MillisSince(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

}  // namespace

LiveReadModel::LiveReadModel(LedgerState state, ReadModel model, UpdateLimits limits)
    : model_(std::make_unique<ReadModel>(std::move(model))), updater_(std::move(state), limits) {
  updater_.MakeRoom(*model_);
}

Problems LiveReadModel::Record(const Event& event) {
  std::lock_guard writing(writer_);
  if (ReadModelUpdater::ChangesTree(event)) {
    // Only this writer changes the model, so it may copy it while readers
    // read it.
    auto next = std::make_unique<ReadModel>(updater_.CopyForLayout(*model_));
    Problems problems = updater_.Apply(event, *next);
    if (problems.empty()) SwapIn(std::move(next));
    return problems;
  }
  Problems problems;
  {
    std::lock_guard gate(turnstile_);
    std::unique_lock lock(model_lock_);
    const auto start = Clock::now();
    problems = updater_.Apply(event, *model_);
    last_timing_ = {MillisSince(start), false};
  }
  if (!problems.empty()) return problems;
  if (updater_.NeedsUpkeep(*model_)) {
    auto next = std::make_unique<ReadModel>(updater_.CopyForLayout(*model_));
    updater_.LayOut(*next);
    SwapIn(std::move(next));
  }
  if (updater_.DirectoryNeedsSort(*model_)) {
    std::lock_guard gate(turnstile_);
    std::unique_lock lock(model_lock_);  // rare: once per so many new members
    updater_.SortDirectory(*model_);
  }
  return problems;
}

void LiveReadModel::SwapIn(std::unique_ptr<ReadModel> next) {
  {
    std::lock_guard gate(turnstile_);
    std::unique_lock lock(model_lock_);
    const auto start = Clock::now();
    next->directory = std::move(model_->directory);  // a layout leaves it as it is
    std::swap(model_, next);
    last_timing_ = {MillisSince(start), true};
  }
  next.reset();  // the old model is freed outside the lock
}

}  // namespace tochuc::app
