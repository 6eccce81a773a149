#include "CommandLine.h"

#include <QCoreApplication>

namespace omnitill::cli {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

bool parse(QCommandLineParser& parser, const QStringList& args, const QString& description)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"), QCoreApplication::translate("omnitillctl", "Store database file."), QStringLiteral("FILE")});
    if (!parser.parse(args)) {
        err() << parser.errorText() << Qt::endl;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return false;
    }
    if (!parser.isSet(QStringLiteral("db"))) {
        err() << QCoreApplication::translate("omnitillctl", "--db FILE is required") << Qt::endl;
        return false;
    }
    return true;
}

QString dbPath(const QCommandLineParser& parser)
{
    return parser.value(QStringLiteral("db"));
}

} // namespace omnitill::cli
