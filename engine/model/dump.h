// A reviewable text form of the model, for golden tests: one line per
// paragraph / rule / image / table row, with the properties that matter.
#pragma once

#include <string>

#include "model/document.h"

namespace vanthu::model {

std::string dump(const Document& doc);

}  // namespace vanthu::model
