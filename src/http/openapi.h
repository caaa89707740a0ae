// The OpenAPI 3 document of the API (openapi.json beside this file, built
// in), served at /api/v1/openapi.json and checked against the routes by
// the tests.
#pragma once

#include <string_view>

namespace tochuc::http {

std::string_view OpenApiDocument();

}  // namespace tochuc::http
