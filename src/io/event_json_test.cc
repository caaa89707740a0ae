#include "io/event_json.h"

#include <gtest/gtest.h>
