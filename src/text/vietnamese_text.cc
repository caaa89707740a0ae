#include "text/vietnamese_text.h"

#include <unicode/bytestream.h>
#include <unicode/coll.h>
#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>
#include <optional>
#include <stdexcept>

namespace tochuc::text {
namespace {

icu::UnicodeString FromUtf8(std::string_view utf8) {
  return icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
}

std::string ToUtf8(const icu::UnicodeString& text) {
  std::string out;
  text.toUTF8String(out);
  return out;
}

// ICU setup failing means a broken installation, not bad input.
void Check(UErrorCode status, const char* what) {
  if (U_FAILURE(status))
    throw std::runtime_error(std::string("ICU: ") + what + ": " + u_errorName(status));
}

const icu::Transliterator& Folder() {
  thread_local std::unique_ptr<icu::Transliterator> folder = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createInstance(
        "Any-Latin; Latin-ASCII; Lower", UTRANS_FORWARD, status));
    Check(status, "transliterator");
    return t;
  }();
  return *folder;
}

const icu::Collator& VietnameseCollator() {
  thread_local std::unique_ptr<icu::Collator> collator = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Collator> c(icu::Collator::createInstance(icu::Locale("vi"), status));
    Check(status, "collator");
    return c;
  }();
  return *collator;
}

}  // namespace

std::string NormalizeNfc(std::string_view utf8) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  Check(status, "NFC");
  // Checked on the UTF-8 bytes: most ledger lines are NFC already, and
  // converting each to UTF-16 first cost more than the check itself.
  const icu::StringPiece piece(utf8.data(), static_cast<int32_t>(utf8.size()));
  if (nfc->isNormalizedUTF8(piece, status) && U_SUCCESS(status)) return std::string(utf8);
  status = U_ZERO_ERROR;
  std::string out;
  icu::StringByteSink<std::string> sink(&out, static_cast<int32_t>(utf8.size()));
  nfc->normalizeUTF8(0, piece, sink, nullptr, status);
  Check(status, "NFC normalize");
  return out;
}

namespace {

bool IsCombiningMark(char16_t c) { return c >= 0x0300 && c <= 0x036F; }

// Vietnamese text is ASCII letters, the same with marks, and Đ/đ: each
// letter read as its base (d for Đ/đ) and lowered folds as the
// transliterator folds it, in a fraction of the time (ICU's rules take
// microseconds a name). nullopt for any other character.
std::optional<std::string> QuickSearchKey(std::string_view utf8) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  Check(status, "NFD");
  const icu::UnicodeString text = FromUtf8(utf8);
  std::string out;
  out.reserve(utf8.size());
  icu::UnicodeString decomposed;
  for (int32_t i = 0; i < text.length(); i = text.moveIndex32(i, 1)) {
    const UChar32 c = text.char32At(i);
    if (c < 0x80) {
      out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
      continue;
    }
    if (c == 0x0110 || c == 0x0111) {
      out += 'd';
      continue;
    }
    // A letter with marks: an ASCII letter followed by combining marks only.
    if (!nfd->getDecomposition(c, decomposed) || decomposed.length() < 2) return std::nullopt;
    const char16_t base = decomposed[0];
    if (!((base >= u'A' && base <= u'Z') || (base >= u'a' && base <= u'z'))) return std::nullopt;
    for (int32_t k = 1; k < decomposed.length(); ++k) {
      if (!IsCombiningMark(decomposed[k])) return std::nullopt;
    }
    out += static_cast<char>(base <= u'Z' ? base - u'A' + 'a' : base);
  }
  return out;
}

}  // namespace

std::string SearchKeyTheLongWay(std::string_view utf8) {
  icu::UnicodeString text = FromUtf8(utf8);
  // Latin-ASCII maps Đ to D already; the replace keeps that true if a rule changes.
  text.findAndReplace(icu::UnicodeString(static_cast<UChar32>(0x0110)), "D");
  text.findAndReplace(icu::UnicodeString(static_cast<UChar32>(0x0111)), "d");
  Folder().transliterate(text);
  return ToUtf8(text);
}

std::string SearchKey(std::string_view utf8) {
  if (std::optional<std::string> quick = QuickSearchKey(utf8)) return *std::move(quick);
  // Text typed or pasted decomposed (a letter, then its marks) folds as
  // the same text composed.
  const std::string composed = NormalizeNfc(utf8);
  if (composed != utf8) {
    if (std::optional<std::string> quick = QuickSearchKey(composed)) return *std::move(quick);
  }
  return SearchKeyTheLongWay(composed);
}

std::string CollationKey(std::string_view utf8) {
  const icu::UnicodeString text = FromUtf8(utf8);
  const icu::Collator& collator = VietnameseCollator();
  const int32_t size = collator.getSortKey(text, nullptr, 0);
  std::string key(static_cast<size_t>(size), '\0');
  collator.getSortKey(text, reinterpret_cast<uint8_t*>(key.data()), size);
  if (!key.empty() && key.back() == '\0') key.pop_back();
  return key;
}

}  // namespace tochuc::text
