#pragma once

#include "CommandLine.h"

namespace omnitill::devices {

// Each command parses its own options and returns the process exit code.
int settings(const QString& action, const QStringList& args);
int queue(const QStringList& args);
int print(const QStringList& args);
int receipt(const QStringList& args);

using cli::dbPath;
using cli::err;
using cli::out;
using cli::parse;

} // namespace omnitill::devices
