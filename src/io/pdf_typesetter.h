// Text on a PDF page: the fonts the forms use (Noto Serif, which has every
// Vietnamese letter), set and measured with pango on the page's cairo
// context. Shared by the form's table and its charts.
#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

#include <memory>
#include <string>

namespace tochuc::io::pdf {

constexpr double kA4Short = 595.28, kA4Long = 841.89;  // points

enum class Align { kLeft, kCenter, kRight };

struct Font {
  const char* description;
};
constexpr Font kBody{"Noto Serif 9"};
constexpr Font kBold{"Noto Serif Bold 9"};
constexpr Font kItalic{"Noto Serif Italic 9"};
constexpr Font kTitle{"Noto Serif Bold 13"};
constexpr Font kTop{"Noto Serif Bold 10"};
constexpr Font kTopItalic{"Noto Serif Italic 10"};

class Typesetter {
 public:
  explicit Typesetter(cairo_t* cairo) : cairo_(cairo) {}

  // The height of the text wrapped at `width`.
  double Height(const std::string& text, double width, Font font) const;
  // The width of the text on one line.
  double Width(const std::string& text, Font font) const;
  void Draw(const std::string& text, double x, double y, double width, Font font,
            Align align) const;

 private:
  struct LayoutDeleter {
    void operator()(PangoLayout* layout) const { g_object_unref(layout); }
  };
  std::unique_ptr<PangoLayout, LayoutDeleter> Layout(const std::string& text, double width,
                                                     Font font, Align align) const;

  cairo_t* cairo_;
};

}  // namespace tochuc::io::pdf
