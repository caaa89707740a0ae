// The built web UI (web/dist) served by the same server: each file by its
// path, and index.html for every other GET outside /api (the UI's own
// routes, resolved in the browser). The files are read once, at start.
#pragma once

#include <filesystem>

#include "http/router.h"

namespace tochuc::http {

// Returns false (and adds nothing) when `root` holds no index.html.
bool AddStaticFiles(Router& router, const std::filesystem::path& root);

}  // namespace tochuc::http
