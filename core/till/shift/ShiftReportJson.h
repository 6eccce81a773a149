#pragma once

#include "ShiftEvents.h"
#include "ShiftService.h"

namespace omnitill {

// An X or Z report in the wire's form (journaled, and sent to the hub at the close), and back (to
// print it from the journal).
protocol::ShiftReportEvent shiftReportEvent(const ShiftReport& report);
ShiftReport shiftReportFrom(const protocol::ShiftReportEvent& event);

} // namespace omnitill
