#pragma once

#include "common/DomainError.h"

namespace omnitill::hub {

// A refusal the hub answers with an HTTP status and a JSON body {"error": code, "message": …}.
class HubError : public DomainError
{
public:
    HubError(int httpStatus, QString code, QString message) : DomainError(std::move(code), std::move(message)), m_status(httpStatus) {}
    int httpStatus() const { return m_status; }

private:
    int m_status;
};

} // namespace omnitill::hub
