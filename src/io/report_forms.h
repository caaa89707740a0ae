// The report forms' definitions: JSON files in forms/ (one per form, built
// into the binary), read into FormDefinition with every mistake named by
// its path in the file.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "domain/report_form.h"

namespace tochuc::io {

struct FormDefinitionError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Throws FormDefinitionError: "<source>: columns[1].columns[0].figure: unknown figure 'x'".
FormDefinition ParseFormDefinition(std::string_view json, std::string_view source);

// The forms built in from forms/*.json, by name (the report each fills:
// stock-flow, composition, admissions, orgs).
const FormDefinition& BuiltInForm(std::string_view name);
std::vector<std::string> BuiltInFormNames();

}  // namespace tochuc::io
