#pragma once

#include "Receipt.h"

#include <QLocale>

namespace omnitill {

// Lays a receipt out in rows for a fixed number of monospace columns (32, 42 or 48). Chinese
// characters take two columns, as on receipt printers. Text, ESC/POS and PNG output all start here.
class ReceiptLayout
{
public:
    static QList<ReceiptRow> rows(const Receipt& receipt, int columns, const QLocale& locale = QLocale());
    static QString plainText(const Receipt& receipt, int columns, const QLocale& locale = QLocale());

    static int displayWidth(const QString& text);
    static QString fitLeft(const QString& text, int width); // pad or cut to exactly width
    static QString twoColumns(const QString& left, const QString& right, int columns);
    // Lines of at most width columns, broken between words (anywhere in Chinese text, and inside a
    // word longer than a line).
    static QStringList wrap(const QString& text, int width);
    static QString amount(qint64 minor, const Currency& currency, const QLocale& locale);
    // With the currency's sign where the language puts it ("€5.78", "5,78 €"), for customers' screens.
    static QString price(qint64 minor, const Currency& currency, const QLocale& locale);

private:
    // Rate, net, tax and gross, each column labelled; a labelled line each where the paper is too narrow.
    static void taxTable(QList<ReceiptRow>& out, const Receipt& receipt, int columns, const QLocale& locale);
};

} // namespace omnitill
