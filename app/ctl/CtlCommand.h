#pragma once

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

namespace omnitill::ctl {

// Each command parses its own options and returns the process exit code.
int demo(const QStringList& args);
int demoHub(const QStringList& args);
int sell(const QStringList& args);
int simulate(const QStringList& args);
int journal(const QStringList& args);
int receipt(const QStringList& args);
int enroll(const QStringList& args);
int sync(const QStringList& args);
int devices(const QStringList& args);
int recover(const QStringList& args);

QTextStream& out();
QTextStream& err();
// Parses args with the --db option added; prints errors and returns false on bad usage.
bool parse(QCommandLineParser& parser, const QStringList& args, const QString& description);
QString dbPath(const QCommandLineParser& parser);

} // namespace omnitill::ctl
