// The page at "/": what a person opening the server's URL sees.
#pragma once

#include "http/router.h"

namespace tochuc::http {

void AddHomePage(Router& router);

}  // namespace tochuc::http
