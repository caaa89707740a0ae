#include "io/report_forms.h"

#include <fmt/format.h>

#include <algorithm>
#include <boost/json.hpp>
#include <map>

#include "io/built_in_forms.h"

namespace tochuc::io {
namespace {

namespace json = boost::json;

// Reads one JSON object, naming its path in every error.
class Reader {
 public:
  Reader(std::string source, std::string path)
      : source_(std::move(source)), path_(std::move(path)) {}

  [[noreturn]] void Fail(std::string_view field, std::string_view why) const {
    std::string where = path_;
    if (!where.empty() && !field.empty()) where += '.';
    where += field;
    throw FormDefinitionError(where.empty() ? fmt::format("{}: {}", source_, why)
                                            : fmt::format("{}: {}: {}", source_, where, why));
  }

  const json::object& Object(const json::value& value, std::string_view field) const {
    if (!value.is_object()) Fail(field, "must be an object");
    return value.get_object();
  }

  std::string String(const json::object& object, std::string_view field, bool required) const {
    const json::value* value = object.if_contains(field);
    if (!value) {
      if (required) Fail(field, "is missing");
      return {};
    }
    if (!value->is_string()) Fail(field, "must be a string");
    return std::string(value->get_string());
  }

  const json::array* Array(const json::object& object, std::string_view field) const {
    const json::value* value = object.if_contains(field);
    if (!value) return nullptr;
    if (!value->is_array()) Fail(field, "must be an array");
    return &value->get_array();
  }

  void OnlyFields(const json::object& object, std::initializer_list<std::string_view> known) const {
    for (const auto& [key, value] : object) {
      if (std::find(known.begin(), known.end(), key) == known.end())
        Fail(key, "is not a field of a form definition");
    }
  }

  Reader At(std::string_view field, size_t index) const {
    return Reader(source_,
                  fmt::format("{}{}{}[{}]", path_, path_.empty() ? "" : ".", field, index));
  }

 private:
  std::string source_, path_;
};

std::vector<FormColumn> Columns(const Reader& reader, const json::array& array,
                                std::string_view field) {
  std::vector<FormColumn> out;
  for (size_t i = 0; i < array.size(); ++i) {
    const Reader at = reader.At(field, i);
    const json::object& object = at.Object(array[i], "");
    at.OnlyFields(object, {"label", "figure", "columns"});
    FormColumn column{at.String(object, "label", true), at.String(object, "figure", false), {}};
    if (const json::array* under = at.Array(object, "columns")) {
      if (!column.figure.empty()) at.Fail("figure", "a heading over columns shows no figure");
      if (under->empty()) at.Fail("columns", "is empty");
      column.columns = Columns(at, *under, "columns");
    } else if (!IsStockFlowFigure(column.figure)) {
      at.Fail("figure", column.figure.empty() ? "is missing"
                                              : fmt::format("unknown figure '{}'", column.figure));
    }
    out.push_back(std::move(column));
  }
  return out;
}

ShareKind Shares(const Reader& reader, const std::string& text) {
  if (text == "partition" || text.empty()) return ShareKind::kPartition;
  if (text == "of_total") return ShareKind::kOfTotal;
  if (text == "none") return ShareKind::kNone;
  reader.Fail("shares", fmt::format("'{}' is not partition, of_total or none", text));
}

std::vector<FormSection> Sections(const Reader& reader, const json::array& array) {
  std::vector<FormSection> out;
  for (size_t i = 0; i < array.size(); ++i) {
    const Reader at = reader.At("sections", i);
    const json::object& object = at.Object(array[i], "");
    at.OnlyFields(object, {"dimension", "label", "shares", "values"});
    FormSection section{at.String(object, "dimension", true),
                        at.String(object, "label", true),
                        Shares(at, at.String(object, "shares", false)),
                        {}};
    if (const json::array* values = at.Array(object, "values")) {
      for (size_t v = 0; v < values->size(); ++v) {
        const json::value& pair = (*values)[v];
        if (!pair.is_array() || pair.get_array().size() != 2 || !pair.get_array()[0].is_string() ||
            !pair.get_array()[1].is_string()) {
          at.At("values", v).Fail("", "must be [key, label], two strings");
        }
        section.values.emplace_back(std::string(pair.get_array()[0].get_string()),
                                    std::string(pair.get_array()[1].get_string()));
      }
    }
    out.push_back(std::move(section));
  }
  return out;
}

// Each chart's bars: figures the table shows, or a section of the breakdown.
std::vector<FormChart> Charts(const Reader& reader, const json::array& array,
                              const FormDefinition& form) {
  std::vector<FormChart> out;
  for (size_t i = 0; i < array.size(); ++i) {
    const Reader at = reader.At("charts", i);
    const json::object& object = at.Object(array[i], "");
    at.OnlyFields(object, {"title", "figures", "section"});
    FormChart chart{at.String(object, "title", true), {}, at.String(object, "section", false)};
    if (!form.columns.empty()) {
      const json::array* figures = at.Array(object, "figures");
      if (!figures || figures->empty()) at.Fail("figures", "a table form's chart needs figures");
      for (size_t f = 0; f < figures->size(); ++f) {
        const json::value& figure = (*figures)[f];
        if (!figure.is_string() || FigureLabel(form.columns, figure.get_string()).empty())
          at.At("figures", f).Fail("", "must be a figure the form's columns show");
        chart.figures.emplace_back(figure.get_string());
      }
    } else if (std::ranges::none_of(form.sections, [&](const FormSection& section) {
                 return section.dimension == chart.section;
               })) {
      at.Fail("section",
              chart.section.empty() ? "is missing" : fmt::format("no section '{}'", chart.section));
    }
    out.push_back(std::move(chart));
  }
  return out;
}

using FormsByName = std::map<std::string, FormDefinition, std::less<>>;
const FormsByName& BuiltInForms();

}  // namespace

FormDefinition ParseFormDefinition(std::string_view text, std::string_view source) {
  const Reader reader{std::string(source), ""};
  boost::system::error_code error;
  const json::value value = json::parse(text, error);
  if (error) reader.Fail("", fmt::format("not JSON: {}", error.message()));
  const json::object& object = reader.Object(value, "");
  reader.OnlyFields(object, {"name", "code", "title", "row_heading", "columns", "sections",
                             "charts", "signatures"});
  FormDefinition form;
  form.name = reader.String(object, "name", true);
  form.code = reader.String(object, "code", true);
  form.title = reader.String(object, "title", true);
  form.row_heading = reader.String(object, "row_heading", true);
  const json::array* columns = reader.Array(object, "columns");
  const json::array* sections = reader.Array(object, "sections");
  if (!columns == !sections) reader.Fail("", "needs either columns (a table) or sections");
  if (columns) form.columns = Columns(reader, *columns, "columns");
  if (sections) form.sections = Sections(reader, *sections);
  if (const json::array* charts = reader.Array(object, "charts"))
    form.charts = Charts(reader, *charts, form);
  if (const json::array* signatures = reader.Array(object, "signatures")) {
    for (size_t i = 0; i < signatures->size(); ++i) {
      const Reader at = reader.At("signatures", i);
      const json::object& signature = at.Object((*signatures)[i], "");
      at.OnlyFields(signature, {"title", "note"});
      form.signatures.push_back(
          {at.String(signature, "title", true), at.String(signature, "note", false)});
    }
  }
  return form;
}

namespace {

// Read once; a mistake in forms/*.json fails the tests that read them all.
const FormsByName& BuiltInForms() {
  static const FormsByName forms = [] {
    FormsByName out;
    for (const auto& [file, text] : BuiltInFormFiles()) {
      FormDefinition form = ParseFormDefinition(text, fmt::format("forms/{}", file));
      std::string name = form.name;
      out.emplace(std::move(name), std::move(form));
    }
    return out;
  }();
  return forms;
}

}  // namespace

const FormDefinition& BuiltInForm(std::string_view name) {
  const auto& forms = BuiltInForms();
  const auto found = forms.find(name);
  if (found == forms.end()) throw FormDefinitionError(fmt::format("no form named '{}'", name));
  return found->second;
}

std::vector<std::string> BuiltInFormNames() {
  std::vector<std::string> names;
  for (const auto& [name, form] : BuiltInForms()) names.push_back(name);
  return names;
}

}  // namespace tochuc::io
