#include <exception>
#include <iostream>

#include "cli/commands.h"

int main(int argc, char** argv) {
  CLI::App app{"tochuc: party organization records and exact membership reports"};
  app.require_subcommand(1);
  tochuc::cli::RegisterImportCommand(app);
  tochuc::cli::RegisterExportCommand(app);
  tochuc::cli::RegisterVerifyCommand(app);
  tochuc::cli::RegisterReportCommand(app);
  tochuc::cli::RegisterMembersCommand(app);
  tochuc::cli::RegisterGenerateCommand(app);
  tochuc::cli::RegisterServeCommand(app);
  tochuc::cli::RegisterUserCommand(app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  } catch (const std::exception& e) {
    std::cerr << "error: " << e.what() << '\n';
    return 3;
  }
  return 0;
}
