#include "io/pdf_typesetter.h"

namespace tochuc::io::pdf {

double Typesetter::Height(const std::string& text, double width, Font font) const {
  const auto layout = Layout(text, width, font, Align::kLeft);
  int w = 0, h = 0;
  pango_layout_get_size(layout.get(), &w, &h);
  return static_cast<double>(h) / PANGO_SCALE;
}

double Typesetter::Width(const std::string& text, Font font) const {
  const auto layout = Layout(text, -1, font, Align::kLeft);
  int w = 0, h = 0;
  pango_layout_get_size(layout.get(), &w, &h);
  return static_cast<double>(w) / PANGO_SCALE;
}

void Typesetter::Draw(const std::string& text, double x, double y, double width, Font font,
                      Align align) const {
  const auto layout = Layout(text, width, font, align);
  cairo_move_to(cairo_, x, y);
  pango_cairo_show_layout(cairo_, layout.get());
}

std::unique_ptr<PangoLayout, Typesetter::LayoutDeleter> Typesetter::Layout(const std::string& text,
                                                                           double width, Font font,
                                                                           Align align) const {
  std::unique_ptr<PangoLayout, LayoutDeleter> layout(pango_cairo_create_layout(cairo_));
  PangoFontDescription* description = pango_font_description_from_string(font.description);
  pango_layout_set_font_description(layout.get(), description);
  pango_font_description_free(description);
  pango_layout_set_width(layout.get(), width < 0 ? -1 : static_cast<int>(width * PANGO_SCALE));
  pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment(layout.get(), align == Align::kLeft     ? PANGO_ALIGN_LEFT
                                           : align == Align::kCenter ? PANGO_ALIGN_CENTER
                                                                     : PANGO_ALIGN_RIGHT);
  pango_layout_set_text(layout.get(), text.c_str(), -1);
  return layout;
}

}  // namespace tochuc::io::pdf
