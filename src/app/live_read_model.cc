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
    : model_(std::make_unique<ReadModel>(std::move(model))),
      updater_(std::in_place, std::move(state), limits),
      limits_(limits) {
  updater_->MakeRoom(*model_);
}

Problems LiveReadModel::Record(const Event& event) { return Record(event, Commit{}); }

Problems LiveReadModel::Record(const Event& event, const Commit& commit) {
  std::lock_guard writing(writer_);
  if (behind_store_) throw std::logic_error("the live read model is behind its store: reset it");
  // Only this writer changes the model, so it may read it without the lock.
  ReadModelUpdater::Accepted accepted;
  Problems problems = updater_->Accept(event, *model_, &accepted);
  if (!problems.empty()) return problems;
  if (commit) {
    try {
      commit(updater_->state(), accepted.change);
    } catch (...) {
      behind_store_ = true;
      throw;
    }
  }
  if (ReadModelUpdater::ChangesTree(event)) {
    auto next = std::make_unique<ReadModel>(updater_->CopyForLayout(*model_));
    updater_->Record(event, accepted, *next);
    SwapIn(std::move(next));
    return {};
  }
  {
    std::lock_guard gate(turnstile_);
    std::unique_lock lock(model_lock_);
    const auto start = Clock::now();
    updater_->Record(event, accepted, *model_);
    last_timing_ = {MillisSince(start), false};
  }
  if (updater_->NeedsUpkeep(*model_)) {
    auto next = std::make_unique<ReadModel>(updater_->CopyForLayout(*model_));
    updater_->LayOut(*next);
    SwapIn(std::move(next));
  }
  if (updater_->DirectoryNeedsSort(*model_)) {
    std::lock_guard gate(turnstile_);
    std::unique_lock lock(model_lock_);  // rare: once per so many new members
    updater_->SortDirectory(*model_);
  }
  return {};
}

void LiveReadModel::Reset(LedgerState state, ReadModel model) {
  std::lock_guard writing(writer_);
  updater_.emplace(std::move(state), limits_);
  auto next = std::make_unique<ReadModel>(std::move(model));
  updater_->MakeRoom(*next);
  {
    std::lock_guard gate(turnstile_);
    std::unique_lock lock(model_lock_);
    std::swap(model_, next);
  }
  behind_store_ = false;
  next.reset();  // the old model is freed outside the lock
}

std::optional<Date> LiveReadModel::LastEventDate() const {
  std::lock_guard writing(writer_);
  return model_->last_event_date;
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
