#pragma once

#include "crypto/Pkcs11Signer.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

namespace omnitill::test {

// A SoftHSM2 token made for a test in its own folder (SOFTHSM2_CONF points this process there),
// with user PIN 1234 in an owner-only PIN file; pull() and putBack() take the token's folder away
// and back, as a smart card is pulled out of its reader.
class SoftHsmToken
{
public:
    static constexpr const char* kModule = "/usr/lib/softhsm/libsofthsm2.so";

    SoftHsmToken(const QString& folder, const QString& label) : m_folder(folder), m_label(label)
    {
        QDir().mkpath(tokens());
        QFile conf(m_folder + QStringLiteral("/softhsm2.conf"));
        if (!conf.open(QIODevice::WriteOnly))
            return;
        conf.write("directories.tokendir = " + tokens().toUtf8() + "\nobjectstore.backend = file\n");
        conf.close();
        qputenv("SOFTHSM2_CONF", conf.fileName().toUtf8()); // read when the module is initialised, in this process
        QProcess init;
        init.start(QStandardPaths::findExecutable(QStringLiteral("softhsm2-util")),
                   {QStringLiteral("--init-token"), QStringLiteral("--free"), QStringLiteral("--label"), label, QStringLiteral("--so-pin"),
                    QStringLiteral("87654321"), QStringLiteral("--pin"), QStringLiteral("1234")});
        m_ok = init.waitForFinished(30000) && init.exitStatus() == QProcess::NormalExit && init.exitCode() == 0;
        m_error = QString::fromUtf8(init.readAllStandardError());
        m_pinFile = pinFile("1234");
    }

    bool isReady() const { return m_ok; }
    QString error() const { return m_error; }
    QString pinFile() const { return m_pinFile; }
    Pkcs11Signer::Config config(const QString& keyLabel) const { return {QLatin1String(kModule), m_label, keyLabel, {}}; }

    // A PIN file with the given PIN and permissions.
    QString pinFile(const QByteArray& pin, QFile::Permissions permissions = QFile::ReadOwner | QFile::WriteOwner) const
    {
        QFile file(m_folder + QStringLiteral("/pin-") + QString::fromLatin1(pin.toHex()) + QString::number(int(permissions)));
        if (file.open(QIODevice::WriteOnly)) {
            file.write(pin + '\n');
            file.close();
        }
        file.setPermissions(permissions);
        return file.fileName();
    }

    bool pull() { return QDir().rename(inSlot(), m_folder + QStringLiteral("/pulled")); }
    bool putBack() { return QDir().rename(m_folder + QStringLiteral("/pulled"), m_inSlot); }

private:
    QString tokens() const { return m_folder + QStringLiteral("/tokens"); }
    QString inSlot()
    {
        const QStringList folders = QDir(tokens()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        m_inSlot = folders.size() == 1 ? QDir(tokens()).filePath(folders.first()) : QString();
        return m_inSlot;
    }

    QString m_folder;
    QString m_label;
    QString m_pinFile;
    QString m_inSlot;
    QString m_error;
    bool m_ok = false;
};

} // namespace omnitill::test
