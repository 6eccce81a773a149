// The hub's CSV import (products, prices, stock, members) on any file an administrator might hand
// it: quotes left open, CR without LF, huge fields, wrong headers.
#include "FuzzInput.h"
#include "HubCsv.h"
#include "common/DomainError.h"

using namespace omnitill;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray csv = fuzz::bytes(data, size);
    try {
        (void)hub::HubCsv::parse(csv);
        (void)hub::HubCsv::toImportDocument(csv);
    } catch (const DomainError&) {
    }
    return 0;
}
