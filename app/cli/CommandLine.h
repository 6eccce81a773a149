#pragma once

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

// What the store's command-line tools share: output streams and the --db option every command takes.
namespace omnitill::cli {

QTextStream& out();
QTextStream& err();
// Parses args with the --db option added; prints errors and returns false on bad usage.
bool parse(QCommandLineParser& parser, const QStringList& args, const QString& description);
QString dbPath(const QCommandLineParser& parser);

} // namespace omnitill::cli
