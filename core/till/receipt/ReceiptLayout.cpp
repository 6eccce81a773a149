#include "ReceiptLayout.h"

#include "common/Tr.h"
#include "money/Money.h"

#include <algorithm>
#include <utility>

namespace omnitill {

namespace {
bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

QString quantityText(const Receipt::Line& line, const Currency& currency, const QLocale& locale)
{
    if (line.unit == Unit::Weight)
        return Tr::tr("%1 kg x %2/kg")
            .arg(locale.toString(double(line.quantity) / 1000.0, 'f', 3), ReceiptLayout::amount(line.unitPrice, currency, locale));
    return QStringLiteral("%1 x %2").arg(locale.toString(line.quantity), ReceiptLayout::amount(line.unitPrice, currency, locale));
}
} // namespace

int ReceiptLayout::displayWidth(const QString& text)
{
    int width = 0;
    for (const uint c : text.toUcs4())
        width += isWide(c) ? 2 : 1;
    return width;
}

QString ReceiptLayout::fitLeft(const QString& text, int width)
{
    QString out;
    int used = 0;
    for (const uint c : text.toUcs4()) {
        const int w = isWide(c) ? 2 : 1;
        if (used + w > width)
            break;
        out += QString::fromUcs4(reinterpret_cast<const char32_t*>(&c), 1);
        used += w;
    }
    return out + QString(width - used, QLatin1Char(' '));
}

QString ReceiptLayout::twoColumns(const QString& left, const QString& right, int columns)
{
    const int rightWidth = displayWidth(right);
    const int leftWidth = std::max(0, columns - rightWidth - 1);
    return fitLeft(left, leftWidth) + QLatin1Char(' ') + right;
}

QStringList ReceiptLayout::wrap(const QString& text, int width)
{
    QStringList lines;
    QString line;
    int used = 0;
    const auto flush = [&] {
        lines.append(line.trimmed());
        line.clear();
        used = 0;
    };
    // Words are runs of non-space Latin/Cyrillic text; each wide (CJK) character is a word of its own.
    QList<QString> words;
    QString word;
    for (const uint c : text.toUcs4()) {
        const QString ch = QString::fromUcs4(reinterpret_cast<const char32_t*>(&c), 1);
        if (ch.at(0).isSpace() || isWide(c)) {
            if (!word.isEmpty())
                words.append(std::exchange(word, {}));
            if (isWide(c))
                words.append(ch);
            else
                words.append(QStringLiteral(" "));
        } else {
            word += ch;
        }
    }
    if (!word.isEmpty())
        words.append(word);
    for (const QString& w : words) {
        const int wWidth = displayWidth(w);
        if (w == QLatin1String(" ")) {
            if (used > 0 && used < width) {
                line += w;
                ++used;
            }
            continue;
        }
        if (used + wWidth > width && used > 0)
            flush();
        if (wWidth <= width) {
            line += w;
            used += wWidth;
            continue;
        }
        for (const uint c : w.toUcs4()) { // a word longer than a line is cut where it must be
            const int cw = isWide(c) ? 2 : 1;
            if (used + cw > width)
                flush();
            line += QString::fromUcs4(reinterpret_cast<const char32_t*>(&c), 1);
            used += cw;
        }
    }
    if (!line.trimmed().isEmpty() || lines.isEmpty())
        flush();
    return lines;
}

QString ReceiptLayout::amount(qint64 minor, const Currency& currency, const QLocale& locale)
{
    QString text = Money(minor, currency).toPlainString();
    return text.replace(QLatin1Char('.'), locale.decimalPoint());
}

QString ReceiptLayout::price(qint64 minor, const Currency& currency, const QLocale& locale)
{
    // The language's pattern for a whole number of the currency, with the amount put in its place.
    const QString pattern = locale.toCurrencyString(qlonglong(7), currency.symbol());
    const QString number = amount(minor < 0 ? -minor : minor, currency, locale);
    const QString text = QString(pattern).replace(QLatin1Char('7'), number);
    return minor < 0 ? QStringLiteral("−") + text : text;
}

void ReceiptLayout::taxTable(QList<ReceiptRow>& out, const Receipt& r, int columns, const QLocale& locale)
{
    const auto add = [&](const QString& text) { out.append(ReceiptRow(text)); };
    const auto money = [&](qint64 minor) { return amount(minor, r.currency, locale); };
    add(QString(columns, QLatin1Char('-')));
    add(r.taxMode == TaxMode::Inclusive ? Tr::tr("Prices include tax:") : Tr::tr("Tax added:"));
    const int cell = std::max(6, (columns - 1) / 4);
    const auto tableRow = [&](const QStringList& cells) {
        QString row = fitLeft(cells[0], columns - 3 * cell);
        for (int i = 1; i < 4; ++i)
            row += QString(std::max(0, cell - displayWidth(cells[i])), QLatin1Char(' ')) + cells[i];
        return row;
    };
    const auto fits = [&](const QStringList& cells) {
        if (displayWidth(cells[0]) > columns - 3 * cell)
            return false;
        for (int i = 1; i < 4; ++i)
            if (displayWidth(cells[i]) > cell - 1)
                return false;
        return true;
    };
    QList<QStringList> taxRows;
    for (const Receipt::Tax& t : r.taxes) {
        const QString rate = locale.toString(double(t.basisPoints) / 100.0, 'f', t.basisPoints % 100 ? 2 : 0) + QLatin1Char('%');
        taxRows.append({QStringLiteral("%1 %2").arg(t.code, rate), money(t.net), money(t.tax), money(t.gross)});
    }
    const QStringList header{Tr::tr("Rate"), Tr::tr("Net"), Tr::tr("Tax"), Tr::tr("Gross")};
    if (std::all_of(taxRows.cbegin(), taxRows.cend(), fits) && fits(header)) {
        add(tableRow(header));
        for (const QStringList& cells : taxRows)
            add(tableRow(cells));
    } else {
        for (const QStringList& cells : taxRows) { // too wide for the paper: a labelled line each
            add(cells[0]);
            for (int i = 1; i < 4; ++i)
                add(twoColumns(QStringLiteral("  ") + header[i], cells[i], columns));
        }
    }
}

QList<ReceiptRow> ReceiptLayout::rows(const Receipt& r, int columns, const QLocale& locale)
{
    using Align = ReceiptRow::Align;
    QList<ReceiptRow> out;
    const QString rule(columns, QLatin1Char('-'));
    auto add = [&](const QString& text, Align align = Align::Left, bool bold = false, bool large = false) {
        out.append({text, align, bold, large});
    };
    const auto money = [&](qint64 minor) { return amount(minor, r.currency, locale); };

    // Text of the left column with a value on the right: the text wraps, the value stays whole.
    const auto withValue = [&](const QString& left, const QString& right, bool bold = false) {
        QStringList lines = wrap(left, columns);
        const QString last = lines.takeLast();
        for (const QString& l : lines)
            add(l, Align::Left, bold);
        if (displayWidth(last) + 1 + displayWidth(right) <= columns) {
            add(twoColumns(last, right, columns), Align::Left, bold);
        } else {
            add(last, Align::Left, bold);
            for (const QString& part : wrap(right, columns))
                add(part, Align::Right, bold);
        }
    };
    // Double-width text takes two columns a character: wrapped here, between words, not by the printer.
    for (const QString& line : wrap(r.storeName, std::max(1, columns / 2)))
        add(line, Align::Center, true, true);
    if (!r.storeAddress.isEmpty())
        add(r.storeAddress, Align::Center);
    if (!r.vatId.isEmpty())
        add(Tr::tr("VAT ID %1").arg(r.vatId), Align::Center);
    if (r.training)
        add(Tr::tr("TRAINING - NOT A RECEIPT"), Align::Center, true);
    if (r.copy)
        add(Tr::tr("COPY"), Align::Center, true);
    if (r.cancelled)
        add(Tr::tr("CANCELLED - NOTHING WAS SOLD"), Align::Center, true);
    if (!r.unsignedReason.isEmpty())
        add(Tr::tr("NOT SIGNED - the signing device failed"), Align::Center, true);
    const bool refund = r.refund;
    if (refund) {
        add(Tr::tr("REFUND"), Align::Center, true, true);
        add(r.refundFor.isEmpty() ? Tr::tr("Returned without a receipt") : twoColumns(Tr::tr("For receipt"), r.refundFor, columns));
    }
    if (!r.collectedOrder.isEmpty()) {
        add(Tr::tr("ONLINE ORDER COLLECTED"), Align::Center, true);
        withValue(Tr::tr("Order"), r.collectedOrder);
    } else if (!r.cancelled) {
        withValue(Tr::tr("Receipt"), r.receiptId);
    }
    const auto time = [&](const QDateTime& t) { return locale.toString(t, QStringLiteral("yyyy-MM-dd HH:mm:ss")); };
    if (r.startTime.isValid()) {
        withValue(Tr::tr("Start"), time(r.startTime));
        withValue(Tr::tr("End"), time(r.localTime));
        add(Tr::tr("Cashier: %1").arg(r.cashier));
    } else {
        withValue(time(r.localTime), Tr::tr("Cashier: %1").arg(r.cashier));
    }
    add(rule);
    for (const Receipt::Line& line : r.lines) {
        const QString gross = money(line.gross + line.discount) + QLatin1Char(' ') + line.taxCode;
        if (line.priceLabel) {
            withValue(line.name, gross);
            add(QStringLiteral("  ") + Tr::tr("price as labelled"));
        } else if (line.unit == Unit::Piece && line.quantity == 1) {
            withValue(line.name, gross);
        } else {
            for (const QString& l : wrap(line.name, columns))
                add(l);
            withValue(QStringLiteral("  ") + quantityText(line, r.currency, locale), gross);
        }
        if (line.discount != 0)
            add(twoColumns(QStringLiteral("  ") + Tr::tr("Discount"), money(-line.discount) + QStringLiteral("  "), columns));
    }
    add(rule);
    if (r.discount != 0) {
        add(twoColumns(Tr::tr("Subtotal"), money(r.subtotal), columns));
        // A refund: what the kept goods lose of their promotions is not given back.
        add(twoColumns(refund ? Tr::tr("Promotions on what you keep") : Tr::tr("Discounts"), money(-r.discount), columns));
        for (const Receipt::Promotion& p : r.promotions)
            add(twoColumns(QStringLiteral("  ") + (p.name.isEmpty() ? Tr::tr("Other adjustments") : p.name), money(-p.discount), columns));
        if (r.pointsDiscount != 0)
            add(twoColumns(QStringLiteral("  ") + Tr::tr("Points (%1)").arg(r.pointsRedeemed), money(-r.pointsDiscount), columns));
    }
    if (r.taxMode == TaxMode::Exclusive)
        add(twoColumns(Tr::tr("Tax"), money(r.tax), columns));
    const QString totalLabel = refund ? Tr::tr("REFUND") : r.cancelled ? Tr::tr("CANCELLED") : Tr::tr("TOTAL");
    add(twoColumns(totalLabel, money(r.total), columns / 2), Align::Left, true, true);
    if (!r.collectedOrder.isEmpty())
        add(Tr::tr("Paid online"), Align::Left, true);
    for (const Tender& t : r.tenders) {
        QString label = t.title();
        if (t.kind == Tender::Kind::Card)
            label += QStringLiteral(" **** %1 (%2)").arg(t.cardLast4, t.approvalCode);
        add(twoColumns(label, money(t.tendered), columns));
    }
    if (r.change != 0)
        add(twoColumns(Tr::tr("Change"), money(r.change), columns), Align::Left, true);
    if (!r.taxes.isEmpty())
        taxTable(out, r, columns, locale);
    if (!r.memberCard.isEmpty() || r.pointsEarned != 0 || r.pointsRedeemed != 0 || r.pointsReversed != 0) {
        add(rule);
        if (!r.memberCard.isEmpty())
            add(twoColumns(Tr::tr("Member card"), r.memberCard, columns));
        if (r.pointsReversed != 0)
            add(twoColumns(Tr::tr("Points taken back"), QString::number(-r.pointsReversed), columns));
        if (r.pointsRedeemed != 0)
            add(twoColumns(Tr::tr("Points redeemed"), QString::number(r.pointsRedeemed), columns));
        if (r.pointsEarned != 0)
            add(twoColumns(Tr::tr("Points earned"), QString::number(r.pointsEarned), columns));
    }
    if (r.personalCoupon) {
        const Coupon& c = *r.personalCoupon;
        add(rule);
        add(Tr::tr("YOUR PERSONAL COUPON"), Align::Center, true);
        add(c.kind == Coupon::Kind::Percent
                ? Tr::tr("%1 % off your next purchase").arg(locale.toString(double(c.value) / 100.0, 'f', c.value % 100 ? 2 : 0))
                : Tr::tr("%1 off your next purchase").arg(money(c.value)),
            Align::Center, true);
        if (c.minSpend > 0)
            add(Tr::tr("On a purchase of at least %1").arg(money(c.minSpend)), Align::Center);
        if (c.validUntil.isValid())
            add(Tr::tr("Valid until %1").arg(locale.toString(c.validUntil, QLocale::ShortFormat)), Align::Center);
        add(Tr::tr("Show this code at the till or enter it online"), Align::Center);
        out.append(ReceiptRow::qrCode(r.personalCouponCode));
    }
    add(rule);
    if (r.signatureCounter > 0) { // what identifies the signature: the auditor finds the entry by them
        add(twoColumns(Tr::tr("Signature no."), QString::number(r.signatureCounter), columns));
        if (!r.keyId.isEmpty())
            add(twoColumns(Tr::tr("Key"), r.keyId, columns));
    }
    add(Tr::tr("Thank you!"), Align::Center);
    return out;
}

QString ReceiptLayout::plainText(const Receipt& receipt, int columns, const QLocale& locale)
{
    QStringList lines;
    for (const ReceiptRow& row : rows(receipt, columns, locale)) {
        if (!row.qr.isEmpty()) {
            // Without a printer's QR, the code itself: it can be typed in.
            for (qsizetype i = 0; i < row.qr.size(); i += columns)
                lines.append(row.qr.mid(i, columns));
            continue;
        }
        const int pad = std::max(0, columns - displayWidth(row.text));
        switch (row.align) {
        case ReceiptRow::Align::Left:
            lines.append(row.text);
            break;
        case ReceiptRow::Align::Center:
            lines.append(QString(pad / 2, QLatin1Char(' ')) + row.text);
            break;
        case ReceiptRow::Align::Right:
            lines.append(QString(pad, QLatin1Char(' ')) + row.text);
            break;
        }
    }
    // Without a QR image, the signed check code is printed as text so the receipt stays verifiable.
    if (!receipt.qrText.isEmpty()) {
        lines.append(Tr::tr("Check code:"));
        for (qsizetype i = 0; i < receipt.qrText.size(); i += columns)
            lines.append(receipt.qrText.mid(i, columns));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace omnitill
