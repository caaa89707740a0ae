#include <fmt/format.h>

#include <boost/json/serialize.hpp>
#include <fstream>
#include <iostream>

#include "cli/commands.h"
#include "cli/common.h"
#include "generate/national_generator.h"
#include "generate/province_generator.h"
#include "io/event_json.h"

namespace tochuc::cli {

void RegisterGenerateCommand(CLI::App& app) {
  struct Args {
    std::string scale = "province";
    int64_t members = 75'000;
    uint64_t seed = 1;
    std::string out;
  };
  auto args = std::make_shared<Args>();
  CLI::App* command = app.add_subcommand(
      "generate", "Write a realistic, deterministic ledger of a province or a nation (synthetic)");
  command
      ->add_option("--scale", args->scale,
                   "province: one province; small: 3 provinces, two of which merge in 2025; "
                   "national: the 63 provinces, 34 after 2025")
      ->check(CLI::IsMember({"province", "small", "national"}))
      ->capture_default_str();
  CLI::Option* members =
      command
          ->add_option("--members", args->members,
                       "Members at the end, roughly (small and national: of the whole nation; "
                       "50,000 and 5.5 million unless given)")
          ->check(CLI::Range(int64_t{1}, int64_t{10'000'000}))
          ->capture_default_str();
  command->add_option("--seed", args->seed, "Same seed, same ledger")->capture_default_str();
  command->add_option("-o,--output", args->out, "Ledger file to write")->required();
  command->callback([args, members] {
    const std::string partial = args->out + ".partial";
    std::ofstream out(partial, std::ios::binary | std::ios::trunc);
    if (!out) Fail("cannot write '" + partial + "'");
    size_t lines = 0;
    auto write = [&](const Event& event) {
      out << boost::json::serialize(io::EventToJson(event)) << '\n';
      if (++lines % 500'000 == 0) std::cerr << fmt::format("{} events written\n", lines);
    };
    if (args->scale == "province") {
      generate::GenerateProvince({args->members, args->seed}, write);
    } else {
      // Without --members a nation has its own default size.
      generate::GenerateNation(
          {args->scale == "small" ? generate::NationSize::kSmall : generate::NationSize::kFull,
           members->count() > 0 ? args->members : 0, args->seed},
          write);
    }
    out.close();
    if (!out || std::rename(partial.c_str(), args->out.c_str()) != 0) {
      std::remove(partial.c_str());
      Fail("cannot write '" + args->out + "'", kExitRefused);
    }
    std::cerr << fmt::format("wrote {} events to {}\n", lines, args->out);
  });
}

}  // namespace tochuc::cli
