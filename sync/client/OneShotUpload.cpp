#include "OneShotUpload.h"

#include <cstring>

namespace omnitill {

OneShotUpload::OneShotUpload(const QByteArray& data, QObject* parent) : QIODevice(parent), m_data(data)
{
    open(QIODevice::ReadOnly);
}

qint64 OneShotUpload::readData(char* data, qint64 maxSize)
{
    const qint64 n = qMin(maxSize, qint64(m_data.size()) - m_read);
    if (n <= 0)
        return m_read >= m_data.size() ? -1 : 0;
    std::memcpy(data, m_data.constData() + m_read, size_t(n));
    m_read += n;
    return n;
}

} // namespace omnitill
