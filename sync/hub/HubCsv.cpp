#include "HubCsv.h"

#include "HubError.h"

#include <QJsonArray>
#include <QSet>

namespace omnitill::hub {

namespace {
struct Kind
{
    const char* name;
    QStringList columns;
};

const QList<Kind>& kinds()
{
    static const QList<Kind> list{
        {"products",
         {QStringLiteral("sku"), QStringLiteral("name_en"), QStringLiteral("name_ru"), QStringLiteral("name_zh"), QStringLiteral("unit"),
          QStringLiteral("price"), QStringLiteral("tax_code"), QStringLiteral("age_restricted"), QStringLiteral("active"),
          QStringLiteral("barcodes")}},
        {"products",
         {QStringLiteral("sku"), QStringLiteral("name_en"), QStringLiteral("name_ru"), QStringLiteral("name_zh"), QStringLiteral("unit"),
          QStringLiteral("price"), QStringLiteral("tax_code"), QStringLiteral("category_id"), QStringLiteral("age_restricted"),
          QStringLiteral("active"), QStringLiteral("barcodes")}},
        {"categories", {QStringLiteral("id"), QStringLiteral("name_en"), QStringLiteral("name_ru"), QStringLiteral("name_zh")}},
        {"tax_rates", {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("basis_points")}},
        {"staff",
         {QStringLiteral("store_id"), QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("pin")}},
        {"stock", {QStringLiteral("store_id"), QStringLiteral("sku"), QStringLiteral("on_hand")}},
        {"members",
         {QStringLiteral("id"), QStringLiteral("card_code"), QStringLiteral("name"), QStringLiteral("phone"), QStringLiteral("email"),
          QStringLiteral("consent"), QStringLiteral("points_balance")}},
        {"prices", {QStringLiteral("sku"), QStringLiteral("price")}},
    };
    return list;
}

[[noreturn]] void invalid(const QString& what)
{
    throw HubError(400, QStringLiteral("csv.invalid"), what);
}

QJsonValue typed(const QString& kind, const QString& column, const QString& value, int line)
{
    static const QSet<QString> integers{QStringLiteral("price"), QStringLiteral("basis_points"), QStringLiteral("on_hand"),
                                        QStringLiteral("points_balance"), QStringLiteral("category_id")};
    if (column == QLatin1String("category_id") && value.trimmed().isEmpty())
        return QJsonValue::Undefined; // a product without a category
    const bool integer = integers.contains(column) || (kind == QLatin1String("categories") && column == QLatin1String("id"));
    static const QSet<QString> booleans{QStringLiteral("age_restricted"), QStringLiteral("active"), QStringLiteral("consent")};
    if (integer) {
        bool ok = false;
        const qint64 number = value.trimmed().toLongLong(&ok);
        if (!ok)
            invalid(QStringLiteral("line %1: %2 must be a whole number, not \"%3\"").arg(line).arg(column, value));
        return number;
    }
    if (booleans.contains(column)) {
        const QString v = value.trimmed().toLower();
        if (v == QLatin1String("1") || v == QLatin1String("true") || v == QLatin1String("yes"))
            return true;
        if (v == QLatin1String("0") || v == QLatin1String("false") || v == QLatin1String("no"))
            return false;
        if (v.isEmpty()) // absent: the importer's default (active, no age limit, no consent)
            return QJsonValue::Undefined;
        invalid(QStringLiteral("line %1: %2 must be 1 or 0, not \"%3\"").arg(line).arg(column, value));
    }
    if (column == QLatin1String("barcodes")) {
        QJsonArray codes;
        for (const QString& code : value.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            codes.append(code);
        return codes;
    }
    return value.trimmed();
}
} // namespace

QList<QStringList> HubCsv::parse(const QByteArray& csv)
{
    const QString text = QString::fromUtf8(csv);
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            record.append(field);
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n'))
                ++i;
            record.append(field);
            if (!(record.size() == 1 && record.first().isEmpty()))
                records.append(record);
            record.clear();
            field.clear();
            fieldStarted = false;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted)
        invalid(QStringLiteral("a quoted field is not closed"));
    record.append(field);
    if (!(record.size() == 1 && record.first().isEmpty()))
        records.append(record);
    return records;
}

QJsonObject HubCsv::toImportDocument(const QByteArray& csv)
{
    QByteArray data = csv;
    if (data.startsWith("\xEF\xBB\xBF")) // spreadsheet programs start UTF-8 files with a BOM
        data.remove(0, 3);
    const QList<QStringList> records = parse(data);
    if (records.isEmpty())
        invalid(QStringLiteral("the file is empty"));
    QStringList header;
    for (const QString& h : records.first())
        header.append(h.trimmed().toLower());
    const QSet<QString> given(header.cbegin(), header.cend());
    const Kind* kind = nullptr;
    for (const Kind& k : kinds()) {
        if (given == QSet<QString>(k.columns.cbegin(), k.columns.cend())) {
            kind = &k;
            break;
        }
    }
    if (!kind) {
        QStringList known;
        for (const Kind& k : kinds())
            known.append(QStringLiteral("%1 (%2)").arg(QLatin1String(k.name), k.columns.join(QLatin1Char(','))));
        invalid(QStringLiteral("the header does not match a known file: %1").arg(known.join(QStringLiteral("; "))));
    }
    QJsonArray rows;
    for (qsizetype n = 1; n < records.size(); ++n) {
        const QStringList& fields = records[n];
        if (fields.size() != header.size())
            invalid(QStringLiteral("line %1 has %2 fields, expected %3").arg(n + 1).arg(fields.size()).arg(header.size()));
        QJsonObject row;
        for (qsizetype c = 0; c < header.size(); ++c) {
            const QJsonValue value = typed(QLatin1String(kind->name), header[c], fields[c], int(n + 1));
            if (!value.isUndefined())
                row.insert(header[c], value);
        }
        rows.append(row);
    }
    return {{QLatin1String(kind->name), rows}};
}

} // namespace omnitill::hub
