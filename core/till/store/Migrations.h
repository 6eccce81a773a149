#pragma once

#include <QStringList>

namespace omnitill {

// Schema migrations, one list of statements per version (index 0 = version 1). Never edit a
// released migration: add a new one and raise Database::kSchemaVersion.
QList<QStringList> migrationStatements();

} // namespace omnitill
