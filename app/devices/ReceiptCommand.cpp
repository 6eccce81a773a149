#include "DeviceCommands.h"
#include "ReceiptEscPosRenderer.h"
#include "ReceiptImageRenderer.h"
#include "Till.h"
#include "receipt/ReceiptLayout.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QTranslator>

namespace omnitill::devices {

int receipt(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("number"), QStringLiteral("Receipt number."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("format"), QStringLiteral("text, escpos or png."), QStringLiteral("FORMAT"), QStringLiteral("text")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("Output file."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("profile"), QStringLiteral("Printer model (tm-t20ii, tm-t20ii-42, pos-5890, pos-80-cn)."),
                      QStringLiteral("ID"), QStringLiteral("tm-t20ii")});
    parser.addOption({QStringLiteral("columns"), QStringLiteral("Text width: 32, 42 or 48."), QStringLiteral("N")});
    parser.addOption(
        {QStringLiteral("lang"),
         QStringLiteral("Receipt language: en, ru or zh_CN (labels and product names; amounts and dates are written the store's way)."),
         QStringLiteral("L"), QStringLiteral("en")});
    if (!parse(parser, args, QStringLiteral("Renders a stored receipt.")))
        return 2;
    if (!parser.isSet(QStringLiteral("number")) || !parser.isSet(QStringLiteral("out"))) {
        err() << "omnitill-devices: receipt needs --number and --out" << Qt::endl;
        return 2;
    }
    const QString language =
        parser.value(QStringLiteral("lang")) == QLatin1String("zh") ? QStringLiteral("zh_CN") : parser.value(QStringLiteral("lang"));
    QTranslator translator;
    if (language != QLatin1String("en")) {
        if (!translator.load(QStringLiteral(":/i18n/omnitill_%1.qm").arg(language))) {
            err() << "omnitill-devices: --lang must be en, ru or zh_CN" << Qt::endl;
            return 2;
        }
        QCoreApplication::installTranslator(&translator);
    }
    SystemClock clock;
    Till till(dbPath(parser), clock);
    const Receipt r = till.receipts().byNumber(parser.value(QStringLiteral("number")).toLongLong(), false, language);
    const PrinterProfile profile = PrinterProfile::byId(parser.value(QStringLiteral("profile")));
    const int columns = parser.isSet(QStringLiteral("columns")) ? parser.value(QStringLiteral("columns")).toInt() : profile.columns;
    if (columns != 32 && columns != 42 && columns != 48) {
        err() << "omnitill-devices: --columns must be 32, 42 or 48" << Qt::endl;
        return 2;
    }
    const QLocale locale = till.settings().locale(); // the store's amounts and dates, in any language
    const QString format = parser.value(QStringLiteral("format"));
    QByteArray data;
    if (format == QLatin1String("text")) {
        data = ReceiptLayout::plainText(r, columns, locale).toUtf8();
    } else if (format == QLatin1String("escpos")) {
        PrinterProfile p = profile;
        p.columns = columns;
        data = ReceiptEscPosRenderer(p).render(ReceiptLayout::rows(r, columns, locale), r.qrText);
    } else if (format == QLatin1String("png")) {
        const QImage image = ReceiptImageRenderer(columns, profile.dotsWidth).render(ReceiptLayout::rows(r, columns, locale), r.qrText);
        QSaveFile file(parser.value(QStringLiteral("out")));
        if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
            err() << "omnitill-devices: cannot write " << parser.value(QStringLiteral("out")) << Qt::endl;
            return 1;
        }
        return 0;
    } else {
        err() << "omnitill-devices: --format must be text, escpos or png" << Qt::endl;
        return 2;
    }
    QSaveFile file(parser.value(QStringLiteral("out")));
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        err() << "omnitill-devices: cannot write " << parser.value(QStringLiteral("out")) << ": " << file.errorString() << Qt::endl;
        return 1;
    }
    return 0;
}

} // namespace omnitill::devices
