#pragma once

#include <QtGlobal>

namespace omnitill {

// Peak resident memory of this process (VmHWM), in KiB; 0 where /proc is not available.
qint64 peakResidentKb();

} // namespace omnitill
