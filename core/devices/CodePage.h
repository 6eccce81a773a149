#pragma once

#include <QByteArray>
#include <QString>

namespace omnitill::CodePage {

// Single-byte encodings for receipt printers; characters outside the page become '?'.
QByteArray toCp866(const QString& text);
QByteArray toWindows1251(const QString& text);
// GB18030 through the C library's iconv (part of glibc); two-byte sequences for common Han.
QByteArray toGb18030(const QString& text);

bool isAscii(const QString& text);
bool hasHan(const QString& text);

} // namespace omnitill::CodePage
