// The cost of signing one journal entry (DESIGN.md §7, next to the sale-completion budget):
// with the till's key file (OpenSSL in process) and with the key inside a PKCS#11 token
// (SoftHSM2, a token this benchmark creates in a temporary folder). Prints one JSON document.
#include "BenchStats.h"
#include "crypto/Pkcs11Signer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace omnitill;

namespace {

// A sale entry's canonical text is about this long.
const QByteArray kEntry =
    QByteArrayLiteral("OT1|sale|622ab237-efde-4e55-8e6a-13811a3d659b|3|S1-T1-000001|2026-12-03T14:18:52.991Z|15223|"
                      "EUR|0|6X0M9mV6N8cTg171bixO4BtQjNO2rXP7MoW9eDzoMw0=|V+IaW96ItM+qVCYLjznN32R7coFT7Sdq5lJ17S0ogkQ=");

QJsonObject measure(Signer& signer, int runs)
{
    BenchStats stats;
    QElapsedTimer timer;
    for (int i = 0; i < runs; ++i) {
        const QByteArray entry = kEntry + QByteArray::number(i);
        timer.start();
        const QByteArray signature = signer.sign(entry);
        stats.add(timer.nsecsElapsed() / 1000);
        if (i == 0 && !EcdsaP256Signer::verify(signer.publicKeyDer(), entry, signature))
            throw DomainError(QStringLiteral("bench.signature"), QStringLiteral("a signature does not verify"));
    }
    return stats.json();
}

std::unique_ptr<Pkcs11Signer> softHsmSigner(const QTemporaryDir& dir)
{
    QDir().mkpath(dir.filePath(QStringLiteral("tokens")));
    QFile conf(dir.filePath(QStringLiteral("softhsm2.conf")));
    if (!conf.open(QIODevice::WriteOnly))
        return nullptr;
    conf.write("directories.tokendir = " + dir.filePath(QStringLiteral("tokens")).toUtf8() + "\nobjectstore.backend = file\n");
    conf.close();
    qputenv("SOFTHSM2_CONF", conf.fileName().toUtf8());
    QProcess init;
    init.start(QStandardPaths::findExecutable(QStringLiteral("softhsm2-util")),
               {QStringLiteral("--init-token"), QStringLiteral("--free"), QStringLiteral("--label"), QStringLiteral("bench"),
                QStringLiteral("--so-pin"), QStringLiteral("87654321"), QStringLiteral("--pin"), QStringLiteral("1234")});
    if (!init.waitForFinished(30000) || init.exitCode() != 0)
        return nullptr;
    const Pkcs11Signer::Config config{QStringLiteral("/usr/lib/softhsm/libsofthsm2.so"), QStringLiteral("bench"), QStringLiteral("journal"),
                                      QByteArrayLiteral("1234")};
    Pkcs11Signer::generateKey(config);
    return Pkcs11Signer::open(config);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Entries signed per signer."), QStringLiteral("N"), QStringLiteral("2000")});
    parser.process(app);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    QJsonObject out{{QStringLiteral("runs"), runs}};
    try {
        const auto file = EcdsaP256Signer::generate();
        out.insert(QStringLiteral("sign_entry_key_file"), measure(*file, runs));
        QTemporaryDir dir;
        const auto token = softHsmSigner(dir);
        if (!token) {
            std::fputs("cannot create a SoftHSM2 token (softhsm2-util)\n", stderr);
            return 1;
        }
        out.insert(QStringLiteral("sign_entry_pkcs11_softhsm2"), measure(*token, runs));
    } catch (const DomainError& e) {
        std::fprintf(stderr, "%s\n", qPrintable(e.message()));
        return 1;
    }
    std::fputs(QJsonDocument(out).toJson().constData(), stdout);
    return 0;
}
