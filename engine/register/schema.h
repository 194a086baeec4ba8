// The register's schema, created and migrated by the engine. Each migration
// is applied once, in order, inside a write transaction; the versions
// applied are recorded in schema_version.
#pragma once

#include "register/db.h"

namespace vanthu::reg {

// The version this build writes.
constexpr int kSchemaVersion = 1;

// Brings the database to kSchemaVersion; returns the version found before.
// Throws vanthu::Error if the database is newer than this build.
int migrate(db::Connection& c);

}  // namespace vanthu::reg
