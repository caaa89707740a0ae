// Each subcommand registers itself on the root CLI11 app.
#pragma once

#include <CLI/CLI.hpp>

namespace tochuc::cli {

void RegisterImportCommand(CLI::App& app);
void RegisterExportCommand(CLI::App& app);
void RegisterVerifyCommand(CLI::App& app);
void RegisterReportCommand(CLI::App& app);
void RegisterMembersCommand(CLI::App& app);
void RegisterGenerateCommand(CLI::App& app);
void RegisterServeCommand(CLI::App& app);
void RegisterUserCommand(CLI::App& app);

}  // namespace tochuc::cli
