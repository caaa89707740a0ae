#include <fmt/format.h>

#include <iostream>

#include "app/locked_reports.h"
#include "app/report_form_filling.h"
#include "cli/commands.h"
#include "cli/common.h"
#include "cli/table.h"
#include "io/form_pdf.h"
#include "io/form_xlsx.h"
#include "io/report_json.h"
#include "store/sqlite/sqlite_report_review_store.h"

namespace tochuc::cli {
namespace {

struct ReportArgs {
  std::string db, org, from, to, on, format = "table", structure = "period", xlsx, pdf;
};

// Options every report takes; returns the subcommand to add the rest to.
CLI::App* AddReport(CLI::App& parent, const std::string& name, const std::string& description,
                    ReportArgs& args) {
  CLI::App* command = parent.add_subcommand(name, description);
  command->add_option("--db", args.db, "SQLite database file")
      ->required()
      ->check(CLI::ExistingFile);
  command->add_option("--org", args.org, "Code of the unit (its whole subtree is counted)")
      ->required();
  AddFormatOption(*command, args.format);
  command->add_option(
      "--xlsx", args.xlsx,
      "Also write the report on its form (forms/" + name + ".json) as an Excel file");
  command->add_option("--pdf", args.pdf, "Also write the report on its form as a PDF (A4)");
  return command;
}

// Writes the filled form to `path` when the option gave one, and says so
// on stderr.
template <typename WriteError, typename Write>
void WriteForm(std::string_view option, const std::string& path, const FilledForm& form,
               Write write) {
  if (path.empty()) return;
  try {
    write(form, path);
  } catch (const WriteError& error) {
    Fail(fmt::format("{}: {}", option, error.what()));
  }
  std::cerr << fmt::format("wrote {} ({})\n", path, form.code);
}

void WriteForms(const ReportArgs& args, const FilledForm& form) {
  WriteForm<io::XlsxError>("--xlsx", args.xlsx, form, io::WriteFormXlsx);
  WriteForm<io::PdfError>("--pdf", args.pdf, form, io::WriteFormPdf);
}

void AddPeriod(CLI::App& command, ReportArgs& args) {
  command.add_option("--from", args.from, "First day of the period, YYYY-MM-DD")->required();
  command.add_option("--to", args.to, "Last day of the period, YYYY-MM-DD")->required();
}

std::pair<Date, Date> Period(const ReportArgs& args) {
  const Date from = ParseDateOption("--from", args.from);
  const Date to = ParseDateOption("--to", args.to);
  if (to < from) Fail("--to: the period ends before it starts");
  return {from, to};
}

std::vector<std::string> CountsCells(const ReadModel& model, const StockFlowRow& row) {
  std::vector<std::string> cells = {model.org(row.org).code, model.org(row.org).name};
  for (int64_t value : io::StockFlowValues(row.counts)) cells.push_back(GroupThousands(value));
  return cells;
}

void PrintStockFlow(const ReadModel& model, const StockFlowReport& report) {
  std::vector<std::string> header = {"org", "name"};
  header.insert(header.end(), io::kStockFlowFields.begin(), io::kStockFlowFields.end());
  Table table(header);
  for (const StockFlowRow& row : report.rows) table.AddRow(CountsCells(model, row));
  std::vector<std::string> total = CountsCells(model, report.total);
  total[0] = "total";
  table.AddRow(total);
  std::cout << fmt::format("Stock and flow of {} ({}), {} to {}, {} structure\n",
                           model.org(report.org).name, model.org(report.org).code,
                           report.from.ToString(), report.to.ToString(),
                           io::StructureName(report.structure));
  table.Print(std::cout);
}

void PrintBreakdowns(const std::vector<std::pair<std::string, Breakdown>>& breakdowns) {
  Table table({"by", "value", "members"});
  for (const auto& [dimension, counts] : breakdowns) {
    for (const auto& [value, count] : counts)
      table.AddRow({dimension, value, GroupThousands(count)});
  }
  table.Print(std::cout);
}

void RegisterStockFlow(CLI::App& report) {
  auto args = std::make_shared<ReportArgs>();
  CLI::App* command = AddReport(report, "stock-flow",
                                "Members at the start and end of a period and every flow "
                                "between, for the unit and each direct child",
                                *args);
  AddPeriod(*command, *args);
  command
      ->add_option("--structure", args->structure,
                   "Tree to count by: the tree of the period, or today's tree")
      ->check(CLI::IsMember({"period", "today"}))
      ->capture_default_str();
  command->callback([args] {
    const auto [model, org] = LoadUnit(args->db, args->org);
    const auto [from, to] = Period(*args);
    const Structure structure = args->structure == "today" ? Structure::kToday : Structure::kPeriod;
    const StockFlowReport result = ComputeStockFlow(model, org, from, to, structure);
    // What the period opens against when the unit's report before it is locked.
    store::SqliteReportReviewStore reviews(args->db);
    const std::optional<app::LockedReport> locked =
        app::LockedReportEnding(reviews, model.org(org).code, from.AddDays(-1));
    const app::LockedReport* locked_before = app::OpensAgainst(result, locked);
    const FilledForm form = app::StockFlowFormAgainst(model, result, locked_before);
    WriteForms(*args, form);
    if (args->format == "json") return PrintJson(app::StockFlowJson(model, result, locked_before));
    PrintStockFlow(model, result);
    for (const std::string& note : form.notes) std::cout << note << "\n";
  });
}

void RegisterComposition(CLI::App& report) {
  auto args = std::make_shared<ReportArgs>();
  CLI::App* command = AddReport(report, "composition",
                                "Members of the unit's subtree at the end of a day, by sex, "
                                "status, ethnicity, religion, education, age and more",
                                *args);
  command->add_option("--on", args->on, "The day, YYYY-MM-DD")->required();
  command->callback([args] {
    const auto [model, org] = LoadUnit(args->db, args->org);
    const Date on = ParseDateOption("--on", args->on);
    const CompositionReport result = ComputeComposition(model, org, on);
    WriteForms(*args, app::CompositionForm(model, org, on, result));
    if (args->format == "json") return PrintJson(io::CompositionToJson(result));
    std::cout << fmt::format("{} members ({} exempted) in {} at the end of {}\n",
                             GroupThousands(result.total), GroupThousands(result.exempted),
                             model.org(org).name, args->on);
    PrintBreakdowns(result.by);
  });
}

void RegisterAdmissions(CLI::App& report) {
  auto args = std::make_shared<ReportArgs>();
  CLI::App* command = AddReport(report, "admissions",
                                "Members admitted in the period in the unit's subtree", *args);
  AddPeriod(*command, *args);
  command->callback([args] {
    const auto [model, org] = LoadUnit(args->db, args->org);
    const auto [from, to] = Period(*args);
    const AdmissionsReport result = ComputeAdmissions(model, org, from, to);
    WriteForms(*args, app::AdmissionsForm(model, org, from, to, result));
    if (args->format == "json") return PrintJson(io::AdmissionsToJson(result));
    Table table({"admitted", "youth_union", "women", "ethnic_minority", "religious"});
    table.AddRow({GroupThousands(result.total), GroupThousands(result.youth_union),
                  GroupThousands(result.women), GroupThousands(result.ethnic_minority),
                  GroupThousands(result.religious)});
    table.Print(std::cout);
  });
}

void RegisterOrgs(CLI::App& report) {
  auto args = std::make_shared<ReportArgs>();
  CLI::App* command = AddReport(report, "orgs",
                                "Organizations under the unit alive at the end of a day, by kind "
                                "and sector",
                                *args);
  command->add_option("--on", args->on, "The day, YYYY-MM-DD")->required();
  command->callback([args] {
    const auto [model, org] = LoadUnit(args->db, args->org);
    const Date on = ParseDateOption("--on", args->on);
    const OrgCountReport result = ComputeOrgCounts(model, org, on);
    WriteForms(*args, app::OrgCountsForm(model, org, on, result));
    if (args->format == "json") return PrintJson(io::OrgCountsToJson(result));
    std::cout << fmt::format("{} organizations under {}, of which {} grassroots\n",
                             GroupThousands(result.total), model.org(org).name,
                             GroupThousands(result.grassroots));
    PrintBreakdowns({{"kind", result.by_kind}, {"sector", result.by_sector}});
  });
}

}  // namespace

void RegisterReportCommand(CLI::App& app) {
  CLI::App* report = app.add_subcommand("report", "Exact figures for a unit and a period");
  report->require_subcommand(1);
  RegisterStockFlow(*report);
  RegisterComposition(*report);
  RegisterAdmissions(*report);
  RegisterOrgs(*report);
}

}  // namespace tochuc::cli
