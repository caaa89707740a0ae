#include "generate/province_generator.h"

#include "generate/province_run.h"

namespace tochuc::generate {

void GenerateProvince(const ProvinceOptions& options,
                      const std::function<void(const Event&)>& emit) {
  ProvinceSetup setup;
  setup.members = options.members;
  setup.seed = options.seed;
  ProvinceRun run(setup, emit);
  for (Date day = setup.timeline.opening; day <= setup.timeline.closing; day = day.AddDays(1)) {
    run.Step(day);
  }
}

}  // namespace tochuc::generate
