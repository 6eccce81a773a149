#pragma once

#include <QByteArray>
#include <QString>

namespace omnitill::CodePage {

// Single-byte encodings for receipt printers; characters outside the page become '?'.
QByteArray toCp866(const QString& text);
QByteArray toWindows1251(const QString& text);
// GB18030 through the C library's iconv (part of glibc); two-byte sequences for common Han.
QByteArray toGb18030(const QString& text);

// The reverse, for reading printer bytes back: any iconv encoding name (CP866, CP1251, GB18030).
QString decode(const QByteArray& bytes, const char* encoding);
// Any iconv encoding (ZVT card terminals speak CP437); what it lacks becomes '?'.
QByteArray encode(const QString& text, const char* encoding);

bool isAscii(const QString& text);
bool hasHan(const QString& text);

} // namespace omnitill::CodePage
