#include "CtlCommand.h"
#include "SyncClient.h"
#include "common/Clock.h"
#include "crypto/Signer.h"
#include "journal/JournalExport.h"
#include "journal/JournalKeyChange.h"
#include "journal/JournalVerifier.h"
#include "store/Database.h"
#include "store/StoreSettings.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSaveFile>
#include <QTimer>

namespace omnitill::ctl {

namespace {

// omnitillctl journal public-key --db FILE: the till's journal key, to be kept apart from the
// store (an auditor verifies with that copy, never with the key inside the file under test).
int publicKey(const QStringList& args)
{
    QCommandLineParser parser;
    if (!parse(parser, args, QStringLiteral("Prints the public key of the till's journal (PEM).")))
        return 2;
    Database db;
    db.open(dbPath(parser), Database::OpenMode::ReadOnly);
    const StoreSettings settings(db);
    out() << EcdsaP256Signer::publicKeyPem(QByteArray::fromBase64(settings.value(QStringLiteral("journal.public_key")).toLatin1()));
    return 0;
}

void reportUnsigned(const JournalVerification& result)
{
    if (result.unsignedEntries > 0)
        out() << "UNSIGNED " << result.unsignedEntries << " entries, the first at entry " << result.firstUnsignedSeq
              << " (the signing device failed: " << result.unsignedReason << ")" << Qt::endl;
}

struct HubCopy
{
    QByteArray publicKeyDer;
    JournalHead head;
};

// The key the till registered with its hub and every entry the hub holds, asked with the till's
// device key; nothing of the store is written.
std::optional<HubCopy> askHub(Database& db, QString* error)
{
    StoreSettings settings(db);
    SystemClock clock;
    QNetworkAccessManager network;
    SyncClient client(db, settings, clock, network);
    std::optional<HubCopy> copy;
    QEventLoop loop;
    QObject::connect(&client, &SyncClient::journalFetched, &loop,
                     [&](const QByteArray& key, qint64 headSeq, const QList<QByteArray>& hashes) {
                         copy = HubCopy{key, JournalHead{headSeq, hashes.value(headSeq - 1), hashes}};
                         loop.quit();
                     });
    QObject::connect(&client, &SyncClient::failed, &loop, [&](const QString& message) {
        *error = message;
        loop.quit();
    });
    QTimer::singleShot(0, &loop, [&] { client.fetchJournal(); });
    loop.exec();
    if (copy && copy->head.hashes.size() != copy->head.seq) {
        *error = QStringLiteral("the hub sent %1 hashes for a journal it holds up to entry %2")
                     .arg(copy->head.hashes.size())
                     .arg(copy->head.seq);
        copy.reset();
    }
    return copy;
}

// omnitillctl journal verify --db FILE (--public-key FILE [--head SEQ:HASH] | --hub)
int verify(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("public-key"), QStringLiteral("The till's journal public key (PEM), kept apart from the store."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("head"),
                      QStringLiteral("An entry seen before, as an earlier verification printed it (SEQ:HASH): it must still be there."),
                      QStringLiteral("SEQ:HASH")});
    parser.addOption(
        {QStringLiteral("hub"), QStringLiteral("Take the key and every entry the hub holds from the till's hub and compare.")});
    if (!parse(parser, args, QStringLiteral("Verifies the journal's hash chain and signatures, read-only.")))
        return 2;
    if (parser.isSet(QStringLiteral("hub"))) {
        if (parser.isSet(QStringLiteral("public-key")) || parser.isSet(QStringLiteral("head"))) {
            err() << "omnitillctl: --hub brings the key and the head; leave out --public-key and --head" << Qt::endl;
            return 2;
        }
        Database db;
        db.open(dbPath(parser), Database::OpenMode::ReadOnly);
        QString error;
        const std::optional<HubCopy> copy = askHub(db, &error);
        if (!copy) {
            err() << "omnitillctl: " << error << Qt::endl;
            return 1;
        }
        const JournalVerification result = JournalVerifier::verify(db, copy->publicKeyDer, copy->head);
        if (!result.ok) {
            out() << "BROKEN at entry " << result.firstBrokenSeq << ": " << result.reason << Qt::endl;
            return 1;
        }
        out() << "OK " << result.entriesChecked << " entries, head " << result.headSeq << ":" << result.headHash.toHex()
              << ", the hub holds up to entry " << copy->head.seq << Qt::endl;
        reportUnsigned(result);
        return 0;
    }
    if (!parser.isSet(QStringLiteral("public-key"))) {
        err() << "omnitillctl: journal verify needs --public-key FILE or --hub: the key inside the store proves nothing about the store"
              << Qt::endl;
        return 2;
    }
    QFile keyFile(parser.value(QStringLiteral("public-key")));
    const QByteArray publicKey = keyFile.open(QIODevice::ReadOnly) ? EcdsaP256Signer::publicKeyDerFromPem(keyFile.readAll()) : QByteArray();
    if (publicKey.isEmpty()) {
        err() << "omnitillctl: " << keyFile.fileName() << " holds no P-256 public key (PEM)" << Qt::endl;
        return 2;
    }
    std::optional<JournalHead> known;
    if (parser.isSet(QStringLiteral("head"))) {
        const QStringList parts = parser.value(QStringLiteral("head")).split(QLatin1Char(':'));
        bool number = false;
        const qint64 seq = parts.value(0).toLongLong(&number);
        const QByteArray hash = QByteArray::fromHex(parts.value(1).toLatin1());
        if (parts.size() != 2 || !number || seq <= 0 || hash.size() != 32) {
            err() << "omnitillctl: --head is SEQ:HASH, as verify printed it (a number, a colon, 64 hex digits)" << Qt::endl;
            return 2;
        }
        known = JournalHead{seq, hash, {}};
    }
    Database db;
    db.open(dbPath(parser), Database::OpenMode::ReadOnly);
    const JournalVerification result = JournalVerifier::verify(db, publicKey, known);
    if (!result.ok) {
        out() << "BROKEN at entry " << result.firstBrokenSeq << ": " << result.reason << Qt::endl;
        return 1;
    }
    out() << "OK " << result.entriesChecked << " entries, head " << result.headSeq << ":" << result.headHash.toHex() << Qt::endl;
    reportUnsigned(result);
    return 0;
}

// omnitillctl journal export --db FILE --from DATE --to DATE --out FILE
int exportPeriod(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("from"), QStringLiteral("First day (YYYY-MM-DD, the store's time zone)."), QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("to"), QStringLiteral("Last day (YYYY-MM-DD)."), QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("The export file to write (JSON)."), QStringLiteral("FILE")});
    if (!parse(parser, args, QStringLiteral("Exports the journal and the sales of a period for an auditor, read-only.")))
        return 2;
    const QDate from = QDate::fromString(parser.value(QStringLiteral("from")), Qt::ISODate);
    const QDate to = QDate::fromString(parser.value(QStringLiteral("to")), Qt::ISODate);
    if (!from.isValid() || !to.isValid() || to < from || !parser.isSet(QStringLiteral("out"))) {
        err() << "omnitillctl: journal export needs --from and --to (YYYY-MM-DD, from <= to) and --out FILE" << Qt::endl;
        return 2;
    }
    Database db;
    db.open(dbPath(parser), Database::OpenMode::ReadOnly);
    const StoreSettings settings(db);
    const QJsonObject exported = JournalExport::period(db, settings, from, to);
    const QByteArray data = QJsonDocument(exported).toJson(QJsonDocument::Indented);
    QSaveFile file(parser.value(QStringLiteral("out")));
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        err() << "omnitillctl: cannot write " << file.fileName() << ": " << file.errorString() << Qt::endl;
        return 1;
    }
    out() << exported.value(QStringLiteral("entries")).toArray().size() << " entries, "
          << exported.value(QStringLiteral("sales")).toArray().size() << " sales" << Qt::endl;
    return 0;
}

// omnitillctl journal use-token --db FILE --module SO --token LABEL --key LABEL --pin-file FILE [--generate]
int useToken(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("module"), QStringLiteral("The token's PKCS#11 module (a .so file)."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("token"), QStringLiteral("The token's label."), QStringLiteral("LABEL")});
    parser.addOption(
        {QStringLiteral("key"), QStringLiteral("The key pair's label on the token."), QStringLiteral("LABEL"), QStringLiteral("journal")});
    parser.addOption(
        {QStringLiteral("pin-file"), QStringLiteral("A file holding the user PIN, owner-only (chmod 600)."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("generate"), QStringLiteral("Create the key pair on the token when it holds none by that label.")});
    if (!parse(parser, args,
               QStringLiteral("Moves the journal's key onto a PKCS#11 token; the change is journaled. Run with the till closed.")))
        return 2;
    if (!parser.isSet(QStringLiteral("module")) || !parser.isSet(QStringLiteral("token")) || !parser.isSet(QStringLiteral("pin-file"))) {
        err() << "omnitillctl: journal use-token needs --module, --token and --pin-file" << Qt::endl;
        return 2;
    }
    Database db;
    db.open(dbPath(parser));
    StoreSettings settings(db);
    SystemClock clock;
    const JournalEntry entry = JournalKeyChange::toToken(
        db, settings, clock,
        {parser.value(QStringLiteral("module")), parser.value(QStringLiteral("token")), parser.value(QStringLiteral("key")), {}},
        parser.value(QStringLiteral("pin-file")), parser.isSet(QStringLiteral("generate")));
    out() << "journal key changed at entry " << entry.seq << " to key " << entry.reference << " on "
          << parser.value(QStringLiteral("token")) << Qt::endl;
    return 0;
}

} // namespace

int journal(const QStringList& args)
{
    QStringList rest = args;
    const QString action = rest.value(1);
    if (rest.size() > 1)
        rest.removeAt(1);
    if (action == QLatin1String("verify"))
        return verify(rest);
    if (action == QLatin1String("public-key"))
        return publicKey(rest);
    if (action == QLatin1String("export"))
        return exportPeriod(rest);
    if (action == QLatin1String("use-token"))
        return useToken(rest);
    err() << "usage: omnitillctl journal verify --db FILE (--public-key FILE [--head SEQ:HASH] | --hub)\n"
             "       omnitillctl journal public-key --db FILE\n"
             "       omnitillctl journal export --db FILE --from YYYY-MM-DD --to YYYY-MM-DD --out FILE\n"
             "       omnitillctl journal use-token --db FILE --module SO --token LABEL [--key LABEL] --pin-file FILE [--generate]"
          << Qt::endl;
    return 2;
}

} // namespace omnitill::ctl
