#pragma once

#include <QByteArray>
#include <QIODevice>

namespace omnitill {

// A request body that can be read once and not rewound. Qt's HTTP layer sends a request again on
// its own when a connection closes before the answer; for a signed request that repeats its nonce,
// which the hub rightly refuses as a replay. With a body it cannot rewind, the layer reports the
// broken connection instead, and SyncClient sends a freshly signed request.
class OneShotUpload final : public QIODevice
{
    Q_OBJECT
public:
    OneShotUpload(const QByteArray& data, QObject* parent);

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override { return m_data.size() - m_read + QIODevice::bytesAvailable(); }
    qint64 size() const override { return m_data.size(); }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_read = 0;
};

} // namespace omnitill
