#include "CtlCommand.h"
#include "common/Clock.h"
#include "journal/JournalVerifier.h"
#include "store/Database.h"
#include "store/StoreSettings.h"

namespace omnitill::ctl {

int journal(const QStringList& args)
{
    QStringList rest = args;
    if (rest.size() < 2 || rest.at(1) != QLatin1String("verify")) {
        err() << "usage: omnitillctl journal verify --db FILE" << Qt::endl;
        return 2;
    }
    rest.removeAt(1);
    QCommandLineParser parser;
    if (!parse(parser, rest, QStringLiteral("Verifies the journal's hash chain and signatures.")))
        return 2;
    Database db;
    db.open(dbPath(parser), Database::OpenMode::ExistingOnly);
    const StoreSettings settings(db);
    const QByteArray publicKey = QByteArray::fromBase64(settings.value(QStringLiteral("journal.public_key")).toLatin1());
    const JournalVerification result = JournalVerifier::verify(db, publicKey);
    if (!result.ok) {
        out() << "BROKEN at entry " << result.firstBrokenSeq << ": " << result.reason << Qt::endl;
        return 1;
    }
    out() << "OK " << result.entriesChecked << " entries" << Qt::endl;
    return 0;
}

} // namespace omnitill::ctl
