#pragma once

#include <QCoreApplication>

namespace omnitill {

// One translation context for the core library (see Qt Creator's Tr struct).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(omnitill::Core)
};

} // namespace omnitill
