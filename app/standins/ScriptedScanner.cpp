#include "ScriptedScanner.h"

namespace omnitill::standins {

ScriptedScanner::ScriptedScanner(QByteArray suffix, QObject* parent) : QObject(parent), m_suffix(std::move(suffix))
{
    m_wait.setSingleShot(true);
    connect(&m_wait, &QTimer::timeout, this, &ScriptedScanner::next);
}

bool ScriptedScanner::scan(const QString& code)
{
    QString text = code;
    text.replace(QStringLiteral("<GS>"), QString(QChar(0x1D)));
    return m_line.send(text.toUtf8() + m_suffix);
}

void ScriptedScanner::play(const QStringList& script)
{
    m_script = script;
    next();
}

void ScriptedScanner::next()
{
    while (!m_script.isEmpty()) {
        const QString line = m_script.takeFirst().trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (line.startsWith(QLatin1String("wait "))) {
            m_wait.start(line.mid(5).toInt());
            return;
        }
        scan(line);
    }
    emit finished();
}

} // namespace omnitill::standins
