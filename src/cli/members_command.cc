#include <boost/json.hpp>
#include <iostream>

#include "app/list_members.h"
#include "cli/commands.h"
#include "cli/common.h"
#include "cli/table.h"

namespace tochuc::cli {

void RegisterMembersCommand(CLI::App& app) {
  struct Args {
    std::string db, org, on, format = "table";
    std::optional<std::string> search;
  };
  auto args = std::make_shared<Args>();
  CLI::App* command =
      app.add_subcommand("members", "Members of a unit's subtree in Vietnamese alphabetical order");
  command->add_option("--db", args->db, "SQLite database file")
      ->required()
      ->check(CLI::ExistingFile);
  command->add_option("--org", args->org, "Code of the unit")->required();
  command->add_option("--search", args->search,
                      "Part of the name; case and diacritics are ignored");
  command->add_option("--on", args->on, "The day, YYYY-MM-DD (default: the latest)");
  AddFormatOption(*command, args->format);
  command->callback([args] {
    const auto [model, org] = LoadUnit(args->db, args->org, /*with_directory=*/true);
    const Date day = args->on.empty() ? LatestDay(model) : ParseDateOption("--on", args->on);
    const auto listings = app::ListMembers(model, org, day, args->search);
    if (args->format == "json") {
      boost::json::array members;
      for (const app::MemberListing& listing : listings) {
        const MemberId m = listing.member;
        members.push_back({{"member", model.directory.id(m)},
                           {"name", model.directory.name(m)},
                           {"org", model.org(listing.org).code},
                           {"status", MemberStatusName(listing.status)},
                           {"exempted", listing.exempted},
                           {"born_on", model.members.born_on(m).ToString()}});
      }
      return PrintJson(boost::json::object{{"total", listings.size()}, {"members", members}});
    }
    Table table({"member", "name", "born_on", "status", "org"});
    for (const app::MemberListing& listing : listings) {
      const MemberId m = listing.member;
      table.AddRow({std::string(model.directory.id(m)), std::string(model.directory.name(m)),
                    model.members.born_on(m).ToString(),
                    std::string(MemberStatusName(listing.status)), model.org(listing.org).code});
    }
    table.Print(std::cout);
    std::cout << listings.size() << " member(s)\n";
  });
}

}  // namespace tochuc::cli
