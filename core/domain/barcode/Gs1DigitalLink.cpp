#include "Gs1DigitalLink.h"

#include "Gtin.h"
#include "common/DomainError.h"
#include "common/Tr.h"

#include <QUrl>
#include <QUrlQuery>

namespace omnitill {

bool Gs1DigitalLink::looksLikeDigitalLink(const QString& raw)
{
    return raw.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) || raw.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
}

QList<Gs1Element> Gs1DigitalLink::parse(const QString& raw)
{
    const QUrl url(raw, QUrl::StrictMode);
    if (!url.isValid())
        throw DomainError(QStringLiteral("barcode.malformed_link"), Tr::tr("Malformed GS1 Digital Link"));
    // Split before decoding: a value may contain an encoded "/" (%2F).
    QStringList segments;
    for (const QString& part : url.path(QUrl::FullyEncoded).split(QLatin1Char('/'), Qt::SkipEmptyParts))
        segments.append(QUrl::fromPercentEncoding(part.toUtf8()));
    // The primary key (01) may follow any number of leading path segments of the resolver.
    qsizetype start = -1;
    for (qsizetype i = 0; i + 1 < segments.size(); ++i) {
        if (segments[i] == QLatin1String("01") || segments[i] == QLatin1String("gtin")) {
            start = i;
            break;
        }
    }
    if (start < 0)
        throw DomainError(QStringLiteral("barcode.malformed_link"), Tr::tr("The GS1 Digital Link has no GTIN (01)"));
    QList<Gs1Element> elements;
    for (qsizetype i = start; i < segments.size(); i += 2) {
        if (i + 1 >= segments.size())
            throw DomainError(QStringLiteral("barcode.malformed_link"), Tr::tr("The GS1 Digital Link path ends without a value"));
        QString ai = segments[i] == QLatin1String("gtin") ? QStringLiteral("01") : segments[i];
        QString value = segments[i + 1];
        if (ai == QLatin1String("01"))
            value = value.rightJustified(14, QLatin1Char('0'));
        elements.append({ai, value});
    }
    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (gtin::isDigits(key)) // other parameters (linkType, …) are for the resolver
            elements.append({key, value});
    }
    for (const Gs1Element& element : elements)
        Gs1ElementString::validate(element);
    return elements;
}

} // namespace omnitill
