#pragma once

#include "ShiftService.h"

#include <QJsonObject>

namespace omnitill {

// An X or Z report as journaled and sent to the hub, and back (to print it from the journal).
QJsonObject shiftReportJson(const ShiftReport& report);
ShiftReport shiftReportFromJson(const QJsonObject& json);

} // namespace omnitill
