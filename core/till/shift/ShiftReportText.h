#pragma once

#include "ShiftService.h"

#include <QLocale>

namespace omnitill {

// The X or Z report as text, for the screen and for the printer.
QString shiftReportText(const ShiftReport& report, const Currency& currency, const QLocale& locale, int columns = 42);

} // namespace omnitill
