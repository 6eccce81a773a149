#pragma once

#include "VirtualSerialLine.h"

#include <QObject>
#include <QStringList>
#include <QTimer>

namespace omnitill::standins {

// A serial barcode scanner that reads from a script instead of labels: each line is a code to
// send (GS1 separators written as <GS>), or "wait MS". The till opens port() as its
// scanner.serial_port and cannot tell it from a real scanner.
class ScriptedScanner : public QObject
{
    Q_OBJECT
public:
    explicit ScriptedScanner(QByteArray suffix = "\r", QObject* parent = nullptr);

    bool isValid() const { return m_line.isValid(); }
    QString port() const { return m_line.port(); }
    // Plays the script from the start; lines starting with # are comments.
    void play(const QStringList& script);
    // Sends one code now.
    bool scan(const QString& code);

signals:
    void finished();

private:
    void next();

    VirtualSerialLine m_line;
    QByteArray m_suffix;
    QStringList m_script;
    QTimer m_wait;
};

} // namespace omnitill::standins
