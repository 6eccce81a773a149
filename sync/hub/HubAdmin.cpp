#include "HubAdmin.h"

#include "HubCsv.h"
#include "HubIntegrator.h"
#include "HubLoyalty.h"
#include "HubOffers.h"
#include "HubService.h"
#include "QrPng.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace omnitill::hub {

void HubAdmin::print(const QJsonValue& value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    std::fputs(doc.toJson(QJsonDocument::Indented).constData(), m_out);
}

QList<HubAdmin::Command> HubAdmin::commands()
{
    const auto value = [](const QCommandLineParser& p, const char* name) { return p.value(QLatin1String(name)); };
    return {
        {"create-store", "--id ID --name NAME",
         [=, this](const QCommandLineParser& p) {
             m_service.createStore(value(p, "id"), value(p, "name"));
             print(QJsonObject{{QStringLiteral("store_id"), value(p, "id")}});
             return 0;
         }},
        {"enroll-token", "--store ID --till CODE [--qr FILE]", [this](const QCommandLineParser& p) { return enrollToken(p); }},
        {"devices", "",
         [this](const QCommandLineParser&) {
             print(m_service.devices());
             return 0;
         }},
        {"revoke", "--device ID",
         [=, this](const QCommandLineParser& p) {
             m_service.revoke(value(p, "device"));
             return 0;
         }},
        {"journal", "--device ID",
         [=, this](const QCommandLineParser& p) {
             print(m_service.journal().anchor(value(p, "device")));
             return 0;
         }},
        {"journal-export", "--device ID --from YYYY-MM-DD --to YYYY-MM-DD --out FILE",
         [=, this](const QCommandLineParser& p) { return journalExport(p); }},
        {"journal-keys", "",
         [this](const QCommandLineParser&) {
             print(m_service.journal().keys());
             return 0;
         }},
        {"verify-receipt", "CHECK-CODE",
         [this](const QCommandLineParser& p) {
             const QJsonObject answer = m_service.journal().verifyReceipt(p.positionalArguments().join(QLatin1Char(' ')));
             print(answer);
             return answer.value(QStringLiteral("genuine")).toBool() ? 0 : 1;
         }},
        {"conflicts", "[--status open|resolved]",
         [=, this](const QCommandLineParser& p) {
             print(m_service.conflicts(value(p, "status")));
             return 0;
         }},
        {"resolve", "--conflict ID --resolution TEXT",
         [=, this](const QCommandLineParser& p) {
             m_service.resolveConflict(value(p, "conflict"), value(p, "resolution"));
             return 0;
         }},
        {"import", "--file data.json|catalog.csv", [=, this](const QCommandLineParser& p) { return importFile(value(p, "file")); }},
        {"api-key", "--name NAME --scopes LIST | --list | --set-scopes ID --scopes LIST | --revoke ID",
         [=, this](const QCommandLineParser& p) {
             HubIntegrator& integrator = m_service.integrator();
             if (p.isSet(QStringLiteral("revoke")))
                 integrator.revokeApiKey(value(p, "revoke"));
             else if (p.isSet(QStringLiteral("list")))
                 print(integrator.apiKeys());
             else if (p.isSet(QStringLiteral("set-scopes")))
                 integrator.setApiKeyScopes(value(p, "set-scopes"), value(p, "scopes").split(u','));
             else
                 print(integrator.createApiKey(value(p, "name"), value(p, "scopes").split(u',')));
             return 0;
         }},
        {"erase-member", "--member ID",
         [=, this](const QCommandLineParser& p) {
             m_service.eraseMember(value(p, "member"));
             return 0;
         }},
        {"points", "--member ID",
         [=, this](const QCommandLineParser& p) {
             print(m_service.loyalty().account(value(p, "member")));
             return 0;
         }},
        {"adjust-points", "--member ID --points N --reason TEXT --key KEY",
         [=, this](const QCommandLineParser& p) {
             if (value(p, "reason").trimmed().isEmpty() || value(p, "key").trimmed().isEmpty()) {
                 std::fprintf(m_err, "omnitill-hub: an adjustment needs --reason and --key\n");
                 return 2;
             }
             print(m_service.postPoints(value(p, "member"), {{QStringLiteral("kind"), QStringLiteral("adjust")},
                                                             {QStringLiteral("points"), value(p, "points").toLongLong()},
                                                             {QStringLiteral("idempotency_key"), value(p, "key")},
                                                             {QStringLiteral("reference"), value(p, "reason")}}));
             return 0;
         }},
        {"expire-points", "[--days DAYS]",
         [=, this](const QCommandLineParser& p) {
             if (p.isSet(QStringLiteral("days")))
                 m_service.loyalty().setExpiryDays(value(p, "days").toInt());
             print(QJsonObject{{QStringLiteral("expired"), m_service.expirePoints()},
                               {QStringLiteral("expiry_days"), m_service.loyalty().expiryDays()}});
             return 0;
         }},
        {"compute-offers", "",
         [this](const QCommandLineParser&) {
             print(m_service.offers().compute(m_service.coupons()));
             return 0;
         }},
        {"stats", "",
         [this](const QCommandLineParser&) {
             print(m_service.stats());
             return 0;
         }},
    };
}

QString HubAdmin::usage()
{
    QStringList lines;
    for (const Command& c : commands())
        lines.append(QStringLiteral("  ") + (QLatin1String(c.name) + QLatin1Char(' ') + QLatin1String(c.takes)).trimmed());
    return QStringLiteral("omnitill-hub admin [--db URL] <command> [options]:\n") + lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

int HubAdmin::run(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("id"), QStringLiteral("Store id."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("name"), QStringLiteral("Store name."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("store"), QStringLiteral("Store id."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("till"), QStringLiteral("Till code."), QStringLiteral("CODE"), QStringLiteral("T1")});
    parser.addOption({QStringLiteral("qr"), QStringLiteral("Also write the token as a QR PNG."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("device"), QStringLiteral("Device id."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("conflict"), QStringLiteral("Conflict id."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("resolution"), QStringLiteral("How it was resolved."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("status"), QStringLiteral("open or resolved."), QStringLiteral("STATUS"), QStringLiteral("open")});
    parser.addOption({QStringLiteral("file"), QStringLiteral("Catalog file (.json or .csv)."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("member"), QStringLiteral("Member id."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("revoke"), QStringLiteral("Revoke the API key with this id."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("list"), QStringLiteral("List the API keys.")});
    parser.addOption({QStringLiteral("scopes"),
                      QStringLiteral("What an API key may do, comma-separated: orders, members, coupons, gift-cards,"
                                     " catalog, prices, replenishment, feed."),
                      QStringLiteral("LIST")});
    parser.addOption({QStringLiteral("set-scopes"), QStringLiteral("Give the API key with this id the --scopes."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("points"), QStringLiteral("Points to add (or, negative, to take)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("reason"), QStringLiteral("Why the points change."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("key"), QStringLiteral("Idempotency key of the adjustment."), QStringLiteral("KEY")});
    parser.addOption({QStringLiteral("days"), QStringLiteral("Days points stay valid (0 = never)."), QStringLiteral("DAYS")});
    parser.addOption({QStringLiteral("from"), QStringLiteral("First day (YYYY-MM-DD, UTC)."), QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("to"), QStringLiteral("Last day (YYYY-MM-DD, UTC)."), QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("File to write."), QStringLiteral("FILE")});
    if (!parser.parse(QStringList{QStringLiteral("admin")} + args.mid(1))) {
        std::fprintf(m_err, "omnitill-hub: %s\n", qPrintable(parser.errorText()));
        return 2;
    }
    const QString name = args.value(0);
    for (const Command& c : commands()) {
        if (name == QLatin1String(c.name))
            return c.run(parser);
    }
    std::fputs(qPrintable(usage()), m_err);
    return 2;
}

int HubAdmin::enrollToken(const QCommandLineParser& parser)
{
    const QString token = m_service.createEnrollToken(parser.value(QStringLiteral("store")), parser.value(QStringLiteral("till")));
    if (parser.isSet(QStringLiteral("qr"))) {
        QSaveFile file(parser.value(QStringLiteral("qr")));
        if (!file.open(QIODevice::WriteOnly) || file.write(QrPng::encode(token, 8)) <= 0 || !file.commit()) {
            std::fprintf(m_err, "omnitill-hub: cannot write %s\n", qPrintable(file.fileName()));
            return 1;
        }
    }
    std::fprintf(m_out, "%s\n", qPrintable(token));
    return 0;
}

int HubAdmin::journalExport(const QCommandLineParser& parser)
{
    const QDate from = QDate::fromString(parser.value(QStringLiteral("from")), Qt::ISODate);
    const QDate to = QDate::fromString(parser.value(QStringLiteral("to")), Qt::ISODate);
    const QString out = parser.value(QStringLiteral("out"));
    if (!from.isValid() || !to.isValid() || to < from || out.isEmpty() || parser.value(QStringLiteral("device")).isEmpty()) {
        std::fprintf(m_err, "omnitill-hub: journal-export needs --device ID, --from and --to (YYYY-MM-DD, from <= to) and --out FILE\n");
        return 2;
    }
    const QJsonObject exported = m_service.journalExport(parser.value(QStringLiteral("device")), from, to);
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(exported).toJson(QJsonDocument::Indented)) < 0 || !file.commit()) {
        std::fprintf(m_err, "omnitill-hub: cannot write %s\n", qPrintable(out));
        return 1;
    }
    std::fprintf(m_out, "%lld entries, %lld sales\n", qint64(exported.value(QStringLiteral("entries")).toArray().size()),
                 qint64(exported.value(QStringLiteral("sales")).toArray().size()));
    return 0;
}

int HubAdmin::importFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(m_err, "omnitill-hub: cannot read %s\n", qPrintable(path));
        return 1;
    }
    const QByteArray data = file.readAll();
    QJsonObject document;
    if (path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)) {
        document = HubCsv::toImportDocument(data);
    } else {
        QJsonParseError error;
        document = QJsonDocument::fromJson(data, &error).object();
        if (error.error != QJsonParseError::NoError) {
            std::fprintf(m_err, "omnitill-hub: %s is not valid JSON: %s\n", qPrintable(path), qPrintable(error.errorString()));
            return 1;
        }
    }
    std::FILE* err = m_err;
    const QJsonObject written =
        m_service.importData(document, [err](qint64 done, qint64 total) { std::fprintf(err, "\rproducts: %lld / %lld", done, total); });
    std::fprintf(m_err, "\n");
    print(QJsonObject{{QStringLiteral("imported"), written}});
    return 0;
}

} // namespace omnitill::hub
