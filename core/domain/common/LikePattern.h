#pragma once

#include <QString>

namespace omnitill {

// Text typed into a search, made literal for SQL LIKE ... ESCAPE '\' (a % or _ matches itself).
inline QString likeEscaped(const QString& text)
{
    QString out = text;
    out.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    out.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    out.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return out;
}

} // namespace omnitill
