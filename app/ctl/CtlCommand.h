#pragma once

#include "CommandLine.h"

namespace omnitill::ctl {

// Each command parses its own options and returns the process exit code.
int demo(const QStringList& args);
int demoHub(const QStringList& args);
int sell(const QStringList& args);
int simulate(const QStringList& args);
int journal(const QStringList& args);
int enroll(const QStringList& args);
int sync(const QStringList& args);
int recover(const QStringList& args);

using cli::dbPath;
using cli::err;
using cli::out;
using cli::parse;

} // namespace omnitill::ctl
